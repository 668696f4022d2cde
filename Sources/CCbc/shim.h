#ifndef FORUM_PLANNER_CCBC_SHIM_H
#define FORUM_PLANNER_CCBC_SHIM_H
/* CBC's C interface (Debian's coinor-libcbc-dev), found through pkg-config `cbc`. */
#include <coin/Cbc_C_Interface.h>
#endif
