// ref_read.c — the reference FLE reader for differential fuzzing
// (fuzz_json.c): jansson parses the JSON into a tree, and this file walks
// the tree into the model.  It is libfle's jansson-based reader as it
// was before libfle got its own streaming reader, kept so that jansson
// stays the judge of what is valid JSON, with one change of contract:
// a key spec/FLE.md does not define is refused, as libfle refuses it.
// Only accept/refuse and the model it builds are compared; its messages
// are for the person reading a fuzz report.
//
// Any problem ends the read with one message "FILE:LINE: what is wrong".
// jansson does not record where a value stood, so for messages we keep
// every string we looked at, in order, and find the same occurrence of
// its text in the file (cold path only).
#include "ref_read.h"

#include "internal.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
  const char *path;
  const char *text;   // the whole file, shebang included
  size_t len;
  json_t **seen;      // strings looked at, in reading order
  size_t nseen, capseen;
  Buf names;          // line.c's scratch for a quoted name
  int version;        // of the object being read: which lines it may hold
} Reader;

// ------------------------------------------------------ error locations

static size_t count_lines(const char *text, const char *upto) {
  size_t n = 1;
  for (const char *p = text; p < upto; p++)
    n += *p == '\n';
  return n;
}

// 1-based line of string value v in the file, or 0 if not found.
static size_t line_of(Reader *r, json_t *v) {
  if (!v || !json_is_string(v))
    return 0;
  size_t k = 0, i;
  for (i = 0; i < r->nseen && r->seen[i] != v; i++)
    k += json_equal(r->seen[i], v);
  char *enc = json_dumps(v, JSON_ENCODE_ANY);
  if (!enc)
    return 0;
  size_t n = strlen(enc), line = 0;
  for (const char *p = r->text; p && (p = memmem(p, r->len - (size_t)(p - r->text), enc, n)); p += n)
    if (k-- == 0) {
      line = count_lines(r->text, p);
      break;
    }
  free(enc);
  return line;
}

__attribute__((format(printf, 3, 4)))
static int fail(Reader *r, json_t *at, const char *fmt, ...) {
  char msg[512];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  size_t line = line_of(r, at);
  if (line)
    return fle_set_error("%s:%zu: %s", r->path, line, msg);
  return fle_set_error("%s: %s", r->path, msg);
}

static json_t *seen(Reader *r, json_t *v) {
  if (v && json_is_string(v)) {
    FLE_GROW(r->seen, r->capseen, r->nseen + 1);
    r->seen[r->nseen++] = v;
  }
  return v;
}

// ------------------------------------------------------------- fields

// The keys spec/FLE.md defines for each kind of object (§4-§6).  The
// archive index is not listed: its keys are symbol names.
static const char *const obj_keys[] = {"type", "version", "sections", "symbols", NULL};
static const char *const exe_keys[] = {"type", "version", "entry", "pie", "sections",
                                       "segments", "symbols", "soname", "needed", "runpath",
                                       "init_array", "fini_array", "plt", "pltgot", "bind_now",
                                       "exports", NULL};
static const char *const so_keys[] = {"type", "version", "sections", "segments", "symbols",
                                      "soname", "needed", "runpath", "init_array",
                                      "fini_array", "plt", "pltgot", "bind_now", "exports",
                                      NULL};
static const char *const dynamic_keys[] = {"soname", "needed", "runpath", "init_array",
                                           "fini_array", "plt", "pltgot", "bind_now",
                                           "exports", NULL};
static const char *const array_place_keys[] = {"addr", "size", NULL};
static const char *const ar_keys[] = {"type", "version", "index", "members", NULL};
static const char *const section_keys[] = {"name", "type", "flags", "align", "entsize",
                                           "size", "lines", NULL};
static const char *const exe_section_keys[] = {"name", "addr", "size", "flags", "align",
                                               "type", "entsize", "lines", NULL};
static const char *const segment_keys[] = {"name", "vaddr", "memsz", "flags", "align",
                                           "lines", NULL};
static const char *const member_keys[] = {"name", "object", NULL};

static bool is_known(const char *const *known, const char *key) {
  for (; *known; known++)
    if (strcmp(*known, key) == 0)
      return true;
  return false;
}

// Refuses a key of obj that `known` does not list; `what` says where.
static int check_keys(Reader *r, json_t *obj, const char *const *known, const char *what) {
  const char *key;
  json_t *v;
  json_object_foreach(obj, key, v)
    if (!is_known(known, key))
      return fail(r, json_object_get(obj, "name"), "unknown key \"%s\" in %s", key, what);
  return 0;
}

// A required string field; `ctx` is where to point if it is missing.
static int get_str(Reader *r, json_t *obj, const char *key, json_t *ctx,
                   const char **out, json_t **at) {
  json_t *v = seen(r, json_object_get(obj, key));
  if (!v)
    return fail(r, ctx, "missing \"%s\"", key);
  if (!json_is_string(v))
    return fail(r, ctx, "\"%s\" must be a string", key);
  *out = json_string_value(v);
  if (at)
    *at = v;
  return 0;
}

