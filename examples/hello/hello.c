// hello.c — the program `make demo` takes from source to a running
// process through fle-cc, fle-ld and fle-exec.
#include <stdio.h>

int main(int argc, char **argv) {
  printf("hello from FLE");
  for (int i = 1; i < argc; i++)
    printf(" %s", argv[i]);
  printf(" (%d args)\n", argc);
  return 0;
}
