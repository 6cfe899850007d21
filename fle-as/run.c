// run.c — running gcc / as / fle-ld as child processes, and a private
// temporary directory that is gone when the tool ends: at exit (also
// after an error) and when SIGINT, SIGTERM or SIGHUP ends it.
//
// On one of those signals the handler stops the running child and waits
// for it, so nothing writes into the directory once it is emptied;
// empties and removes the directory; and lets the signal kill the tool,
// so that make or a shell sees what happened.  A signal ignored when the
// tool started (nohup, a background job) stays ignored.
//
// A handler can reach no context struct, so the directory's path and the
// child's pid live in this file, in a fixed buffer: a handler may only
// make async-signal-safe calls (no malloc, no opendir), and reads the
// directory with getdents64.
#include "fle-as.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

static struct {
  char dir[PATH_MAX];      // "" until created
  volatile pid_t child;    // the command running, or 0
  int counter;             // names handed out
} tmp;

static const int fatal_signals[] = {SIGINT, SIGTERM, SIGHUP};

static void block_signals(sigset_t *old) {
  sigset_t set;
  sigemptyset(&set);
  for (size_t i = 0; i < sizeof fatal_signals / sizeof *fatal_signals; i++)
    sigaddset(&set, fatal_signals[i]);
  sigprocmask(SIG_BLOCK, &set, old);
}

// Unlinks every entry of fd's directory; returns how many went.
static int unlink_entries(int fd) {
  char buf[4096];
  long n;
  int removed = 0;
  lseek(fd, 0, SEEK_SET);
  while ((n = syscall(SYS_getdents64, fd, buf, sizeof buf)) > 0)
    for (long off = 0; off < n;) {
      struct dirent64 *e = (struct dirent64 *)(buf + off);
      off += e->d_reclen;
      if (strcmp(e->d_name, ".") && strcmp(e->d_name, "..") &&
          unlinkat(fd, e->d_name, 0) == 0)
        removed++;
    }
  return removed;
}

// Async-signal-safe.  Entries are read again until none is left, as
// removing while reading may hide some from the same pass.
static void remove_tmp(void) {
  if (!tmp.dir[0])
    return;
  int fd = open(tmp.dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd >= 0) {
    while (unlink_entries(fd) > 0)
      ;
    close(fd);
  }
  rmdir(tmp.dir);
  tmp.dir[0] = '\0';
}

// Installed with SA_RESETHAND: raise() then ends the tool by the signal
// (delivered once the handler returns, as it is blocked in here).
static void on_fatal_signal(int sig) {
  pid_t c = tmp.child;
  if (c > 0) {
    kill(c, sig);
    while (waitpid(c, NULL, 0) < 0 && errno == EINTR)
      ;
  }
  remove_tmp();
  raise(sig);
}

static void catch_fatal_signals(void) {
  struct sigaction sa = {.sa_handler = on_fatal_signal, .sa_flags = SA_RESETHAND};
  sigemptyset(&sa.sa_mask);
  for (size_t i = 0; i < sizeof fatal_signals / sizeof *fatal_signals; i++)
    sigaddset(&sa.sa_mask, fatal_signals[i]);
  for (size_t i = 0; i < sizeof fatal_signals / sizeof *fatal_signals; i++) {
    struct sigaction old;
    if (sigaction(fatal_signals[i], NULL, &old) == 0 && old.sa_handler != SIG_IGN)
      sigaction(fatal_signals[i], &sa, NULL);
  }
}

// The child gets the default handlers back before anything can reach
// it (it must not run on_fatal_signal), and the tool's signal mask.
static void exec_child(char *const argv[], const sigset_t *mask) {
  for (size_t i = 0; i < sizeof fatal_signals / sizeof *fatal_signals; i++) {
    struct sigaction old;
    if (sigaction(fatal_signals[i], NULL, &old) == 0 && old.sa_handler == on_fatal_signal)
      signal(fatal_signals[i], SIG_DFL);
  }
  sigprocmask(SIG_SETMASK, mask, NULL);
  execvp(argv[0], argv);
  fprintf(stderr, "%s: error: cannot run %s: %m\n", fle_tool, argv[0]);
  _exit(127);
}

int run_cmd(char *const argv[]) {
  fflush(NULL);
  sigset_t old;
  block_signals(&old); // so that tmp.child is set before a handler runs
  pid_t pid = fork();
  if (pid == 0)
    exec_child(argv, &old);
  tmp.child = pid > 0 ? pid : 0;
  sigprocmask(SIG_SETMASK, &old, NULL);
  if (pid < 0)
    fle_fatal("cannot fork: %m");
  int st;
  while (waitpid(pid, &st, 0) < 0)
    ;
  tmp.child = 0;
  return WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
}

const char *tmp_dir(void) {
  if (tmp.dir[0])
    return tmp.dir;
  const char *base = getenv("TMPDIR");
  if (!base || !*base)
    base = "/tmp";
  if (snprintf(tmp.dir, sizeof tmp.dir, "%s/fle-XXXXXX", base) >= (int)sizeof tmp.dir)
    fle_fatal("TMPDIR is too long: %s", base);
  sigset_t old;
  block_signals(&old); // the handler must never see a half-made directory
  if (!mkdtemp(tmp.dir)) {
    tmp.dir[0] = '\0';
    fle_fatal("cannot create a temporary directory: %m");
  }
  catch_fatal_signals();
  atexit(remove_tmp);
  sigprocmask(SIG_SETMASK, &old, NULL);
  return tmp.dir;
}

char *tmp_name(const char *suffix) {
  size_t n = strlen(tmp_dir()) + strlen(suffix) + 24;
  char *p = fle_xmalloc(n);
  snprintf(p, n, "%s/%d%s", tmp_dir(), tmp.counter++, suffix);
  return p;
}

bool is_elf_file(const char *path) {
  char magic[4] = {0};
  int fd = open(path, O_RDONLY);
  if (fd < 0)
    return false;
  ssize_t n = read(fd, magic, 4);
  close(fd);
  return n == 4 && memcmp(magic, "\177ELF", 4) == 0;
}
