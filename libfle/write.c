// write.c — model -> canonical FLE text (spec/FLE.md §2).  The layout is
// fixed: two-space indentation, keys in the spec's order, one line
// string per JSON line.  Bytes are split into lines of at most 16 and
// broken wherever a symbol or relocation stands, so every fact sits at
// its place; in sections that hold no code, runs of text go in 🔤
// lines.  Text is built in one growing buffer (no quadratic
// concatenation); fle_write hands it to a sink (output.c) every MiB or
// so, and can spell a large segment's lines on several threads.
#include "internal.h"

#include <jansson.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
  Buf b;
  int err;
  int threads;       // for large regions (1: this thread only)
  const char *path;  // fle_write's output, else NULL
  bool exec;
  bool stream;       // b may go to path before the text is complete
  FleSink *sink;     // path, once opened
} Out;

#define SINK_CHUNK (1u << 20)

// Whether o's text may go to its file now, before the rest is made:
// only to a temporary (a regular file, a new name), which replaces the
// file once complete; anything else gets the whole text or nothing.
// The file is opened when first needed, so a small text that fails
// opens nothing.
static bool streaming(Out *o) {
  if (!o->stream || o->err)
    return false;
  if (!o->sink && !(o->sink = fle_sink_open(o->path, o->exec))) {
    o->err = -1;
    return false;
  }
  return o->stream = fle_sink_atomic(o->sink);
}

// Hands what b holds to the file, where it may go now.
static void drain(Out *o) {
  if (!streaming(o))
    return;
  if (fle_sink_write(o->sink, o->b.p, o->b.len) < 0)
    o->err = -1;
  o->b.len = 0;
}

// Indentation deeper than this is written as this (none is, today).
enum { INDENT_MAX = 32 };

static size_t indent_width(int n) { return n < INDENT_MAX ? (size_t)n : INDENT_MAX; }

static void indent(Out *o, int n) {
  static const char sp[INDENT_MAX + 1] = "                                ";
  buf_putn(&o->b, sp, indent_width(n));
}

// A JSON string: plain text is copied as is; anything needing escapes
// goes through jansson.  JSON text is UTF-8, so a name that is not (ELF
// names are any bytes) cannot be written.
static void put_json_str(Out *o, const char *s, size_t n) {
  bool plain = true;
  for (size_t i = 0, k; i < n; i += k) {
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80) {
      k = 1;
      plain &= c >= 0x20 && c != '"' && c != '\\';
      continue;
    }
    if (!(k = fle_utf8_len((const unsigned char *)s + i, n - i))) {
      char shown[96]; // the text, its bad bytes as \xNN
      size_t m = 0;
      for (size_t j = 0, l; j < n && m + 8 < sizeof shown; j += l) {
        l = fle_utf8_len((const unsigned char *)s + j, n - j);
        if (l && (unsigned char)s[j] >= 0x20)
          m += (size_t)snprintf(shown + m, sizeof shown - m, "%.*s", (int)l, s + j);
        else
          m += (size_t)snprintf(shown + m, sizeof shown - m, "\\x%02x", (unsigned char)s[j]), l = 1;
      }
      if (!o->err) // the first bad name is the one to show
        o->err = fle_set_error("a name is not valid UTF-8 text: '%s'", shown);
      buf_puts(&o->b, "\"\"");
      return;
    }
  }
  if (plain) {
    buf_putn(&o->b, "\"", 1);
    buf_putn(&o->b, s, n);
    buf_putn(&o->b, "\"", 1);
    return;
  }
  json_t *j = json_stringn(s, n);
  char *q = j ? json_dumps(j, JSON_ENCODE_ANY) : NULL;
  if (!q)
    o->err = fle_set_error("a name is not valid UTF-8 text");
  buf_puts(&o->b, q ? q : "\"\"");
  free(q);
  json_decref(j);
}

static void field_str(Out *o, int ind, const char *key, const char *val, bool comma) {
  indent(o, ind);
  buf_printf(&o->b, "\"%s\": ", key);
  put_json_str(o, val, strlen(val));
  buf_puts(&o->b, comma ? ",\n" : "\n");
}

