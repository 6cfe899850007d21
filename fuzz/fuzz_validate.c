// fuzz_validate.c — libFuzzer target: fle-exec's validation, never its
// mapping or its jump.
//
// The input is read with fle_read_mem and handed to validate() (with and
// without --allow-wx).  When validate() accepts a file, everything
// map.c is about to do with it must be safe, so this target checks that
// promise independently: every segment page-aligned, filesz <= memsz, no
// address arithmetic that wraps (with the largest PIE base map.c may
// choose), everything below the top of user space, no two segments
// sharing a page, every load-time relocation's 8 bytes inside its
// segment's file bytes (a dynamic module's: inside its memory, never in
// code, naming a symbol; a copy only in an executable), the entry in an
// executable segment (a shared library has none).  Then it
// builds the Image map.c would build (without mapping anything) and runs
// the --trace printers and the symbolizer over it.
#include "fle-exec.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc, (void)argv;
  fle_tool = "fuzz-validate";
  return 0;
}

static void broken(const char *promise) {
  fprintf(stderr, "fuzz-validate: validate() accepted a file that breaks: %s\n", promise);
  abort();
}

// What map.c and dynamic.c rely on for one load-time relocation.
static void check_reloc(const FleFile *f, const FleSegment *g, const FleReloc *r) {
  bool dynamic = fle_is_dynamic(f);
  if (r->type != R_X86_64_RELATIVE &&
      !(dynamic && (r->type == R_X86_64_64 || r->type == R_X86_64_GLOB_DAT ||
                    r->type == R_X86_64_JUMP_SLOT || r->type == R_X86_64_COPY)))
    broken("only RELATIVE relocations, and a dynamic module's four kinds");
  if (r->type == R_X86_64_COPY) {
    if (f->shared || r->sym < 0 || (size_t)r->sym >= f->nsyms ||
        r->offset > g->memsz || g->memsz - r->offset < f->syms[r->sym].size)
      broken("a copy in an executable, of a symbol, inside its segment");
    return;
  }
  if (r->offset > g->filesz || g->filesz - r->offset < 8)
    broken("relocation inside the file bytes");
  if (dynamic && (g->flags & PF_X))
    broken("no load-time relocation in code");
  if (r->type != R_X86_64_RELATIVE && (r->sym < 0 || (size_t)r->sym >= f->nsyms))
    broken("a symbol relocation names a symbol");
}

// What map.c relies on, for base B.
static void check_promises(const FleFile *f, uint64_t base) {
  if (f->nsegments == 0 || f->nsegments > MAX_SEGMENTS)
    broken("segment count");
  bool entry_ok = false;
  for (size_t i = 0; i < f->nsegments; i++) {
    const FleSegment *g = &f->segments[i];
    if (g->vaddr % PAGE_SIZE)
      broken("page-aligned vaddr");
    if (g->filesz > g->memsz)
      broken("filesz <= memsz");
    if (g->filesz && !g->data)
      broken("file bytes present");
    uint64_t start = base + g->vaddr;
    if (start < g->vaddr)
      broken("base + vaddr does not wrap");
    uint64_t last = start + g->memsz;
    if (last < start || PAGE_UP(last) < start)
      broken("base + vaddr + memsz does not wrap");
    if (PAGE_UP(last) > (1ULL << 47))
      broken("segment inside user space");
    for (size_t k = 0; k < g->nrelocs; k++)
      check_reloc(f, g, &g->relocs[k]);
    for (size_t j = 0; j < f->nsegments; j++) {
      const FleSegment *h = &f->segments[j];
      if (j == i || !g->memsz || !h->memsz)
        continue;
      if (g->vaddr <= h->vaddr && PAGE_UP(g->vaddr + g->memsz) > h->vaddr)
        broken("segments do not share a page");
    }
    if ((g->flags & PF_X) && f->entry >= g->vaddr && f->entry - g->vaddr < g->memsz)
      entry_ok = true;
  }
  if (!entry_ok && !f->shared)
    broken("entry inside an executable segment");
}

// The largest base map.c's random_base() can pick: it draws a multiple
// of the largest segment alignment from [lo, lo + PIE_BASE_RANGE), lo
// PIE_BASE_LO for a PIE and LIB_BASE_LO for a shared library.
static uint64_t largest_base(const FleFile *f, uint64_t lo) {
  uint64_t align = PAGE_SIZE;
  for (size_t i = 0; i < f->nsegments; i++)
    if (f->segments[i].align > align)
      align = f->segments[i].align;
  if (PIE_BASE_RANGE / align == 0)
    broken("an alignment random_base() can honour (it divides by zero)");
  return lo / align * align + (PIE_BASE_RANGE / align - 1) * align;
}

// The Image map.c builds, without mapping it; then the --trace output.
// (validate() passed: at most MAX_SEGMENTS segments.)
static void trace_it(const FleFile *f, uint64_t base) {
  static Image im;
  im = (Image){.path = "fuzz", .base = base, .entry = base + f->entry,
               .nmaps = f->nsegments};
  for (size_t i = 0; i < f->nsegments; i++) {
    const FleSegment *g = &f->segments[i];
    im.maps[i] = (Mapping){.name = g->name, .start = base + g->vaddr,
                           .end = PAGE_UP(base + g->vaddr + g->memsz),
                           .filesz = g->filesz, .memsz = g->memsz,
                           .flags = g->flags};
    im.nrelocs += g->nrelocs;
  }
  trace_image(f, &im);
  char buf[128];
  symbolize(f, base, im.entry, buf, sizeof buf);
  for (size_t i = 0; i < f->nsegments; i++)
    symbolize(f, base, im.maps[i].start + f->segments[i].memsz / 2, buf, sizeof buf);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  FleFile *f = fle_read_mem("fuzz.fle", (const char *)data, size);
  if (!f)
    return 0;
  for (int wx = 0; wx < 2; wx++) {
    Options opt = {.allow_wx = wx};
    if (validate(f, "fuzz.fle", &opt) != 0)
      continue;
    if (f->kind != FLE_EXE)
      broken("only executables are loaded");
    uint64_t base = f->shared ? largest_base(f, LIB_BASE_LO) : f->pie ? largest_base(f, PIE_BASE_LO) : 0;
    check_promises(f, base);
    trace_it(f, base);
  }
  fle_free(f);
  return 0;
}
