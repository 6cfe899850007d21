// run.c — running gcc / as as child processes, and temporary files that
// vanish when the tool exits (also after an error).
#include "fle-as.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include <fcntl.h>

int run_cmd(char *const argv[]) {
  fflush(NULL);
  pid_t pid = fork();
  if (pid < 0)
    fle_fatal("cannot fork: %m");
  if (pid == 0) {
    execvp(argv[0], argv);
    fprintf(stderr, "%s: error: cannot run %s: %m\n", fle_tool, argv[0]);
    _exit(127);
  }
  int st;
  while (waitpid(pid, &st, 0) < 0)
    ;
  return WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
}

static char *dir;

static void remove_tmp(void) {
  DIR *d = opendir(dir);
  struct dirent *e;
  while (d && (e = readdir(d)))
    if (strcmp(e->d_name, ".") && strcmp(e->d_name, ".."))
      unlinkat(dirfd(d), e->d_name, 0);
  if (d)
    closedir(d);
  rmdir(dir);
}

const char *tmp_dir(void) {
  if (dir)
    return dir;
  const char *base = getenv("TMPDIR");
  size_t n = strlen(base ? base : "/tmp") + 16;
  dir = fle_xmalloc(n);
  snprintf(dir, n, "%s/fle-XXXXXX", base ? base : "/tmp");
  if (!mkdtemp(dir))
    fle_fatal("cannot create a temporary directory: %m");
  atexit(remove_tmp);
  return dir;
}

char *tmp_name(const char *suffix) {
  static int counter;
  size_t n = strlen(tmp_dir()) + strlen(suffix) + 24;
  char *p = fle_xmalloc(n);
  snprintf(p, n, "%s/%d%s", tmp_dir(), counter++, suffix);
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