static void field_hex(Out *o, int ind, const char *key, uint64_t v, bool comma) {
  indent(o, ind);
  buf_printf(&o->b, "\"%s\": \"", key);
  buf_hex(&o->b, v);
  buf_puts(&o->b, comma ? "\",\n" : "\"\n");
}

// ------------------------------------------------------------- lines

typedef struct {
  Out *o;
  int ind;
  bool first;
  Buf line;
} Lines;

static void line_begin(Lines *l) {
  l->line.len = 0;
}

// Starts a line in the output: the comma after the last one, a newline
// and the indent, with room for n more bytes.  Returns where they go.
static char *line_room(Lines *l, size_t n) {
  Out *o = l->o;
  if (o->stream && o->b.len >= SINK_CHUNK)
    drain(o);
  size_t ind = indent_width(l->ind);
  FLE_GROW(o->b.p, o->b.cap, o->b.len + 2 + ind + n + 1);
  char *q = o->b.p + o->b.len;
  if (!l->first)
    *q++ = ',';
  *q++ = '\n';
  memset(q, ' ', ind);
  l->first = false;
  return q + ind;
}

static void line_start(Lines *l) {
  char *q = line_room(l, 0);
  l->o->b.len = (size_t)(q - l->o->b.p);
  *q = '\0';
}

static void line_end(Lines *l) {
  line_start(l);
  put_json_str(l->o, l->line.p, l->line.len);
}

// A line the writer spelled itself, tag and hex only: no name in it that
// could need escaping or fail to be UTF-8.
static void line_end_plain(Lines *l) {
  line_start(l);
  buf_putn(&l->o->b, "\"", 1);
  buf_putn(&l->o->b, l->line.p, l->line.len);
  buf_putn(&l->o->b, "\"", 1);
}

static void emit_symbol(Lines *l, const FleSymbol *s) {
  line_begin(l);
  fle_write_symbol_line(&l->line, s);
  line_end(l);
}

static void emit_hex(Lines *l, const uint8_t *p, size_t n) {
  if (n == 16) { // most lines of every file: spelled straight into the output
    static const char hex[] = "0123456789abcdef", head[] = "\"" FLE_TAG_BYTES ": ";
    char *q = line_room(l, sizeof head + 3 * 16);
    Buf *b = &l->o->b;
    memcpy(q, head, sizeof head - 1);
    q += sizeof head - 1;
    for (int i = 0; i < 16; i++, q += 3)
      q[0] = hex[p[i] >> 4], q[1] = hex[p[i] & 15], q[2] = ' ';
    q[-1] = '"';
    b->len = (size_t)(q - b->p);
    b->p[b->len] = '\0';
    return;
  }
  line_begin(l);
  fle_write_bytes_line(&l->line, p, n);
  line_end_plain(l);
}

// Text bytes at p (at most n): how many.
static size_t text_run(const uint8_t *p, size_t n) {
  size_t t = 0;
  while (t < n && fle_is_textbyte(p[t]))
    t++;
  return t;
}

// Whether a 🔤 line starts at p (n bytes left), spec/FLE.md §3.1: a run
// of at least four text bytes, or a C string among others — two or three
// text bytes and a NUL, then the end or a byte that is not NUL.  (Three
// text bytes and NULs after them are as often the low bytes of an
// address.)
static bool text_starts(const uint8_t *p, size_t n) {
  size_t t = text_run(p, n < 4 ? n : 4);
  return t == 4 || (t >= 2 && t < n && p[t] == 0 && (t + 1 == n || p[t + 1] != 0));
}

// A run of text and its NUL, in lines of at most 64 bytes, each line
// ending after a newline that more text follows.
static void emit_text(Lines *l, const uint8_t *p, size_t text, size_t n) {
  for (size_t i = 0, k; i < n; i = k) {
    for (k = i; k < n && k - i < FLE_TEXT_MAX;)
      if (p[k++] == '\n' && k < text)
        break;
    line_begin(l);
    fle_write_text_line(&l->line, p + i, k - i);
    line_end(l);
  }
}

