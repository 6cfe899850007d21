// hi.c — the tutorial's program without a C library: _start is the
// entry point, say() is in say.c, and the exit status is say.c's
// counter.
void say(const char *s);
extern int calls;

void _start(void) {
  say("hi\n");
  say("bye\n");
  __asm__ volatile("syscall" : : "a"(60), "D"(calls));  // exit(calls)
}
