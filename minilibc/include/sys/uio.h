/* Scatter/gather I/O: readv and writev over arrays of buffers. */
#ifndef _SYS_UIO_H
#define _SYS_UIO_H
#include <bits/types.h>
struct iovec { void *iov_base; size_t iov_len; };
ssize_t readv(int, const struct iovec *, int);
ssize_t writev(int, const struct iovec *, int);
#endif
