// output.c — writing an output file so that no failure destroys a file,
// and no tool writes a file it was not asked to write (spec/FLE.md §7).
//
// A regular file (or a name that does not exist yet) is replaced
// atomically:
//
//   1. the bytes go to a temporary in the output's own directory (rename
//      cannot cross file systems): an unnamed O_TMPFILE where the file
//      system has them, else a name of 64 random bits created with
//      O_EXCL|O_NOFOLLOW, so a planted file or symlink is never opened;
//   2. its mode is set on the descriptor (fchmod), never by path:
//      0777 for executables, 0666 otherwise, less the umask, as gcc's;
//   3. it is fsync'd, so a crash after the rename cannot leave an empty
//      file under the old name (a large file written in parts is also
//      synced in parts while it is written, see SINK_SYNC_STEP);
//   4. rename() puts it in place in one step.
//
// Until step 4, the old file is exactly as it was; a failure at any step
// (ENOSPC, EDQUOT, EIO) removes the temporary.  An unnamed temporary also
// vanishes when a signal or a crash ends the tool mid-write.  The
// temporary's name does not grow with the output's, so any output name
// up to NAME_MAX works.
//
// Anything else — a character device (/dev/null, a terminal), a FIFO, a
// socket — is written in place: replacing /dev/null with a regular file
// (as root) or unlinking it would break the system, and a reader of a
// FIFO wants the bytes, not a new name.  Names of the tool's descriptors
// ("-", /dev/stdout, /dev/stderr, /dev/fd/N, /proc/self/fd/N) are written
// to that descriptor, whatever it is: `fle-ld -o /dev/stdout > prog` must
// fill prog, not replace the /dev/stdout link.
#include "internal.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

typedef struct {
  const char *path;
  char *dir;       // the directory path is in ("." when it names none)
  char *tmp;       // the temporary's name, once it has one
  size_t tmpcap;
  bool named;      // tmp exists in dir and must go on failure
  int fd;
} Output;

static int write_all(int fd, const char *data, size_t len) {
  while (len) {
    ssize_t w = write(fd, data, len);
    if (w < 0 && errno == EINTR)
      continue;
    if (w <= 0)
      return -1;
    data += w;
    len -= (size_t)w;
  }
  return 0;
}

// The descriptor of an existing output that is not a regular file, or
// -1 with errno 0 when path is to be replaced (regular or absent).  The
// type is checked again on the open descriptor: a regular file swapped
// in between must not be written over in place.
static int open_in_place(const char *path) {
  struct stat st;
  if (stat(path, &st) != 0 || S_ISREG(st.st_mode))
    return errno = 0, -1;
  int fd = open(path, O_WRONLY | O_NOCTTY | O_CLOEXEC);
  if (fd < 0)
    return -1;
  if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) {
    close(fd);
    return errno = 0, -1;
  }
  return fd;
}

// Calls make with o->tmp set to a fresh unpredictable name in o->dir
// until make succeeds or fails other than because the name exists.
static int with_fresh_name(Output *o, int (*make)(Output *)) {
  for (int tries = 0; tries < 64; tries++) {
    unsigned long long r;
    if (getrandom(&r, sizeof r, 0) != (ssize_t)sizeof r)
      return -1;
    snprintf(o->tmp, o->tmpcap, "%s/.fle-%016llx.tmp", o->dir, r);
    if (make(o) == 0)
      return o->named = true, 0;
    if (errno != EEXIST)
      return -1;
  }
  return -1;
}