// Bytes with no symbol or relocation among them.  Where text may stand,
// 🔢 lines end where a text run starts.
static void emit_bytes(Lines *l, const uint8_t *p, uint64_t n, bool text) {
  for (uint64_t i = 0, j; i < n; i = j) {
    if (text && text_starts(p + i, n - i)) {
      size_t t = text_run(p + i, n - i);
      j = i + t + (i + t < n && p[i + t] == 0);
      emit_text(l, p + i, t, j - i);
      continue;
    }
    if (!text)
      j = n - i < 16 ? n : i + 16;
    else
      for (j = i + 1; j < n && j - i < 16; j++)
        if (fle_is_textbyte(p[j]) && text_starts(p + j, n - j))
          break;
    emit_hex(l, p + i, j - i);
  }
}

static void emit_zero(Lines *l, uint64_t n) {
  line_begin(l);
  buf_puts(&l->line, FLE_TAG_ZERO ": ");
  buf_hex(&l->line, n);
  line_end_plain(l);
}

// Sorts symbol indices by position, keeping model order among equals.
static int cmp_sym(const void *a, const void *b, void *syms) {
  const FleSymbol *sort_syms = syms;
  size_t x = *(const size_t *)a, y = *(const size_t *)b;
  uint64_t vx = sort_syms[x].value, vy = sort_syms[y].value;
  if (vx != vy)
    return vx < vy ? -1 : 1;
  return x < y ? -1 : x > y;
}

static int cmp_rel(const void *a, const void *b, void *relocs) {
  const FleReloc *sort_rels = relocs;
  size_t x = *(const size_t *)a, y = *(const size_t *)b;
  uint64_t ox = sort_rels[x].offset, oy = sort_rels[y].offset;
  if (ox != oy)
    return ox < oy ? -1 : 1;
  return x < y ? -1 : x > y;
}

// What one section or segment holds, in the terms the line walk needs.
typedef struct {
  const char *name;
  uint64_t base;      // value of a symbol at cursor 0
  uint64_t filesz, memsz;
  const uint8_t *data;
  bool text;          // no code in it: text runs go in 🔤 lines
  const FleReloc *relocs;
  size_t nrelocs;
  size_t *syms;       // indices into f->syms, sorted by position
  size_t nsyms;
} Region;

static const char *reloc_target(const FleFile *f, const FleReloc *r, bool *is_section) {
  *is_section = false;
  if (r->sym < 0 || (size_t)r->sym >= f->nsyms)
    return "";
  const FleSymbol *s = &f->syms[r->sym];
  *is_section = s->type == STT_SECTION;
  return s->name;
}

// A stretch of a region's lines: from cur up to end (a symbol's place,
// or memsz for the region's last piece); si and ri are the first symbol
// and relocation (in rel's order) at or after cur.
typedef struct {
  uint64_t cur, end;
  size_t si, ri;
} Piece;

static uint64_t sym_at(const FleFile *f, const Region *g, size_t si) {
  return f->syms[g->syms[si]].value - g->base;
}

