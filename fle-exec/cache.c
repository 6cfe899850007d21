// cache.c — the validated load cache: after an executable's text has
// been parsed and validated, a binary image of what the loader needs is
// kept, so the next start of the same file skips the JSON parse
// (spec/abi.md §8).  The image is laid out like an ELF file's PT_LOAD
// segments: each segment's bytes start on a page boundary of the cache
// file, so map.c maps them straight from it (MAP_PRIVATE) instead of
// copying them — pages shared with the page cache, nothing zeroed or
// copied, nothing faulted in that the program never touches.
//
// Where: $XDG_CACHE_HOME/fle-exec/DEV-INO, else ~/.cache/fle-exec/DEV-INO
// (directories created 0700).  No usable directory (or one whose path is
// longer than about 980 bytes): no cache, silently.
//
// Format (native little-endian, every field 8 bytes, every blob padded
// to 8 bytes):
//   header  "FLEXCACH" version checksum total hdrlen key[7]
//           entry pie nsegments pathlen, path (NUL-terminated)
//           per segment: vaddr memsz filesz align flags namelen nrelocs
//                        dataoff, name (NUL-terminated),
//                        nrelocs x (offset type addend)
//   data    per segment with file bytes, at dataoff (page-aligned, past
//           the header): the filesz bytes, then zeros to the page's end
// checksum hashes bytes [24, hdrlen), the header; key is the FLE file's
// identity: st_dev st_ino st_size st_mtim (s, ns) st_ctim (s, ns); path
// is the executable's absolute path when it was stored, for pruning.
//
// Trust: none.  A cache file is used only if it is a private file of
// ours, its header parses exactly (every length bounds-checked), and its
// total, its checksum and its key match; the FleFile it decodes to then
// goes through validate() like a parsed one, and any failure falls back
// to the text (which is checked and reported as ever).  The segment
// bytes are not hashed — they are mapped, not read, as the kernel maps
// an ELF file's — so a bit flipped in them on disk goes unnoticed, as in
// any executable; a truncated file is caught by its length.
//
// It is written after the text passed validation, in one write to a
// temporary file renamed over the old one (so a mapping of the old one
// never changes under a running program) — and only for a file whose
// timestamps are older than the moment we started looking at it, so a
// change made to it afterwards always changes its key (git's "racily
// clean" problem: timestamps tick coarsely).
#include "fle-exec.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <sys/syscall.h>
#include <unistd.h>

#define MAGIC "FLEXCACH"
#define VERSION 3
#define HDR_BYTES (16 * 8)  // magic .. pathlen
#define SEG_BYTES (8 * 8)
#define RELOC_BYTES (3 * 8)
#define SUM_FROM 24         // the checksum covers total .. the header's end
#define MAX_CACHE_FILE (1ULL << 32)

