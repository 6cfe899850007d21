/* 16-byte SSE2 vectors through gcc's vector extensions, so the string
 * functions can load and compare 16 bytes at a time without intrinsics
 * headers.  The unaligned type may alias anything. */
#ifndef _INTERNAL_SIMD_H
#define _INTERNAL_SIMD_H
typedef char v16 __attribute__((__vector_size__(16), __may_alias__));
typedef char v16u __attribute__((__vector_size__(16), __may_alias__, __aligned__(1)));
/* 32-byte vectors, only for functions compiled with target("avx2"). */
typedef char v32 __attribute__((__vector_size__(32), __may_alias__));
typedef char v32u __attribute__((__vector_size__(32), __may_alias__, __aligned__(1)));

/* One bit per byte: bit i set when byte i of the vector has its top bit. */
static inline unsigned movemask(v16 v)
{
	return (unsigned)__builtin_ia32_pmovmskb128(v);
}
#endif
