// line.c — the line grammar of spec/FLE.md §3, read (line_write.c writes it).
//
//   🔢: 55 48 89 e5                        bytes at the cursor
//   🔤: hello, %s\n␀                        bytes at the cursor, as text
//   🕳️: 0x100                              zero memory, no file bytes
//   📤: main func 0x1c [hidden] [undef|abs=0x..|common=0x..]
//   📥: printf [func 0x0] [hidden] [weak]  needed here, defined elsewhere
//   ❓: R_X86_64_PC32(section(.rodata) - 0x4 - 📍)
//
// Parsing is a hand-written scanner over the UTF-8 text: nothing in a
// file is ever evaluated.
#include "internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
  const char *p, *end;
  Buf *names; // where a quoted name with escapes is decoded
} Scan;

// Messages that quote the offending text are formatted here.
static FLE_THREAD_LOCAL char whybuf[200];

static const char *quote_why(const char *what, const char *p, const char *end) {
  int n = 0;
  while (p + n < end && p[n] != ' ' && p[n] != '(' && n < 60)
    n++;
  snprintf(whybuf, sizeof whybuf, "%s '%.*s'", what, n, p);
  return whybuf;
}

// Always inlined: the literal's length is then a constant.
static inline __attribute__((always_inline)) bool eat(Scan *s, const char *lit) {
  size_t n = strlen(lit);
  if ((size_t)(s->end - s->p) < n)
    return false;
  for (size_t i = 0; i < n; i++) // a few bytes: no call to memcmp
    if (s->p[i] != lit[i])
      return false;
  s->p += n;
  return true;
}

// The tags, told apart by their last byte; U+FE0F after 🏷 and 🕳 is
// optional.
static int scan_tag(Scan *s) {
  static const struct { const char *bare; int tag; } tags[] = {
      {"🔢", 'b'}, {"📤", 'G'}, {"🏷", 'L'}, {"📎", 'W'}, {"❓", 'r'}, {"🕳", 'z'},
      {"🔤", 't'}, {"📥", 'i'},
  };
  if (s->end - s->p < 3)
    return 0;
  for (size_t i = 0; i < sizeof tags / sizeof *tags; i++) {
    const char *t = tags[i].bare;
    size_t n = t[3] ? 4 : 3;
    if ((size_t)(s->end - s->p) >= n && s->p[0] == t[0] && s->p[1] == t[1] &&
        s->p[2] == t[2] && (n == 3 || s->p[3] == t[3])) {
      s->p += n;
      eat(s, "\xef\xb8\x8f"); // U+FE0F
      return tags[i].tag;
    }
  }
  return 0;
}

#define hexval fle_hexval

static bool scan_num(Scan *s, uint64_t *v) {
  if (!eat(s, "0x"))
    return false;
  const char *start = s->p;
  *v = 0;
  for (; s->p < s->end && hexval(*s->p) >= 0; s->p++) {
    if (s->p - start >= 16)
      return false; // more than 64 bits
    *v = *v << 4 | (uint64_t)hexval(*s->p);
  }
  return s->p > start;
}


// name = bare | quoted; a quoted name is a JSON string (json.c decodes
// it).  The name is left as a view in l->name.
static bool scan_name(Scan *s, Line *l) {
  if (s->p < s->end && *s->p == '"') {
    Json j = {.path = "", .buf = s->p, .end = s->end, .p = s->p, .scratch = *s->names};
    JsonStr str;
    int rc = jlex_string(&j, &str);
    *s->names = j.scratch;
    if (rc)
      return false;
    l->name = str.s;
    l->name_len = str.n;
    s->p = j.p;
    return true;
  }
  const char *start = s->p;
  while (s->p < s->end && fle_is_namechar((unsigned char)*s->p))
    s->p++;
  l->name = start;
  l->name_len = (size_t)(s->p - start);
  return s->p > start;
}