static void say(const Cache *c, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
static void say(const Cache *c, const char *fmt, ...) {
  if (!c->debug)
    return;
  va_list ap;
  fprintf(stderr, "fle-exec: cache: ");
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fputc('\n', stderr);
}

static bool env_set(const char *name) {
  const char *v = getenv(name);
  return v && *v && strcmp(v, "0") != 0;
}

// ------------------------------------------------------------ checksum

static uint64_t rotl(uint64_t x, int r) { return x << r | x >> (64 - r); }

// A 64-bit hash in the manner of xxHash64: four independent lanes over
// 32-byte stripes (a few GB/s), FNV-1a for the tail, then a mix.  It
// catches corruption and truncation; trust comes from validation.
uint64_t cache_checksum(const uint8_t *p, size_t n) {
  const uint64_t P1 = 0x9e3779b185ebca87ULL, P2 = 0xc2b2ae3d27d4eb4fULL;
  uint64_t a[4] = {P1 + P2, P2, 0, -P1};
  size_t i = 0;
  for (; i + 32 <= n; i += 32)
    for (int k = 0; k < 4; k++) {
      uint64_t v;
      memcpy(&v, p + i + 8 * k, 8);
      a[k] = rotl(a[k] + v * P2, 31) * P1;
    }
  uint64_t h = n ^ rotl(a[0], 1) ^ rotl(a[1], 7) ^ rotl(a[2], 12) ^
               rotl(a[3], 18);
  for (; i < n; i++)
    h = (h ^ p[i]) * 0x100000001b3ULL;
  h ^= h >> 33;
  h *= P2;
  h ^= h >> 29;
  h *= P1;
  return h ^ (h >> 32);
}

// ------------------------------------------------------------ where

// c->path is "DIR" once found, "DIR/NAME" once the key is known.  Built
// by hand: printf's machinery costs more than the rest of a cache hit.
// NULL, or why there is no cache directory.
static const char *find_dir(Cache *c) {
  const char *x = getenv("XDG_CACHE_HOME"), *h = getenv("HOME");
  const char *base, *tail;
  if (x && x[0] == '/')
    base = x, tail = "/fle-exec";
  else if (h && h[0] == '/')
    base = h, tail = "/.cache/fle-exec";
  else
    return "no cache directory: XDG_CACHE_HOME and HOME unset";
  size_t b = strlen(base), t = strlen(tail);
  if (b + t + 1 + sizeof c->name > sizeof c->path)
    return "no cache directory: its path is too long";
  memcpy(c->path, base, b);
  memcpy(c->path + b, tail, t + 1);
  c->dirlen = b + t;
  return NULL;
}

static char *put_hex(char *p, uint64_t v) {
  char digits[16];
  int n = 0;
  do
    digits[n++] = "0123456789abcdef"[v & 15];
  while (v >>= 4);
  while (n)
    *p++ = digits[--n];
  return p;
}

void cache_init(Cache *c, const Options *opt) {
  c->on = c->settled = false;
  c->fd = -1;
  c->debug = env_set("FLE_EXEC_DEBUG_CACHE");
  const char *off = NULL;
  if (opt->no_cache || env_set("FLE_EXEC_NO_CACHE"))
    off = "--no-cache or FLE_EXEC_NO_CACHE";
  else if (opt->trace)
    off = "--trace reads the text: it needs the symbols";
  else
    off = find_dir(c);
  if (off) {
    say(c, "off (%s)", off);
    return;
  }
  // The moment we start looking at the file: see cache_key.  A direct
  // system call: the C library's would first look the vDSO's symbol up,
  // which costs more than the call on this one-shot path.
  if (syscall(SYS_clock_gettime, CLOCK_REALTIME_COARSE, &c->t0) < 0)
    c->t0 = (struct timespec){0, 0};   // nothing is "settled": no store
  c->on = true;
}

static bool before(uint64_t s, uint64_t ns, const struct timespec *t) {
  return s < (uint64_t)t->tv_sec ||
         (s == (uint64_t)t->tv_sec && ns < (uint64_t)t->tv_nsec);
}

// A file's identity: the cache file's key for it.
static void key_of(const struct stat *st, uint64_t k[7]) {
  k[0] = st->st_dev, k[1] = st->st_ino, k[2] = st->st_size;
  k[3] = st->st_mtim.tv_sec, k[4] = st->st_mtim.tv_nsec;
  k[5] = st->st_ctim.tv_sec, k[6] = st->st_ctim.tv_nsec;
}

// The key, the cache file's name, and whether the file is settled: both
// its timestamps older than t0 (taken before fstat), so any later change
// gets a later timestamp.  Whole-second timestamps (ns both 0: FAT, old
// NFS) tick too coarsely for that; they must be 2 s old.
void cache_key(Cache *c, const struct stat *st) {
  if (!c->on)
    return;
  uint64_t *k = c->key;
  key_of(st, k);
  char *p = put_hex(c->name, k[0]);
  *p++ = '-';
  *put_hex(p, k[1]) = 0;
  c->path[c->dirlen] = '/';
  strcpy(c->path + c->dirlen + 1, c->name);
  struct timespec t = c->t0;
  if (k[4] == 0 && k[6] == 0)
    t.tv_sec -= 1, t.tv_nsec = 0;
  c->settled = before(k[3], k[4], &t) && before(k[5], k[6], &t);
}

// ------------------------------------------------------------ decoding

typedef struct {
  const uint8_t *p;
  size_t len, at;
  bool bad;
} Cursor;

// The next n bytes (padded to 8), or NULL once anything overran.
static const uint8_t *take(Cursor *r, uint64_t n) {
  if (r->bad || n > r->len || ((n + 7) & ~7ULL) > r->len - r->at) {
    r->bad = true;
    return NULL;
  }
  const uint8_t *q = r->p + r->at;
  r->at += (n + 7) & ~7ULL;
  return q;
}

static uint64_t word(Cursor *r) {
  const uint8_t *q = take(r, 8);
  uint64_t v = 0;
  if (q)
    memcpy(&v, q, 8);
  return v;
}

// The header's fixed part: the words after the magic, then the path.
typedef struct {
  uint64_t version, sum, total, hdrlen, key[7], entry, pie, nsegments;
  const char *path;   // NULL unless a NUL-terminated string
} Fixed;

static void read_fixed(Cursor *r, Fixed *h) {
  h->version = word(r);
  h->sum = word(r);
  h->total = word(r);
  h->hdrlen = word(r);
  for (int k = 0; k < 7; k++)
    h->key[k] = word(r);
  h->entry = word(r);
  h->pie = word(r);
  h->nsegments = word(r);
  uint64_t pathlen = word(r);
  const uint8_t *p = take(r, pathlen);
  h->path = p && pathlen && p[pathlen - 1] == 0 ? (const char *)p : NULL;
}

// One segment's header entry; its bytes must lie on whole pages of the
// data part, [hdrlen rounded up to a page, total).
static bool decode_segment(Cursor *r, FleSegment *g, uint64_t *dataoff,
                           uint64_t total) {
  g->vaddr = word(r);
  g->memsz = word(r);
  g->filesz = word(r);
  g->align = word(r);
  uint64_t flags = word(r), namelen = word(r), nrelocs = word(r);
  *dataoff = word(r);
  if (r->bad || flags > UINT32_MAX || namelen == 0 ||
      nrelocs > (r->len - r->at) / RELOC_BYTES)
    return false;
  if (g->filesz && (*dataoff % PAGE_SIZE || *dataoff < PAGE_UP(r->len) ||
                    *dataoff > total || g->filesz > total ||
                    PAGE_UP(g->filesz) > total - *dataoff))
    return false;
  g->flags = (uint32_t)flags;
  const uint8_t *name = take(r, namelen);
  if (!name || memchr(name, 0, namelen) != name + namelen - 1)
    return false;
  g->name = (char *)name;
  g->nrelocs = g->caprelocs = nrelocs;
  g->relocs = nrelocs ? fle_xcalloc(nrelocs, sizeof *g->relocs) : NULL;
  for (uint64_t k = 0; k < nrelocs; k++) {
    uint64_t off = word(r), type = word(r), addend = word(r);
    if (type > UINT32_MAX)
      return false;
    g->relocs[k] = (FleReloc){off, (uint32_t)type, -1, (int64_t)addend};
  }
  g->data = NULL;   // mapped from the cache file (map.c)
  return !r->bad;
}

// The header c->head (c->hdrlen bytes of a cache file of c->total bytes)
// as a FleFile, or NULL with *why.  Names point into c->head; the
// FleFile and its segments live in c.
static FleFile *decode(Cache *c, const char *prog, const char **why) {
  const uint8_t *buf = c->head;
  Cursor r = {buf, c->hdrlen, 8, false};
  if (memcmp(buf, MAGIC, 8) != 0)
    return *why = "not a cache file", NULL;
  Fixed h;
  read_fixed(&r, &h);
  if (h.version != VERSION)
    return *why = "another format version", NULL;
  if (h.total != c->total || h.hdrlen != c->hdrlen)
    return *why = "truncated or overlong", NULL;
  if (h.sum != cache_checksum(buf + SUM_FROM, c->hdrlen - SUM_FROM))
    return *why = "bad checksum", NULL;
  if (memcmp(h.key, c->key, sizeof h.key) != 0)
    return *why = "stale: another version of the executable", NULL;
  uint64_t pie = h.pie, n = h.nsegments;
  if (pie > 1 || n == 0 || n > MAX_SEGMENTS || !h.path)
    return *why = "malformed header", NULL;
  FleFile *f = &c->file;
  *f = (FleFile){.kind = FLE_EXE, .path = (char *)prog, .entry = h.entry};
  f->pie = pie;
  f->segments = c->segments;
  f->nsegments = f->capsegments = n;
  for (size_t i = 0; i < n; i++)
    if (!decode_segment(&r, &c->segments[i], &c->dataoff[i], c->total))
      return *why = "malformed segment", NULL;
  if (r.at != c->hdrlen)
    return *why = "trailing bytes", NULL;
  return f;
}

// ------------------------------------------------------------ reading

int read_exact(int fd, void *dst, size_t n, uint64_t off) {
  char *p = dst;
  while (n) {
    ssize_t r = pread(fd, p, n, (off_t)off);
    if (r < 0 && errno == EINTR)
      continue;
    if (r <= 0) {
      if (r == 0)
        errno = EIO;
      return -1;
    }
    p += r, n -= r, off += r;
  }
  return 0;
}

// Opens the cache file, if it is a private regular file of ours, and
// reads its header into c->head; -1 (and nothing open) otherwise.
static int read_header(Cache *c) {
  const char *path = c->path;
  int fd = open(path, O_RDONLY | O_NOFOLLOW);
  if (fd < 0) {
    say(c, "miss (%s)", errno == ENOENT ? "no cache file" : strerror(errno));
    return -1;
  }
  struct stat st;
  if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode) || st.st_uid != getauxval(AT_EUID) ||
      (st.st_mode & 022) || (uint64_t)st.st_size > MAX_CACHE_FILE) {
    say(c, "miss (%s is not a private cache file of ours)", path);
    close(fd);
    return -1;
  }
  // One read gets a small header whole; the words at 24 and 32 say how
  // long it really is.
  c->total = st.st_size;
  size_t got = c->total < sizeof c->small ? c->total : sizeof c->small;
  uint64_t hdrlen = 0;
  if (got >= HDR_BYTES && read_exact(fd, c->small, got, 0) == 0)
    memcpy(&hdrlen, c->small + 32, 8);
  if (hdrlen < HDR_BYTES || hdrlen > c->total || hdrlen % 8) {
    say(c, "miss (%s: %s; ignored)", c->path,
        got >= 8 && memcmp(c->small, MAGIC, 8) == 0 ? "truncated or overlong"
                                                    : "not a cache file");
    close(fd);
    return -1;
  }
  c->hdrlen = hdrlen;
  c->head = c->small;
  if (hdrlen > got) {
    c->head = fle_xmalloc(hdrlen);
    memcpy(c->head, c->small, got);
    if (read_exact(fd, c->head + got, hdrlen - got, got) < 0) {
      say(c, "miss (cannot read %s)", path);
      close(fd);
      return -1;
    }
  }
  return fd;
}

