/* stdin: the standard stream on descriptor 0 (fully buffered). */
#include "stdio_impl.h"

static unsigned char buf[BUFSIZ + UNGET];

hidden FILE __stdin_FILE = {
	.flags = F_PERM | F_NOWR,
	.fd = 0,
	.mode = _IOFBF,
	.buf = buf + UNGET,
	.buf_size = BUFSIZ,
	.write = __stdio_write,
	.read = __stdio_read,
	.seek = __stdio_seek,
	.close = __stdio_close,
};
FILE *const (stdin) = &__stdin_FILE;
/* Tells __stdio_exit this stream exists and must be flushed. */
hidden FILE *const __stdin_used = &__stdin_FILE;
