// svg.c — fle-readfle --svg: a picture of an executable's memory.
//
// Addresses grow downwards.  Each segment is a box coloured by its
// permissions (r-x blue, r-- green, rw- orange) with its name, flags and
// range; inside it, the linker's sections, and below the segment's file
// bytes its zero-filled tail (.bss), hatched: memory that has no bytes in
// the file.  To the right, the functions and objects of the program's own
// objects, each at its address.  A shared library is drawn as it is
// laid out, at base 0 like a PIE, and has no entry.
//
// Scale: one pixel stands for a fixed number of bytes, chosen so the
// largest section is about 300 px; a section or piece smaller than a
// line of text is drawn one line tall, and the unmapped gaps between
// segments are cut and marked with a break (≈).  The legend says all of
// this in the picture.
//
// Whose symbols: an FLE executable does not record which object defined
// a symbol.  The picture leaves out what the toolchain itself brings --
// every symbol of the crt1.fle and libc.a next to fle-readfle
// (<bin>/../lib/fle), matched by name and size -- and linker-made
// symbols that are neither functions nor objects.  What is left is the
// user's own code and data.
#include "inspect.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define WIDTH 960
#define BOX_X 150      // segment boxes
#define BOX_W 330
#define SEC_X (BOX_X + 14)
#define SEC_W (BOX_W - 28)
#define LABEL_X 700    // symbol labels
#define LINE 16        // one line of text
#define MIN_H 20       // smallest section
#define PAD_H 6        // smallest padding between sections
#define TARGET_H 300   // the largest section, about
#define BREAK_H 34     // an unmapped gap

// One drawn stretch of addresses: [lo, hi) maps linearly to [y0, y1).
typedef struct {
  uint64_t lo, hi;
  double y0, y1;
} Piece;

typedef struct {
  const FleFile *f;
  FILE *out;              // the body, before the header knows the height
  double y;               // next free y
  uint64_t bytes_per_px;
  Piece *pieces;
  size_t npieces, cappieces;
  FleMap libc;            // "name/size" of the toolchain's own symbols
  bool have_libc;
  double last_label_y;
  size_t shown, candidates;
} Svg;

// ------------------------------------------------------------- text

static void put_escaped(FILE *out, const char *s) {
  for (; *s; s++)
    switch (*s) {
    case '<': fputs("&lt;", out); break;
    case '>': fputs("&gt;", out); break;
    case '&': fputs("&amp;", out); break;
    case '"': fputs("&quot;", out); break;
    default: fputc(*s, out);
    }
}

static void text(Svg *v, double x, double y, const char *cls, const char *s) {
  fprintf(v->out, "<text x=\"%.1f\" y=\"%.1f\" class=\"%s\">", x, y, cls);
  put_escaped(v->out, s);
  fputs("</text>\n", v->out);
}

// ------------------------------------------------ the toolchain's symbols

static char *sym_key(const char *name, uint64_t size) {
  size_t n = strlen(name) + 24;
  char *k = fle_xmalloc(n);
  snprintf(k, n, "%s/%" PRIx64, name, size);
  return k;
}

static void add_libc_syms(Svg *v, const FleFile *o) {
  for (size_t i = 0; i < o->nsyms; i++) {
    const FleSymbol *s = &o->syms[i];
    if (s->section < 0 || s->type == STT_SECTION || s->type == STT_FILE)
      continue;
    bool added;
    char *k = sym_key(s->name, s->size);
    fle_map_put(&v->libc, k, &added);
    if (!added)
      free(k);
  }
}

// Reads crt1.fle and libc.a from <bin>/../lib/fle, when they are there.
static void load_toolchain(Svg *v) {
  static const char *const files[] = {"crt1.fle", "libc.a"};
  fle_map_init(&v->libc);
  for (size_t i = 0; i < 2; i++) {
    char path[4096];
    snprintf(path, sizeof path, "%s/../lib/fle/%s", fle_self_dir(), files[i]);
    FleFile *f = fle_read(path);
    if (!f)
      continue;
    v->have_libc = true;
    add_libc_syms(v, f);
    for (size_t m = 0; m < f->nmembers; m++)
      add_libc_syms(v, f->members[m]);
    fle_free(f);
  }
}

static void free_toolchain(Svg *v) {
  for (size_t i = 0; i < v->libc.cap; i++)
    free((char *)v->libc.keys[i]);
  fle_map_free(&v->libc);
}

static bool is_users(Svg *v, const FleSymbol *s) {
  if (s->section < 0 || (s->type != STT_FUNC && s->type != STT_OBJECT && s->type != STT_TLS))
    return false;
  v->candidates++;
  char *k = sym_key(s->name, s->size);
  bool theirs = fle_map_get(&v->libc, k) != NULL;
  free(k);
  return !theirs;
}

