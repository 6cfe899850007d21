// startbench — how long does it take to start a program?
//
//   startbench N PROG [ARGS...]
//
// Runs PROG N times (after N/10 warm-up runs), each time vfork + execve +
// waitpid, timing every run with CLOCK_MONOTONIC.  Prints one line:
//   median_us min_us p90_us
// PROG's output goes to /dev/null; a run that does not exit 0 stops the
// benchmark (exit 1), so a broken loader cannot look fast.
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

static double now_us(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1e6 + ts.tv_nsec / 1e3;
}

static int cmp_double(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

// One start: returns elapsed microseconds, or -1 if the run failed.
static double run_once(char **argv) {
  double t0 = now_us();
  pid_t pid = vfork();
  if (pid < 0)
    return -1;
  if (pid == 0) {
    execve(argv[0], argv, environ);
    _exit(127);
  }
  int status;
  if (waitpid(pid, &status, 0) < 0)
    return -1;
  double t = now_us() - t0;
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    fprintf(stderr, "startbench: %s: status 0x%x\n", argv[0], status);
    return -1;
  }
  return t;
}

int main(int argc, char **argv) {
  if (argc < 3) {
    fprintf(stderr, "usage: startbench N PROG [ARGS...]\n");
    return 2;
  }
  int n = atoi(argv[1]);
  if (n < 1)
    n = 1;
  // Silence the program: the terminal must not be what we measure.
  int null = open("/dev/null", O_WRONLY);
  if (null >= 0) {
    dup2(null, 1);
    close(null);
  }
  double *t = malloc(n * sizeof *t);
  for (int i = 0; i < n / 10 + 1; i++)
    if (run_once(argv + 2) < 0)
      return 1;
  for (int i = 0; i < n; i++)
    if ((t[i] = run_once(argv + 2)) < 0)
      return 1;
  qsort(t, n, sizeof *t, cmp_double);
  fprintf(stderr, "%.1f %.1f %.1f\n", t[n / 2], t[0], t[n * 9 / 10]);
  return 0;
}
