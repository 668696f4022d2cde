#ifndef FORUM_PLANNER_CFILESWAP_H
#define FORUM_PLANNER_CFILESWAP_H

/// Swaps two paths (files or folders) in one atomic step: Linux renameat2 with RENAME_EXCHANGE,
/// which Swift's Glibc module does not export. Returns 0, or -1 with errno set.
int fp_exchange_paths(const char *first, const char *second);

#endif
