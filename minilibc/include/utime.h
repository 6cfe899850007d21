/* utime: set a file's access and modification times (whole seconds). */
#ifndef _UTIME_H
#define _UTIME_H
#include <bits/types.h>
struct utimbuf { time_t actime, modtime; };
int utime(const char *, const struct utimbuf *);
#endif
