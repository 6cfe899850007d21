// hello.c — the benchmark's "small program": one printf.  Built as a
// static musl ELF (musl-gcc -static) and as an FLE executable (fle-cc +
// fle-ld on minilibc), so the two rows start the same source.
#include <stdio.h>

int main(int argc, char **argv) {
  printf("hello, %s\n", argc > 1 ? argv[1] : "world");
  return 0;
}
