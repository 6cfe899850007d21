// trace.c — teaching mode: say what the loader built, then run it.
//
// `fle-exec --trace PROG` prints to stderr, before the jump:
//
//   fle-exec: load PROG: N segments, entry 0x401000, fixed addresses
//   fle-exec: map 0x401000-0x402000 r-x text [.text]: 0x2b file bytes + 0x0 zero = memsz 0x2b
//   fle-exec: stack 0x7f1c2e5ff000-0x7f1c2edff000 rw- (8 MiB), guard 0x7f1c2e4ff000-0x7f1c2e5ff000 ---
//   fle-exec: stack 0x7f1c2edfee10 argc = 2
//   fle-exec: stack 0x7f1c2edfee18 argv[0] = 0x7f1c2edfefc0 "./prog"
//   ...
//   fle-exec: stack 0x7f1c2edfeeb0 auxv AT_PAGESZ = 0x1000
//   ...
//   fle-exec: entry 0x401000 <_start>, rsp 0x7f1c2edfee10
//
// The format is pinned by tests/exec/trace.bats.  Every line starts
// with "fle-exec: " so it cannot be mistaken for the program's output.
#include "fle-exec.h"

#include <elf.h>
#include <stdio.h>
#include <string.h>

// The symbol covering addr (or the nearest one below it in the same
// segment), as "name+0xoff"; "" when there is none.
const char *symbolize(const FleFile *f, uint64_t base, uint64_t addr,
                      char *buf, size_t n) {
  const FleSymbol *best = NULL;
  for (size_t i = 0; i < f->nsyms; i++) {
    const FleSymbol *s = &f->syms[i];
    if (s->section < 0 || s->type == STT_SECTION || s->type == STT_FILE)
      continue;
    uint64_t v = base + s->value;
    if (v > addr)
      continue;
    const FleSegment *g = &f->segments[s->section];
    if (addr >= base + g->vaddr + g->memsz)
      continue;
    bool covers = addr < v + s->size;
    bool best_covers = best && addr < base + best->value + best->size;
    if (!best || (covers && !best_covers) ||
        (covers == best_covers && v > base + best->value))
      best = s;
  }
  if (!best) {
    buf[0] = 0;
    return buf;
  }
  snprintf(buf, n, "%s+0x%llx", best->name,
           (unsigned long long)(addr - base - best->value));
  return buf;
}

// The sections a segment holds, "[.text .rodata]", from the linker's
// section table.
static void sections_of(const FleFile *f, const FleSegment *g, char *buf,
                        size_t n) {
  size_t len = 0;
  buf[0] = 0;
  for (size_t i = 0; i < f->nsections && len + 2 < n; i++) {
    const FleSection *s = &f->sections[i];
    if (s->addr < g->vaddr || s->addr >= g->vaddr + g->memsz)
      if (!(s->size == 0 && s->addr == g->vaddr + g->memsz && g->memsz))
        continue;
    len += snprintf(buf + len, n - len, "%s%s", len ? " " : "", s->name);
  }
}

static void trace_maps(const FleFile *f, const Image *im) {
  for (size_t i = 0; i < f->nsegments; i++) {
    const FleSegment *g = &f->segments[i];
    const Mapping *m = &im->maps[i];
    char perm[4], secs[256];
    fle_pflags_str(g->flags, perm);
    sections_of(f, g, secs, sizeof secs);
    fprintf(stderr, "fle-exec: map 0x%llx-0x%llx %s %s [%s]: 0x%llx file "
                    "bytes + 0x%llx zero = memsz 0x%llx\n",
            (unsigned long long)m->start, (unsigned long long)m->end, perm,
            g->name ? g->name : "", secs, (unsigned long long)g->filesz,
            (unsigned long long)(g->memsz - g->filesz),
            (unsigned long long)g->memsz);
  }
}

void trace_image(const FleFile *f, const Image *im) {
  if (f->pie)
    fprintf(stderr, "fle-exec: load %s: %zu segments, entry 0x%llx, "
                    "PIE at random base 0x%llx\n",
            im->path, f->nsegments, (unsigned long long)im->entry,
            (unsigned long long)im->base);
  else
    fprintf(stderr, "fle-exec: load %s: %zu segments, entry 0x%llx, "
                    "fixed addresses\n",
            im->path, f->nsegments, (unsigned long long)im->entry);
  trace_maps(f, im);
  if (im->nrelocs)
    fprintf(stderr, "fle-exec: reloc %zu R_X86_64_RELATIVE applied (B + A, "
                    "B = 0x%llx)\n",
            im->nrelocs, (unsigned long long)im->base);
}

// A module of a dynamic program, as it is mapped: for a library, first
// how it was found ("fle-exec: library libgreet.so (needed by prog):
// lib/libgreet.so, in FLE_LIBRARY_PATH"), then where it went.
void trace_module(const Loader *L, size_t i) {
  const Module *m = &L->mods[i];
  if (i == 0) {
    fprintf(stderr, "fle-exec: load %s: %zu segments, entry 0x%llx, %s, "
                    "needs %zu librar%s\n",
            m->name, m->f->nsegments, (unsigned long long)m->im.entry,
            m->f->pie ? "PIE" : "fixed addresses", m->f->nneeded,
            m->f->nneeded == 1 ? "y" : "ies");
    if (m->f->pie)
      fprintf(stderr, "fle-exec: base %s 0x%llx (random)\n", m->name,
              (unsigned long long)m->im.base);
  } else {
    fprintf(stderr, "fle-exec: library %s (needed by %s): %s, %s\n", m->name,
            L->mods[m->needed_by].name, m->path, m->found);
    fprintf(stderr, "fle-exec: load %s: %zu segments, shared library\n", m->name,
            m->f->nsegments);
    fprintf(stderr, "fle-exec: base %s 0x%llx (random)\n", m->name,
            (unsigned long long)m->im.base);
  }
  trace_maps(m->f, &m->im);
}

