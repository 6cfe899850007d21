/* memset: fill n bytes with c.  Like memcpy: overlapping stores for small
 * sizes, 16-byte stores for medium ones, `rep stosb` for large ones. */
#include <string.h>
#include <stdint.h>
#include "simd.h"

typedef uint64_t u64u __attribute__((__may_alias__, __aligned__(1)));
typedef uint32_t u32u __attribute__((__may_alias__, __aligned__(1)));

void *memset(void *dest, int c, size_t n)
{
	unsigned char *d = dest;
	uint64_t b8 = (unsigned char)c * 0x0101010101010101UL;

	if (n <= 16) {
		if (n >= 8) {
			*(u64u *)d = b8;
			*(u64u *)(d + n - 8) = b8;
		} else if (n >= 4) {
			*(u32u *)d = (uint32_t)b8;
			*(u32u *)(d + n - 4) = (uint32_t)b8;
		} else if (n) {
			d[0] = d[n / 2] = d[n - 1] = (unsigned char)c;
		}
		return dest;
	}
	if (n >= 2048) {
		__asm__ __volatile__ ("rep stosb" : "+D"(d), "+c"(n) : "a"(c) : "memory");
		return dest;
	}
	v16u v = (v16u)(v16){ 0 } + (char)c;
	*(v16u *)(d + n - 16) = v;
	while (n > 16) {
		*(v16u *)d = v;
		d += 16, n -= 16;
	}
	return dest;
}