// ------------------------------------------------------------- layout

static double height_of(const Svg *v, uint64_t size, double least) {
  double h = (double)size / (double)v->bytes_per_px;
  return h < least ? least : h;
}

static void add_piece(Svg *v, uint64_t lo, uint64_t hi, double h) {
  FLE_GROW(v->pieces, v->cappieces, v->npieces + 1);
  v->pieces[v->npieces++] = (Piece){lo, hi, v->y, v->y + h};
  v->y += h;
}

// Where addr is drawn; -1 when it is in no drawn piece.
static double y_of(const Svg *v, uint64_t addr) {
  for (size_t i = 0; i < v->npieces; i++) {
    const Piece *p = &v->pieces[i];
    if (addr >= p->lo && (addr < p->hi || (addr == p->hi && p->hi == p->lo)))
      return p->y0 + (p->y1 - p->y0) * (double)(addr - p->lo) / (double)(p->hi - p->lo ? p->hi - p->lo : 1);
  }
  return -1;
}

static uint64_t pick_scale(const FleFile *f) {
  uint64_t most = 0;
  for (size_t i = 0; i < f->nsections; i++)
    if (f->sections[i].size > most)
      most = f->sections[i].size;
  for (size_t i = 0; i < f->nsegments; i++)
    if (!f->nsections && f->segments[i].memsz > most)
      most = f->segments[i].memsz;
  uint64_t b = most / TARGET_H + 1;
  return b < 8 ? 8 : b;
}

// ------------------------------------------------------------ drawing

static const char *perm_class(uint32_t flags) {
  if (flags & PF_X)
    return "rx";
  if (flags & PF_W)
    return "rw";
  return "ro";
}

static void draw_break(Svg *v, uint64_t from, uint64_t to) {
  double y = v->y + 6, x0 = BOX_X, x1 = BOX_X + BOX_W;
  fprintf(v->out, "<path class=\"break\" d=\"M%d %.1f", BOX_X - 10, y + 4);
  for (double x = x0; x <= x1 + 10; x += 20)
    fprintf(v->out, " L%.1f %.1f L%.1f %.1f", x, y, x + 10, y + 8);
  fprintf(v->out, "\"/>\n");
  char buf[96];
  snprintf(buf, sizeof buf, "≈ 0x%" PRIx64 " bytes not mapped (cut)", to - from);
  text(v, BOX_X + 10, y + 24, "note", buf);
  v->y += BREAK_H;
}

// One piece of a segment: a section, or padding between sections.
static void draw_piece(Svg *v, const char *name, uint64_t lo, uint64_t hi, bool zero) {
  double h = height_of(v, hi - lo, name ? MIN_H : PAD_H), y = v->y;
  add_piece(v, lo, hi, h);
  char buf[160];
  if (!name) {
    fprintf(v->out, "<rect class=\"pad\" x=\"%d\" y=\"%.1f\" width=\"%d\" height=\"%.1f\"/>\n",
            SEC_X, y, SEC_W, h);
    return;
  }
  fprintf(v->out, "<rect class=\"%s\" x=\"%d\" y=\"%.1f\" width=\"%d\" height=\"%.1f\"/>\n",
          zero ? "sec zero" : "sec", SEC_X, y, SEC_W, h);
  bool two_lines = h >= 2 * LINE + 4;
  snprintf(buf, sizeof buf, "%s  0x%" PRIx64 " bytes%s", name, hi - lo,
           zero && !two_lines ? ", zero-filled" : "");
  text(v, SEC_X + 6, y + (h < 2 * LINE ? h / 2 + 4 : 14), "sec", buf);
  if (zero && two_lines)
    text(v, SEC_X + 6, y + 14 + LINE, "note", "no file bytes: zero-filled at load");
  snprintf(buf, sizeof buf, "0x%" PRIx64, lo);
  text(v, BOX_X - 8, y + 12, "addr", buf);
}

// The sections lying in [lo, hi) of segment g, in address order, with
// the padding between them; whatever the section table leaves out is
// drawn as the segment itself.
static void draw_contents(Svg *v, const FleSegment *g, uint64_t lo, uint64_t hi, bool zero) {
  uint64_t at = lo;
  while (at < hi) {
    int best = -1;
    for (size_t i = 0; i < v->f->nsections; i++) {
      const FleSection *s = &v->f->sections[i];
      if (s->size && s->addr + s->size > at && s->addr < hi &&
          (best < 0 || s->addr < v->f->sections[best].addr))
        best = (int)i;
    }
    if (best < 0) {
      draw_piece(v, at == lo && lo == g->vaddr ? g->name : NULL, at, hi, zero);
      return;
    }
    const FleSection *s = &v->f->sections[best];
    if (s->addr > at) {
      draw_piece(v, NULL, at, s->addr, zero);
      at = s->addr;
    }
    uint64_t end = s->addr + s->size < hi ? s->addr + s->size : hi;
    draw_piece(v, s->name, at, end, zero);
    at = end;
  }
}

