/* stderr: the standard stream on descriptor 2 (unbuffered). */
#include "stdio_impl.h"

static unsigned char buf[UNGET + 1];

hidden FILE __stderr_FILE = {
	.flags = F_PERM | F_NORD,
	.fd = 2,
	.mode = _IONBF,
	.buf = buf + UNGET,
	.buf_size = 1,
	.write = __stdio_write,
	.read = __stdio_read,
	.seek = __stdio_seek,
	.close = __stdio_close,
};
FILE *const (stderr) = &__stderr_FILE;
/* Tells __stdio_exit this stream exists and must be flushed. */
hidden FILE *const __stderr_used = &__stderr_FILE;