static bool scan_word(Scan *s, const char **w, size_t *n) {
  const char *start = s->p;
  while (s->p < s->end && *s->p != ' ')
    s->p++;
  *w = start;
  *n = (size_t)(s->p - start);
  return *n > 0;
}

static bool word_is(const char *w, size_t n, const char *lit) {
  size_t i = 0;
  while (i < n && lit[i] && lit[i] == w[i])
    i++;
  return i == n && lit[n] == '\0';
}

const char *const fle_symtypes[FLE_NSYMTYPES] = {
    [STT_NOTYPE] = "none", [STT_OBJECT] = "object", [STT_FUNC] = "func",
    [STT_SECTION] = "section", [STT_FILE] = "file", [STT_TLS] = "tls",
};
const char *const fle_visnames[4] = {
    [STV_DEFAULT] = "default", [STV_INTERNAL] = "internal",
    [STV_HIDDEN] = "hidden", [STV_PROTECTED] = "protected",
};

static int parse_bytes(Scan *s, Line *l, const char **why) {
  l->nbytes = 0;
  do {
    if (l->nbytes == 16)
      return *why = "more than 16 bytes on one 🔢 line", -1;
    if (s->end - s->p < 2 || hexval(s->p[0]) < 0 || hexval(s->p[1]) < 0)
      return *why = quote_why("bad hex byte", s->p, s->end), -1;
    l->bytes[l->nbytes++] = (uint8_t)(hexval(s->p[0]) << 4 | hexval(s->p[1]));
    s->p += 2;
  } while (eat(s, " "));
  return 0;
}

// 🔤: the text is the rest of the line, already JSON-decoded: printable
// ASCII, tab, newline and carriage return stand for themselves, ␀ for a
// NUL byte (spec/FLE.md §3.1).
static int parse_text(Scan *s, Line *l, const char **why) {
  l->nbytes = 0;
  l->version = 2;
  while (s->p < s->end) {
    unsigned char c = (unsigned char)*s->p;
    if (l->nbytes == FLE_TEXT_MAX)
      return *why = "more than 64 bytes on one 🔤 line", -1;
    if (fle_is_textbyte(c)) {
      l->bytes[l->nbytes++] = c;
      s->p++;
    } else if (eat(s, FLE_TEXT_NUL)) {
      l->bytes[l->nbytes++] = 0;
    } else {
      snprintf(whybuf, sizeof whybuf, "byte 0x%02x cannot stand in a 🔤 line "
               "(text is printable ASCII, \\t, \\n, \\r and ␀; other bytes go in 🔢 lines)", c);
      return *why = whybuf, -1;
    }
  }
  if (l->nbytes == 0)
    return *why = "a 🔤 line holds at least one byte", -1;
  return 0;
}

static int parse_symbol(Scan *s, Line *l, const char **why) {
  const char *w;
  size_t n;
  if (!scan_name(s, l))
    return *why = "bad symbol name", -1;
  if (!eat(s, " ") || !scan_word(s, &w, &n))
    return *why = "symbol line needs: name type size", -1;
  size_t t = 0;
  while (t < sizeof fle_symtypes / sizeof *fle_symtypes && !(fle_symtypes[t] && word_is(w, n, fle_symtypes[t])))
    t++;
  if (t == sizeof fle_symtypes / sizeof *fle_symtypes)
    return *why = quote_why("unknown symbol type", w, w + n), -1;
  l->sym.type = (uint8_t)t;
  if (!eat(s, " ") || !scan_num(s, &l->sym.size))
    return *why = "bad symbol size (want 0x...)", -1;
  while (eat(s, " ")) {
    if (!scan_word(s, &w, &n))
      return *why = "stray space", -1;
    size_t v = 1;
    while (v < 4 && !word_is(w, n, fle_visnames[v]))
      v++;
    if (v < 4 && !l->place && l->sym.vis == STV_DEFAULT) {
      l->sym.vis = (uint8_t)v;
      continue;
    }
    if (l->place)
      return *why = "unexpected words after the symbol's place", -1;
    Scan ws = {w, w + n, NULL};
    if (word_is(w, n, "undef"))
      l->place = 'u';
    else if (eat(&ws, "abs=") && scan_num(&ws, &l->place_value) && ws.p == ws.end)
      l->place = 'a';
    else if (eat(&ws, "common=") && scan_num(&ws, &l->place_value) && ws.p == ws.end)
      l->place = 'c';
    else
      return *why = "unknown word on symbol line", -1;
  }
  return 0;
}