FleFile *cache_load(Cache *c, const char *prog, const Options *opt) {
  if (!c->on)
    return NULL;
  int fd = read_header(c);
  if (fd < 0)
    return NULL;
  const char *why = NULL;
  FleFile *f = decode(c, prog, &why);
  if (!f) {
    say(c, "miss (%s: %s; ignored)", c->path, why);
    close(fd);
    return NULL;
  }
  if (validate_quiet(f, opt) < 0) {
    say(c, "miss (%s fails validation; ignored)", c->path);
    close(fd);
    return NULL;
  }
  say(c, "hit %s", c->path);
  c->fd = fd;
  return f;
}

void cache_close(Cache *c) {
  if (c->fd >= 0)
    close(c->fd);
  c->fd = -1;
}

// ------------------------------------------------------------ writing

typedef struct {
  uint8_t *p;
  size_t at;
} Writer;

static void put(Writer *w, const void *src, size_t n) {
  if (n) // an empty segment has no data: memcpy(p, NULL, 0) is undefined
    memcpy(w->p + w->at, src, n);
  size_t pad = ((n + 7) & ~(size_t)7) - n;
  memset(w->p + w->at + n, 0, pad);
  w->at += n + pad;
}

static void put_word(Writer *w, uint64_t v) { put(w, &v, 8); }

