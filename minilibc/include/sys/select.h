/* select: wait until one of the descriptors in a set is ready. */
#ifndef _SYS_SELECT_H
#define _SYS_SELECT_H
#include <bits/types.h>
#define FD_SETSIZE 1024
typedef struct { unsigned long fds_bits[FD_SETSIZE / (8 * sizeof(long))]; } fd_set;
#define __FD_WORD(d) ((d) / (8 * sizeof(long)))
#define __FD_BIT(d) (1UL << ((d) % (8 * sizeof(long))))
#define FD_ZERO(s) do { for (unsigned __i = 0; __i < FD_SETSIZE / (8 * sizeof(long)); __i++) \
	(s)->fds_bits[__i] = 0; } while (0)
#define FD_SET(d, s) ((void)((s)->fds_bits[__FD_WORD(d)] |= __FD_BIT(d)))
#define FD_CLR(d, s) ((void)((s)->fds_bits[__FD_WORD(d)] &= ~__FD_BIT(d)))
#define FD_ISSET(d, s) (!!((s)->fds_bits[__FD_WORD(d)] & __FD_BIT(d)))
int select(int, fd_set *__restrict, fd_set *__restrict, fd_set *__restrict, struct timeval *__restrict);
#endif
