/* strlen: length of a string, 16 bytes per compare with SSE2.
 *
 * Aligned 16-byte loads never cross a page boundary, so reading past the
 * terminator up to the end of its 16-byte block cannot fault.  The first
 * block is loaded aligned down and the bytes before the string masked
 * off.  In the main loop four blocks are folded with a byte-wise minimum
 * (a zero anywhere leaves a zero) to test 64 bytes per branch. */
#include <string.h>
#include <stdint.h>
#include "simd.h"

static inline unsigned zero_mask(v16 v)
{
	return movemask(v == (v16){ 0 });
}

size_t strlen(const char *s)
{
	const char *p = (const char *)((uintptr_t)s & ~(uintptr_t)15);
	unsigned m = zero_mask(*(const v16 *)p) >> (s - p);

	if (m)
		return __builtin_ctz(m);
	p += 16;
	/* Reach 64-byte alignment one block at a time. */
	while ((uintptr_t)p & 63) {
		if ((m = zero_mask(*(const v16 *)p)))
			return p - s + __builtin_ctz(m);
		p += 16;
	}
	for (;;) {
		v16 a = *(const v16 *)p, b = *(const v16 *)(p + 16);
		v16 c = *(const v16 *)(p + 32), d = *(const v16 *)(p + 48);
		/* pminub: unsigned byte minimum */
		v16 ab = __builtin_ia32_pminub128(a, b), cd = __builtin_ia32_pminub128(c, d);
		if (zero_mask(__builtin_ia32_pminub128(ab, cd)))
			break;
		p += 64;
	}
	for (;; p += 16)
		if ((m = zero_mask(*(const v16 *)p)))
			return p - s + __builtin_ctz(m);
}
