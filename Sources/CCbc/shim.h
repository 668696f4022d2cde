#ifndef FORUM_PLANNER_CCBC_SHIM_H
#define FORUM_PLANNER_CCBC_SHIM_H
/* CBC's C interface (Debian's coinor-libcbc-dev), found through pkg-config `cbc`, and the C
   interface of CLP, the linear programming solver CBC is built on (coinor-libclp-dev, installed
   with it), for the linear relaxation alone. */
#include <coin/Cbc_C_Interface.h>
#include <coin/Clp_C_Interface.h>
#endif