static void walk(Out *o, Lines *l, const FleFile *f, const Region *g, const size_t *rel, Piece p) {
  uint64_t cur = p.cur;
  size_t si = p.si, ri = p.ri;
  bool last = p.end >= g->memsz;
  for (;;) {
    while (si < g->nsyms && sym_at(f, g, si) <= cur && (cur < p.end || last)) {
      if (sym_at(f, g, si) < cur)
        o->err = fle_set_error("%s: symbol %s lies inside a relocated field", g->name,
                               f->syms[g->syms[si]].name);
      emit_symbol(l, &f->syms[g->syms[si++]]);
    }
    if (cur >= p.end)
      break;
    uint64_t next = p.end;
    if (si < g->nsyms && sym_at(f, g, si) < next)
      next = sym_at(f, g, si);
    const FleReloc *r = ri < g->nrelocs ? &g->relocs[rel[ri]] : NULL;
    if (cur >= g->filesz && r && r->offset == cur) { // R_X86_64_COPY: fills zero memory
      line_begin(l);
      bool is_sec;
      fle_write_reloc_line(&l->line, r, fle_reloc_by_type(r->type), reloc_target(f, r, &is_sec), false);
      line_end(l);
      ri++;
      continue;
    }
    if (cur >= g->filesz && r && r->offset < next)
      next = r->offset;
    if (cur < g->filesz) {
      if (r && r->offset < cur) { // inside the previous relocation's field
        o->err = fle_set_error("%s: relocations at 0x%llx overlap", g->name,
                               (unsigned long long)r->offset);
        ri++;
        continue;
      }
      if (r && r->offset == cur) {
        const FleRelocType *t = fle_reloc_by_type(r->type);
        bool is_sec;
        const char *target = reloc_target(f, r, &is_sec);
        // The grammar wraps a symbol name (got(x), tpoff(x)), never section(x).
        if (is_sec && t->kind != RK_ABS && t->kind != RK_PCREL && t->kind != RK_GOTOFF)
          o->err = fle_set_error("%s+0x%llx: %s against section %s cannot be written "
                                 "(FLE names GOT and TLS targets by symbol)", g->name,
                                 (unsigned long long)r->offset, t->name, target);
        line_begin(l);
        fle_write_reloc_line(&l->line, r, t, target, is_sec);
        line_end(l);
        cur += t->width;
        ri++;
        continue;
      }
      if (r && r->offset < next)
        next = r->offset;
      if (g->filesz < next)
        next = g->filesz;
      emit_bytes(l, g->data + cur, next - cur, g->text);
    } else {
      emit_zero(l, next - cur);
    }
    cur = next;
  }
  if (last && si < g->nsyms)
    o->err = fle_set_error("%s: symbol %s lies outside it", g->name, f->syms[g->syms[si]].name);
}

// ------------------------------------------------- regions in pieces

// A region is cut into pieces of about this many bytes, spelled on
// several threads and joined in order.  The walk from a symbol's place
// writes exactly what the whole walk writes from there, so a cut may
// fall at any symbol in the file bytes that no relocated field spans.
#define PIECE_BYTES ((uint64_t)64 << 10)

static bool spans(const FleReloc *r, uint64_t at) {
  const FleRelocType *t = fle_reloc_by_type(r->type);
  return !t || r->offset + t->width > at;
}

// Fills v (room for max) with g's pieces; returns how many.
static size_t cut(const FleFile *f, const Region *g, const size_t *rel, Piece *v, size_t max) {
  size_t n = 0, si = 0, ri = 0;
  Piece p = {0, 0, 0, 0};
  for (uint64_t want = PIECE_BYTES; n + 1 < max && want < g->filesz; want += PIECE_BYTES) {
    while (si < g->nsyms && sym_at(f, g, si) < want)
      si++;
    if (si == g->nsyms || sym_at(f, g, si) >= g->filesz)
      break;
    uint64_t at = sym_at(f, g, si);
    while (ri < g->nrelocs && g->relocs[rel[ri]].offset < at)
      ri++;
    if (ri && spans(&g->relocs[rel[ri - 1]], at))
      continue;
    p.end = at;
    v[n++] = p;
    p = (Piece){at, 0, si, ri};
  }
  p.end = g->memsz;
  v[n++] = p;
  return n;
}

// Symbols out of order with the region's base (a bad model) are left
// to the one walk, which reports them.
static bool worth_cutting(const Out *o, const FleFile *f, const Region *g) {
  return o->threads > 1 && g->filesz >= 4 * PIECE_BYTES && g->nsyms &&
         f->syms[g->syms[0]].value >= g->base &&
         sym_at(f, g, g->nsyms - 1) <= g->memsz;
}

typedef struct {
  Lines *l;
  const FleFile *f;
  const Region *g;
  const size_t *rel;
  Piece *v;
  Out *outs;
  bool *done;
  size_t n;
  atomic_size_t next;
  pthread_mutex_t mu;
  pthread_cond_t cv;
} Pieces;

static void spell(Pieces *ps, size_t k, Out *po) {
  Lines pl = {po, ps->l->ind, k == 0 && ps->l->first, {0}};
  walk(po, &pl, ps->f, ps->g, ps->rel, ps->v[k]);
  free(pl.line.p);
}

