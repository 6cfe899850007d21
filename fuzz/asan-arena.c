// asan-arena.c — stands in for fle-exec/arena.c in the sanitized build of
// fle-exec (make test-asan).  arena.c replaces malloc, which would take
// the allocator away from AddressSanitizer; here the C library's (ASan's)
// malloc stays, and there is nothing to release before the jump.
void arena_release(void) {}

// The program runs in this process after the jump, so the sanitizers'
// own signal handlers must not be left in it: fle-exec hands a program a
// process with no handler (tests/exec/run.bats).  test-asan says so in
// ASAN_OPTIONS, but tests start programs under `env -i` too, so the
// same settings are built in here.  (A thread that overflows its stack
// into the guard page otherwise loops in ASan's SIGSEGV handler.)
const char *__asan_default_options(void) {
  return "handle_segv=0:handle_sigbus=0:handle_sigfpe=0:handle_sigill=0:use_sigaltstack=0";
}
const char *__ubsan_default_options(void) {
  return "handle_segv=0:handle_sigbus=0:handle_sigfpe=0:handle_sigill=0:use_sigaltstack=0";
}
