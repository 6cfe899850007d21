// line_write.c — the line grammar of spec/FLE.md §3, written: the
// canonical spelling of symbol, byte, text and relocation lines (line.c
// reads them).  Quoted names are escaped by jansson; so is the text of a
// 🔤 line, as part of its line string (write.c).
#include "internal.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

void fle_format_name(char **bufp, size_t *len, size_t *cap, const char *name) {
  Buf b = {*bufp, *len, *cap};
  bool bare = *name != '\0';
  for (const char *c = name; *c && bare; c++)
    bare = fle_is_namechar((unsigned char)*c);
  if (bare) {
    buf_puts(&b, name);
  } else {
    // jansson refuses a name that is not UTF-8: it is written raw, and
    // the writer refuses the line (write.c put_json_str).
    json_t *j = json_string(name);
    char *q = j ? json_dumps(j, JSON_ENCODE_ANY) : NULL;
    if (!q) {
      buf_puts(&b, "\"");
      buf_puts(&b, name);
    }
    buf_puts(&b, q ? q : "\"");
    free(q);
    json_decref(j);
  }
  *bufp = b.p;
  *len = b.len;
  *cap = b.cap;
}

static void put_name(Buf *b, const char *name) {
  fle_format_name(&b->p, &b->len, &b->cap, name);
}

// An undefined symbol: 📥, with only what differs from "none 0x0",
// default visibility and a strong reference.
static void write_import(Buf *b, const FleSymbol *s) {
  buf_puts(b, FLE_TAG_IMPORT ": ");
  put_name(b, s->name);
  if (s->type != STT_NOTYPE || s->size) {
    buf_puts(b, " ");
    buf_puts(b, s->type < FLE_NSYMTYPES && fle_symtypes[s->type] ? fle_symtypes[s->type] : "none");
    buf_puts(b, " ");
    buf_hex(b, s->size);
  }
  if (s->vis != STV_DEFAULT && s->vis < 4) {
    buf_puts(b, " ");
    buf_puts(b, fle_visnames[s->vis]);
  }
  if (s->bind == STB_WEAK)
    buf_puts(b, " weak");
}

void fle_write_symbol_line(Buf *b, const FleSymbol *s) {
  if (s->section == FLE_UNDEF && s->bind != STB_LOCAL) {
    write_import(b, s);
    return;
  }
  buf_puts(b, s->bind == STB_GLOBAL ? FLE_TAG_GLOBAL
              : s->bind == STB_WEAK ? FLE_TAG_WEAK : FLE_TAG_LOCAL);
  buf_puts(b, ": ");
  put_name(b, s->name);
  buf_puts(b, " ");
  buf_puts(b, s->type < sizeof fle_symtypes / sizeof *fle_symtypes && fle_symtypes[s->type]
                  ? fle_symtypes[s->type] : "none");
  buf_puts(b, " ");
  buf_hex(b, s->size);
  if (s->vis != STV_DEFAULT && s->vis < 4) {
    buf_puts(b, " ");
    buf_puts(b, fle_visnames[s->vis]);
  }
  if (s->section == FLE_UNDEF)
    buf_puts(b, " undef");
  else if (s->section == FLE_ABS || s->section == FLE_COMMON) {
    buf_puts(b, s->section == FLE_ABS ? " abs=" : " common=");
    buf_hex(b, s->value);
  }
}

void fle_write_bytes_line(Buf *b, const uint8_t *p, size_t n) {
  static const char hex[] = "0123456789abcdef";
  char tmp[3 * 16];
  for (size_t i = 0; i < n; i++) {
    tmp[3 * i] = hex[p[i] >> 4];
    tmp[3 * i + 1] = hex[p[i] & 15];
    tmp[3 * i + 2] = ' ';
  }
  buf_puts(b, FLE_TAG_BYTES ": ");
  buf_putn(b, tmp, n ? 3 * n - 1 : 0);
}

// The caller checked that every byte is a text byte or 0; the line
// string's JSON escapes (\n, \") are added when it is written.
void fle_write_text_line(Buf *b, const uint8_t *p, size_t n) {
  buf_puts(b, FLE_TAG_TEXT ": ");
  for (size_t i = 0, j; i < n; i = j) {
    for (j = i; j < n && p[j]; j++)
      ;
    buf_putn(b, (const char *)p + i, j - i);
    if (j < n) {
      buf_puts(b, FLE_TEXT_NUL);
      j++;
    }
  }
}

void fle_write_reloc_line(Buf *b, const FleReloc *r, const FleRelocType *t,
                          const char *target, bool is_section) {
  buf_puts(b, FLE_TAG_RELOC ": ");
  buf_puts(b, t->name);
  buf_puts(b, "(");
  const char *wrap = is_section ? "section" : fle_reloc_wrap(t->kind);
  bool gotoff_section = is_section && t->kind == RK_GOTOFF; // gotoff(section(x))
  if (gotoff_section)
    buf_puts(b, "gotoff(");
  if (t->kind == RK_RELATIVE) {
    buf_puts(b, "B");
  } else {
    if (wrap) {
      buf_puts(b, wrap);
      buf_puts(b, "(");
    }
    put_name(b, target);
    if (wrap)
      buf_puts(b, ")");
    if (gotoff_section)
      buf_puts(b, ")");
  }
  if (r->addend > 0) {
    buf_puts(b, " + ");
    buf_hex(b, (uint64_t)r->addend);
  } else if (r->addend < 0) {
    buf_puts(b, " - ");
    buf_hex(b, -(uint64_t)r->addend);
  }
  if (fle_reloc_has_here(t->kind))
    buf_puts(b, " - " FLE_HERE);
  buf_puts(b, ")");
}
