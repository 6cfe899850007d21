// args.c — what a program receives: argc, argv and the environment.
// fle-exec wrote them on the new process's stack (argc, the argv
// pointers, NULL, the envp pointers, NULL, then the auxiliary vector);
// crt1's _start hands that stack pointer to minilibc's __libc_start,
// which sets the global `environ` to the envp array and calls main.
#include <stdio.h>
#include <stdlib.h>

extern char **environ;

int main(int argc, char **argv) {
  printf("argc = %d\n", argc);
  for (int i = 0; i < argc; i++)
    printf("argv[%d] = \"%s\"\n", i, argv[i]);
  printf("argv[%d] = NULL\n", argc);

  // The environment strings follow argv's NULL on the stack.
  printf("environ == &argv[argc + 1]: %s\n",
         environ == &argv[argc + 1] ? "yes" : "no");
  const char *greeting = getenv("GREETING");
  printf("GREETING = %s\n", greeting ? greeting : "(not set)");
  return 0;
}
