/* memmove: copy n bytes between buffers that may overlap.  Copying
 * forward is safe when the destination starts below the source (or the
 * buffers are disjoint), so memcpy does that case; otherwise copy
 * backward, 8 bytes at a time where possible. */
#include <string.h>
#include <stdint.h>

typedef uint64_t u64u __attribute__((__may_alias__, __aligned__(1)));

void *memmove(void *dest, const void *src, size_t n)
{
	unsigned char *d = dest;
	const unsigned char *s = src;

	if (d == s || n == 0)
		return dest;
	if (d < s || d >= s + n) {
		/* Forward copy; memcpy's 16-byte loads of the source come
		 * before the stores that could overwrite them only within a
		 * block, so copy in blocks no larger than the distance. */
		if ((size_t)(s - d) >= 64 || d >= s + n)
			return memcpy(d, s, n);
		while (n >= 8 && (size_t)(s - d) >= 8) {
			*(u64u *)d = *(u64u *)s;
			d += 8, s += 8, n -= 8;
		}
		while (n--)
			*d++ = *s++;
		return dest;
	}
	/* Destination overlaps the source's tail: copy from the end. */
	d += n, s += n;
	while (n >= 8 && (size_t)(d - s) >= 8) {
		d -= 8, s -= 8, n -= 8;
		*(u64u *)d = *(u64u *)s;
	}
	while (n--)
		*--d = *--s;
	return dest;
}