static bool parse_hex(const char *s, uint64_t *v) {
  if (s[0] != '0' || s[1] != 'x' || !s[2])
    return false;
  *v = 0;
  for (s += 2; *s; s++) {
    int d = (*s >= '0' && *s <= '9') ? *s - '0'
            : (*s >= 'a' && *s <= 'f') ? *s - 'a' + 10
            : (*s >= 'A' && *s <= 'F') ? *s - 'A' + 10 : -1;
    if (d < 0 || *v >> 60)
      return false;
    *v = *v << 4 | (uint64_t)d;
  }
  return true;
}

static int get_num(Reader *r, json_t *obj, const char *key, json_t *ctx, uint64_t *out) {
  const char *s;
  json_t *at;
  if (get_str(r, obj, key, ctx, &s, &at))
    return -1;
  if (!parse_hex(s, out))
    return fail(r, at, "\"%s\": bad number '%s' (numbers are hexadecimal: 0x1c)", key, s);
  return 0;
}

static int get_align(Reader *r, json_t *obj, json_t *ctx, uint64_t *out) {
  if (get_num(r, obj, "align", ctx, out))
    return -1;
  if (*out == 0 || (*out & (*out - 1)))
    return fail(r, json_object_get(obj, "align"), "alignment 0x%llx is not a power of two",
                (unsigned long long)*out);
  return 0;
}

static json_t *get_array(Reader *r, json_t *obj, const char *key, json_t *ctx) {
  json_t *v = json_object_get(obj, key);
  if (!v || !json_is_array(v)) {
    fail(r, ctx, v ? "\"%s\" must be an array" : "missing \"%s\"", key);
    return NULL;
  }
  return v;
}

// The name of line s[0, n) (a symbol's, or a relocation's target; none
// for B), malloc'd into l->sym.name.  A quoted name is a JSON string
// (spec/FLE.md §3), so jansson decodes it here, not line.c: a quote can
// stand in a line only as the start of the one quoted name, or as text
// in a 🔤 line, which names nothing.
static int line_name(Reader *r, const char *s, size_t n, Line *l, json_t *at) {
  const char *q = l->kind == LINE_BYTES ? NULL : memchr(s, '"', n);
  l->sym.name = NULL;
  if (!q) {
    l->sym.name = l->name ? fle_xstrndup(l->name, l->name_len) : NULL;
    return 0;
  }
  json_error_t e;
  json_t *j = json_loadb(q, n - (size_t)(q - s), JSON_DECODE_ANY | JSON_DISABLE_EOF_CHECK, &e);
  if (!json_is_string(j)) {
    json_decref(j);
    return fail(r, at, "bad quoted name: %s", j ? "not a string" : e.text);
  }
  l->sym.name = fle_xstrndup(json_string_value(j), json_string_length(j));
  json_decref(j);
  return 0;
}

// Line i of arr, parsed by line.c; its name is in l->sym.name, which the
// caller frees.
static int get_line(Reader *r, json_t *arr, size_t i, json_t *ctx, Line *l, json_t **at) {
  json_t *v = seen(r, json_array_get(arr, i));
  *at = v;
  if (!json_is_string(v))
    return fail(r, ctx, "line %zu of this list is not a string", i + 1);
  const char *s = json_string_value(v), *why, *where;
  size_t n = json_string_length(v);
  if (fle_scan_line(s, n, l, &r->names, &why, &where))
    return fail(r, v, "%s", why);
  if (l->version > r->version) // 🔤 and 📥 came with version 2
    return fail(r, v, "%s lines are FLE version %d (this object says version %d)",
                l->text ? FLE_TAG_TEXT : FLE_TAG_IMPORT, l->version, r->version);
  return line_name(r, s, n, l, v);
}

// ----------------------------------------------------------- sections

typedef struct {
  size_t section;
  size_t reloc;
  char *name;
  bool is_section;
  json_t *at;
} Pending;

typedef struct {
  Pending *p;
  size_t n, cap;
} PendingList;

static int section_type(const char *s, uint32_t *t) {
  static const uint32_t known[] = {SHT_PROGBITS, SHT_NOBITS, SHT_NOTE,
                                   SHT_INIT_ARRAY, SHT_FINI_ARRAY,
                                   SHT_PREINIT_ARRAY, SHT_X86_64_UNWIND};
  for (size_t i = 0; i < sizeof known / sizeof *known; i++)
    if (strcmp(fle_shtype_name(known[i]), s) == 0)
      return *t = known[i], 0;
  return -1;
}

