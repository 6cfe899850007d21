// track_api.h — what the linker harness (fuzz_ld.c) calls in track.c.
#ifndef FUZZ_TRACK_API_H
#define FUZZ_TRACK_API_H
#include <setjmp.h>
#include <stddef.h>

// Where fz_exit() jumps to (NULL: really exit), and the status it got.
extern jmp_buf *fz_exit_to;
extern int fz_exit_status;
// Frees every tracked allocation still live; recycles symbol blocks.
void fz_reset(void);
// fle-ld's resolve.c allocates its symbol blocks here (ld_resolve.c).
void *fz_symblock_calloc(size_t n, size_t m);
// libfle's error count back to zero (ld_diag.c).
void fz_reset_errors(void);
#endif
