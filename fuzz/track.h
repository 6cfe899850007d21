// track.h — forced (-include) into libfle and fle-ld when they are built
// for the linker fuzz target (fuzz_ld.c).
//
// fle-ld is a batch program: it never frees what it allocates and leaves
// through exit() on errors.  Run in-process thousands of times a second
// it would grow without bound and end the fuzzer at its first error.  So
// in that build every allocation is recorded (track.c) and released
// between inputs, and exit() returns to the harness by longjmp.  Nothing
// in libfle or fle-ld changes; this header renames the C library's
// allocator and exit for their translation units only.
#ifndef FUZZ_TRACK_H
#define FUZZ_TRACK_H
#include <stddef.h>

void *fz_malloc(size_t n);
void *fz_calloc(size_t n, size_t m);
void *fz_realloc(void *p, size_t n);
void *fz_aligned_alloc(size_t align, size_t n);
void fz_free(void *p);
_Noreturn void fz_exit(int status);

#define malloc fz_malloc
#define calloc fz_calloc
#define realloc fz_realloc
#define aligned_alloc fz_aligned_alloc
#define free fz_free
#define exit fz_exit
#endif
