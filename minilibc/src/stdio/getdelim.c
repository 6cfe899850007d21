/* getdelim: read up to and including delim into a growing malloc'd
 * buffer; returns the length, or -1 at end of file. */
#include <stdio.h>
#include <stdlib.h>
#include <errno.h>
#include "stdio_impl.h"

static ssize_t unlocked_getdelim(char **restrict line, size_t *restrict cap, int delim, FILE *restrict f)
{
	size_t n = 0;

	if (!line || !cap) {
		errno = EINVAL;
		return -1;
	}
	for (;;) {
		int c = getc_unlocked(f);
		if (c == EOF && !n)
			return -1;
		if (n + 2 > *cap || !*line) {
			size_t newcap = *cap < 64 ? 128 : *cap * 2;
			char *p = realloc(*line, newcap);
			if (!p)
				return -1;
			*line = p;
			*cap = newcap;
		}
		if (c == EOF)
			break;
		(*line)[n++] = c;
		if (c == delim)
			break;
	}
	(*line)[n] = 0;
	return n;
}

ssize_t getdelim(char **restrict line, size_t *restrict cap, int delim, FILE *restrict f)
{
	FLOCK(f);
	ssize_t r = unlocked_getdelim(line, cap, delim, f);
	FUNLOCK(f);
	return r;
}
