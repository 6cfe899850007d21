/* fputws: write a wide string in the stream's LC_CTYPE.  As musl, it is
 * converted a buffer at a time with wcsrtombs, so a character the
 * locale cannot write fails the call (-1, errno EILSEQ) before any of
 * that buffer's text is written. */
#include "stdio_impl.h"

static int unlocked_fputws(const wchar_t *restrict ws, FILE *restrict f)
{
	unsigned char buf[BUFSIZ];
	const char *caller;
	size_t l = 0;

	caller = __fwide_enter(f);
	while (ws && (l = wcsrtombs((char *)buf, (const wchar_t **)&ws, sizeof buf, 0)) + 1 > 1)
		if (__fwritex(buf, l, f) < l) {
			l = -1;
			break;
		}
	__fwide_leave(caller);
	return (int)l;   /* -1, or (as musl) the length of the last piece */
}

int fputws(const wchar_t *restrict ws, FILE *restrict f)
{
	FLOCK(f);
	int r = unlocked_fputws(ws, f);
	FUNLOCK(f);
	return r;
}

weak_alias(unlocked_fputws, fputws_unlocked);
