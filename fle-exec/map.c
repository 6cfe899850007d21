// map.c — build the program's image in memory.
//
// For each segment, as Linux's load_elf_binary does for each PT_LOAD:
//
//   1. map memory at vaddr (+ B for PIE) with MAP_FIXED_NOREPLACE: if
//      anything is there already — the loader's own code, heap, stack,
//      the vDSO — the kernel says EEXIST and we stop, instead of silently
//      replacing it as MAP_FIXED would;
//   2. give it the file bytes; the rest up to memsz is zero (this is how
//      .bss gets its zeroes: by memsz > filesz, never by section name).
//      Anonymous memory, read-write for now.  A position-dependent
//      image is mapped while it is read (image_segment_memory), and the
//      reader decodes its bytes in place.  Otherwise the reader decoded
//      them into pages of their own, and those pages are moved into
//      place (mremap).  Either way a fresh page costs a fault and a
//      clearing, so each page of the program is made once, not twice.
//      Where the kernel cannot move them (before Linux 5.7), they are
//      copied;
//
// then, once every segment is in place,
//
//   3. apply the R_X86_64_RELATIVE relocations (B + A) of a PIE image
//      (a dynamic program's relocations are dynamic.c's);
//   4. mprotect each segment not yet at exactly its permissions.
//
// Nothing is executed or committed here.  Any failure unmaps everything
// mapped so far (image_discard) and reports one error.
#include "fle-exec.h"

#include <errno.h>
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/random.h>
#include <unistd.h>

#ifndef MAP_FIXED_NOREPLACE
#define MAP_FIXED_NOREPLACE 0x100000
#endif
#ifndef MREMAP_DONTUNMAP
#define MREMAP_DONTUNMAP 4
#endif

// How many random bases a PIE image may try before we give up: each try
// only fails if the loader's own memory happens to be in the way.
#define PIE_TRIES 16

// The most .bss populated with a position-dependent segment's bytes.
#define BSS_POPULATE (16 << 10)

static int prot_of(uint32_t flags) {
  return (flags & PF_R ? PROT_READ : 0) | (flags & PF_W ? PROT_WRITE : 0) |
         (flags & PF_X ? PROT_EXEC : 0);
}

void image_discard(Image *im) {
  for (size_t i = 0; i < im->nmaps; i++)
    if (im->maps[i].mapped) {
      munmap((void *)im->maps[i].start, im->maps[i].end - im->maps[i].start);
      im->maps[i].mapped = false;
    }
  im->nmaps = 0;
}

// Says which of the loader's own mappings lie in [lo, hi), for the
// message after a clash.  Only on this error path do we read
// /proc/self/maps.
static void explain_clash(uint64_t lo, uint64_t hi) {
  FILE *m = fopen("/proc/self/maps", "re");
  if (!m)
    return;
  char line[512];
  while (fgets(line, sizeof line, m)) {
    unsigned long long a, b;
    char what[256] = "";
    if (sscanf(line, "%llx-%llx %*s %*s %*s %*s %255[^\n]", &a, &b, what) < 2)
      continue;
    if (a < hi && b > lo) {
      note("the loader already uses 0x%llx-0x%llx %s there", a, b,
           *what ? what : "(anonymous memory)");
      break;
    }
  }
  fclose(m);
}

// Anonymous memory at exactly [start, start + len), with the extra
// mmap flags (MAP_POPULATE).  0, or -1 with errno (EEXIST: something is
// there).
static int map_at(uint64_t start, uint64_t len, int prot, int flags) {
  void *want = (void *)start;
  void *p = mmap(want, len, prot, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE | flags, -1, 0);
  if (p == MAP_FAILED)
    return -1;
  if (p != want) {
    // A kernel older than 4.17 treats the flag as a mere hint.
    munmap(p, len);
    errno = EEXIST;
    return -1;
  }
  return 0;
}