static size_t pad8(size_t n) { return (n + 7) & ~(size_t)7; }

static const char *seg_name(const FleSegment *g) {
  return g->name ? g->name : "";
}

static size_t header_size(const FleFile *f, size_t pathlen) {
  size_t n = HDR_BYTES + pad8(pathlen);
  for (size_t i = 0; i < f->nsegments; i++) {
    const FleSegment *g = &f->segments[i];
    n += SEG_BYTES + pad8(strlen(seg_name(g)) + 1) + g->nrelocs * RELOC_BYTES;
  }
  return n;
}

// Where each segment's bytes go: whole pages after the header, in
// segment order; returns the file's total size.
static size_t place_data(const FleFile *f, size_t hdrlen, uint64_t *dataoff) {
  size_t at = PAGE_UP(hdrlen);
  for (size_t i = 0; i < f->nsegments; i++) {
    uint64_t n = f->segments[i].filesz;
    dataoff[i] = n ? at : 0;
    at += PAGE_UP(n);
  }
  return at > PAGE_UP(hdrlen) ? at : hdrlen;
}

static void encode_segment(Writer *w, const FleSegment *g, uint64_t dataoff) {
  const char *name = seg_name(g);
  uint64_t words[8] = {g->vaddr, g->memsz, g->filesz, g->align, g->flags,
                       strlen(name) + 1, g->nrelocs, dataoff};
  put(w, words, sizeof words);
  put(w, name, words[5]);
  for (size_t k = 0; k < g->nrelocs; k++) {
    put_word(w, g->relocs[k].offset);
    put_word(w, g->relocs[k].type);
    put_word(w, (uint64_t)g->relocs[k].addend);
  }
}