static int read_section_header(Reader *r, FleFile *f, json_t *js) {
  const char *name, *type, *flags;
  json_t *name_at, *at;
  uint32_t t;
  uint64_t fl, align, size, entsize = 0;
  if (!json_is_object(js))
    return fail(r, NULL, "a section must be a JSON object");
  if (check_keys(r, js, section_keys, "a section"))
    return -1;
  if (get_str(r, js, "name", NULL, &name, &name_at) ||
      get_str(r, js, "type", name_at, &type, &at))
    return -1;
  if (section_type(type, &t))
    return fail(r, at, "section %s: unknown section type '%s'", name, type);
  if (get_str(r, js, "flags", name_at, &flags, &at))
    return -1;
  if (fle_shflags_parse(flags, &fl))
    return fail(r, at, "section %s: bad flags '%s' (readelf letters)", name, flags);
  if (!(fl & SHF_ALLOC) && t != SHT_PROGBITS)
    return fail(r, at, "section %s: a %s section needs flag A", name, type);
  if (get_align(r, js, name_at, &align))
    return -1;
  if (json_object_get(js, "entsize") && get_num(r, js, "entsize", name_at, &entsize))
    return -1;
  if (get_num(r, js, "size", name_at, &size))
    return -1;
  // Bytes take three characters each in the text: a size the file cannot
  // hold is refused before anything is allocated.
  if (t != SHT_NOBITS && size > r->len)
    return fail(r, json_object_get(js, "size"), "section %s: size 0x%llx is larger than the file",
                name, (unsigned long long)size);
  size_t i = fle_add_section(f, name, t, fl, align);
  FleSection *s = &f->sections[i];
  s->size = size;
  s->entsize = entsize;
  if (t != SHT_NOBITS)
    s->data = fle_xcalloc(1, size);
  return 0;
}

static int add_pending(PendingList *pl, size_t sec, size_t rel, Line *l, json_t *at) {
  FLE_GROW(pl->p, pl->cap, pl->n + 1);
  pl->p[pl->n++] = (Pending){sec, rel, l->sym.name, l->target_is_section, at};
  l->sym.name = NULL;
  return 0;
}

static int section_line(Reader *r, FleFile *f, size_t si, Line *l, json_t *at,
                        uint64_t *cur, PendingList *pl) {
  FleSection *s = &f->sections[si];
  bool nobits = s->type == SHT_NOBITS;
  uint64_t n = l->kind == LINE_BYTES ? l->nbytes
               : l->kind == LINE_ZERO ? l->zero
               : l->kind == LINE_RELOC ? l->rtype->width : 0;
  if (l->kind == LINE_SYMBOL) {
    if (l->place || l->sym.type == STT_SECTION)
      return fail(r, at, "undef/abs/common symbols and section symbols belong in \"symbols\"");
    l->sym.section = (int)si;
    l->sym.value = *cur;
    fle_add_symbol(f, &l->sym);
    return 0;
  }
  if (nobits != (l->kind == LINE_ZERO))
    return fail(r, at, nobits ? "section %s has no file bytes: only 🕳️ and symbol lines"
                              : "🕳️ lines belong only in NOBITS sections (%s is not)", s->name);
  if (l->kind == LINE_RELOC && (l->rtype->kind == RK_RELATIVE || l->rtype->kind == RK_SYM ||
                                l->rtype->kind == RK_COPY))
    return fail(r, at, "%s belongs in executables, not objects", l->rtype->name);
  if (n > s->size - *cur || *cur > s->size)
    return fail(r, at, l->kind == LINE_RELOC ? "relocation overruns section %s (size 0x%llx)"
                                             : "contents overrun section %s (size 0x%llx)",
                s->name, (unsigned long long)s->size);
  if (l->kind == LINE_BYTES)
    memcpy(s->data + *cur, l->bytes, l->nbytes);
  if (l->kind == LINE_RELOC) {
    FleReloc rel = {*cur, l->rtype->type, -1, l->addend};
    add_pending(pl, si, fle_add_reloc(s, &rel), l, at);
  }
  *cur += n;
  return 0;
}

static int read_section_lines(Reader *r, FleFile *f, size_t si, json_t *js, PendingList *pl) {
  json_t *lines = get_array(r, js, "lines", json_object_get(js, "name"));
  if (!lines)
    return -1;
  uint64_t cur = 0;
  for (size_t i = 0; i < json_array_size(lines); i++) {
    Line l;
    json_t *at;
    if (get_line(r, lines, i, json_object_get(js, "name"), &l, &at))
      return -1;
    int rc = section_line(r, f, si, &l, at, &cur, pl);
    free(l.sym.name);
    if (rc)
      return -1;
  }
  FleSection *s = &f->sections[si];
  if (cur != s->size)
    return fail(r, json_object_get(js, "size"), "section %s: size 0x%llx does not match contents 0x%llx",
                s->name, (unsigned long long)s->size, (unsigned long long)cur);
  return 0;
}

// ------------------------------------------------------------ symbols

static int placed_symbol(Reader *r, FleFile *f, Line *l, json_t *at) {
  if (!l->place)
    return fail(r, at, "a symbol in \"symbols\" needs undef, abs=0x... or common=0x...");
  if (l->sym.type == STT_SECTION)
    return fail(r, at, "section symbols are implicit");
  l->sym.section = l->place == 'u' ? FLE_UNDEF : l->place == 'a' ? FLE_ABS : FLE_COMMON;
  l->sym.value = l->place_value;
  if (l->place == 'c' && (!l->place_value || (l->place_value & (l->place_value - 1))))
    return fail(r, at, "COMMON alignment 0x%llx is not a power of two",
                (unsigned long long)l->place_value);
  if (l->place == 'u' && l->sym.bind == STB_LOCAL)
    return fail(r, at, "an undefined symbol cannot be local");
  fle_add_symbol(f, &l->sym);
  return 0;
}