// The segment's bytes moved to m->start, if they sit in whole pages of
// their own (libfle's fle_xmalloc_pages).  The tail of the last page is
// cleared first: it is the start of .bss.  MREMAP_DONTUNMAP leaves the
// old range mapped (and empty), so nothing else can be placed in the
// loader's memory before arena_release releases it.
static bool move_pages(const Mapping *m, const FleSegment *g) {
  uint64_t len = PAGE_UP(g->filesz);
  if ((uintptr_t)g->data % PAGE_SIZE || malloc_usable_size(g->data) < len ||
      len > m->end - m->start)
    return false;
  memset(g->data + g->filesz, 0, len - g->filesz);
  return mremap(g->data, len, len, MREMAP_MAYMOVE | MREMAP_FIXED | MREMAP_DONTUNMAP,
                (void *)m->start) != MAP_FAILED;
}

// libfle's reader hook: steps 1 and 2 at once for a segment of a
// position-dependent image, which has one place only.  Its memory is
// mapped as soon as the segment's header is read, and its bytes are
// decoded straight into it: no page to move afterwards.  The pages the
// rest of the file can fill are populated in the same call (cheaper
// than a fault each).  So are the few .bss pages after them
// (BSS_POPULATE): a program touches them anyway, and a second mmap
// would cost about what populating them does.  A larger .bss is mapped
// on its own and faulted in as the program touches it.  A PIE, a vaddr
// that validate() will refuse, or an address already taken gets NULL:
// the reader uses pages of its own, and image_build places them, or
// explains the clash, as for any segment.
void *image_segment_memory(void *ctx, const FleSegment *g, bool pie, uint64_t likely) {
  (void)ctx;
  uint64_t start = g->vaddr, end = PAGE_UP(g->vaddr + g->memsz);
  if (pie || start % PAGE_SIZE || !g->memsz || end <= start || end > USER_TOP)
    return NULL;
  uint64_t fill = PAGE_UP(start + (likely < g->memsz ? likely : g->memsz)) - start;
  if (end - start - fill <= BSS_POPULATE)
    fill = end - start;
  if (map_at(start, fill, PROT_READ | PROT_WRITE, MAP_POPULATE) < 0)
    return NULL;
  if (end - start > fill && map_at(start + fill, end - start - fill, PROT_READ | PROT_WRITE, 0) < 0) {
    munmap((void *)start, fill);
    return NULL;
  }
  return (void *)start;
}

// Step 1 for one segment.  Returns 0, or -1 with errno (EEXIST: clash).
static int map_one(Mapping *m, const FleSegment *g) {
  if (m->end == m->start)
    return 0;
  if (!g->placed && map_at(m->start, m->end - m->start, PROT_READ | PROT_WRITE, 0) < 0)
    return -1;
  m->mapped = true;
  m->prot = PROT_READ | PROT_WRITE;
  return 0;
}

// A random base for f: a PIE's where Linux puts PIE programs, a
// library's in a range of its own (LIB_BASE_LO).
static uint64_t random_base(const FleFile *f) {
  uint64_t align = PAGE_SIZE, r = 0;
  for (size_t i = 0; i < f->nsegments; i++)
    if (f->segments[i].align > align)
      align = f->segments[i].align;
  if (getrandom(&r, sizeof r, 0) != sizeof r)
    r = (uint64_t)(uintptr_t)&r * 0x9e3779b97f4a7c15ULL; // no entropy: ASLR-ish
  uint64_t lo = f->shared ? LIB_BASE_LO : PIE_BASE_LO;
  return lo / align * align + (r % (PIE_BASE_RANGE / align)) * align;
}

static void describe(const Image *im, size_t i, char *buf, size_t n) {
  const char *name = im->maps[i].name;
  if (name && *name)
    snprintf(buf, n, "segment %s", name);
  else
    snprintf(buf, n, "segment #%zu", i);
}

