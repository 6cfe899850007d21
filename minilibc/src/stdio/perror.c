/* perror: "prefix: message" for errno on stderr. */
#include <stdio.h>
#include <string.h>
#include <errno.h>

void perror(const char *prefix)
{
	const char *msg = strerror(errno);

	if (prefix && *prefix) {
		fputs(prefix, stderr);
		fputs(": ", stderr);
	}
	fputs(msg, stderr);
	fputc('\n', stderr);
}
