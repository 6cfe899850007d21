/* setbuf: setvbuf with BUFSIZ, or no buffering for a NULL buffer. */
#include <stdio.h>

void setbuf(FILE *restrict f, char *restrict buf)
{
	setvbuf(f, buf, buf ? _IOFBF : _IONBF, BUFSIZ);
}
