// internal.h — what libfle's own files share and the tools do not see.
#ifndef FLE_INTERNAL_H
#define FLE_INTERNAL_H
#include "fle.h"

// Per-thread state (the last error message, the line parser's reason):
// fle-ld reads its inputs on several threads.  A single-threaded tool
// may build libfle with -DFLE_SINGLE_THREAD: fle-exec does, so that a
// static start needs no TLS block of its own (musl maps one when it
// outgrows the built-in).
#ifdef FLE_SINGLE_THREAD
#define FLE_THREAD_LOCAL
#else
#define FLE_THREAD_LOCAL _Thread_local
#endif

int fle_shflags_parse(const char *s, uint64_t *flags);
// fle_add_symbol with the name name[0, n) instead of sym->name.
size_t fle_add_symbol_n(FleFile *f, const FleSymbol *sym, const char *name, size_t n);
// Reads the whole regular file path (mapped, or into rb when rb is not
// NULL) and gives its bytes to parse: fle_read_mem, or gnuar.c's reader
// that also takes a GNU ar archive.
typedef FleFile *(*FleParse)(const char *name, const char *buf, size_t len);
FleFile *fle_read_path(const char *path, FleReadBuf *rb, FleParse parse);
// Sets the message fle_error() returns; always returns -1.
int fle_set_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

// A growable character buffer for building text without quadratic
// concatenation.
typedef struct {
  char *p;
  size_t len, cap;
} Buf;
void buf_putn(Buf *b, const char *s, size_t n);
void buf_puts(Buf *b, const char *s);
void buf_printf(Buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void buf_hex(Buf *b, uint64_t v); // "0x1c"

// A hex digit's value, 0-15, or -1 (inline: it runs for every digit of
// every number in every line).
static inline int fle_hexval(char c) {
  unsigned u = (unsigned char)c;
  if (u - '0' < 10)
    return (int)(u - '0');
  u |= 0x20; // 'A'-'F' -> 'a'-'f'
  return u - 'a' < 6 ? (int)(u - 'a' + 10) : -1;
}
// Length of the valid UTF-8 sequence at s (at most n bytes), 0 if none
// (overlong forms, surrogates and code points past U+10FFFF included).
static inline size_t fle_utf8_len(const unsigned char *s, size_t n) {
  unsigned c = s[0];
  size_t len = c < 0x80 ? 1 : c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3
             : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
  if (!len || len > n)
    return 0;
  for (size_t i = 1; i < len; i++)
    if ((s[i] & 0xc0) != 0x80)
      return 0;
  // Overlong forms, surrogates and code points past U+10FFFF.
  if ((c == 0xe0 && s[1] < 0xa0) || (c == 0xed && s[1] >= 0xa0) ||
      (c == 0xf0 && s[1] < 0x90) || (c == 0xf4 && s[1] >= 0x90))
    return 0;
  return len;
}


// The JSON tokenizer (json.c).  The input is buf[0, end); p moves on.
typedef struct {
  const char *path;      // for messages
  const char *buf, *end; // the whole file, shebang included
  const char *p;
  Buf scratch;           // the last decoded string
} Json;

typedef struct {
  const char *s;   // the text: a view into the input, or into scratch
  size_t n;        // when decoded (then NUL-terminated)
  const char *at;  // the opening quote in the input
  bool decoded;
} JsonStr;

typedef struct {
  bool first;      // set to true before the first call
  const char *open; // the '{' or '['
} JsonIter;

int jlex_peek(Json *j);            // next byte after whitespace, -1 at end
int jlex_expect(Json *j, char c);  // 0, or -1 with an error
int jlex_end(Json *j);             // only whitespace is left
int jlex_string(Json *j, JsonStr *out);
int jlex_number(Json *j, int64_t *v, bool *integer);
int jlex_literal(Json *j, int *value); // true 1, false 0, null -1
int jlex_skip(Json *j);
// Objects: 1 with the next key (its ':' read), 0 after the '}', -1 on an
// error.  Arrays: 1 when an element follows, 0 after the ']', -1.
int jlex_key(Json *j, JsonIter *it, JsonStr *key);
int jlex_next(Json *j, JsonIter *it);
// "PATH:LINE:COL: msg" for the byte at `at`; always returns -1.
int jlex_fail(Json *j, const char *at, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void jlex_where(const Json *j, const char *at, size_t *line, size_t *col);

// Line grammar (line.c).
typedef enum { LINE_BYTES, LINE_ZERO, LINE_SYMBOL, LINE_RELOC } LineKind;

typedef struct {
  LineKind kind;
  // The format version that introduced the line's spelling (🔤, 📥: 2).
  int version;
  // LINE_BYTES (in_place: the reader decoded them where they belong;
  // text: written as 🔤)
  uint8_t bytes[FLE_TEXT_MAX];
  size_t nbytes;
  bool in_place, text;
  // LINE_ZERO
  uint64_t zero;
  // LINE_SYMBOL: sym without its name; place: 0 positional, else
  // 'u'ndef, 'a'bs=, 'c'ommon=
  FleSymbol sym;
  char place;
  uint64_t place_value;
  // LINE_RELOC: whether it was written section(NAME); no name for B
  const FleRelocType *rtype;
  bool target_is_section;
  int64_t addend;
  // The symbol's or the relocation target's name: a view into the line,
  // or into the caller's buffer when it was quoted with escapes.
  const char *name;
  size_t name_len;
} Line;

// Parses one line of text s[0, len).  On an error returns -1 with the
// reason in *why (thread-local text) and where it is in *at.  `names`
// holds a decoded quoted name.
int fle_scan_line(const char *s, size_t len, Line *out, Buf *names,
                  const char **why, const char **at);
// Words and rules of the grammar that reading and writing share.
#define FLE_NSYMTYPES (STT_TLS + 1)
extern const char *const fle_symtypes[FLE_NSYMTYPES]; // "func", ...
extern const char *const fle_visnames[4];             // "hidden", ...
const char *fle_reloc_wrap(FleRelocKind k);           // "got", ... or NULL
bool fle_reloc_has_here(FleRelocKind k);              // ends in "- 📍"
static inline bool fle_is_namechar(unsigned char c) { // bare names' bytes
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '$' || c == '@';
}

// 🔤 lines: the bytes that stand for themselves (0 is written ␀).
static inline bool fle_is_textbyte(unsigned char c) {
  return (c >= 0x20 && c < 0x7f) || c == '\t' || c == '\n' || c == '\r';
}

void fle_write_symbol_line(Buf *b, const FleSymbol *s);
void fle_write_bytes_line(Buf *b, const uint8_t *p, size_t n);
void fle_write_text_line(Buf *b, const uint8_t *p, size_t n);
void fle_write_reloc_line(Buf *b, const FleReloc *r, const FleRelocType *t,
                          const char *target, bool is_section);
#endif