// The whole cache file; the gaps (after the header, after each
// segment's bytes up to its page's end) are zero.
static uint8_t *encode(const Cache *c, const FleFile *f, const char *path,
                       size_t *len) {
  uint64_t dataoff[MAX_SEGMENTS];   // validated: at most MAX_SEGMENTS
  size_t pathlen = strlen(path) + 1;
  size_t hdrlen = header_size(f, pathlen);
  *len = place_data(f, hdrlen, dataoff);
  Writer w = {fle_xcalloc(1, *len), 0};
  put(&w, MAGIC, 8);
  put_word(&w, VERSION);
  put_word(&w, 0);  // the checksum, below
  put_word(&w, *len);
  put_word(&w, hdrlen);
  put(&w, c->key, sizeof c->key);
  put_word(&w, f->entry);
  put_word(&w, f->pie);
  put_word(&w, f->nsegments);
  put_word(&w, pathlen);
  put(&w, path, pathlen);
  for (size_t i = 0; i < f->nsegments; i++)
    encode_segment(&w, &f->segments[i], dataoff[i]);
  for (size_t i = 0; i < f->nsegments; i++)
    if (f->segments[i].filesz)
      memcpy(w.p + dataoff[i], f->segments[i].data, f->segments[i].filesz);
  uint64_t sum = cache_checksum(w.p + SUM_FROM, hdrlen - SUM_FROM);
  memcpy(w.p + 16, &sum, 8);
  return w.p;
}

// The cache directory c->path, created 0700 (its parent too, one
// level), opened; -1 unless it is ours and nobody else may write to it.
static int open_dir_path(Cache *c) {
  if (mkdir(c->path, 0700) < 0 && errno == ENOENT) {
    char *slash = strrchr(c->path, '/');
    *slash = 0;
    mkdir(c->path, 0700);
    *slash = '/';
    mkdir(c->path, 0700);
  }
  int dfd = open(c->path, O_RDONLY | O_DIRECTORY);
  if (dfd < 0) {
    say(c, "not stored (%s: %s)", c->path, strerror(errno));
    return -1;
  }
  struct stat st;
  if (fstat(dfd, &st) < 0 || st.st_uid != getauxval(AT_EUID) || (st.st_mode & 022)) {
    say(c, "not stored (%s is not a private directory of ours)", c->path);
    close(dfd);
    return -1;
  }
  return dfd;
}

// The same, with c->path cut back to the directory meanwhile.
static int open_dir(Cache *c) {
  c->path[c->dirlen] = 0;
  int dfd = open_dir_path(c);
  c->path[c->dirlen] = '/';
  return dfd;
}

// One write to DIR/NAME.tmpPID, renamed to DIR/NAME.
static bool write_file(Cache *c, int dfd, const uint8_t *buf, size_t len) {
  char tmp[sizeof c->name + 24];
  snprintf(tmp, sizeof tmp, "%s.tmp%d", c->name, (int)getpid());
  int fd = openat(dfd, tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, 0600);
  if (fd < 0)
    return false;
  bool ok = write(fd, buf, len) == (ssize_t)len;
  ok = close(fd) == 0 && ok;
  ok = ok && renameat(dfd, tmp, dfd, c->name) == 0;
  if (!ok) {
    int e = errno;
    unlinkat(dfd, tmp, 0);
    errno = e;
  }
  return ok;
}

