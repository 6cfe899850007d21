/* strcspn: length of the prefix with no byte from reject. */
#include <string.h>

size_t strcspn(const char *s, const char *reject)
{
	unsigned long set[4] = { 0 };
	const unsigned char *p = (const unsigned char *)s;

	for (const unsigned char *r = (const unsigned char *)reject; *r; r++)
		set[*r / 64] |= 1UL << (*r % 64);
	for (; *p && !(set[*p / 64] >> (*p % 64) & 1); p++)
		;
	return p - (const unsigned char *)s;
}
