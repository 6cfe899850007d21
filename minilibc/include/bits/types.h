/* Basic system types shared by every public header.  One place, guarded,
 * so headers can include each other in any order without redefinitions. */
#ifndef _MINILIBC_BITS_TYPES_H
#define _MINILIBC_BITS_TYPES_H
#include <bits/restrict.h>
#include <stddef.h>

typedef long ssize_t;
typedef long off_t;
typedef int pid_t;
typedef unsigned uid_t;
typedef unsigned gid_t;
typedef unsigned mode_t;
typedef unsigned long ino_t;
typedef unsigned long dev_t;
typedef unsigned long nlink_t;
typedef long blksize_t;
typedef long blkcnt_t;
typedef long time_t;
typedef long suseconds_t;
typedef long clock_t;
typedef int clockid_t;
typedef unsigned id_t;

struct timespec { time_t tv_sec; long tv_nsec; };
struct timeval { time_t tv_sec; suseconds_t tv_usec; };

#endif
