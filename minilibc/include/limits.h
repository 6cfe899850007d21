/* Integer limits for x86-64 Linux (LP64). */
#ifndef _LIMITS_H
#define _LIMITS_H
#define CHAR_BIT 8
#define SCHAR_MIN (-128)
#define SCHAR_MAX 127
#define UCHAR_MAX 255
#define CHAR_MIN (-128)
#define CHAR_MAX 127
#define SHRT_MIN (-1-0x7fff)
#define SHRT_MAX 0x7fff
#define USHRT_MAX 0xffff
#define INT_MIN (-1-0x7fffffff)
#define INT_MAX 0x7fffffff
#define UINT_MAX 0xffffffffU
#define LONG_MIN (-LONG_MAX-1)
#define LONG_MAX 0x7fffffffffffffffL
#define ULONG_MAX (2UL*LONG_MAX+1)
#define LLONG_MIN (-LLONG_MAX-1)
#define LLONG_MAX 0x7fffffffffffffffLL
#define ULLONG_MAX (2ULL*LLONG_MAX+1)
#define MB_LEN_MAX 4
#define PATH_MAX 4096
#define NAME_MAX 255
#define LOGIN_NAME_MAX 256
#define NZERO 20
/* POSIX's minimum values, which every system allows */
#define _POSIX_ARG_MAX 4096
#define _POSIX_HOST_NAME_MAX 255
#define _POSIX_NAME_MAX 14
#define _POSIX_PATH_MAX 256
#define _POSIX_OPEN_MAX 20
#define _POSIX_LINK_MAX 8
#define _POSIX_PIPE_BUF 512
#define TZNAME_MAX 6
#define PIPE_BUF 4096
#define SSIZE_MAX LONG_MAX
#define PAGESIZE 4096
#define PAGE_SIZE 4096
#endif