static void draw_segment(Svg *v, const FleSegment *g) {
  char pf[4], buf[200];
  fle_pflags_str(g->flags, pf);
  double top = v->y;
  // The contents go to a side buffer: the box, drawn first so that it
  // lies behind them, needs their height.
  FILE *out = v->out;
  char *inner = NULL;
  size_t inner_len = 0;
  if (!(v->out = open_memstream(&inner, &inner_len)))
    fle_oom();
  v->y += LINE + 8; // the segment's title bar
  draw_contents(v, g, g->vaddr, g->vaddr + g->filesz, false);
  double file_end = v->y;
  draw_contents(v, g, g->vaddr + g->filesz, g->vaddr + g->memsz, true);
  v->y += 6;
  fclose(v->out);
  v->out = out;
  fprintf(out, "<rect class=\"seg %s\" x=\"%d\" y=\"%.1f\" width=\"%d\" height=\"%.1f\"/>\n",
          perm_class(g->flags), BOX_X, top, BOX_W, v->y - top);
  snprintf(buf, sizeof buf, "segment %s  %s  0x%" PRIx64 "-0x%" PRIx64, g->name, pf, g->vaddr,
           g->vaddr + g->memsz);
  text(v, BOX_X + 8, top + LINE, "seg", buf);
  fwrite(inner, 1, inner_len, out);
  free(inner);
  if (g->memsz > g->filesz) {
    fprintf(out, "<line class=\"fileend\" x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\"/>\n",
            BOX_X, file_end, BOX_X + BOX_W, file_end);
    snprintf(buf, sizeof buf, "file bytes end (filesz 0x%" PRIx64 ")", g->filesz);
    text(v, BOX_X + BOX_W + 6, file_end + 4, "note", buf);
  }
  v->y += 10;
}

static void draw_symbol(Svg *v, const FleSymbol *s) {
  double y = y_of(v, s->value);
  if (y < 0)
    return;
  double ly = y + 4 > v->last_label_y + 13 ? y + 4 : v->last_label_y + 13;
  v->last_label_y = ly;
  fprintf(v->out, "<path class=\"tick\" d=\"M%d %.1f L%d %.1f L%d %.1f\"/>\n", SEC_X + SEC_W, y,
          LABEL_X - 40, y, LABEL_X - 4, ly - 4);
  char buf[200];
  snprintf(buf, sizeof buf, "%s  0x%" PRIx64 " %s 0x%" PRIx64, s->name, s->value,
           s->type == STT_FUNC ? "func" : s->type == STT_TLS ? "tls" : "object", s->size);
  text(v, LABEL_X, ly, "sym", buf);
  v->shown++;
}

static int cmp_value(const void *a, const void *b) {
  const FleSymbol *x = *(const FleSymbol *const *)a, *y = *(const FleSymbol *const *)b;
  return x->value != y->value ? (x->value < y->value ? -1 : 1) : strcmp(x->name, y->name);
}

static void draw_symbols(Svg *v) {
  const FleSymbol **list = fle_xmalloc((v->f->nsyms + 1) * sizeof *list);
  size_t n = 0;
  for (size_t i = 0; i < v->f->nsyms; i++)
    if (is_users(v, &v->f->syms[i]))
      list[n++] = &v->f->syms[i];
  qsort(list, n, sizeof *list, cmp_value);
  for (size_t i = 0; i < n; i++)
    draw_symbol(v, list[i]);
  free(list);
  if (v->last_label_y > v->y)
    v->y = v->last_label_y + 10;
}

static void draw_entry(Svg *v) {
  double y = y_of(v, v->f->entry);
  if (y < 0)
    return;
  fprintf(v->out, "<path class=\"entry\" d=\"M%d %.1f L%d %.1f L%d %.1f z\"/>\n", BOX_X - 2, y,
          BOX_X - 12, y - 5, BOX_X - 12, y + 5);
  text(v, 12, y + 4, "entry", "entry");
}

