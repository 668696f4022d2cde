#ifndef FORUM_PLANNER_CLIBICAL_SHIM_H
#define FORUM_PLANNER_CLIBICAL_SHIM_H
#include <libical/ical.h>
#endif
