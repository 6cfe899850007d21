// minish.c — the heart of a shell: run `ls | wc -l`.
// pipe() makes a channel; fork() makes two children; each child plugs
// one end of the pipe into its stdin or stdout with dup2() and
// replaces itself with a program (execvp searches PATH); the parent
// closes its copies of the pipe (or wc would never see end of file)
// and waits for both.  The children close the pipe's descriptors too,
// once dup2() has copied the one they need.
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>

static int fd[2];  // the pipe: read end fd[0], write end fd[1]

static pid_t spawn(char **argv, int in, int out) {
  pid_t pid = fork();
  if (pid == 0) {
    dup2(in, 0);
    dup2(out, 1);
    close(fd[0]);  // every copy of the write end must be closed
    close(fd[1]);  // for wc to see end of file
    execvp(argv[0], argv);
    perror(argv[0]);
    _exit(127);
  }
  return pid;
}

int main(void) {
  char *ls[] = {"ls", NULL};
  char *wc[] = {"wc", "-l", NULL};
  if (pipe(fd) < 0) {
    perror("pipe");
    return 1;
  }
  printf("minish: running ls | wc -l\n");
  fflush(stdout);  // or the children inherit this line in their buffer
  pid_t a = spawn(ls, 0, fd[1]);
  pid_t b = spawn(wc, fd[0], 1);
  close(fd[0]);
  close(fd[1]);
  int status_a, status_b;
  waitpid(a, &status_a, 0);
  waitpid(b, &status_b, 0);
  printf("minish: ls exited with %d, wc with %d\n", WEXITSTATUS(status_a),
         WEXITSTATUS(status_b));
  return 0;
}
