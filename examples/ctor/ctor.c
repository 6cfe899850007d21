// ctor.c — code that runs before main and after it returns.
// A constructor is a pointer in .init_array; minilibc's __libc_start
// calls every one before main.  atexit() registers a handler that
// exit() calls — and returning from main is calling exit().
#include <stdio.h>
#include <stdlib.h>

__attribute__((constructor)) static void before(void) {
  printf("constructor: before main\n");
}

static void after(void) { printf("atexit handler: after main returned\n"); }
static void last(void) { printf("atexit handler: registered first, runs last\n"); }

int main(void) {
  atexit(last);
  atexit(after);
  printf("main\n");
  return 0;
}
