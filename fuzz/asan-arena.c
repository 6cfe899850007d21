// asan-arena.c — stands in for fle-exec/arena.c in the sanitized build of
// fle-exec (make test-asan).  arena.c replaces malloc, which would take
// the allocator away from AddressSanitizer; here the C library's (ASan's)
// malloc stays, and there is nothing to release before the jump.
void arena_release(void) {}