static int read_placed_symbols(Reader *r, FleFile *f, json_t *root) {
  json_t *syms = json_object_get(root, "symbols");
  if (!syms)
    return 0;
  if (!json_is_array(syms))
    return fail(r, NULL, "\"symbols\" must be an array");
  for (size_t i = 0; i < json_array_size(syms); i++) {
    Line l;
    json_t *at;
    if (get_line(r, syms, i, NULL, &l, &at))
      return -1;
    int rc = l.kind != LINE_SYMBOL ? fail(r, at, "only symbol lines belong in \"symbols\"")
                                    : placed_symbol(r, f, &l, at);
    free(l.sym.name);
    if (rc)
      return -1;
  }
  return 0;
}

// Relocations name their symbols; names are looked up once every symbol
// is known.  A name nobody declared becomes an undefined global, as an
// assembler would make it.
static int resolve_pending(Reader *r, FleFile *f, PendingList *pl) {
  FleMap names;
  fle_map_init(&names);
  for (size_t i = 0; i < f->nsyms; i++) {
    bool added;
    if (f->syms[i].type == STT_SECTION || f->syms[i].type == STT_FILE)
      continue;
    size_t *v = fle_map_put(&names, f->syms[i].name, &added);
    if (added)
      *v = i + 1; // first wins; index+1 so that 0 means unset
  }
  int rc = 0;
  for (size_t i = 0; i < pl->n && rc == 0; i++) {
    Pending *p = &pl->p[i];
    FleReloc *rel = &f->sections[p->section].relocs[p->reloc];
    if (p->is_section) {
      int s = fle_find_section(f, p->name);
      if (s < 0)
        rc = fail(r, p->at, "relocation against unknown section %s", p->name);
      rel->sym = s;
      continue;
    }
    bool added;
    size_t *v = fle_map_put(&names, p->name, &added); // key outlives the map
    if (added) {
      FleSymbol u = {.name = p->name, .bind = STB_GLOBAL, .section = FLE_UNDEF};
      *v = fle_add_symbol(f, &u) + 1;
    }
    rel->sym = (int)(*v - 1);
  }
  fle_map_free(&names);
  return rc;
}

static void free_pending(PendingList *pl) {
  for (size_t i = 0; i < pl->n; i++)
    free(pl->p[i].name);
  free(pl->p);
}

static FleFile *read_obj(Reader *r, json_t *root, const char *name) {
  FleFile *f = fle_new(FLE_OBJ, name);
  PendingList pl = {0};
  json_t *secs = get_array(r, root, "sections", NULL);
  int rc = secs && !check_keys(r, root, obj_keys, "an object") ? 0 : -1;
  for (size_t i = 0; rc == 0 && i < json_array_size(secs); i++)
    rc = read_section_header(r, f, json_array_get(secs, i));
  // The implicit section symbols come first: relocation against section
  // i names symbol i.
  for (size_t i = 0; rc == 0 && i < f->nsections; i++) {
    FleSymbol s = {.name = f->sections[i].name, .bind = STB_LOCAL,
                   .type = STT_SECTION, .section = (int)i};
    fle_add_symbol(f, &s);
  }
  for (size_t i = 0; rc == 0 && i < f->nsections; i++)
    rc = read_section_lines(r, f, i, json_array_get(secs, i), &pl);
  if (rc == 0)
    rc = read_placed_symbols(r, f, root);
  if (rc == 0)
    rc = resolve_pending(r, f, &pl);
  free_pending(&pl);
  if (rc) {
    fle_free(f);
    return NULL;
  }
  return f;
}

// -------------------------------------------------------- executables

static int pflags_parse(const char *s, uint32_t *f) {
  if (strlen(s) != 3 || (s[0] != 'r' && s[0] != '-') ||
      (s[1] != 'w' && s[1] != '-') || (s[2] != 'x' && s[2] != '-'))
    return -1;
  *f = (s[0] == 'r' ? PF_R : 0) | (s[1] == 'w' ? PF_W : 0) | (s[2] == 'x' ? PF_X : 0);
  return 0;
}

static bool load_time_reloc(const Reader *r, const Line *l) {
  uint32_t t = l->rtype->type;
  return t == R_X86_64_RELATIVE ||
         (r->version >= 3 && !l->target_is_section &&
          (t == R_X86_64_64 || t == R_X86_64_GLOB_DAT || t == R_X86_64_JUMP_SLOT ||
           t == R_X86_64_COPY));
}