// ------------------------------------------------------------ pruning
//
// A cache file outlives its executable: nothing tells fle-exec when a
// program is deleted or rebuilt.  So after a store, at most once a day
// (the mtime of DIR/prune-stamp), the directory is swept: a cache file
// whose executable no longer exists at the path it was stored from, or
// no longer has the key it was stored with, can never hit again and is
// removed, as are files not in this format and temporary files of
// stores abandoned an hour ago.

#define PRUNE_STAMP "prune-stamp"
#define PRUNE_EVERY (24 * 3600)   // seconds
#define TMP_MAX_AGE 3600          // seconds

// Whether the cache file NAME in dfd can never be used again.
static bool stale(int dfd, const char *name) {
  int fd = openat(dfd, name, O_RDONLY | O_NOFOLLOW);
  if (fd < 0)
    return false;
  uint8_t buf[HDR_BYTES + 4096];
  ssize_t n = pread(fd, buf, sizeof buf, 0);
  close(fd);
  if (n < HDR_BYTES || memcmp(buf, MAGIC, 8) != 0)
    return true;
  Cursor r = {buf, (size_t)n, 8, false};
  Fixed h;
  read_fixed(&r, &h);
  if (h.version != VERSION || !h.path || (h.path[0] && h.path[0] != '/'))
    return true;
  if (!h.path[0])
    return false;   // stored without a path: kept
  struct stat st;
  if (stat(h.path, &st) < 0)
    return errno == ENOENT || errno == ENOTDIR;
  uint64_t k[7];
  key_of(&st, k);
  return memcmp(k, h.key, sizeof k) != 0;
}

// Whether a day has passed since the last sweep; if so, the stamp is
// renewed now (a sweep that then fails is not retried for a day).
static bool prune_due(const Cache *c, int dfd) {
  struct stat st;
  time_t now = c->t0.tv_sec;
  if (now == 0)
    return false;
  if (fstatat(dfd, PRUNE_STAMP, &st, AT_SYMLINK_NOFOLLOW) == 0 &&
      st.st_mtime > now - PRUNE_EVERY && st.st_mtime <= now)
    return false;
  int fd = openat(dfd, PRUNE_STAMP, O_WRONLY | O_CREAT | O_NOFOLLOW, 0600);
  if (fd < 0)
    return false;
  bool ok = futimens(fd, NULL) == 0;
  close(fd);
  return ok;
}

static void prune(const Cache *c, int dfd) {
  if (!prune_due(c, dfd))
    return;
  int dfd2 = dup(dfd);
  DIR *d = dfd2 < 0 ? NULL : fdopendir(dfd2);
  if (!d) {
    if (dfd2 >= 0)
      close(dfd2);
    return;
  }
  int removed = 0;
  struct dirent *e;
  while ((e = readdir(d))) {
    const char *name = e->d_name;
    struct stat st;
    if (name[0] == '.' || strcmp(name, PRUNE_STAMP) == 0 ||
        strcmp(name, c->name) == 0 ||
        fstatat(dfd, name, &st, AT_SYMLINK_NOFOLLOW) < 0 || !S_ISREG(st.st_mode))
      continue;
    bool gone = strstr(name, ".tmp") ? st.st_mtime < c->t0.tv_sec - TMP_MAX_AGE
                                     : stale(dfd, name);
    if (gone && unlinkat(dfd, name, 0) == 0)
      removed++;
  }
  closedir(d);
  say(c, "pruned %d stale file%s", removed, removed == 1 ? "" : "s");
}

// ------------------------------------------------------------ storing

void cache_store(Cache *c, const FleFile *f) {
  if (!c->on)
    return;
  if (!c->settled) {
    say(c, "not stored (the executable changed too recently to tell a "
           "later change apart)");
    return;
  }
  // Where the executable is, for pruning; "" keeps the entry forever.
  char *abs = realpath(f->path, NULL);
  int dfd = open_dir(c);
  if (dfd < 0) {
    free(abs);
    return;
  }
  size_t len;
  uint8_t *buf = encode(c, f, abs ? abs : "", &len);
  free(abs);
  bool stored = write_file(c, dfd, buf, len);
  if (stored)
    say(c, "stored %s", c->path);
  else
    say(c, "not stored (%s: %s)", c->path, strerror(errno));
  free(buf);
  if (stored)
    prune(c, dfd);
  close(dfd);
}