static void *spell_pieces(void *arg) {
  Pieces *ps = arg;
  for (size_t k; (k = atomic_fetch_add(&ps->next, 1)) < ps->n;) {
    spell(ps, k, &ps->outs[k]);
    pthread_mutex_lock(&ps->mu);
    ps->done[k] = true;
    pthread_cond_broadcast(&ps->cv);
    pthread_mutex_unlock(&ps->mu);
  }
  return NULL;
}

// Piece k's text goes after what o holds.  A piece that failed is
// spelled again here: its message was set on its own thread.
static void join(Out *o, Pieces *ps, size_t k) {
  Out *po = &ps->outs[k];
  if (po->err && !o->err) {
    Out again = {.threads = 1};
    spell(ps, k, &again);
    free(again.b.p);
    o->err = -1;
  }
  drain(o);
  if (streaming(o)) {
    if (fle_sink_write(o->sink, po->b.p, po->b.len) < 0)
      o->err = -1;
  } else {
    buf_putn(&o->b, po->b.p, po->b.len);
  }
  free(po->b.p);
}

static void emit_pieces(Out *o, Lines *l, const FleFile *f, const Region *g, const size_t *rel) {
  size_t max = (size_t)(g->filesz / PIECE_BYTES) + 2;
  Pieces ps = {.l = l, .f = f, .g = g, .rel = rel, .v = fle_xmalloc(max * sizeof *ps.v)};
  ps.n = cut(f, g, rel, ps.v, max);
  ps.outs = fle_xcalloc(ps.n, sizeof *ps.outs);
  ps.done = fle_xcalloc(ps.n, sizeof *ps.done);
  atomic_init(&ps.next, 0);
  pthread_mutex_init(&ps.mu, NULL);
  pthread_cond_init(&ps.cv, NULL);
  for (size_t k = 0; k < ps.n; k++)
    ps.outs[k].threads = 1;
  pthread_t tid[16];
  int started = 0;
  for (int t = 0; t < o->threads && t < 16 && (size_t)t < ps.n; t++)
    if (pthread_create(&tid[started], NULL, spell_pieces, &ps) == 0)
      started++;
  if (!started)
    spell_pieces(&ps);
  for (size_t k = 0; k < ps.n; k++) {
    pthread_mutex_lock(&ps.mu);
    while (!ps.done[k])
      pthread_cond_wait(&ps.cv, &ps.mu);
    pthread_mutex_unlock(&ps.mu);
    join(o, &ps, k);
  }
  for (int t = 0; t < started; t++)
    pthread_join(tid[t], NULL);
  l->first = false;
  pthread_mutex_destroy(&ps.mu);
  pthread_cond_destroy(&ps.cv);
  free(ps.v);
  free(ps.outs);
  free(ps.done);
}

static void emit_region(Out *o, Lines *l, const FleFile *f, Region *g) {
  size_t *rel = fle_xmalloc((g->nrelocs + 1) * sizeof *rel);
  for (size_t i = 0; i < g->nrelocs; i++)
    rel[i] = i;
  if (g->nrelocs > 1) // (qsort of no array at all is undefined)
    qsort_r(rel, g->nrelocs, sizeof *rel, cmp_rel, (void *)g->relocs);
  if (g->nsyms > 1)
    qsort_r(g->syms, g->nsyms, sizeof *g->syms, cmp_sym, (void *)f->syms);
  if (worth_cutting(o, f, g))
    emit_pieces(o, l, f, g, rel);
  else
    walk(o, l, f, g, rel, (Piece){0, g->memsz, 0, 0});
  free(rel);
}

static void emit_lines(Out *o, int ind, const FleFile *f, Region *g) {
  Lines l = {o, ind + 2, true, {0}};
  indent(o, ind);
  buf_puts(&o->b, "\"lines\": [");
  emit_region(o, &l, f, g);
  if (!l.first) {
    buf_puts(&o->b, "\n");
    indent(o, ind);
  }
  buf_puts(&o->b, "]\n");
  free(l.line.p);
}