static int segment_line(Reader *r, FleFile *f, size_t gi, Line *l, json_t *at,
                        uint64_t *cur, Buf *data, bool *in_zero, PendingList *pl) {
  FleSegment *g = &f->segments[gi];
  if (l->kind == LINE_SYMBOL) {
    if (l->place || l->sym.type == STT_SECTION)
      return fail(r, at, "undef/abs symbols and section symbols belong in \"symbols\"");
    l->sym.section = (int)gi;
    l->sym.value = g->vaddr + *cur;
    fle_add_symbol(f, &l->sym);
    return 0;
  }
  uint64_t n = l->kind == LINE_BYTES ? l->nbytes
               : l->kind == LINE_ZERO ? l->zero : l->rtype->width;
  bool copy = l->kind == LINE_RELOC && l->rtype->type == R_X86_64_COPY;
  if (l->kind == LINE_ZERO)
    *in_zero = true;
  else if (*in_zero && !copy)
    return fail(r, at, "file bytes after 🕳️ in segment %s: zero fill comes last", g->name);
  if (l->kind == LINE_RELOC && !load_time_reloc(r, l))
    return fail(r, at, "a relocation that cannot stand in a segment");
  if (n > g->memsz - *cur || *cur > g->memsz)
    return fail(r, at, l->kind == LINE_RELOC ? "relocation overruns segment %s (memsz 0x%llx)"
                                             : "contents overrun segment %s (memsz 0x%llx)",
                g->name, (unsigned long long)g->memsz);
  if (l->kind == LINE_BYTES)
    buf_putn(data, (const char *)l->bytes, l->nbytes);
  if (l->kind == LINE_RELOC) {
    static const char zero[8];
    FleReloc rel = {*cur, l->rtype->type, -1, l->addend};
    size_t k = fle_add_segment_reloc(g, &rel);
    buf_putn(data, zero, n);
    if (l->rtype->type != R_X86_64_RELATIVE)
      add_pending(pl, gi, k, l, at);
  }
  *cur += n;
  return 0;
}

static int read_segment(Reader *r, FleFile *f, json_t *js, PendingList *pl) {
  const char *name, *flags;
  json_t *name_at, *at;
  uint64_t vaddr, memsz, align;
  uint32_t pf;
  if (!json_is_object(js))
    return fail(r, NULL, "a segment must be a JSON object");
  if (check_keys(r, js, segment_keys, "a segment"))
    return -1;
  if (get_str(r, js, "name", NULL, &name, &name_at) ||
      get_num(r, js, "vaddr", name_at, &vaddr) ||
      get_num(r, js, "memsz", name_at, &memsz) ||
      get_str(r, js, "flags", name_at, &flags, &at))
    return -1;
  if (pflags_parse(flags, &pf))
    return fail(r, at, "segment %s: bad flags '%s' (want r, w, x or - in that order: r-x)", name, flags);
  if (get_align(r, js, name_at, &align))
    return -1;
  if (vaddr + memsz < vaddr)
    return fail(r, name_at, "segment %s: vaddr + memsz overflows", name);
  size_t gi = fle_add_segment(f, name, pf, vaddr, align);
  f->segments[gi].memsz = memsz;
  json_t *lines = get_array(r, js, "lines", name_at);
  if (!lines)
    return -1;
  uint64_t cur = 0;
  Buf data = {0};
  bool in_zero = false;
  for (size_t i = 0; i < json_array_size(lines); i++) {
    Line l;
    if (get_line(r, lines, i, name_at, &l, &at))
      return free(data.p), -1;
    int rc = segment_line(r, f, gi, &l, at, &cur, &data, &in_zero, pl);
    free(l.sym.name);
    if (rc)
      return free(data.p), -1;
  }
  FleSegment *g = &f->segments[gi];
  g->filesz = data.len;
  g->data = (uint8_t *)data.p;
  for (size_t i = 0; i < g->nrelocs; i++)
    if (g->relocs[i].type == R_X86_64_COPY && g->relocs[i].offset < g->filesz)
      return fail(r, name_at, "segment %s: R_X86_64_COPY among file bytes", name);
  if (cur != memsz)
    return fail(r, json_object_get(js, "memsz"), "segment %s: memsz 0x%llx does not match contents 0x%llx",
                name, (unsigned long long)memsz, (unsigned long long)cur);
  return 0;
}

static int cmp_seg(const void *a, const void *b) {
  const FleSegment *x = *(FleSegment *const *)a, *y = *(FleSegment *const *)b;
  return x->vaddr < y->vaddr ? -1 : x->vaddr > y->vaddr;
}

static int check_overlap(Reader *r, FleFile *f) {
  FleSegment **v = fle_xmalloc(f->nsegments * sizeof *v);
  for (size_t i = 0; i < f->nsegments; i++)
    v[i] = &f->segments[i];
  qsort(v, f->nsegments, sizeof *v, cmp_seg);
  int rc = 0;
  for (size_t i = 1; i < f->nsegments && rc == 0; i++)
    if (v[i - 1]->vaddr + v[i - 1]->memsz > v[i]->vaddr)
      rc = fail(r, NULL, "segments %s and %s overlap", v[i - 1]->name, v[i]->name);
  free(v);
  return rc;
}

// A non-allocated section of an executable (spec/FLE.md §5.2): its
// bytes, as 🔢 and 🔤 lines only.
static int read_exe_section_bytes(Reader *r, FleSection *s, json_t *js) {
  json_t *lines = get_array(r, js, "lines", json_object_get(js, "name"));
  if (!lines)
    return -1;
  if (s->size > r->len)
    return fail(r, json_object_get(js, "name"), "section %s: size 0x%llx is larger than the file",
                s->name, (unsigned long long)s->size);
  s->data = fle_xcalloc(1, s->size ? s->size : 1);
  uint64_t cur = 0;
  for (size_t i = 0; i < json_array_size(lines); i++) {
    Line l;
    json_t *at;
    if (get_line(r, lines, i, json_object_get(js, "name"), &l, &at))
      return -1;
    free(l.sym.name);
    if (l.kind != LINE_BYTES)
      return fail(r, at, "section %s holds bytes only: 🔢 and 🔤 lines", s->name);
    if (l.nbytes > s->size - cur)
      return fail(r, at, "contents overrun section %s (size 0x%llx)", s->name,
                  (unsigned long long)s->size);
    memcpy(s->data + cur, l.bytes, l.nbytes);
    cur += l.nbytes;
  }
  if (cur != s->size)
    return fail(r, json_object_get(js, "size"), "section %s: size 0x%llx does not match contents 0x%llx",
                s->name, (unsigned long long)s->size, (unsigned long long)cur);
  return 0;
}

