// internal.h — what libfle's own files share and the tools do not see.
#ifndef FLE_INTERNAL_H
#define FLE_INTERNAL_H
#include "fle.h"

// Per-thread state (error messages, JSON regions): fle-ld reads its
// inputs on several threads.  A single-threaded tool may build libfle
// with -DFLE_SINGLE_THREAD: fle-exec does, so that a static start needs
// no TLS block of its own (musl maps one when it outgrows the built-in).
#ifdef FLE_SINGLE_THREAD
#define FLE_THREAD_LOCAL
#else
#define FLE_THREAD_LOCAL _Thread_local
#endif

int fle_shflags_parse(const char *s, uint64_t *flags);
// Sets the message fle_error() returns; always returns -1.
int fle_set_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

// While a region is active on this thread, jansson allocates from it;
// ending the region frees all of it at once (jalloc.c).  Values parsed
// inside a region must not be used, or json_decref'd, after its end.
typedef struct JsonRegion {
  struct Chunk *head;
  char *cur, *end;
} JsonRegion;
void fle_json_region_begin(JsonRegion *r);
void fle_json_region_end(JsonRegion *r);
// Frees what jansson allocated (json_dumps' result), region or not.
void fle_json_free(void *p);

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

// Line grammar (line.c).
typedef enum { LINE_BYTES, LINE_ZERO, LINE_SYMBOL, LINE_RELOC } LineKind;

typedef struct {
  LineKind kind;
  // LINE_BYTES
  uint8_t bytes[16];
  size_t nbytes;
  // LINE_ZERO
  uint64_t zero;
  // LINE_SYMBOL: name is malloc'd; place: 0 positional, else 'u'ndef,
  // 'a'bs=, 'c'ommon=
  FleSymbol sym;
  char place;
  uint64_t place_value;
  // LINE_RELOC: target name (malloc'd, NULL for B), and whether it was
  // written section(NAME)
  const FleRelocType *rtype;
  char *target;
  bool target_is_section;
  int64_t addend;
} Line;

// Parses one line; on error returns -1 with the reason in *why (static).
int fle_parse_line(const char *s, size_t len, Line *out, const char **why);
void fle_write_symbol_line(Buf *b, const FleSymbol *s);
void fle_write_bytes_line(Buf *b, const uint8_t *p, size_t n);
void fle_write_reloc_line(Buf *b, const FleReloc *r, const FleRelocType *t,
                          const char *target, bool is_section);
#endif