static void emit_placed(Out *o, int ind, const FleFile *f, bool (*placed)(const FleFile *, const FleSymbol *)) {
  Lines l = {o, ind + 2, true, {0}};
  indent(o, ind);
  buf_puts(&o->b, "\"symbols\": [");
  for (size_t i = 0; i < f->nsyms; i++)
    if (placed(f, &f->syms[i]))
      emit_symbol(&l, &f->syms[i]);
  if (!l.first) {
    buf_puts(&o->b, "\n");
    indent(o, ind);
  }
  buf_puts(&o->b, "]\n");
  free(l.line.p);
}

// Symbols are grouped by the section (segment) they are in.
static size_t *syms_in(const FleFile *f, int where, size_t *n) {
  size_t *v = fle_xmalloc((f->nsyms + 1) * sizeof *v);
  *n = 0;
  for (size_t i = 0; i < f->nsyms; i++)
    if (f->syms[i].section == where && f->syms[i].type != STT_SECTION)
      v[(*n)++] = i;
  return v;
}

// ------------------------------------------------------------ objects

static bool obj_placed(const FleFile *f, const FleSymbol *s) {
  return s->section < 0 && s->type != STT_SECTION;
}

static void emit_obj_section(Out *o, int ind, const FleFile *f, size_t i, bool last) {
  const FleSection *s = &f->sections[i];
  char flags[16];
  fle_shflags_str(s->flags, flags);
  const char *type = fle_shtype_name(s->type);
  if (!type)
    o->err = fle_set_error("section %s: unsupported section type %u", s->name, s->type);
  indent(o, ind);
  buf_puts(&o->b, "{\n");
  field_str(o, ind + 2, "name", s->name, true);
  field_str(o, ind + 2, "type", type ? type : "?", true);
  field_str(o, ind + 2, "flags", flags, true);
  field_hex(o, ind + 2, "align", s->align, true);
  if (s->entsize)
    field_hex(o, ind + 2, "entsize", s->entsize, true);
  field_hex(o, ind + 2, "size", s->size, true);
  Region g = {s->name, 0, s->type == SHT_NOBITS ? 0 : s->size, s->size,
              s->data, !(s->flags & SHF_EXECINSTR), s->relocs, s->nrelocs, NULL, 0};
  g.syms = syms_in(f, (int)i, &g.nsyms);
  emit_lines(o, ind + 2, f, &g);
  free(g.syms);
  indent(o, ind);
  buf_puts(&o->b, last ? "}\n" : "},\n");
}

static void emit_obj(Out *o, int ind, const FleFile *f) {
  buf_puts(&o->b, "{\n");
  field_str(o, ind + 2, "type", ".obj", true);
  indent(o, ind + 2);
  buf_printf(&o->b, "\"version\": %d,\n", FLE_VERSION);
  indent(o, ind + 2);
  buf_puts(&o->b, f->nsections ? "\"sections\": [\n" : "\"sections\": [],\n");
  for (size_t i = 0; i < f->nsections; i++)
    emit_obj_section(o, ind + 4, f, i, i + 1 == f->nsections);
  if (f->nsections) {
    indent(o, ind + 2);
    buf_puts(&o->b, "],\n");
  }
  emit_placed(o, ind + 2, f, obj_placed);
  indent(o, ind);
  buf_puts(&o->b, "}");
}

// -------------------------------------------------------- executables

static bool exe_placed(const FleFile *f, const FleSymbol *s) {
  return s->section < 0 || (size_t)s->section >= f->nsegments;
}

// A section outside every segment (debugging information) carries its
// own bytes, as an object's section does, with no address.
static void emit_unallocated(Out *o, const FleFile *f, const FleSection *s, bool last) {
  char flags[16];
  fle_shflags_str(s->flags, flags);
  buf_puts(&o->b, "    {\n");
  field_str(o, 6, "name", s->name, true);
  field_str(o, 6, "type", "PROGBITS", true);
  field_str(o, 6, "flags", flags, true);
  if (s->align > 1)
    field_hex(o, 6, "align", s->align, true);
  if (s->entsize)
    field_hex(o, 6, "entsize", s->entsize, true);
  field_hex(o, 6, "size", s->size, true);
  Region g = {s->name, 0, s->size, s->size, s->data, true, s->relocs, s->nrelocs, NULL, 0};
  emit_lines(o, 6, f, &g);
  buf_puts(&o->b, last ? "    }\n" : "    },\n");
}

