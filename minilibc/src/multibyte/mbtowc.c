/* mbtowc: decode one multibyte character without a shift state.  A
 * character longer than n is EILSEQ here, there being no state to keep
 * it in; s null asks whether the encoding has shift states (none do). */
#include <errno.h>
#include <stdlib.h>
#include <wchar.h>

int mbtowc(wchar_t *restrict wc, const char *restrict s, size_t n)
{
	mbstate_t st = { 0 };
	size_t len;

	if (!s)
		return 0;
	len = mbrtowc(wc, s, n, &st);
	if (len == (size_t)-2) {
		errno = EILSEQ;
		return -1;
	}
	return len;
}
