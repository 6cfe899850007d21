/* strspn: length of the prefix made only of bytes in accept.  A 256-bit
 * set makes each test one lookup. */
#include <string.h>

size_t strspn(const char *s, const char *accept)
{
	unsigned long set[4] = { 0 };
	const unsigned char *p = (const unsigned char *)s;

	for (const unsigned char *a = (const unsigned char *)accept; *a; a++)
		set[*a / 64] |= 1UL << (*a % 64);
	for (; *p && (set[*p / 64] >> (*p % 64) & 1); p++)
		;
	return p - (const unsigned char *)s;
}