// A string as C would write it, cut at 60 characters.
static void print_string(const char *s) {
  fputc('"', stderr);
  size_t i = 0;
  for (; s[i] && i < 60; i++) {
    unsigned char c = s[i];
    if (c == '"' || c == '\\')
      fprintf(stderr, "\\%c", c);
    else if (c < 0x20 || c == 0x7f)
      fprintf(stderr, "\\x%02x", c);
    else
      fputc(c, stderr);
  }
  fputc('"', stderr);
  if (s[i])
    fputs("...", stderr);
}

static const char *auxv_name(uint64_t t) {
  switch (t) {
  case AT_NULL: return "AT_NULL";
  case AT_PHDR: return "AT_PHDR";
  case AT_PAGESZ: return "AT_PAGESZ";
  case AT_BASE: return "AT_BASE";
  case AT_FLAGS: return "AT_FLAGS";
  case AT_ENTRY: return "AT_ENTRY";
  case AT_UID: return "AT_UID";
  case AT_EUID: return "AT_EUID";
  case AT_GID: return "AT_GID";
  case AT_EGID: return "AT_EGID";
  case AT_PLATFORM: return "AT_PLATFORM";
  case AT_HWCAP: return "AT_HWCAP";
  case AT_CLKTCK: return "AT_CLKTCK";
  case AT_SECURE: return "AT_SECURE";
  case AT_RANDOM: return "AT_RANDOM";
  case AT_HWCAP2: return "AT_HWCAP2";
  case AT_EXECFN: return "AT_EXECFN";
  case AT_SYSINFO_EHDR: return "AT_SYSINFO_EHDR";
  case AT_FLE_MODULES: return "AT_FLE_MODULES";
#ifdef AT_MINSIGSTKSZ
  case AT_MINSIGSTKSZ: return "AT_MINSIGSTKSZ";
#endif
  }
  return "AT_?";
}

static void trace_vector(const Stack *st, const char *what, uint64_t at, int n) {
  const uint64_t *v = stack_at(st, at);
  for (int i = 0; i <= n; i++) {
    fprintf(stderr, "fle-exec: stack 0x%llx %s[%d] = ",
            (unsigned long long)(at + 8 * i), what, i);
    if (v[i]) {
      fprintf(stderr, "0x%llx ", (unsigned long long)v[i]);
      print_string(stack_at(st, v[i]));
      fputc('\n', stderr);
    } else {
      fputs("NULL\n", stderr);
    }
  }
}

void trace_stack(const Stack *st, const FleFile *f, const Image *im) {
  fprintf(stderr, "fle-exec: stack 0x%llx-0x%llx rw- (%llu MiB), guard "
                  "0x%llx-0x%llx ---\n",
          (unsigned long long)st->lo, (unsigned long long)st->hi,
          (unsigned long long)((st->hi - st->lo) >> 20),
          (unsigned long long)st->guard_lo, (unsigned long long)st->lo);
  fprintf(stderr, "fle-exec: stack 0x%llx argc = %d\n",
          (unsigned long long)st->sp, st->argc);
  trace_vector(st, "argv", st->argv, st->argc);
  trace_vector(st, "envp", st->envp, st->envc);
  const uint64_t *a = stack_at(st, st->auxv);
  for (int i = 0; i < st->nauxv; i++) {
    fprintf(stderr, "fle-exec: stack 0x%llx auxv %s",
            (unsigned long long)(st->auxv + 16 * i), auxv_name(a[2 * i]));
    if (a[2 * i] != AT_NULL)
      fprintf(stderr, " = 0x%llx", (unsigned long long)a[2 * i + 1]);
    fputc('\n', stderr);
  }
  fprintf(stderr, "fle-exec: stack 0x%llx AT_RANDOM bytes (16)\n",
          (unsigned long long)st->random);
  fprintf(stderr, "fle-exec: stack 0x%llx AT_PLATFORM \"x86_64\"\n",
          (unsigned long long)st->platform);
  fprintf(stderr, "fle-exec: stack 0x%llx-0x%llx strings: argv, envp, "
                  "AT_EXECFN ",
          (unsigned long long)st->strings, (unsigned long long)st->hi);
  print_string(stack_at(st, st->execfn));
  fputc('\n', stderr);
}

void trace_entry(const FleFile *f, const Image *im, const Stack *st) {
  char sym[256];
  symbolize(f, im->base, im->entry, sym, sizeof sym);
  // "<_start+0x0>" reads as "<_start>".
  size_t n = strlen(sym);
  if (n > 4 && strcmp(sym + n - 4, "+0x0") == 0)
    sym[n - 4] = 0;
  fprintf(stderr, "fle-exec: entry 0x%llx <%s>, rsp 0x%llx\n",
          (unsigned long long)im->entry, *sym ? sym : "?",
          (unsigned long long)st->sp);
}
