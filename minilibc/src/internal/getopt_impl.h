/* State shared by getopt and getopt_long: where inside a cluster of
 * short options ("-abc") the next one is, and the message writer. */
#ifndef _INTERNAL_GETOPT_IMPL_H
#define _INTERNAL_GETOPT_IMPL_H
#include <stddef.h>
#include "libc.h"

hidden extern int __optpos;
hidden void __getopt_msg(const char *prog, const char *what, const char *opt, size_t len);
/* Starts over when the program set optind to 0. */
hidden void __getopt_restart(void);
struct option;
/* getopt_long (only = 0) and getopt_long_only (only = 1). */
hidden int __getopt_long_any(int, char *const *, const char *, const struct option *, int *,
                             int only);
#endif
