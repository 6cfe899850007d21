/* mbrlen: the length of the next multibyte character, as mbrtowc
 * counts it, with a state of its own when st is null. */
#include <wchar.h>

size_t mbrlen(const char *restrict s, size_t n, mbstate_t *restrict st)
{
	static mbstate_t internal;

	return mbrtowc(0, s, n, st ? st : &internal);
}
