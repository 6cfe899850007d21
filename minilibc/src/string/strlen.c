/* strlen: length of a string, 16 bytes per compare with SSE2, or 32
 * with AVX2 on CPUs that have it (chosen on the first string longer
 * than 64 bytes, see internal/cpu.h).
 *
 * Aligned loads never cross a page boundary, so reading past the
 * terminator up to the end of its aligned block cannot fault.  The
 * first block is loaded aligned down and the bytes before the string
 * masked off.  The first 64 bytes are always tested with SSE2: most
 * strings end there, and a program whose strings all do never asks the
 * CPU which version to use (a trap to the hypervisor on a virtual
 * machine).  Past them, four blocks are folded with a byte-wise minimum
 * (a zero anywhere leaves a zero) to test 64 bytes (SSE2) or 128 bytes
 * (AVX2) per branch. */
#include <string.h>
#include <stdint.h>
#include "simd.h"
#include "cpu.h"

static inline unsigned zero_mask(v16 v)
{
	return movemask(v == (v16){ 0 });
}

/* From s, 16-byte aligned, on to the terminator. */
static size_t strlen_sse2(const char *s)
{
	const char *p = s;
	unsigned m;

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

/* The same with 32-byte vectors.  gcc ends each AVX function with
 * vzeroupper, so SSE code after it pays no transition penalty. */
#define AVX2 __attribute__((__target__("avx2")))

static inline AVX2 unsigned zero_mask32(v32 v)
{
	return (unsigned)__builtin_ia32_pmovmskb256(v == (v32){ 0 });
}

static AVX2 size_t strlen_avx2(const char *s)
{
	const char *p = (const char *)((uintptr_t)s & ~(uintptr_t)31);
	unsigned m = zero_mask32(*(const v32 *)p) >> (s - p);

	if (m)
		return __builtin_ctz(m);
	p += 32;
	while ((uintptr_t)p & 127) {
		if ((m = zero_mask32(*(const v32 *)p)))
			return p - s + __builtin_ctz(m);
		p += 32;
	}
	for (;;) {
		v32 a = *(const v32 *)p, b = *(const v32 *)(p + 32);
		v32 c = *(const v32 *)(p + 64), d = *(const v32 *)(p + 96);
		v32 ab = __builtin_ia32_pminub256(a, b), cd = __builtin_ia32_pminub256(c, d);
		if (zero_mask32(__builtin_ia32_pminub256(ab, cd)))
			break;
		p += 128;
	}
	for (;; p += 32)
		if ((m = zero_mask32(*(const v32 *)p)))
			return p - s + __builtin_ctz(m);
}

static size_t strlen_resolve(const char *s);
static size_t (*strlen_impl)(const char *) = strlen_resolve;

static size_t strlen_resolve(const char *s)
{
	strlen_impl = __cpu_has_avx2() ? strlen_avx2 : strlen_sse2;
	return strlen_impl(s);
}

size_t strlen(const char *s)
{
	const char *p = (const char *)((uintptr_t)s & ~(uintptr_t)15);
	unsigned m = zero_mask(*(const v16 *)p) >> (s - p);

	if (m)
		return __builtin_ctz(m);
	for (p += 16; p - s < 64; p += 16)
		if ((m = zero_mask(*(const v16 *)p)))
			return p - s + __builtin_ctz(m);
	return p - s + strlen_impl(p);
}
