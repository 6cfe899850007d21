/* perror: "prefix: message" for errno on stderr. */
#include <stdio.h>
#include "stdio_impl.h"
#include <string.h>
#include <errno.h>

void perror(const char *prefix)
{
	const char *msg = strerror(errno);

	FLOCK(stderr);
	if (prefix && *prefix) {
		fputs(prefix, stderr);
		fputs(": ", stderr);
	}
	fputs(msg, stderr);
	fputc('\n', stderr);
	FUNLOCK(stderr);
}