static void emit_exe_sections(Out *o, const FleFile *f) {
  buf_puts(&o->b, f->nsections ? "  \"sections\": [\n" : "  \"sections\": [],\n");
  for (size_t i = 0; i < f->nsections; i++) {
    const FleSection *s = &f->sections[i];
    char flags[16];
    if (!(s->flags & SHF_ALLOC)) {
      emit_unallocated(o, f, s, i + 1 == f->nsections);
      continue;
    }
    fle_shflags_str(s->flags, flags);
    buf_puts(&o->b, "    { \"name\": ");
    put_json_str(o, s->name, strlen(s->name));
    buf_puts(&o->b, ", \"addr\": \"");
    buf_hex(&o->b, s->addr);
    buf_puts(&o->b, "\", \"size\": \"");
    buf_hex(&o->b, s->size);
    if (s->align > 1) { // the alignment the link gave it; 1 goes unsaid
      buf_puts(&o->b, "\", \"align\": \"");
      buf_hex(&o->b, s->align);
    }
    buf_printf(&o->b, "\", \"flags\": \"%s\" }%s\n", flags, i + 1 < f->nsections ? "," : "");
  }
  if (f->nsections)
    buf_puts(&o->b, "  ],\n");
}

static void emit_segment(Out *o, const FleFile *f, size_t i) {
  const FleSegment *g = &f->segments[i];
  char pf[4];
  fle_pflags_str(g->flags, pf);
  buf_puts(&o->b, "    {\n");
  field_str(o, 6, "name", g->name, true);
  field_hex(o, 6, "vaddr", g->vaddr, true);
  field_hex(o, 6, "memsz", g->memsz, true);
  field_str(o, 6, "flags", pf, true);
  field_hex(o, 6, "align", g->align, true);
  Region r = {g->name, g->vaddr, g->filesz, g->memsz, g->data, !(g->flags & PF_X),
              g->relocs, g->nrelocs, NULL, 0};
  r.syms = syms_in(f, (int)i, &r.nsyms);
  emit_lines(o, 6, f, &r);
  free(r.syms);
  buf_puts(&o->b, i + 1 < f->nsegments ? "    },\n" : "    }\n");
}

// "needed": ["libc.so"]
static void emit_strings(Out *o, const char *key, char *const *v, size_t n, const FleFile *f,
                         const int *syms) {
  buf_printf(&o->b, "  \"%s\": [", key);
  for (size_t i = 0; i < n; i++) {
    const char *s = syms ? f->syms[syms[i]].name : v[i];
    put_json_str(o, s, strlen(s));
    if (i + 1 < n)
      buf_puts(&o->b, ", ");
  }
  buf_puts(&o->b, "],\n");
}

static void emit_array_place(Out *o, const char *key, uint64_t addr, uint64_t size) {
  buf_printf(&o->b, "  \"%s\": { \"addr\": \"", key);
  buf_hex(&o->b, addr);
  buf_puts(&o->b, "\", \"size\": \"");
  buf_hex(&o->b, size);
  buf_puts(&o->b, "\" },\n");
}

// What a dynamic module records at the top (spec/FLE.md §6).
static void emit_dynamic(Out *o, const FleFile *f) {
  if (f->soname)
    field_str(o, 2, "soname", f->soname, true);
  emit_strings(o, "needed", f->needed, f->nneeded, f, NULL);
  if (f->nrunpath)
    emit_strings(o, "runpath", f->runpath, f->nrunpath, f, NULL);
  if (f->init_array_size)
    emit_array_place(o, "init_array", f->init_array, f->init_array_size);
  if (f->fini_array_size)
    emit_array_place(o, "fini_array", f->fini_array, f->fini_array_size);
  if (f->plt_size) {
    emit_array_place(o, "plt", f->plt, f->plt_size);
    emit_array_place(o, "pltgot", f->pltgot, f->pltgot_size);
  }
  if (f->bind_now)
    buf_puts(&o->b, "  \"bind_now\": true,\n");
  for (size_t i = 0; i < f->nexports; i++)
    if (f->exports[i] < 0 || (size_t)f->exports[i] >= f->nsyms)
      o->err = fle_set_error("export %zu names no symbol", i);
  if (!o->err)
    emit_strings(o, "exports", NULL, f->nexports, f, f->exports);
}

