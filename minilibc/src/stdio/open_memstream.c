/* open_memstream: a write-only stream into a growing buffer.  After each
 * fflush (and fclose) *bufp is the buffer, NUL-terminated, and *sizep the
 * position after the last write.  Seeking past the end and writing leaves zeros in
 * the gap.  The buffer belongs to the caller, who frees it after fclose. */
#include <stdio.h>
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "stdio_impl.h"

typedef struct {
	char **bufp;
	size_t *sizep;
	char *buf;
	size_t pos, len, space;   /* space: bytes allocated, less the NUL */
} Mem;

static int grow(Mem *m, size_t need)
{
	if (need <= m->space)
		return 0;
	size_t space = m->space ? m->space : 64;
	while (space < need)
		space = space > SIZE_MAX / 2 ? need : 2 * space;
	char *b = realloc(m->buf, space + 1);
	if (!b)
		return -1;
	memset(b + m->space, 0, space + 1 - m->space);
	m->buf = b, m->space = space;
	*m->bufp = b;
	return 0;
}

static size_t mem_write(FILE *f, const unsigned char *s, size_t n)
{
	Mem *m = f->cookie;
	if (n > SIZE_MAX - 1 - m->pos || grow(m, m->pos + n)) {
		f->flags |= F_ERR;
		errno = ENOMEM;
		return 0;
	}
	memcpy(m->buf + m->pos, s, n);
	m->pos += n;
	if (m->pos > m->len)
		m->len = m->pos;
	m->buf[m->len] = 0;
	*m->sizep = m->pos;
	return n;
}

static off_t mem_seek(FILE *f, off_t off, int whence)
{
	Mem *m = f->cookie;
	off_t base = whence == SEEK_SET ? 0 : whence == SEEK_CUR ? (off_t)m->pos : (off_t)m->len;
	if (off < -base || off > (off_t)0x7fffffffffffffff - base) {
		errno = EINVAL;
		return -1;
	}
	return m->pos = base + off;   /* *sizep follows at the next write */
}

static int mem_close(FILE *f)
{
	(void)f;
	return 0;
}

FILE *open_memstream(char **bufp, size_t *sizep)
{
	FILE *f = malloc(sizeof *f + sizeof(Mem) + UNGET + BUFSIZ);
	char *b = calloc(1, 1);
	if (!f || !b) {
		free(f), free(b);
		return 0;
	}
	memset(f, 0, sizeof *f);
	Mem *m = (Mem *)(f + 1);
	*m = (Mem){bufp, sizep, b, 0, 0, 0};
	*bufp = b, *sizep = 0;
	f->write = mem_write;
	f->seek = mem_seek;
	f->close = mem_close;
	__mem_stream_init(f, m, sizeof *m, F_NORD);
	return f;
}