// Step 1 for every segment at base B.  On failure unmaps all of
// them and returns -1 with errno and *bad = the segment that failed.
static int map_all(const FleFile *f, Image *im, uint64_t base, size_t *bad) {
  im->base = base;
  for (size_t i = 0; i < f->nsegments; i++) {
    const FleSegment *g = &f->segments[i];
    Mapping *m = &im->maps[i];
    *m = (Mapping){.name = g->name, .filesz = g->filesz, .memsz = g->memsz,
                   .flags = g->flags};
    m->start = base + g->vaddr;
    m->end = PAGE_UP(base + g->vaddr + g->memsz);
  }
  for (size_t i = 0; i < f->nsegments; i++) {
    if (map_one(&im->maps[i], &f->segments[i]) < 0) {
      int e = errno;
      *bad = i;
      for (size_t j = 0; j < i; j++)
        if (im->maps[j].mapped) {
          munmap((void *)im->maps[j].start, im->maps[j].end - im->maps[j].start);
          im->maps[j].mapped = false;
        }
      errno = e;
      return -1;
    }
  }
  return 0;
}

// Steps 1 and 2: every segment mapped read-write with its bytes.
int image_place(const FleFile *f, const char *path, Image *im) {
  im->path = path;
  im->base = im->entry = 0;
  im->nmaps = f->nsegments;   // at most MAX_SEGMENTS: validated
  im->nrelocs = 0;
  im->modules = 0;

  // Map every segment; a PIE image tries another random base if the
  // loader's memory is in the way of this one.
  size_t bad = 0;
  int rc = -1;
  bool movable = image_movable(f);
  for (int try = 0; try < (movable ? PIE_TRIES : 1); try++) {
    rc = map_all(f, im, movable ? random_base(f) : 0, &bad);
    if (rc == 0 || errno != EEXIST)
      break;
  }
  if (rc < 0) {
    int e = errno;
    char seg[96];
    describe(im, bad, seg, sizeof seg);
    Mapping *m = &im->maps[bad];
    fprintf(stderr, "fle-exec: error: %s: %s at 0x%llx-0x%llx ", path, seg,
            (unsigned long long)m->start, (unsigned long long)m->end);
    if (e == EEXIST) {
      fprintf(stderr, "overlaps the loader's own memory\n");
      explain_clash(m->start, m->end);
    } else {
      fprintf(stderr, "cannot be mapped: %s\n", strerror(e));
    }
    image_discard(im);
    return -1;
  }

  // Step 2, once every segment has its place: a move cannot be undone
  // for a retry at another base.
  for (size_t i = 0; i < f->nsegments; i++) {
    const FleSegment *g = &f->segments[i];
    if (g->filesz && !g->placed && !move_pages(&im->maps[i], g))
      memcpy((void *)im->maps[i].start, g->data, g->filesz);
  }
  im->entry = im->base + f->entry;
  return 0;
}

// Step 3 for a static program: every load-time relocation is
// R_X86_64_RELATIVE, B + A, 8 bytes (validated to lie inside the file
// bytes).
void image_relocate_relative(const FleFile *f, Image *im) {
  for (size_t i = 0; i < f->nsegments; i++) {
    const FleSegment *g = &f->segments[i];
    for (size_t k = 0; k < g->nrelocs; k++) {
      uint64_t v = im->base + (uint64_t)g->relocs[k].addend;
      memcpy((void *)(im->maps[i].start + g->relocs[k].offset), &v, 8);
      im->nrelocs++;
    }
  }
}

// Step 4: each segment's permissions, exactly.
int image_protect(const FleFile *f, const char *path, Image *im) {
  for (size_t i = 0; i < f->nsegments; i++) {
    Mapping *m = &im->maps[i];
    if (!m->mapped || prot_of(m->flags) == m->prot)
      continue;   // mapped with its permissions already
    if (mprotect((void *)m->start, m->end - m->start, prot_of(m->flags)) < 0) {
      int e = errno;
      char seg[96];
      describe(im, i, seg, sizeof seg);
      fprintf(stderr, "fle-exec: error: %s: %s: cannot set permissions: %s\n",
              path, seg, strerror(e));
      image_discard(im);
      return -1;
    }
    m->prot = prot_of(m->flags);
  }
  return 0;
}

int image_build(const FleFile *f, const char *path, Image *im) {
  if (image_place(f, path, im) < 0)
    return -1;
  image_relocate_relative(f, im);
  return image_protect(f, path, im);
}
