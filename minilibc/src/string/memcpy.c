/* memcpy: copy n bytes between non-overlapping buffers.
 *
 * Small copies use a pair of possibly overlapping loads and stores from
 * both ends, so there is no byte loop and no branch per byte.  Medium
 * copies move 64 bytes per iteration in SSE2 registers.  Large copies
 * use `rep movsb`, which on CPUs with ERMS/FSRM (all current x86-64)
 * is the fastest path the hardware offers for big blocks.  Past 128
 * bytes, CPUs with AVX2 (chosen on the first such copy, see
 * internal/cpu.h) move 128 bytes per iteration with 32-byte aligned
 * stores instead of the SSE2 loop. */
#include <string.h>
#include <stdint.h>
#include "simd.h"
#include "cpu.h"

typedef uint64_t u64u __attribute__((__may_alias__, __aligned__(1)));
typedef uint32_t u32u __attribute__((__may_alias__, __aligned__(1)));
typedef uint16_t u16u __attribute__((__may_alias__, __aligned__(1)));

#define REP_MOVSB_THRESHOLD 2048
/* Past the L2 cache size, as glibc tunes it for AMD, the plain SSE2 loop
 * streams at least as fast as `rep movsb`. */
#define REP_MOVSB_STOP (1 << 20)

/* 129 bytes and more with 32-byte vectors: the first 32 and last 128
 * bytes are loaded up front and stored last, so the loop in between
 * can start at the next 32-byte boundary of the destination and stop
 * anywhere without a byte loop. */
#define AVX2 __attribute__((__target__("avx2")))

static AVX2 void copy_avx2(unsigned char *d, const unsigned char *s, size_t n)
{
	v32u head = *(v32u *)s;
	v32u t0 = *(v32u *)(s + n - 128), t1 = *(v32u *)(s + n - 96);
	v32u t2 = *(v32u *)(s + n - 64), t3 = *(v32u *)(s + n - 32);
	unsigned char *end = d + n, *start = d;
	size_t skip = 32 - ((uintptr_t)d & 31);

	d += skip, s += skip, n -= skip;
	for (; n > 128; d += 128, s += 128, n -= 128) {
		v32u a = *(v32u *)s, b = *(v32u *)(s + 32);
		v32u c = *(v32u *)(s + 64), e = *(v32u *)(s + 96);
		*(v32 *)d = a;
		*(v32 *)(d + 32) = b;
		*(v32 *)(d + 64) = c;
		*(v32 *)(d + 96) = e;
	}
	*(v32u *)(end - 128) = t0;
	*(v32u *)(end - 96) = t1;
	*(v32u *)(end - 64) = t2;
	*(v32u *)(end - 32) = t3;
	*(v32u *)start = head;
}

static void copy_sse2(unsigned char *d, const unsigned char *s, size_t n)
{
	/* The last 16 first, then 64-byte blocks, then the remaining 16-byte
	 * pieces; overlap at the end is harmless. */
	v16u tail = *(v16u *)(s + n - 16);
	unsigned char *end = d + n - 16;
	while (n > 64) {
		v16u a = *(v16u *)s, b = *(v16u *)(s + 16), c = *(v16u *)(s + 32), e = *(v16u *)(s + 48);
		*(v16u *)d = a;
		*(v16u *)(d + 16) = b;
		*(v16u *)(d + 32) = c;
		*(v16u *)(d + 48) = e;
		d += 64, s += 64, n -= 64;
	}
	while (n > 16) {
		*(v16u *)d = *(v16u *)s;
		d += 16, s += 16, n -= 16;
	}
	*(v16u *)end = tail;
}

static void copy_resolve(unsigned char *d, const unsigned char *s, size_t n);
static void (*copy_large)(unsigned char *, const unsigned char *, size_t) = copy_resolve;

static void copy_resolve(unsigned char *d, const unsigned char *s, size_t n)
{
	copy_large = __cpu_has_avx2() ? copy_avx2 : copy_sse2;
	copy_large(d, s, n);
}

void *memcpy(void *restrict dest, const void *restrict src, size_t n)
{
	unsigned char *d = dest;
	const unsigned char *s = src;

	if (n <= 16) {
		if (n >= 8) {
			uint64_t a = *(u64u *)s, b = *(u64u *)(s + n - 8);
			*(u64u *)d = a;
			*(u64u *)(d + n - 8) = b;
		} else if (n >= 4) {
			uint32_t a = *(u32u *)s, b = *(u32u *)(s + n - 4);
			*(u32u *)d = a;
			*(u32u *)(d + n - 4) = b;
		} else if (n) {
			unsigned char a = s[0], b = s[n / 2], c = s[n - 1];
			d[0] = a;
			d[n / 2] = b;
			d[n - 1] = c;
		}
		return dest;
	}
	if (n <= 32) {
		v16u a = *(v16u *)s, b = *(v16u *)(s + n - 16);
		*(v16u *)d = a;
		*(v16u *)(d + n - 16) = b;
		return dest;
	}
	if (n >= REP_MOVSB_THRESHOLD && n < REP_MOVSB_STOP) {
		__asm__ __volatile__ ("rep movsb" : "+D"(d), "+S"(s), "+c"(n) : : "memory");
		return dest;
	}
	/* 33..2047 bytes and huge copies. */
	if (n <= 128)
		copy_sse2(d, s, n);
	else
		copy_large(d, s, n);
	return dest;
}