static int read_exe_section(Reader *r, FleFile *f, json_t *js) {
  const char *name, *flags, *type = NULL;
  json_t *name_at, *at;
  uint64_t fl, addr = 0, size, align = 1, entsize = 0;
  if (!json_is_object(js))
    return fail(r, NULL, "an entry of \"sections\" must be a JSON object");
  if (check_keys(r, js, exe_section_keys, "an executable's section"))
    return -1;
  bool alloc = !json_object_get(js, "lines");
  if (get_str(r, js, "name", NULL, &name, &name_at) ||
      (alloc ? get_num(r, js, "addr", name_at, &addr) : get_str(r, js, "type", name_at, &type, NULL)) ||
      get_num(r, js, "size", name_at, &size) ||
      get_str(r, js, "flags", name_at, &flags, &at))
    return -1;
  if (json_object_get(js, "align") && get_align(r, js, name_at, &align))
    return -1;
  if (json_object_get(js, "entsize") && get_num(r, js, "entsize", name_at, &entsize))
    return -1;
  if (fle_shflags_parse(flags, &fl))
    return fail(r, at, "section %s: bad flags '%s'", name, flags);
  if (alloc ? (json_object_get(js, "type") || json_object_get(js, "entsize") || !(fl & SHF_ALLOC))
            : (json_object_get(js, "addr") || (fl & SHF_ALLOC) || strcmp(type, "PROGBITS")))
    return fail(r, at, "section %s: not one form of an executable's section", name);
  size_t i = fle_add_section(f, name, SHT_PROGBITS, fl, align);
  f->sections[i].addr = addr;
  f->sections[i].size = size;
  f->sections[i].entsize = entsize;
  return alloc ? 0 : read_exe_section_bytes(r, &f->sections[i], js);
}

// ---------------------------------------------------- dynamic modules

// "needed": [...] and the like: non-empty strings.
static int read_names(Reader *r, json_t *root, const char *key, FleFile *f,
                      void (*add)(FleFile *, const char *), PendingList *exports) {
  json_t *a = json_object_get(root, key);
  if (!a)
    return 0;
  if (!json_is_array(a))
    return fail(r, NULL, "\"%s\" must be an array of strings", key);
  for (size_t i = 0; i < json_array_size(a); i++) {
    json_t *v = seen(r, json_array_get(a, i));
    if (!json_is_string(v) || !json_string_length(v))
      return fail(r, v, "\"%s\": not a name", key);
    if (add)
      add(f, json_string_value(v));
    else {
      FLE_GROW(exports->p, exports->cap, exports->n + 1);
      exports->p[exports->n++] = (Pending){0, 0, fle_xstrdup(json_string_value(v)), false, v};
    }
  }
  return 0;
}

static int read_array_place(Reader *r, json_t *root, const char *key, uint64_t *addr,
                            uint64_t *size) {
  json_t *o = json_object_get(root, key);
  if (!o)
    return 0;
  if (!json_is_object(o))
    return fail(r, NULL, "\"%s\" must be an object", key);
  if (check_keys(r, o, array_place_keys, key) || get_num(r, o, "addr", NULL, addr) ||
      get_num(r, o, "size", NULL, size))
    return -1;
  return 0;
}

static int read_bind_now(Reader *r, json_t *root, FleFile *f) {
  json_t *v = json_object_get(root, "bind_now");
  if (v && !json_is_boolean(v))
    return fail(r, v, "\"bind_now\" must be true or false");
  f->bind_now = v && json_is_true(v);
  return 0;
}

static int read_dynamic(Reader *r, FleFile *f, json_t *root, PendingList *exports) {
  bool any = false;
  for (const char *const *k = dynamic_keys; *k; k++)
    any |= json_object_get(root, *k) != NULL;
  if ((any || f->shared) && r->version < 3)
    return fail(r, NULL, "a dynamic module needs version 3");
  json_t *so = json_object_get(root, "soname");
  if (so && (!json_is_string(so) || !json_string_length(so)))
    return fail(r, so, "\"soname\": not a name");
  if (so)
    f->soname = fle_xstrdup(json_string_value(so));
  return read_names(r, root, "needed", f, fle_add_needed, NULL) ||
                 read_names(r, root, "runpath", f, fle_add_runpath, NULL) ||
                 read_names(r, root, "exports", f, NULL, exports) ||
                 read_array_place(r, root, "init_array", &f->init_array, &f->init_array_size) ||
                 read_array_place(r, root, "fini_array", &f->fini_array, &f->fini_array_size) ||
                 read_array_place(r, root, "plt", &f->plt, &f->plt_size) ||
                 read_array_place(r, root, "pltgot", &f->pltgot, &f->pltgot_size) ||
                 read_bind_now(r, root, f)
             ? -1 : 0;
}

