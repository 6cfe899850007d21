// startbench — how long does it take to start a program?
//
//   startbench N PROG [ARGS...] [::: PROG [ARGS...]]...
//
// Starts each PROG N times (after N/10 warm-up rounds), each time vfork +
// execve + waitpid, timing every start with CLOCK_MONOTONIC.  The
// programs take turns — one start of each per round — so that a machine
// getting slower or faster during the run (other tenants, frequency
// changes) shifts them all alike and their ratios stay meaningful.  Each
// round takes them in a new random order: a start pays for some of what
// the one before it left (a heavy process's teardown, caches it
// emptied), so in a fixed order each program would always follow the
// same neighbour.
// Prints one line per PROG, in order:
//   median_us min_us p90_us
// Output goes to /dev/null; a start that does not exit 0 stops the
// benchmark (exit 1), so a broken loader cannot look fast.
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

#define MAX_PROGS 32

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

// A random permutation of v[0..n) (Fisher-Yates).
static void shuffle(int *v, int n) {
  for (int i = n - 1; i > 0; i--) {
    int j = rand() % (i + 1), x = v[i];
    v[i] = v[j];
    v[j] = x;
  }
}

// Splits argv[0..argc) at each ":::" into NULL-terminated commands.
static int split(int argc, char **argv, char **cmd[]) {
  int n = 0;
  cmd[n++] = argv;
  for (int i = 0; i < argc; i++)
    if (strcmp(argv[i], ":::") == 0) {
      if (n == MAX_PROGS)
        return -1;
      argv[i] = NULL;
      cmd[n++] = argv + i + 1;
    }
  for (int i = 0; i < n; i++)
    if (!cmd[i][0])
      return -1;
  return n;
}

int main(int argc, char **argv) {
  char **cmd[MAX_PROGS];
  int nprog = argc < 3 ? -1 : split(argc - 2, argv + 2, cmd);
  if (nprog < 1) {
    fprintf(stderr, "usage: startbench N PROG [ARGS...] [::: PROG [ARGS...]]...\n");
    return 2;
  }
  int n = atoi(argv[1]);
  if (n < 1)
    n = 1;
  // Silence the programs: the terminal must not be what we measure.
  int null = open("/dev/null", O_WRONLY);
  if (null >= 0) {
    dup2(null, 1);
    close(null);
  }
  double *t = malloc((size_t)nprog * n * sizeof *t);
  for (int i = 0; i < n / 10 + 1; i++)
    for (int p = 0; p < nprog; p++)
      if (run_once(cmd[p]) < 0)
        return 1;
  int order[MAX_PROGS];
  for (int p = 0; p < nprog; p++)
    order[p] = p;
  srand(1);   // the same orders in every run of the benchmark
  for (int i = 0; i < n; i++) {
    shuffle(order, nprog);
    for (int k = 0; k < nprog; k++) {
      int p = order[k];
      if ((t[p * n + i] = run_once(cmd[p])) < 0)
        return 1;
    }
  }
  for (int p = 0; p < nprog; p++) {
    double *s = t + p * n;
    qsort(s, n, sizeof *s, cmp_double);
    fprintf(stderr, "%.1f %.1f %.1f\n", s[n / 2], s[0], s[n * 9 / 10]);
  }
  return 0;
}