static int create_named(Output *o) {
  o->fd = open(o->tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
  return o->fd < 0 ? -1 : 0;
}

// An O_TMPFILE gets a name through /proc: linking it by descriptor
// (AT_EMPTY_PATH) would need CAP_DAC_READ_SEARCH.
static int link_unnamed(Output *o) {
  char proc[40];
  snprintf(proc, sizeof proc, "/proc/self/fd/%d", o->fd);
  return linkat(AT_FDCWD, proc, AT_FDCWD, o->tmp, AT_SYMLINK_FOLLOW);
}

static void split_dir(Output *o) {
  const char *slash = strrchr(o->path, '/');
  if (!slash)
    o->dir = fle_xstrdup(".");
  else
    o->dir = fle_xstrndup(o->path, slash == o->path ? 1 : (size_t)(slash - o->path));
  o->tmpcap = strlen(o->dir) + 32;
  o->tmp = fle_xmalloc(o->tmpcap);
}

// Without /proc an unnamed file could not be given a name at the end.
static int open_temp(Output *o) {
  if (access("/proc/self/fd", X_OK) == 0) {
    o->fd = open(o->dir, O_TMPFILE | O_WRONLY | O_CLOEXEC, 0600);
    if (o->fd >= 0)
      return 0;
  }
  return with_fresh_name(o, create_named);
}

static mode_t current_umask(void) {
  // umask() can only be read by setting it; no other thread is creating
  // files while a tool writes its output.
  mode_t m = umask(0);
  umask(m);
  return m;
}

// Durability of the rename itself; not every file system can sync a
// directory, and the file is already in place, so failures are ignored.
static void sync_dir(const char *dir) {
  int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd >= 0) {
    fsync(fd);
    close(fd);
  }
}

// The descriptor path names, or -1.
static int descriptor_named(const char *path) {
  if (!strcmp(path, "-") || !strcmp(path, "/dev/stdout"))
    return STDOUT_FILENO;
  if (!strcmp(path, "/dev/stderr"))
    return STDERR_FILENO;
  const char *n = !strncmp(path, "/dev/fd/", 8) ? path + 8
                : !strncmp(path, "/proc/self/fd/", 14) ? path + 14 : NULL;
  char *end = "";
  long fd = n && *n >= '0' && *n <= '9' ? strtol(n, &end, 10) : -1;
  return fd >= 0 && fd <= INT_MAX && !*end ? (int)fd : -1;
}

// A sink: where fle_sink_write sends the bytes until fle_sink_close.
struct FleSink {
  Output o;
  bool replace;    // o.fd is a temporary that replaces o.path at close
  bool borrowed;   // o.fd is one of the tool's own descriptors
  bool exec;
  bool failed;     // a write failed; fle_error() said why
  off_t written, handed; // bytes written, and handed to the syncer
#ifndef FLE_SINGLE_THREAD
  bool syncing;    // the syncer thread runs; under mu:
  bool stop;       //   it is to stop
  off_t want, synced; // it is to sync this much; it synced that much
  int sync_errno;  //   what its fdatasync failed with
  pthread_t syncer;
  pthread_mutex_t mu;
  pthread_cond_t cv;
#endif
};

// A large output is made durable while it is still being written: every
// few MiB a thread of the sink's own calls fdatasync, so the fsync
// before the rename has only the last part to wait for.  (The wait is
// for the data, and starting writeback without syncing does not shorten
// it: a virtual disk flushes its host's cache only when asked.)  A
// failure there fails the commit: a later fsync may not report it again.
// A part handed over is synced even when the text is complete before the
// thread first runs, so a large output is always synced in parts.
#define SINK_SYNC_STEP ((off_t)2 << 20)

#ifndef FLE_SINGLE_THREAD
static void *sync_loop(void *arg) {
  FleSink *s = arg;
  pthread_mutex_lock(&s->mu);
  for (;;) {
    while (!s->stop && s->synced == s->want)
      pthread_cond_wait(&s->cv, &s->mu);
    if (s->synced == s->want)
      break;
    off_t upto = s->want;
    pthread_mutex_unlock(&s->mu);
    int rc = fdatasync(s->o.fd), err = errno;
    pthread_mutex_lock(&s->mu);
    s->synced = upto;
    if (rc < 0 && !s->sync_errno)
      s->sync_errno = err;
  }
  pthread_mutex_unlock(&s->mu);
  return NULL;
}

static void sync_some(FleSink *s) {
  s->handed = s->written;
  if (!s->syncing) {
    pthread_mutex_init(&s->mu, NULL);
    pthread_cond_init(&s->cv, NULL);
    s->want = s->written;
    s->syncing = pthread_create(&s->syncer, NULL, sync_loop, s) == 0;
    if (!s->syncing) {
      pthread_mutex_destroy(&s->mu);
      pthread_cond_destroy(&s->cv);
    }
    return;
  }
  pthread_mutex_lock(&s->mu);
  s->want = s->written;
  pthread_cond_signal(&s->cv);
  pthread_mutex_unlock(&s->mu);
}