static void draw_legend(Svg *v) {
  char buf[300];
  double y = v->y + 10;
  snprintf(buf, sizeof buf,
           "Scale: 1 px = 0x%" PRIx64 " bytes; pieces under %d px are drawn %d px tall; "
           "unmapped gaps are cut (≈).",
           v->bytes_per_px, MIN_H, MIN_H);
  text(v, 12, y, "note", buf);
  text(v, 12, y + LINE, "note",
       "Hatched: memory without file bytes (zero-filled at load, like .bss).");
  snprintf(buf, sizeof buf,
           "Symbols: %zu of %zu functions and objects, those not from the toolchain's crt1.fle "
           "and libc.a%s",
           v->shown, v->candidates,
           v->have_libc ? " (matched by name and size)." : " (not found: all are shown).");
  text(v, 12, y + 2 * LINE, "note", buf);
  text(v, 12, y + 3 * LINE, "note",
       "An FLE executable does not record which object defined a symbol.");
  v->y = y + 4 * LINE;
}

static const char *const STYLE =
    "<style>\n"
    "text { font-family: DejaVu Sans Mono, monospace; font-size: 12px; fill: #222 }\n"
    "text.title { font-size: 15px; font-weight: bold }\n"
    "text.addr { text-anchor: end; fill: #555 }\n"
    "text.seg { font-weight: bold }\n"
    "text.note { fill: #555; font-size: 11px }\n"
    "text.entry { fill: #b00 }\n"

    "rect.seg { stroke: #333; stroke-width: 1.5 }\n"
    "rect.rx { fill: #cfe0ff } rect.ro { fill: #d6f2d6 } rect.rw { fill: #ffe2b8 }\n"
    "rect.sec { fill: #ffffff; stroke: #666 }\n"
    "rect.zero { fill: url(#hatch) }\n"
    "rect.pad { fill: #eeeeee; stroke: none }\n"
    "path.tick { fill: none; stroke: #888 }\n"
    "path.break { fill: none; stroke: #333; stroke-width: 1.5 }\n"
    "path.entry { fill: #b00 }\n"
    "line.fileend { stroke: #b00; stroke-dasharray: 4 3 }\n"
    "</style>\n"
    "<defs><pattern id=\"hatch\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\" "
    "patternTransform=\"rotate(45)\"><rect width=\"8\" height=\"8\" fill=\"#ffffff\"/>"
    "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"8\" stroke=\"#bbb\" stroke-width=\"3\"/></pattern>"
    "</defs>\n";

void svg_draw(const FleFile *f, const char *path, FILE *out) {
  if (f->kind != FLE_EXE || !f->nsegments) {
    fle_errorf("%s: --svg draws an executable's memory; this is %s", path,
               f->kind == FLE_OBJ ? "an object (link it first)"
               : f->kind == FLE_AR ? "an archive" : "an executable without segments");
    return;
  }
  char *body = NULL;
  size_t body_len = 0;
  Svg v = {.f = f, .out = open_memstream(&body, &body_len), .y = 60, .last_label_y = 0};
  if (!v.out)
    fle_oom();
  v.bytes_per_px = pick_scale(f);
  load_toolchain(&v);
  char title[300];
  if (f->shared) // no entry; laid out at base 0, like a PIE
    snprintf(title, sizeof title, "Memory of %s (shared library: addresses from its load base)",
             path);
  else
    snprintf(title, sizeof title, "Memory of %s (entry 0x%" PRIx64 "%s)", path, f->entry,
             f->pie ? ", PIE: addresses from its load base" : "");
  text(&v, 12, 26, "title", title);
  FleSegment **order = fle_xmalloc((f->nsegments + 1) * sizeof *order);
  for (size_t i = 0; i < f->nsegments; i++)
    order[i] = &f->segments[i];
  for (size_t i = 1; i < f->nsegments; i++) // by address; a few segments
    for (size_t k = i; k && order[k - 1]->vaddr > order[k]->vaddr; k--) {
      FleSegment *t = order[k];
      order[k] = order[k - 1], order[k - 1] = t;
    }
  for (size_t i = 0; i < f->nsegments; i++) {
    if (i && order[i]->vaddr > order[i - 1]->vaddr + order[i - 1]->memsz)
      draw_break(&v, order[i - 1]->vaddr + order[i - 1]->memsz, order[i]->vaddr);
    draw_segment(&v, order[i]);
  }
  free(order);
  double after_boxes = v.y;
  if (!f->shared)
    draw_entry(&v);
  draw_symbols(&v);
  if (v.y < after_boxes)
    v.y = after_boxes;
  draw_legend(&v);
  fclose(v.out);
  int height = (int)v.y + 12;
  fprintf(out,
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
          "viewBox=\"0 0 %d %d\">\n%s"
          "<rect x=\"0\" y=\"0\" width=\"%d\" height=\"%d\" fill=\"#ffffff\"/>\n",
          WIDTH, height, WIDTH, height, STYLE, WIDTH, height);
  fwrite(body, 1, body_len, out);
  fputs("</svg>\n", out);
  free(body);
  free(v.pieces);
  free_toolchain(&v);
}