static FleMap global_names(const FleFile *f) {
  FleMap m;
  fle_map_init(&m);
  bool added;
  for (size_t i = 0; i < f->nsyms; i++)
    if (f->syms[i].bind != STB_LOCAL) {
      size_t *v = fle_map_put(&m, f->syms[i].name, &added);
      if (added)
        *v = i;
    }
  return m;
}

// Segment relocations and exports name global symbols of the module.
static int resolve_dynamic(Reader *r, FleFile *f, PendingList *segp, PendingList *exports) {
  FleMap names = global_names(f), dup;
  fle_map_init(&dup);
  int rc = 0;
  for (size_t i = 0; i < segp->n && rc == 0; i++) {
    Pending *p = &segp->p[i];
    FleReloc *rel = &f->segments[p->section].relocs[p->reloc];
    size_t *v = fle_map_get(&names, p->name);
    if (!v || (rel->type == R_X86_64_COPY && f->syms[*v].section != (int)p->section))
      rc = fail(r, p->at, "relocation against %s cannot be bound", p->name);
    else
      rel->sym = (int)*v;
  }
  for (size_t i = 0; i < exports->n && rc == 0; i++) {
    bool added;
    size_t *v = fle_map_get(&names, exports->p[i].name);
    fle_map_put(&dup, exports->p[i].name, &added);
    if (!v || !added)
      rc = fail(r, exports->p[i].at, "bad export %s", exports->p[i].name);
    else
      fle_add_export(f, (int)*v);
  }
  fle_map_free(&dup);
  fle_map_free(&names);
  return rc;
}

static bool in_segment(const FleFile *f, uint64_t addr, uint64_t size) {
  if (size == 0)
    return true;
  for (size_t i = 0; i < f->nsegments; i++) {
    const FleSegment *g = &f->segments[i];
    if (addr >= g->vaddr && addr - g->vaddr <= g->memsz && size <= g->memsz - (addr - g->vaddr))
      return true;
  }
  return false;
}

static int check_arrays(Reader *r, FleFile *f, json_t *root) {
  uint64_t addr[4] = {f->init_array, f->fini_array, f->plt, f->pltgot};
  uint64_t size[4] = {f->init_array_size, f->fini_array_size, f->plt_size, f->pltgot_size};
  for (int k = 0; k < 4; k++) {
    uint64_t unit = k == 2 ? 16 : 8;
    if (size[k] % unit || addr[k] % unit || !in_segment(f, addr[k], size[k]))
      return fail(r, NULL, "an array or table is not whole words in a segment");
  }
  bool plt = json_object_get(root, "plt"), got = json_object_get(root, "pltgot");
  if (plt != got || (plt && (f->pltgot_size < 32 ||
                             f->plt_size != 16 * (f->pltgot_size / 8 - 2))))
    return fail(r, NULL, "the PLT does not match .got.plt");
  return 0;
}

static FleFile *read_exe(Reader *r, json_t *root, const char *interp, bool shared) {
  FleFile *f = fle_new(FLE_EXE, r->path);
  free(f->interp);
  f->interp = interp ? fle_xstrdup(interp) : NULL;
  f->shared = shared;
  PendingList segp = {0}, exports = {0};
  json_t *pie = json_object_get(root, "pie");
  int rc = check_keys(r, root, shared ? so_keys : exe_keys, shared ? "a .so" : "an executable");
  if (rc == 0 && shared && interp)
    rc = fail(r, NULL, "a shared library has no #! line");
  if (rc == 0 && !shared)
    rc = get_num(r, root, "entry", NULL, &f->entry);
  if (rc == 0)
    rc = read_dynamic(r, f, root, &exports);
  if (rc == 0 && pie && !json_is_boolean(pie))
    rc = fail(r, NULL, "\"pie\" must be true or false");
  f->pie = json_is_true(pie);
  json_t *secs = rc ? NULL : json_object_get(root, "sections");
  if (secs && !json_is_array(secs))
    rc = fail(r, NULL, "\"sections\" must be an array");
  for (size_t i = 0; rc == 0 && i < json_array_size(secs); i++)
    rc = read_exe_section(r, f, json_array_get(secs, i));
  json_t *segs = rc ? NULL : get_array(r, root, "segments", NULL);
  if (!rc && !segs)
    rc = -1;
  for (size_t i = 0; rc == 0 && i < json_array_size(segs); i++)
    rc = read_segment(r, f, json_array_get(segs, i), &segp);
  if (rc == 0)
    rc = check_overlap(r, f);
  if (rc == 0)
    rc = read_placed_symbols(r, f, root);
  if (rc == 0)
    rc = resolve_dynamic(r, f, &segp, &exports);
  if (rc == 0)
    rc = check_arrays(r, f, root);
  free_pending(&segp);
  free_pending(&exports);
  if (rc) {
    fle_free(f);
    return NULL;
  }
  return f;
}

// ----------------------------------------------------------- archives

static FleFile *read_root(Reader *r, json_t *root, const char *name, const char *interp);