// 📥: name [type size] [vis] [weak] — an undefined symbol, the version 2
// spelling of "📤: name none 0x0 undef" (📎 for weak).
static int parse_import(Scan *s, Line *l, const char **why) {
  const char *w;
  size_t n;
  int step = 0; // the parts come in order: type and size, vis, weak
  l->version = 2;
  l->place = 'u';
  if (!scan_name(s, l))
    return *why = "bad symbol name", -1;
  while (eat(s, " ")) {
    if (!scan_word(s, &w, &n))
      return *why = "stray space", -1;
    size_t t = 0, v = 1;
    while (t < FLE_NSYMTYPES && !(fle_symtypes[t] && word_is(w, n, fle_symtypes[t])))
      t++;
    while (v < 4 && !word_is(w, n, fle_visnames[v]))
      v++;
    if (step < 1 && t < FLE_NSYMTYPES) {
      l->sym.type = (uint8_t)t;
      if (!eat(s, " ") || !scan_num(s, &l->sym.size))
        return *why = "bad symbol size (want 0x...)", -1;
      step = 1;
    } else if (step < 2 && v < 4) {
      l->sym.vis = (uint8_t)v;
      step = 2;
    } else if (step < 3 && word_is(w, n, "weak")) {
      l->sym.bind = STB_WEAK;
      step = 3;
    } else {
      s->p = w; // the error points at the word
      return *why = quote_why("unexpected word on a 📥 line (want: name [type size] [visibility] [weak])",
                              w, w + n), -1;
    }
  }
  return 0;
}

const char *fle_reloc_wrap(FleRelocKind k) {
  switch (k) {
  case RK_GOTPCREL: return "got";
  case RK_TPOFF: return "tpoff";
  case RK_GOTTPOFF: return "gottpoff";
  case RK_TLSGD: return "tlsgd";
  case RK_TLSLD: return "tlsld";
  case RK_DTPOFF: return "dtpoff";
  case RK_GOTOFF: return "gotoff";
  case RK_TLSDESC: return "tlsdesc";
  case RK_TLSCALL: return "tlscall";
  default: return NULL;
  }
}

bool fle_reloc_has_here(FleRelocKind k) {
  return k == RK_PCREL || k == RK_GOTPCREL || k == RK_GOTTPOFF ||
         k == RK_TLSGD || k == RK_TLSLD || k == RK_TLSDESC;
}

static int parse_target(Scan *s, Line *l, const char **why) {
  FleRelocKind k = l->rtype->kind;
  if (k == RK_RELATIVE) {
    if (!eat(s, "B"))
      return *why = "R_X86_64_RELATIVE takes B + addend", -1;
    return 0;
  }
  const char *wrap = fle_reloc_wrap(k);
  bool wrapped = false;
  if (wrap) {
    if (!eat(s, wrap) || !eat(s, "("))
      return *why = "this relocation type's formula needs its wrapper, e.g. got(sym)", -1;
    wrapped = true;
    // S - GOT is as well defined for a section's place as for a symbol's
    if (k == RK_GOTOFF && eat(s, "section(")) {
      l->target_is_section = true;
      if (!scan_name(s, l) || !eat(s, ")"))
        return *why = "bad section name in relocation", -1;
      if (!eat(s, ")"))
        return *why = "missing ')' in relocation target", -1;
      return 0;
    }
  } else if (eat(s, "section(")) {
    l->target_is_section = wrapped = true;
  }
  if (!scan_name(s, l))
    return *why = "bad symbol name in relocation", -1;
  if (wrapped && !eat(s, ")"))
    return *why = "missing ')' in relocation target", -1;
  return 0;
}