static void emit_exe(Out *o, const FleFile *f) {
  bool dynamic = fle_is_dynamic(f);
  if (f->interp && !f->shared)
    buf_printf(&o->b, "#!%s\n", f->interp);
  buf_puts(&o->b, "{\n");
  field_str(o, 2, "type", f->shared ? ".so" : ".exe", true);
  buf_printf(&o->b, "  \"version\": %d,\n", dynamic ? FLE_VERSION_DYNAMIC : FLE_VERSION);
  if (!f->shared) {
    field_hex(o, 2, "entry", f->entry, true);
    buf_printf(&o->b, "  \"pie\": %s,\n", f->pie ? "true" : "false");
  }
  if (dynamic)
    emit_dynamic(o, f);
  emit_exe_sections(o, f);
  buf_puts(&o->b, f->nsegments ? "  \"segments\": [\n" : "  \"segments\": [],\n");
  for (size_t i = 0; i < f->nsegments; i++)
    emit_segment(o, f, i);
  if (f->nsegments)
    buf_puts(&o->b, "  ],\n");
  emit_placed(o, 2, f, exe_placed);
  buf_puts(&o->b, "}");
}

// ----------------------------------------------------------- archives

static void emit_ar(Out *o, const FleFile *f) {
  buf_puts(&o->b, "{\n");
  field_str(o, 2, "type", ".ar", true);
  buf_printf(&o->b, "  \"version\": %d,\n", FLE_VERSION);
  buf_puts(&o->b, f->nindex ? "  \"index\": {\n" : "  \"index\": {},\n");
  for (size_t i = 0; i < f->nindex; i++) {
    buf_puts(&o->b, "    ");
    put_json_str(o, f->index_syms[i], strlen(f->index_syms[i]));
    buf_puts(&o->b, ": ");
    const char *m = f->members[f->index_member[i]]->path;
    put_json_str(o, m, strlen(m));
    buf_puts(&o->b, i + 1 < f->nindex ? ",\n" : "\n");
  }
  if (f->nindex)
    buf_puts(&o->b, "  },\n");
  buf_puts(&o->b, f->nmembers ? "  \"members\": [\n" : "  \"members\": []\n");
  for (size_t i = 0; i < f->nmembers; i++) {
    buf_puts(&o->b, "    {\n");
    field_str(o, 6, "name", f->members[i]->path, true);
    buf_puts(&o->b, "      \"object\": ");
    emit_obj(o, 6, f->members[i]);
    buf_puts(&o->b, i + 1 < f->nmembers ? "\n    },\n" : "\n    }\n");
  }
  if (f->nmembers)
    buf_puts(&o->b, "  ]\n");
  buf_puts(&o->b, "}");
}

static void emit_file(Out *o, const FleFile *f) {
  if (f->kind == FLE_OBJ)
    emit_obj(o, 0, f);
  else if (f->kind == FLE_EXE)
    emit_exe(o, f);
  else
    emit_ar(o, f);
  buf_puts(&o->b, "\n");
}

char *fle_dump(const FleFile *f, size_t *len) {
  Out o = {.threads = 1};
  emit_file(&o, f);
  if (o.err) {
    free(o.b.p);
    return NULL;
  }
  if (len)
    *len = o.b.len;
  return o.b.p;
}

int fle_write_threads(const FleFile *f, const char *path, int threads) {
  Out o = {.threads = threads, .path = path, .exec = f->kind == FLE_EXE, .stream = true};
  emit_file(&o, f);
  if (!o.err && !o.sink && !(o.sink = fle_sink_open(path, o.exec)))
    o.err = -1;
  if (!o.err && fle_sink_write(o.sink, o.b.p, o.b.len) < 0)
    o.err = -1;
  free(o.b.p);
  int rc = o.sink ? fle_sink_close(o.sink, !o.err) : -1;
  return o.err ? -1 : rc;
}

int fle_write(const FleFile *f, const char *path) { return fle_write_threads(f, path, 1); }