static int read_member(Reader *r, FleFile *ar, json_t *js, FleMap *names) {
  const char *name;
  json_t *name_at;
  bool added;
  if (!json_is_object(js))
    return fail(r, NULL, "an archive member must be a JSON object");
  if (check_keys(r, js, member_keys, "an archive member"))
    return -1;
  if (get_str(r, js, "name", NULL, &name, &name_at))
    return -1;
  json_t *obj = json_object_get(js, "object");
  if (!obj || !json_is_object(obj))
    return fail(r, name_at, "member %s: missing \"object\"", name);
  FleFile *m = read_root(r, obj, name, NULL);
  if (!m)
    return -1;
  if (m->kind != FLE_OBJ) {
    fle_free(m);
    return fail(r, name_at, "member %s is not an object (archives hold .obj files)", name);
  }
  *fle_map_put(names, m->path, &added) = ar->nmembers;
  if (!added) {
    fle_free(m);
    return fail(r, name_at, "duplicate member name %s", name);
  }
  fle_add_member(ar, m);
  return 0;
}

static FleFile *read_ar(Reader *r, json_t *root) {
  FleFile *ar = fle_new(FLE_AR, r->path);
  FleMap names;
  fle_map_init(&names);
  json_t *members = get_array(r, root, "members", NULL);
  int rc = members && !check_keys(r, root, ar_keys, "an archive") ? 0 : -1;
  for (size_t i = 0; rc == 0 && i < json_array_size(members); i++)
    rc = read_member(r, ar, json_array_get(members, i), &names);
  json_t *index = rc ? NULL : json_object_get(root, "index");
  if (!rc && (!index || !json_is_object(index)))
    rc = fail(r, NULL, "missing \"index\" object");
  const char *sym;
  json_t *v;
  json_object_foreach(index, sym, v) {
    size_t *m = json_is_string(seen(r, v)) ? fle_map_get(&names, json_string_value(v)) : NULL;
    if (rc == 0 && !m)
      rc = fail(r, v, "index entry %s names no member", sym);
    if (rc == 0)
      fle_add_index(ar, sym, *m);
  }
  fle_map_free(&names);
  if (rc) {
    fle_free(ar);
    return NULL;
  }
  return ar;
}

// ---------------------------------------------------------- top level

static FleFile *read_root(Reader *r, json_t *root, const char *name, const char *interp) {
  const char *type;
  json_t *at;
  if (!json_is_object(root))
    return fail(r, NULL, "not an FLE file: the JSON is not an object"), NULL;
  if (get_str(r, root, "type", NULL, &type, &at))
    return NULL;
  json_t *ver = json_object_get(root, "version");
  if (!ver || !json_is_integer(ver))
    return fail(r, at, "missing \"version\" " FLE_KNOWS), NULL;
  json_int_t v = json_integer_value(ver);
  if (v < FLE_VERSION_OLDEST || v > FLE_VERSION_DYNAMIC)
    return fail(r, at, "unsupported FLE version %lld " FLE_KNOWS, (long long)v), NULL;
  r->version = (int)v;
  if (strcmp(type, ".obj") == 0)
    return read_obj(r, root, name);
  if (strcmp(type, ".exe") == 0 || strcmp(type, ".so") == 0)
    return read_exe(r, root, interp, type[1] == 's');
  if (strcmp(type, ".ar") == 0)
    return read_ar(r, root);
  return fail(r, at, "unknown FLE file type '%s' (want .obj, .exe or .ar)", type), NULL;
}

FleFile *ref_read_mem(const char *name, const char *buf, size_t len) {
  Reader r = {.path = name, .text = buf, .len = len};
  const char *json = buf;
  char *interp = NULL;
  size_t line0 = 0;
  const char *what = fle_sniff(buf, len);
  if (what)
    return fle_set_error("%s: not an FLE file (%s)", name, what), NULL;
  if (len >= 2 && buf[0] == '#' && buf[1] == '!') {
    const char *nl = memchr(buf, '\n', len);
    if (!nl)
      return fle_set_error("%s:1: a #! line must end with a newline", name), NULL;
    const char *s = buf + 2;
    while (s < nl && *s == ' ')
      s++;
    interp = fle_xstrndup(s, (size_t)(nl - s));
    json = nl + 1;
    line0 = 1;
  }
  // RFC 8259 allows no NUL byte anywhere in JSON text, and every other
  // one jansson refuses; but one right after a number or a literal
  // (true, false, null) falls out of its one-byte look-ahead buffer,
  // which takes NUL for "empty", and is skipped.  The reference refuses
  // them all, as FLE's reader does (spec/FLE.md §2.1).
  size_t jlen = len - (size_t)(json - buf);
  if (memchr(json, '\0', jlen)) {
    free(interp);
    return fle_set_error("%s: invalid JSON: a NUL byte", name), NULL;
  }
  json_error_t e;
  json_t *root = json_loadb(json, jlen, JSON_REJECT_DUPLICATES, &e);
  FleFile *f = NULL;
  if (!root)
    fle_set_error("%s:%d: invalid JSON: %s", name, e.line + (int)line0, e.text);
  else
    f = read_root(&r, root, name, interp);
  if (f && f->kind != FLE_EXE && interp) {
    fle_free(f);
    f = NULL;
    fle_set_error("%s:1: only executables start with #!", name);
  }
  json_decref(root);
  free(interp);
  free(r.seen);
  free(r.names.p);
  return f;
}
