/* gettimeofday. */
#ifndef _SYS_TIME_H
#define _SYS_TIME_H
#include <bits/types.h>
int gettimeofday(struct timeval *__restrict, void *__restrict);
#endif
