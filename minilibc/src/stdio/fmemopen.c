/* fmemopen: a stream over the size bytes at buf (a fresh zeroed buffer
 * when buf is NULL, freed at fclose).  "r" reads all size bytes; "w"
 * starts empty ("w+" also empties the buffer); "a" starts at the first
 * NUL.  Writes never go past size (the rest is dropped silently);
 * each one that ends past the data ends it with a NUL when there is room
 * (a write-only stream that fills the buffer keeps its last byte for the
 * NUL).  Positions stay within [0, size]. */
#include <stdio.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "stdio_impl.h"

typedef struct {
	unsigned char *buf;
	size_t pos, len, size;
	int append, own;
} Mem;

static size_t mem_read(FILE *f, unsigned char *s, size_t n)
{
	Mem *m = f->cookie;
	size_t k = m->len - m->pos < n ? m->len - m->pos : n;
	memcpy(s, m->buf + m->pos, k);
	m->pos += k;
	if (!k)
		f->flags |= F_EOF;
	return k;
}

static size_t mem_write(FILE *f, const unsigned char *s, size_t n)
{
	Mem *m = f->cookie;
	if (m->append)
		m->pos = m->len;
	size_t k = m->size - m->pos < n ? m->size - m->pos : n;
	memcpy(m->buf + m->pos, s, k);
	m->pos += k;
	if (m->pos > m->len) {
		m->len = m->pos;
		if (m->len < m->size)
			m->buf[m->len] = 0;
		else if (f->flags & F_NORD && m->size)
			m->buf[m->size - 1] = 0;
	}
	return n;   /* what does not fit is dropped, as musl does */
}

static off_t mem_seek(FILE *f, off_t off, int whence)
{
	Mem *m = f->cookie;
	off_t base = whence == SEEK_SET ? 0 : whence == SEEK_CUR ? (off_t)m->pos : (off_t)m->len;
	if (off < -base || off > (off_t)m->size - base) {
		errno = EINVAL;
		return -1;
	}
	return m->pos = base + off;
}

static int mem_close(FILE *f)
{
	Mem *m = f->cookie;
	if (m->own)
		free(m->buf);
	return 0;
}

FILE *fmemopen(void *restrict buf, size_t size, const char *restrict mode)
{
	int plus = !!strchr(mode, '+');
	if (!strchr("rwa", *mode)) {
		errno = EINVAL;
		return 0;
	}
	FILE *f = malloc(sizeof *f + sizeof(Mem) + UNGET + BUFSIZ);
	if (!f)
		return 0;
	memset(f, 0, sizeof *f);
	Mem *m = (Mem *)(f + 1);
	*m = (Mem){buf, 0, 0, size, *mode == 'a', !buf};
	if (!buf && !(m->buf = calloc(1, size ? size : 1))) {
		free(f);
		return 0;
	}
	if (*mode == 'r')
		m->len = size;
	else if (*mode == 'a')
		m->pos = m->len = strnlen((char *)m->buf, size);
	else if (plus && size)
		m->buf[0] = 0;
	f->read = mem_read;
	f->write = mem_write;
	f->seek = mem_seek;
	f->close = mem_close;
	__mem_stream_init(f, m, sizeof *m, plus ? 0 : *mode == 'r' ? F_NOWR : F_NORD);
	return f;
}
