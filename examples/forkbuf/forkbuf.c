// forkbuf.c — printf, then fork: how many lines come out?
// On a terminal stdout is line buffered, so "hello" is written before
// fork() and appears once.  Into a pipe or a file stdout is fully
// buffered: "hello" is still in the buffer when the process is copied,
// and both parent and child write it at exit.
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>

int main(void) {
  printf("hello, printed once, before fork()\n");
  pid_t pid = fork();
  if (pid > 0)
    wait(NULL);  // the child's copy comes out first
  printf("bye from the %s\n", pid == 0 ? "child" : "parent");
  return 0;
}
