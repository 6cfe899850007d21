/* stdout: the standard stream on descriptor 1 (buffering decided on first write). */
#include "stdio_impl.h"

static unsigned char buf[BUFSIZ + UNGET];

hidden FILE __stdout_FILE = {
	.flags = F_PERM | F_NORD,
	.fd = 1,
	.mode = -1,
	.buf = buf + UNGET,
	.buf_size = BUFSIZ,
	.write = __stdio_write,
	.read = __stdio_read,
	.seek = __stdio_seek,
	.close = __stdio_close,
};
FILE *const (stdout) = &__stdout_FILE;
/* Tells __stdio_exit this stream exists and must be flushed. */
hidden FILE *const __stdout_used = &__stdout_FILE;
