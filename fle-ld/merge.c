// merge.c — string merging in debug string sections (.debug_str,
// .debug_line_str), as GNU ld merges SHF_MERGE|SHF_STRINGS sections.
//
// Every compile unit repeats "int", "main", its directory; merged, each
// string is stored once.  The result is GNU ld's byte for byte:
//
//   1. Each input string (up to and with its NUL) is looked up in one
//      table, so equal strings share one entry, in order of first sight.
//   2. The entries are sorted by their reversed text; walking the sorted
//      list from its end, a string that is the tail of the one kept last
//      ("int" of "unsigned int") becomes a *suffix* of it and takes no
//      bytes of its own.
//   3. The kept strings are laid out in order of first sight; a suffix
//      lies at its parent's end.
//
// A reference into the section (a relocation against it, S + A) is then
// moved to where its string went, plus its offset inside the string.
// Only non-allocated sections are merged: allocated ones (.rodata.str*)
// stay as they are.  A section whose last byte is not NUL, or that holds
// relocations or symbols of its own, is not merged.
#include "ld.h"

#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
  const char *s;       // its bytes in an input, NUL-terminated
  uint64_t len;        // with the NUL
  uint64_t at;         // offset in the output section
  size_t parent;       // the string it is a suffix of, or NO_PARENT
} Str;

enum { NO_PARENT = (size_t)-1 };

struct Merged {
  Str *strs;
  size_t nstrs, capstrs;
  // Per piece: where each of its input strings starts and which entry
  // it is; sorted by start, for the lookups of relocations.
  uint64_t **starts;
  size_t **entry;
  size_t *nin;
  _Atomic size_t last; // the piece last looked up (relocations come in
                       // runs); a hint, shared by relocating threads
};

static bool can_merge(const OutputSection *o) {
  if (o->seg != SEG_NONE || (o->flags & (SHF_MERGE | SHF_STRINGS)) != (SHF_MERGE | SHF_STRINGS) ||
      o->entsize != 1)
    return false;
  for (size_t i = 0; i < o->npieces; i++) {
    const FleSection *s = &o->pieces[i].file->obj->sections[o->pieces[i].sec];
    if (s->nrelocs || (s->size && s->data[s->size - 1] != 0))
      return false;
    const FleFile *obj = o->pieces[i].file->obj;
    for (size_t k = obj->nsections; k < obj->nsyms; k++)
      if (obj->syms[k].section == o->pieces[i].sec)
        return false;
  }
  return true;
}

// Reads one piece's strings into the table (step 1).
static void add_piece_strings(Merged *m, FleMap *seen, size_t pi, const FleSection *s) {
  size_t n = 0;
  for (uint64_t at = 0; at < s->size; at += strlen((const char *)s->data + at) + 1)
    n++;
  m->starts[pi] = fle_xmalloc((n + 1) * sizeof **m->starts);
  m->entry[pi] = fle_xmalloc((n + 1) * sizeof **m->entry);
  m->nin[pi] = n;
  n = 0;
  for (uint64_t at = 0; at < s->size; n++) {
    const char *str = (const char *)s->data + at;
    bool added;
    size_t *slot = fle_map_put(seen, str, &added);
    if (added) {
      FLE_GROW(m->strs, m->capstrs, m->nstrs + 1);
      m->strs[m->nstrs] = (Str){str, strlen(str) + 1, 0, NO_PARENT};
      *slot = m->nstrs++;
    }
    m->starts[pi][n] = at;
    m->entry[pi][n] = *slot;
    at += m->strs[*slot].len;
  }
}

// GNU ld's order (bfd/merge.c strrevcmp): by the text read backwards; a
// string before the longer ones it ends.
static int cmp_reversed(const void *a, const void *b, void *ctx) {
  const Str *v = ctx, *x = &v[*(const size_t *)a], *y = &v[*(const size_t *)b];
  uint64_t lx = x->len - 1, ly = y->len - 1, n = lx < ly ? lx : ly;
  for (uint64_t i = 1; i <= n; i++)
    if (x->s[lx - i] != y->s[ly - i])
      return (unsigned char)x->s[lx - i] - (unsigned char)y->s[ly - i];
  return lx < ly ? -1 : lx > ly;
}

static bool is_suffix(const Str *whole, const Str *tail) {
  return whole->len > tail->len &&
         memcmp(whole->s + whole->len - tail->len, tail->s, tail->len) == 0;
}

// Steps 2 and 3: suffixes found, offsets given; returns the size.
static uint64_t place_strings(Merged *m) {
  size_t *order = fle_xmalloc((m->nstrs + 1) * sizeof *order);
  for (size_t i = 0; i < m->nstrs; i++)
    order[i] = i;
  qsort_r(order, m->nstrs, sizeof *order, cmp_reversed, m->strs);
  for (size_t k = m->nstrs, kept = NO_PARENT; k-- > 0;) {
    if (kept != NO_PARENT && is_suffix(&m->strs[kept], &m->strs[order[k]]))
      m->strs[order[k]].parent = kept;
    else
      kept = order[k];
  }
  free(order);
  uint64_t size = 0;
  for (size_t i = 0; i < m->nstrs; i++)
    if (m->strs[i].parent == NO_PARENT)
      m->strs[i].at = size, size += m->strs[i].len;
  for (size_t i = 0; i < m->nstrs; i++) {
    const Str *p = m->strs[i].parent == NO_PARENT ? NULL : &m->strs[m->strs[i].parent];
    if (p)
      m->strs[i].at = p->at + p->len - m->strs[i].len;
  }
  return size;
}

void merge_strings(OutputSection *o) {
  if (!can_merge(o) || !o->npieces)
    return;
  Merged *m = fle_xcalloc(1, sizeof *m);
  m->starts = fle_xcalloc(o->npieces, sizeof *m->starts);
  m->entry = fle_xcalloc(o->npieces, sizeof *m->entry);
  m->nin = fle_xcalloc(o->npieces, sizeof *m->nin);
  FleMap seen;
  fle_map_init(&seen);
  for (size_t i = 0; i < o->npieces; i++)
    add_piece_strings(m, &seen, i, &o->pieces[i].file->obj->sections[o->pieces[i].sec]);
  fle_map_free(&seen);
  o->size = place_strings(m);
  o->merged = m;
}

void merged_copy(const OutputSection *o, uint8_t *dst) {
  const Merged *m = o->merged;
  for (size_t i = 0; i < m->nstrs; i++)
    if (m->strs[i].parent == NO_PARENT)
      memcpy(dst + m->strs[i].at, m->strs[i].s, m->strs[i].len);
}

// Where offset off of input section sec of f went: its string's place
// plus the offset inside the string.
uint64_t merged_offset(OutputSection *o, const InputFile *f, int sec, uint64_t off) {
  Merged *m = o->merged;
  size_t pi = atomic_load_explicit(&m->last, memory_order_relaxed);
  if (pi >= o->npieces || o->pieces[pi].file != f || o->pieces[pi].sec != sec)
    for (pi = 0; pi < o->npieces; pi++)
      if (o->pieces[pi].file == f && o->pieces[pi].sec == sec)
        break;
  if (pi == o->npieces || !m->nin[pi])
    return off;
  atomic_store_explicit(&m->last, pi, memory_order_relaxed);
  size_t lo = 0, hi = m->nin[pi]; // the last string starting at or before off
  while (hi - lo > 1) {
    size_t mid = lo + (hi - lo) / 2;
    if (m->starts[pi][mid] <= off)
      lo = mid;
    else
      hi = mid;
  }
  return m->strs[m->entry[pi][lo]].at + (off - m->starts[pi][lo]);
}