// Stops the syncer; returns 0, or -1 with errno when a sync failed.
static int stop_syncing(FleSink *s) {
  if (!s->syncing)
    return 0;
  pthread_mutex_lock(&s->mu);
  s->stop = true;
  pthread_cond_signal(&s->cv);
  pthread_mutex_unlock(&s->mu);
  pthread_join(s->syncer, NULL);
  s->syncing = false;
  pthread_mutex_destroy(&s->mu);
  pthread_cond_destroy(&s->cv);
  return s->sync_errno ? (errno = s->sync_errno, -1) : 0;
}
#else
static void sync_some(FleSink *s) { (void)s; }
static int stop_syncing(FleSink *s) { (void)s; return 0; }
#endif

static int sink_fail(FleSink *s) {
  s->failed = true;
  return fle_set_error("cannot write %s: %s", s->o.path, strerror(errno));
}

FleSink *fle_sink_open(const char *path, bool exec) {
  FleSink *s = fle_xcalloc(1, sizeof *s);
  s->o = (Output){.path = path, .fd = descriptor_named(path)};
  s->exec = exec;
  if (s->o.fd >= 0)
    return s->borrowed = true, s;
  s->o.fd = open_in_place(path);
  if (s->o.fd >= 0)
    return s;
  if (!errno) {
    s->replace = true;
    split_dir(&s->o);
    if (open_temp(&s->o) == 0)
      return s;
  }
  sink_fail(s);
  fle_sink_close(s, false);
  return NULL;
}

bool fle_sink_atomic(const FleSink *s) { return s->replace; }

int fle_sink_write(FleSink *s, const char *data, size_t len) {
  if (s->failed)
    return -1;
  if (write_all(s->o.fd, data, len) < 0)
    return sink_fail(s);
  s->written += (off_t)len;
  if (s->replace && s->written - s->handed >= SINK_SYNC_STEP)
    sync_some(s);
  return 0;
}

// The temporary, complete, becomes path (steps 2-4 above).
static int commit(FleSink *s) {
  Output *o = &s->o;
  mode_t mode = (s->exec ? 0777 : 0666) & ~current_umask();
  if (fchmod(o->fd, mode) < 0 || fsync(o->fd) < 0)
    return -1;
  if (!o->named && with_fresh_name(o, link_unnamed) < 0)
    return -1;
  int rc = close(o->fd);
  o->fd = -1;
  if (rc < 0 || rename(o->tmp, o->path) < 0)
    return -1;
  o->named = false;
  sync_dir(o->dir);
  return 0;
}

int fle_sink_close(FleSink *s, bool keep) {
  int rc = s->failed ? -1 : 0;
  if (stop_syncing(s) < 0 && rc == 0 && keep)
    rc = sink_fail(s);
  if (rc == 0 && keep && s->replace && commit(s) < 0)
    rc = sink_fail(s);
  if (s->o.fd >= 0 && !s->borrowed && close(s->o.fd) < 0 && rc == 0 && keep)
    rc = sink_fail(s);
  if (s->o.named)
    unlink(s->o.tmp);
  free(s->o.dir);
  free(s->o.tmp);
  free(s);
  return rc;
}

int fle_write_file(const char *path, const char *data, size_t len, bool exec) {
  FleSink *s = fle_sink_open(path, exec);
  if (!s)
    return -1;
  fle_sink_write(s, data, len);
  return fle_sink_close(s, true);
}

bool fle_same_file(const char *in, const char *out) {
  struct stat a, b;
  return strcmp(out, "-") != 0 && stat(out, &b) == 0 && S_ISREG(b.st_mode) &&
         stat(in, &a) == 0 && a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

void fle_check_not_output(const char *in, const char *out) {
  if (fle_same_file(in, out))
    fle_fatal("input file '%s' is the same as output file", in);
}