static int parse_reloc(Scan *s, Line *l, const char **why) {
  const char *open = memchr(s->p, '(', (size_t)(s->end - s->p));
  if (!open || !(l->rtype = fle_reloc_by_name(s->p, (size_t)(open - s->p))))
    return *why = quote_why("unknown relocation type", s->p, s->end), -1;
  s->p = open + 1;
  if (parse_target(s, l, why))
    return -1;
  uint64_t a = 0;
  Scan minus = *s;
  if ((l->rtype->kind == RK_SYM || l->rtype->kind == RK_COPY) && !l->target_is_section &&
      s->p < s->end && *s->p != ')')
    return *why = "this relocation type's formula is S alone: no addend", -1;
  if (eat(s, " + ")) {
    if (!scan_num(s, &a))
      return *why = "bad addend (want 0x...)", -1;
    l->addend = (int64_t)a;
  } else if (eat(&minus, " - ") && !eat(&minus, FLE_HERE)) {
    s->p += 3;
    if (!scan_num(s, &a))
      return *why = "bad addend (want 0x...)", -1;
    l->addend = (int64_t)(0 - a); // negated unsigned: - 0x8000000000000000 is INT64_MIN
  }
  bool here = eat(s, " - " FLE_HERE);
  if (here != fle_reloc_has_here(l->rtype->kind))
    return *why = here ? "this relocation type is not PC-relative: drop '- 📍'"
                       : "this relocation type is PC-relative: its formula ends in '- 📍'", -1;
  if (!eat(s, ")"))
    return *why = "missing ')' at the end of the relocation", -1;
  return 0;
}

int fle_scan_line(const char *str, size_t len, Line *l, Buf *names,
                  const char **why, const char **at) {
  // Every field a parser may leave alone (not the 16 bytes: memset of the
  // whole Line was a third of the time of a relocation line).
  l->sym = (FleSymbol){0};
  l->place = 0;
  l->place_value = l->zero = 0;
  l->rtype = NULL;
  l->target_is_section = l->in_place = l->text = false;
  l->version = 1;
  l->addend = 0;
  l->name = NULL;
  l->name_len = l->nbytes = 0;
  Scan s = {str, str + len, names};
  int tag = scan_tag(&s);
  if (!tag) {
    const char *colon = memchr(str, ':', len);
    snprintf(whybuf, sizeof whybuf, "unknown line tag '%.*s'",
             (int)(colon && colon - str < 16 ? colon - str : 0), str);
    return *why = whybuf, *at = str, -1;
  }
  if (!eat(&s, ": "))
    return *why = "a tag is followed by ': '", *at = s.p, -1;
  int r;
  switch (tag) {
  case 'b':
    l->kind = LINE_BYTES;
    r = parse_bytes(&s, l, why);
    break;
  case 't':
    l->kind = LINE_BYTES;
    l->text = true;
    r = parse_text(&s, l, why);
    break;
  case 'i':
    l->kind = LINE_SYMBOL;
    l->sym.bind = STB_GLOBAL;
    r = parse_import(&s, l, why);
    break;
  case 'z':
    l->kind = LINE_ZERO;
    r = scan_num(&s, &l->zero) ? 0 : (*why = "bad size (want 0x...)", -1);
    break;
  case 'r':
    l->kind = LINE_RELOC;
    r = parse_reloc(&s, l, why);
    break;
  default:
    l->kind = LINE_SYMBOL;
    l->sym.bind = tag == 'G' ? STB_GLOBAL : tag == 'W' ? STB_WEAK : STB_LOCAL;
    r = parse_symbol(&s, l, why);
  }
  if (r == 0 && s.p != s.end)
    r = (*why = "unexpected text at the end of the line", -1);
  *at = s.p;
  return r;
}
