// read.c — FLE text -> model (spec/FLE.md), in one pass over the input.
//
// The reader knows FLE's shape: the top-level object, sections,
// segments, archive members and the arrays of line strings in them.  It
// asks json.c for exactly the token the shape expects next, so no JSON
// tree is built, nesting the shape does not have is an error at its first
// bracket, and every field is checked before use.  A key the spec does
// not define is an error.
//
// JSON leaves the order of keys free.  A value that needs fields not yet
// seen (a section's "lines" before its "size", "symbols" before
// "sections") is skipped and read again once its object has ended;
// canonical text never needs that.
//
// 🔢 lines, most of every file, and 🔤 lines are decoded from the input
// straight into bytes; any other line is handed to line.c as a view.
// After each line, the lines that follow in the writer's own spelling
// (🔢, 🔤, 🕳️ and symbol lines) are taken in one loop without the JSON
// tokenizer (line_run); the first line it does not take, or may not
// (where a section starts), goes the general way, which also explains
// errors.  Any problem ends the read with one message
// "FILE:LINE:COL: what is wrong", and nothing half-read escapes.
#include "internal.h"

#include <tmmintrin.h>
#include <cpuid.h>
#include <stdatomic.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

typedef struct {
  Json j;
  Buf names;   // a quoted name with escapes, decoded (line.c)
  int version; // of the object being read: which lines it may hold
  const char *unalloc_reloc; // the first relocation line of a non-allocated
                             // section: only a PIE may have one
  const FleReadHooks *hooks; // where segment bytes go (fle_read_mem_hooked)
  int pie;                   // "pie" as read so far: -1 not yet
} Reader;

// A string field's value, NUL-terminated, and where it stood.
typedef struct {
  char *s;
  const char *at;
} Field;

// A relocation whose symbol is looked up once every symbol is known.
// Kept small: an object may hold as many relocations as its text has
// lines.  Its name is copied, packed, into Obj.names while the line is
// at hand, so that the lookups at the end read one compact buffer
// instead of the whole input again.
typedef struct {
  size_t name;      // offset in Obj.names
  const char *at;   // where the line stood, for an error
  uint32_t len, reloc, section;
  bool is_section;
} Pending;

// An object being read.
typedef struct {
  FleFile *f;
  Pending *p;
  size_t np, cap;
  Buf names;
} Obj;

// ------------------------------------------------------------- fields

// Index of key k in keys (NULL-terminated), or -1.
static int key_index(const JsonStr *k, const char *const *keys) {
  for (int i = 0; keys[i]; i++)
    if (strlen(keys[i]) == k->n && memcmp(keys[i], k->s, k->n) == 0)
      return i;
  return -1;
}

// The next key of an object of kind `what`: its index in keys, each key
// at most once.  Returns 1, 0 at the end, -1 on an error.
static int next_key(Reader *r, JsonIter *it, const char *const *keys, unsigned *seen,
                    const char *what, int *key) {
  JsonStr k;
  int rc = jlex_key(&r->j, it, &k);
  if (rc <= 0)
    return rc;
  *key = key_index(&k, keys);
  if (*key < 0)
    return jlex_fail(&r->j, k.at, "unknown key \"%.*s\" in %s", (int)(k.n > 60 ? 60 : k.n), k.s, what);
  if (*seen & 1u << *key)
    return jlex_fail(&r->j, k.at, "invalid JSON: duplicate object key \"%s\"", keys[*key]);
  *seen |= 1u << *key;
  return 1;
}

static int get_field(Reader *r, const char *key, Field *out) {
  JsonStr s;
  if (jlex_peek(&r->j) != '"')
    return jlex_fail(&r->j, r->j.p, "\"%s\" must be a string", key);
  if (jlex_string(&r->j, &s))
    return -1;
  free(out->s);
  out->s = fle_xstrndup(s.s, s.n);
  out->at = s.at;
  return 0;
}

static bool parse_hex(const char *s, uint64_t *v) {
  if (s[0] != '0' || s[1] != 'x' || !s[2])
    return false;
  *v = 0;
  for (s += 2; *s; s++) {
    int d = fle_hexval(*s);
    if (d < 0 || *v >> 60)
      return false;
    *v = *v << 4 | (uint64_t)d;
  }
  return true;
}

static int get_num(Reader *r, const char *key, uint64_t *out, const char **at) {
  Field f = {0};
  int rc = get_field(r, key, &f);
  if (rc == 0 && !parse_hex(f.s, out))
    rc = jlex_fail(&r->j, f.at, "\"%s\": bad number '%s' (numbers are hexadecimal: 0x1c)", key, f.s);
  if (at)
    *at = f.at;
  free(f.s);
  return rc;
}

static int get_align(Reader *r, uint64_t *out) {
  const char *at;
  if (get_num(r, "align", out, &at))
    return -1;
  if (*out == 0 || (*out & (*out - 1)))
    return jlex_fail(&r->j, at, "alignment 0x%llx is not a power of two", (unsigned long long)*out);
  return 0;
}

// Required keys: the first of `need` missing from `seen`, reported at
// the object's opening brace.
static int check_missing(Reader *r, const char *open, unsigned seen, unsigned need,
                         const char *const *keys) {
  for (int i = 0; keys[i]; i++)
    if ((need & 1u << i) && !(seen & 1u << i))
      return jlex_fail(&r->j, open, "missing \"%s\"", keys[i]);
  return 0;
}

// ------------------------------------------------------------- lines

static const uint8_t hex1[256] = { // a hex digit's value + 1; 0 for others
    ['0'] = 1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
    ['a'] = 11, 12, 13, 14, 15, 16, ['A'] = 11, 12, 13, 14, 15, 16,
};

// A full canonical line body, "xx xx ... xx" then the closing quote (48
// bytes at p), checked and decoded 16 bytes at a time: most lines of
// every file are these.  Lowercase only, as the writer spells it;
// anything else is left to the byte-by-byte way.  It needs SSSE3's byte
// shuffle (every x86-64 CPU since 2006, but not the baseline), or AVX,
// whose VEX encoding of the same instructions needs no SSSE3 bit; without
// either, lines are decoded byte by byte (line_body).
//
// Which one may run is asked once per process and kept: it is a fact of
// the machine, not state of a read.  First the kernel, with one system
// call (ARCH_GET_XCOMP_SUPP, Linux 5.16): it offers the YMM state only
// where the CPU has AVX.  Only where that says no, or the kernel is
// older, the CPU itself: one CPUID.  A CPUID is a trap to the hypervisor
// on a virtual machine, 1-15 microseconds, a sizeable part of
// fle-exec's start (libgcc's __builtin_cpu_supports runs a dozen).  The
// answer starts at -1, not 0, so it lives in .data, which a start has
// written already: in .bss its first read and its first write would each
// be a page fault.  FLE_READ_VECTORS=ssse3 or =none in the environment
// keeps the reader to less than the machine has, so that tests run each
// way on any machine.
enum { HEX16_NONE, HEX16_SSSE3, HEX16_AVX };
#define ARCH_GET_XCOMP_SUPP 0x1021 // <asm/prctl.h>, which musl lacks
#define XFEATURE_YMM (1u << 2)

static int hex16_detect(const char *want) {
  unsigned long long xfeatures = 0;
  unsigned a, b, c, d;
  if (want && strcmp(want, "none") == 0)
    return HEX16_NONE;
  if (!(want && strcmp(want, "ssse3") == 0) &&
      syscall(SYS_arch_prctl, ARCH_GET_XCOMP_SUPP, &xfeatures) == 0 && (xfeatures & XFEATURE_YMM))
    return HEX16_AVX;
  __cpuid(1, a, b, c, d);
  return c & bit_SSSE3 ? HEX16_SSSE3 : HEX16_NONE;
}

static int hex16_kind(void) {
  static _Atomic int known = -1;
  int k = atomic_load_explicit(&known, memory_order_relaxed);
  if (k < 0) {
    k = hex16_detect(getenv("FLE_READ_VECTORS"));
    atomic_store_explicit(&known, k, memory_order_relaxed);
  }
  return k;
}

// The vector code is written once, for SSSE3, and always inlined into
// two callers compiled for SSSE3 and for AVX (VEX encoded): SSSE3_INLINE.
#define SSSE3_INLINE __attribute__((target("ssse3"), always_inline)) static inline

// Gathers, from the three 16-byte thirds v0-v2 of the body, one digit
// of each output byte: at[k][i] is where in third k the digit of output
// byte i stands, -1 where it is in another third.  (Written out, not
// looped: the compiler keeps a loop over the thirds and spills them.)
SSSE3_INLINE __m128i gather16(__m128i v0, __m128i v1, __m128i v2, const signed char at[3][16]) {
  __m128i a = _mm_shuffle_epi8(v0, _mm_loadu_si128((const __m128i *)at[0]));
  __m128i b = _mm_shuffle_epi8(v1, _mm_loadu_si128((const __m128i *)at[1]));
  __m128i c = _mm_shuffle_epi8(v2, _mm_loadu_si128((const __m128i *)at[2]));
  return _mm_or_si128(_mm_or_si128(a, b), c);
}

// '0'-'9' -> 0-9 and 'a'-'f' -> 10-15 by arithmetic (the low four bits,
// plus 9 past '9'), whatever the character: what is not a lowercase
// digit is caught when the result is spelled again (hex16).
SSSE3_INLINE __m128i nibbles(__m128i c) {
  __m128i past9 = _mm_and_si128(_mm_cmpgt_epi8(c, _mm_set1_epi8('9')), _mm_set1_epi8(9));
  return _mm_add_epi8(_mm_and_si128(c, _mm_set1_epi8(15)), past9);
}

// Whether third v of the body has the separators where they belong
// (sep: ' ' or '"' there, 0 where a digit goes).
SSSE3_INLINE __m128i seps_ok(__m128i v, const char sep[16]) {
  __m128i want = _mm_loadu_si128((const __m128i *)sep);
  __m128i digit = _mm_cmpeq_epi8(want, _mm_setzero_si128());
  return _mm_cmpeq_epi8(_mm_andnot_si128(digit, v), want);
}

// The digits are decoded without looking at them, then checked all at
// once: spelled again with a shuffle of "0123456789abcdef", they must
// give the text back.  Only a lowercase digit survives that (any other
// byte comes back as some digit, not itself).  Shuffles are the scarce
// operation (one port on many CPUs): the separators are checked with
// masks instead.
SSSE3_INLINE bool hex16(const unsigned char *p, uint8_t *dst) {
  static const signed char hi_at[3][16] = {
      {0, 3, 6, 9, 12, 15, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1},
      {-1, -1, -1, -1, -1, -1, 2, 5, 8, 11, 14, -1, -1, -1, -1, -1},
      {-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 1, 4, 7, 10, 13}};
  static const signed char lo_at[3][16] = {
      {1, 4, 7, 10, 13, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1},
      {-1, -1, -1, -1, -1, 0, 3, 6, 9, 12, 15, -1, -1, -1, -1, -1},
      {-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 2, 5, 8, 11, 14}};
  static const char sep[3][16] = {
      {0, 0, ' ', 0, 0, ' ', 0, 0, ' ', 0, 0, ' ', 0, 0, ' ', 0},
      {0, ' ', 0, 0, ' ', 0, 0, ' ', 0, 0, ' ', 0, 0, ' ', 0, 0},
      {' ', 0, 0, ' ', 0, 0, ' ', 0, 0, ' ', 0, 0, ' ', 0, 0, '"'}};
  static const char digits[16] = "0123456789abcdef";
  __m128i v0 = _mm_loadu_si128((const __m128i *)p);
  __m128i v1 = _mm_loadu_si128((const __m128i *)(p + 16));
  __m128i v2 = _mm_loadu_si128((const __m128i *)(p + 32));
  __m128i hi_c = gather16(v0, v1, v2, hi_at), lo_c = gather16(v0, v1, v2, lo_at);
  __m128i hi = nibbles(hi_c), lo = nibbles(lo_c);
  __m128i spell = _mm_loadu_si128((const __m128i *)digits);
  __m128i ok = _mm_and_si128(_mm_cmpeq_epi8(_mm_shuffle_epi8(spell, hi), hi_c),
                             _mm_cmpeq_epi8(_mm_shuffle_epi8(spell, lo), lo_c));
  ok = _mm_and_si128(ok, _mm_and_si128(seps_ok(v0, sep[0]), seps_ok(v1, sep[1])));
  if (_mm_movemask_epi8(_mm_and_si128(ok, seps_ok(v2, sep[2]))) != 0xffff)
    return false;
  // Each nibble is 0-15 now: shifting 16-bit lanes carries nothing
  // from one byte into the next.
  _mm_storeu_si128((__m128i *)dst, _mm_or_si128(_mm_slli_epi16(hi, 4), lo));
  return true;
}

// hex16 compiled for each kind of CPU it may run on (hex16_kind).
__attribute__((target("ssse3"), noinline)) static bool hex16_ssse3(const unsigned char *p,
                                                                   uint8_t *dst) {
  return hex16(p, dst);
}

__attribute__((target("avx"), noinline)) static bool hex16_avx(const unsigned char *p,
                                                               uint8_t *dst) {
  return hex16(p, dst);
}

static bool hex16_any(const unsigned char *p, uint8_t *dst) {
  int k = hex16_kind();
  return k == HEX16_AVX ? hex16_avx(p, dst) : k == HEX16_SSSE3 && hex16_ssse3(p, dst);
}

// The body of a 🔢 line in canonical spelling at p, "xx xx ... xx" and
// the closing quote (end bounds the input), decoded to dst while room
// lasts: the number of bytes (1-16), or 0 for anything else, which the
// general way decodes or explains.
static size_t line_body(const unsigned char *p, const unsigned char *end, uint8_t *dst,
                        size_t room) {
  if (room >= 16 && end - p >= 48 && hex16_any(p, dst))
    return 16;
  for (size_t n = 0; n < 16 && n < room && end - p >= 3; n++, p += 3) {
    unsigned hi = hex1[p[0]], lo = hex1[p[1]];
    if (!hi || !lo)
      return 0;
    dst[n] = (uint8_t)((hi - 1) << 4 | (lo - 1));
    if (p[2] == '"')
      return n + 1;
    if (p[2] != ' ')
      return 0;
  }
  return 0;
}

// The first 7 bytes of s as a little-endian number, folded to a
// constant for a literal: a quote, a four-byte tag and ": ".  (Built
// through memory, it costs a store-forwarding stall per line.)
#define TAG7(s)                                                                   \
  ((uint64_t)(uint8_t)(s)[0] | (uint64_t)(uint8_t)(s)[1] << 8 |                   \
   (uint64_t)(uint8_t)(s)[2] << 16 | (uint64_t)(uint8_t)(s)[3] << 24 |            \
   (uint64_t)(uint8_t)(s)[4] << 32 | (uint64_t)(uint8_t)(s)[5] << 40 |            \
   (uint64_t)(uint8_t)(s)[6] << 48)

// Whether the line at q (its opening quote) starts with tag7: one 8-byte
// load and compare (the libc call memcmp becomes here costs as much as
// decoding a line).  The eighth byte, the top one, is not compared.
static inline bool has_tag7(const char *q, const char *end, uint64_t tag7) {
  uint64_t a;
  if (end - q < 8)
    return false;
  memcpy(&a, q, 8);
  return (a ^ tag7) << 8 == 0;
}

// A 🔢 line in canonical spelling at q (its opening quote), decoded to
// dst: the number of bytes, 0 for anything else.
static size_t byte_line(const char *q, const char *end, uint8_t *dst, size_t room) {
  if (!has_tag7(q, end, TAG7("\"" FLE_TAG_BYTES ": ")))
    return 0;
  return line_body((const unsigned char *)q + 7, (const unsigned char *)end, dst, room);
}

// "🔢: xx xx ... xx" in canonical spelling, decoded from the input
// straight to dst, which has room for cap bytes.  Anything else goes the
// general way, which also explains errors.
static bool fast_bytes(Json *j, uint8_t *dst, size_t cap, Line *l) {
  size_t n = byte_line(j->p, j->end, dst, cap);
  if (!n)
    return false;
  l->kind = LINE_BYTES;
  l->nbytes = n;
  l->in_place = true;
  j->p += 7 + 3 * n;
  return true;
}

// The words of a symbol line, each checked where it stands (end is the
// closing quote); each returns the text after it, or NULL.
static const char *symbol_tag(const char *p, const char *end, uint8_t *bind) {
  static const struct { char tag[4]; uint8_t bind; } tags[] = {
      {"\xf0\x9f\x93\xa4", STB_GLOBAL}, {"\xf0\x9f\x8f\xb7", STB_LOCAL},
      {"\xf0\x9f\x93\x8e", STB_WEAK}};
  uint32_t at, tag;
  if (end - p < 4)
    return NULL;
  memcpy(&at, p, 4);
  for (size_t i = 0; i < 3; i++)
    if (memcpy(&tag, tags[i].tag, 4), at == tag) {
      *bind = tags[i].bind;
      p += 4;
      if (end - p >= 3 && memcmp(p, "\xef\xb8\x8f", 3) == 0) // U+FE0F, optional
        p += 3;
      return end - p >= 2 && p[0] == ':' && p[1] == ' ' ? p + 2 : NULL;
    }
  return NULL;
}

// The text after word w at p, or NULL.
static const char *after_word(const char *p, const char *end, const char *w) {
  for (; *w; p++, w++)
    if (p == end || *p != *w)
      return NULL;
  return p;
}

static const char *symbol_type(const char *p, const char *end, uint8_t *type) {
  for (uint8_t t = 0; t < FLE_NSYMTYPES; t++) {
    const char *e = fle_symtypes[t] && t != STT_SECTION ? after_word(p, end, fle_symtypes[t]) : NULL;
    if (e && e < end && *e == ' ') {
      *type = t;
      return e + 1;
    }
  }
  return NULL;
}

// "0x" and 1-16 hex digits: what follows them, or NULL.
static const char *hex_number(const char *p, const char *end, uint64_t *v) {
  if (end - p < 3 || p[0] != '0' || p[1] != 'x')
    return NULL;
  const char *digits = p += 2;
  *v = 0;
  for (; p < end && p - digits < 16 && fle_hexval(*p) >= 0; p++)
    *v = *v << 4 | (uint64_t)fle_hexval(*p);
  return p > digits ? p : NULL;
}

static const char *symbol_vis(const char *p, const char *end, uint8_t *vis) {
  *vis = STV_DEFAULT;
  if (p == end)
    return p;
  for (uint8_t v = STV_INTERNAL; v <= STV_PROTECTED; v++)
    if (*p == ' ' && after_word(p + 1, end, fle_visnames[v]) == end) {
      *vis = v;
      return end;
    }
  return NULL;
}

// A positional symbol line in canonical spelling at q (its opening
// quote): "📤: name type 0x... [visibility]", or 🏷️, 📎, with a bare
// name.  sym gets all but its section and value.  Returns the end of the
// line string, or NULL for anything else (a place, a quoted name, a
// section symbol, an error), which the general way reads.  What it takes
// is ASCII and the tags: a JSON string as it stands.
static const char *fast_symbol(const char *q, const char *end, FleSymbol *sym,
                               const char **name, size_t *len) {
  const char *p = q + 1;
  const char *close = memchr(p, '"', (size_t)(end - p < 256 ? end - p : 256));
  *sym = (FleSymbol){0};
  if (!close || !(p = symbol_tag(p, close, &sym->bind)))
    return NULL;
  for (*name = p; p < close && fle_is_namechar((unsigned char)*p);)
    p++;
  *len = (size_t)(p - *name);
  if (!*len || p == close || *p++ != ' ')
    return NULL;
  if (!(p = symbol_type(p, close, &sym->type)) || !(p = hex_number(p, close, &sym->size)) ||
      !symbol_vis(p, close, &sym->vis))
    return NULL;
  return close + 1;
}

// A relocation line in canonical spelling at q (its opening quote):
// "❓: R_X86_64_TYPE(TARGET[ + 0x..| - 0x..][ - 📍])", TARGET a bare name,
// section(NAME) or the type's wrapper around a bare name, as
// line.c's parse_reloc reads it.  l gets rtype, name, target_is_section
// and addend.  Returns the end of the line string, or NULL for anything
// else (a quoted name, gotoff(section(x)), an error), which the general
// way reads.
static const char *fast_reloc(const char *q, const char *end, Line *l) {
  static const char tag[] = "\"" FLE_TAG_RELOC ": R_X86_64_";
  const char *p = q, *close = memchr(q + 1, '"', (size_t)(end - q - 1 < 256 ? end - q - 1 : 256));
  if (!close || close - p < (ptrdiff_t)sizeof tag || memcmp(p, tag, sizeof tag - 1) != 0)
    return NULL;
  const char *open = memchr(p + 1, '(', (size_t)(close - p - 1));
  const char *type = p + 1 + strlen(FLE_TAG_RELOC ": "); // R_X86_64_...
  if (!open || !(l->rtype = fle_reloc_by_name(type, (size_t)(open - type))))
    return NULL;
  FleRelocKind k = l->rtype->kind;
  const char *wrap = k == RK_RELATIVE ? NULL : fle_reloc_wrap(k);
  p = open + 1;
  l->target_is_section = false;
  if (k == RK_RELATIVE || k == RK_SYM || k == RK_COPY) // not in objects: the general way says so
    return NULL;
  if (wrap && !((p = after_word(p, close, wrap)) && p < close && *p++ == '('))
    return NULL;
  if (!wrap && (l->target_is_section = after_word(p, close, "section(") != NULL))
    p += 8;
  for (l->name = p; p < close && fle_is_namechar((unsigned char)*p);)
    p++;
  l->name_len = (size_t)(p - l->name);
  if (!l->name_len || ((wrap || l->target_is_section) && (p == close || *p++ != ')')))
    return NULL;
  uint64_t a = 0;
  l->addend = 0;
  if (close - p > 5 && (p[1] == '+' || (p[1] == '-' && p[3] == '0')) && p[0] == ' ' && p[2] == ' ') {
    bool minus = p[1] == '-';
    if (!(p = hex_number(p + 3, close, &a)))
      return NULL;
    l->addend = minus ? (int64_t)(0 - a) : (int64_t)a;
  }
  if (fle_reloc_has_here(k) && !(p = after_word(p, close, " - " FLE_HERE)))
    return NULL;
  return close - p == 1 && *p == ')' ? close + 1 : NULL;
}

// Whether none of the 8 bytes in v is outside printable ASCII (0x20 to
// 0x7e) or is '"' or '\\': bytes a 🔤 line holds as they are.  The
// usual bit tricks for "has a byte less than n" and "has a byte equal
// to n", eight bytes at a time.
static inline bool printable8(uint64_t v) {
  const uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
  uint64_t q = v ^ (ones * '"'), b = v ^ (ones * '\\'), d = v ^ (ones * 0x7f);
  uint64_t bad = (v & high) | ((v - ones * 0x20) & ~v & high) | ((q - ones) & ~q & high) |
                 ((b - ones) & ~b & high) | ((d - ones) & ~d & high);
  return bad == 0;
}

// A 🔤 line at q (its opening quote) with the escapes jansson writes
// (\n \t \r \" \\), decoded to dst while room lasts: the end of the
// line string (*n bytes), or NULL for anything else, which the general
// way reads.
static const char *text_line(const char *q, const char *end, uint8_t *dst, size_t room,
                             size_t *n) {
  const unsigned char *p = (const unsigned char *)q, *e = (const unsigned char *)end;
  if (e - p < 9 || !has_tag7(q, end, TAG7("\"" FLE_TAG_TEXT ": ")))
    return NULL;
  for (*n = 0, p += 7; p < e && *p != '"'; ++*n) {
    uint64_t v;
    // Eight plain bytes at once while they fit.
    while (e - p >= 8 && *n + 8 <= room && *n + 8 <= FLE_TEXT_MAX &&
           (memcpy(&v, p, 8), printable8(v))) {
      memcpy(dst + *n, &v, 8);
      *n += 8;
      p += 8;
    }
    if (p == e || *p == '"')
      break;
    if (*n == room || *n == FLE_TEXT_MAX)
      return NULL;
    unsigned c = *p++;
    if (c == '\\' && p < e) {
      c = *p++;
      c = c == 'n' ? '\n' : c == 't' ? '\t' : c == 'r' ? '\r' : c == '"' || c == '\\' ? c : 0;
      if (!c)
        return NULL;
    } else if (c == 0xe2 && e - p >= 2 && p[0] == 0x90 && p[1] == 0x80) { // ␀
      c = 0;
      p += 2;
    } else if (c < 0x20 || c >= 0x7f) {
      return NULL;
    }
    dst[*n] = (uint8_t)c;
  }
  return p == e || *n == 0 ? NULL : (const char *)p + 1;
}

// "🔤: text", decoded from the input straight to dst like fast_bytes.
static bool fast_text(Json *j, uint8_t *dst, size_t cap, Line *l) {
  size_t n;
  const char *e = text_line(j->p, j->end, dst, cap, &n);
  if (!e)
    return false;
  l->kind = LINE_BYTES;
  l->nbytes = n;
  l->in_place = l->text = true;
  l->version = 2;
  j->p = e;
  return true;
}

// A 🕳️ line at q in canonical spelling, "🕳️: 0x...": the end of the
// line string, or NULL.
static const char *zero_line(const char *q, const char *end, uint64_t *size) {
  static const char tag[] = "\"" FLE_TAG_ZERO ": "; // with U+FE0F, as written
  size_t n = sizeof tag - 1;
  const char *p;
  if ((size_t)(end - q) < n || memcmp(q, tag, n) != 0 || !(p = hex_number(q + n, end, size)))
    return NULL;
  return p < end && *p == '"' ? p + 1 : NULL;
}

// The opening quote of the next line of an array: after ',' and white
// space (the canonical indentation is a newline and eight spaces or
// more).  NULL when something else follows.
static inline const char *next_line(const char *p, const char *end) {
  uint64_t v;
  if (p >= end || *p != ',')
    return NULL;
  p++;
  if (p < end && *p == '\n')
    p++;
  if (end - p >= 9 && (memcpy(&v, p, 8), v == 0x2020202020202020ull) && p[8] == '"')
    return p + 8; // a segment's or a section's line
  while (end - p >= 8 && (memcpy(&v, p, 8), v == 0x2020202020202020ull))
    p += 8;
  while (p < end && (*p == ' ' || *p == '\n' || *p == '\t' || *p == '\r'))
    p++;
  return p < end && *p == '"' ? p : NULL;
}

// A run of lines in canonical spelling, taken without the general way
// (line_run), within limits the caller sets so that every line the run
// takes is one the general way would take, with the same effect.
typedef struct {
  uint8_t *dst;       // decoded bytes go to dst[filled]
  size_t room;        // 🔢 and 🔤 lines: bytes that may be decoded
  size_t span;        // 🕳️ lines: how far they may move the cursor
  size_t sym_limit;   // symbol lines are taken while moved < sym_limit
  bool text;          // 🔤 lines are known (FLE version 2)
  bool in_zero;       // a 🕳️ line came (zero fill comes last)
  FleFile *f;         // symbols go to f, in section `section`, with
  int section;        // value base + moved
  uint64_t base;
  size_t filled, moved;  // bytes decoded; how far the cursor moved
  const char *last_moved; // the last line that moved it: its quote
  Reader *r;          // objects: relocation lines are taken too, into
  Obj *obj;           // obj's section `section`, their names pending
} Run;

// The full canonical 🔢 lines that follow p, while room lasts: most
// lines of every file, in one loop with hex16 inlined.  Returns the
// bytes decoded; *pp moves past the last line taken, *last is its quote.
SSSE3_INLINE size_t full_lines(const char **pp, const char *end, uint8_t *dst, size_t room,
                               const char **last) {
  const uint64_t tag = TAG7("\"" FLE_TAG_BYTES ": ");
  const char *p = *pp, *q;
  size_t n = 0;
  while (room - n >= 16 && (q = next_line(p, end)) && end - q >= 7 + 48 &&
         has_tag7(q, end, tag) && hex16((const unsigned char *)q + 7, dst + n)) {
    *last = q;
    p = q + 7 + 48;
    n += 16;
  }
  *pp = p;
  return n;
}

typedef size_t FullLines(const char **, const char *, uint8_t *, size_t, const char **);

__attribute__((target("ssse3"))) static size_t full_lines_ssse3(const char **pp, const char *end,
                                                                uint8_t *dst, size_t room,
                                                                const char **last) {
  return full_lines(pp, end, dst, room, last);
}

__attribute__((target("avx"))) static size_t full_lines_avx(const char **pp, const char *end,
                                                            uint8_t *dst, size_t room,
                                                            const char **last) {
  return full_lines(pp, end, dst, room, last);
}

// One line of a run at q, 🔢, 🔤 or 🕳️: the end of its line string, or
// NULL to leave it to the general way.
static const char *run_bytes(Run *run, const char *q, const char *end) {
  size_t n = 0, room = run->room - run->filled;
  uint64_t z;
  const char *e = NULL;
  if (!run->in_zero && (n = byte_line(q, end, run->dst + run->filled, room)))
    e = q + 7 + 3 * n;
  else if (!run->in_zero && run->text)
    e = text_line(q, end, run->dst + run->filled, room, &n);
  if (e) {
    run->filled += n;
  } else if (run->span && (e = zero_line(q, end, &z)) && z <= run->span - run->moved) {
    n = (size_t)z;
    run->in_zero = true;
  } else {
    return NULL;
  }
  run->moved += n;
  if (n)
    run->last_moved = q;
  return e;
}

static int add_pending(Reader *r, Obj *o, size_t sec, size_t rel, const Line *l, const char *at);

// A relocation line of an object's section, as section_line takes it.
static const char *run_reloc(Run *run, const char *q, const char *end) {
  Line l;
  const char *e = run->obj ? fast_reloc(q, end, &l) : NULL;
  if (!e || l.rtype->width > run->room - run->filled)
    return NULL;
  FleSection *s = &run->obj->f->sections[run->section];
  FleReloc rel = {run->base + run->moved, l.rtype->type, -1, l.addend};
  if (add_pending(run->r, run->obj, (size_t)run->section, fle_add_reloc(s, &rel), &l, q))
    return NULL;
  run->filled += l.rtype->width; // its field stays zero, as the section was made
  run->moved += l.rtype->width;
  return e;
}

// One line of a run at q, any kind the run takes: the end of its line
// string, or NULL.
static const char *run_line(Run *run, const char *q, const char *end) {
  FleSymbol sym;
  const char *name, *e = run_bytes(run, q, end);
  size_t len;
  if (!e && (e = run_reloc(run, q, end)))
    return e;
  if (e || run->moved >= run->sym_limit || !(e = fast_symbol(q, end, &sym, &name, &len)))
    return e;
  sym.section = run->section;
  sym.value = run->base + run->moved;
  fle_add_symbol_n(run->f, &sym, name, len);
  return e;
}

// After a line: the lines that follow, while the run takes them.  j->p
// is left before the first line that is anything else, for the general
// way.
static void line_run(Json *j, Run *run) {
  const char *p = j->p, *q, *e, *last;
  int k = hex16_kind();
  FullLines *full = k == HEX16_AVX ? full_lines_avx : k == HEX16_SSSE3 ? full_lines_ssse3 : NULL;
  for (;;) {
    if (!run->in_zero && full) {
      size_t n = full(&p, j->end, run->dst + run->filled, run->room - run->filled, &last);
      if (n)
        run->filled += n, run->moved += n, run->last_moved = last;
    }
    if (!(q = next_line(p, j->end)) || !(e = run_line(run, q, j->end)))
      break;
    p = e;
  }
  j->p = p;
}

// A line spelled as a later version than the object's is refused.
static int check_version(Reader *r, const Line *l, const char *at) {
  if (l->version <= r->version)
    return 0;
  return jlex_fail(&r->j, at, "%s lines are FLE version %d (this object says version %d)",
                   l->text ? FLE_TAG_TEXT : FLE_TAG_IMPORT, l->version, r->version);
}

// The next line string of an array, parsed; *at is where it stands.
// Bytes may be decoded straight to dst (room for cap bytes): then
// l->in_place is set.
static int read_line(Reader *r, Line *l, const char **at, uint8_t *dst, size_t cap) {
  Json *j = &r->j;
  int c = jlex_peek(j);
  *at = j->p;
  if (c == '"' && cap && fast_bytes(j, dst, cap, l))
    return 0;
  if (c == '"' && cap && fast_text(j, dst, cap, l))
    return check_version(r, l, *at);
  if (c != '"')
    return jlex_fail(j, j->p, "a line must be a string");
  const char *why, *where;
  // A line with no escape in it is parsed where it stands: what the line
  // grammar accepts is ASCII and the tags' fixed UTF-8, so it is a valid
  // JSON string as it is.  Anything else (and any error, to be explained
  // in JSON's terms first) goes the general way; so does text (🔤), which
  // may hold what JSON allows only escaped.
  const char *text = j->p + 1;
  const char *q = memchr(text, '"', (size_t)(j->end - text));
  if (q && !memchr(text, '\\', (size_t)(q - text)) &&
      fle_scan_line(text, (size_t)(q - text), l, &r->names, &why, &where) == 0 && !l->text) {
    j->p = q + 1;
    return check_version(r, l, *at);
  }
  JsonStr s;
  if (jlex_string(j, &s))
    return -1;
  if (fle_scan_line(s.s, s.n, l, &r->names, &why, &where))
    return jlex_fail(j, s.decoded ? s.at : where, "%s", why);
  return check_version(r, l, *at);
}

static int add_pending(Reader *r, Obj *o, size_t sec, size_t rel, const Line *l, const char *at) {
  if (rel > UINT32_MAX || sec > UINT32_MAX || l->name_len > UINT32_MAX)
    return jlex_fail(&r->j, at, "too many relocations in one object");
  FLE_GROW(o->p, o->cap, o->np + 1);
  Pending *last = o->np ? &o->p[o->np - 1] : NULL;
  size_t name = o->names.len;
  // Runs of relocations against one name (a section, a function) share
  // one copy of it.
  if (last && last->len == l->name_len && memcmp(o->names.p + last->name, l->name, l->name_len) == 0)
    name = last->name;
  else
    buf_putn(&o->names, l->name ? l->name : "", l->name_len);
  // An error points at the name itself where it stands in the input.
  if (l->name >= r->j.buf && l->name < r->j.end)
    at = l->name;
  o->p[o->np++] = (Pending){name, at, (uint32_t)l->name_len, (uint32_t)rel, (uint32_t)sec,
                            l->target_is_section};
  return 0;
}

// ----------------------------------------------------------- sections

// A section or a segment: an object of header fields and "lines".  The
// lines are read at once when the header came first, else skipped and
// read once the object has ended.
typedef struct {
  const char *what;         // "a section", for messages
  const char *const *keys;
  unsigned header;          // the keys that must come before the lines
  int lines;                // the key of "lines"
  int (*field)(Reader *r, void *header, int key);
  int (*body)(Reader *r, void *ctx, void *header); // creates, reads lines
} LinesObject;

static int read_lines_object(Reader *r, const LinesObject *shape, void *ctx, void *h) {
  JsonIter it = {true, NULL};
  unsigned seen = 0;
  const char *deferred = NULL;
  int key, rc;
  if (jlex_peek(&r->j) != '{')
    return jlex_fail(&r->j, r->j.p, "%s must be a JSON object", shape->what);
  while ((rc = next_key(r, &it, shape->keys, &seen, shape->what, &key)) == 1) {
    if (key != shape->lines)
      rc = shape->field(r, h, key);
    else if ((seen & shape->header) == shape->header)
      rc = shape->body(r, ctx, h);
    else
      deferred = r->j.p, rc = jlex_skip(&r->j);
    if (rc)
      break;
  }
  if (rc == 0)
    rc = check_missing(r, it.open, seen, shape->header | 1u << shape->lines, shape->keys);
  if (rc == 0 && deferred) {
    const char *end = r->j.p;
    r->j.p = deferred;
    rc = shape->body(r, ctx, h);
    r->j.p = end;
  }
  return rc;
}

typedef struct {
  Field name, type, flags;
  uint64_t align, entsize, size;
  const char *size_at;
} SectionHeader;

static int section_type(const char *s, uint32_t *t) {
  static const uint32_t known[] = {SHT_PROGBITS, SHT_NOBITS, SHT_NOTE,
                                   SHT_INIT_ARRAY, SHT_FINI_ARRAY,
                                   SHT_PREINIT_ARRAY, SHT_X86_64_UNWIND};
  for (size_t i = 0; i < sizeof known / sizeof *known; i++)
    if (strcmp(fle_shtype_name(known[i]), s) == 0)
      return *t = known[i], 0;
  return -1;
}

static int new_section(Reader *r, FleFile *f, SectionHeader *h) {
  uint32_t t;
  uint64_t fl;
  const char *name = h->name.s;
  if (section_type(h->type.s, &t))
    return jlex_fail(&r->j, h->type.at, "section %s: unknown section type '%s'", name, h->type.s);
  if (fle_shflags_parse(h->flags.s, &fl))
    return jlex_fail(&r->j, h->flags.at, "section %s: bad flags '%s' (readelf letters)",
                     name, h->flags.s);
  // Without A a section takes no memory: debugging information, bytes
  // and relocations only (spec/FLE.md §4).
  if (!(fl & SHF_ALLOC) && t != SHT_PROGBITS)
    return jlex_fail(&r->j, h->flags.at, "section %s: a %s section needs flag A "
                     "(only PROGBITS sections may be non-allocated)", name, h->type.s);
  // Bytes take three characters each in the text: a size the file cannot
  // hold is refused before anything is allocated.
  if (t != SHT_NOBITS && h->size > (uint64_t)(r->j.end - r->j.buf))
    return jlex_fail(&r->j, h->size_at, "section %s: size 0x%llx is larger than the file",
                     name, (unsigned long long)h->size);
  size_t i = fle_add_section(f, name, t, fl, h->align);
  FleSection *s = &f->sections[i];
  s->size = h->size;
  s->entsize = h->entsize;
  if (t != SHT_NOBITS)
    s->data = fle_xcalloc(1, h->size ? h->size : 1);
  return 0;
}

static int section_line(Reader *r, Obj *o, size_t si, Line *l, const char *at, uint64_t *cur) {
  FleFile *f = o->f;
  FleSection *s = &f->sections[si];
  bool nobits = s->type == SHT_NOBITS;
  uint64_t n = l->kind == LINE_BYTES ? l->nbytes
               : l->kind == LINE_ZERO ? l->zero
               : l->kind == LINE_RELOC ? l->rtype->width : 0;
  if (l->kind == LINE_SYMBOL) {
    if (l->place || l->sym.type == STT_SECTION)
      return jlex_fail(&r->j, at, "undef/abs/common symbols and section symbols belong in \"symbols\"");
    l->sym.section = (int)si;
    l->sym.value = *cur;
    fle_add_symbol_n(f, &l->sym, l->name, l->name_len);
    return 0;
  }
  if (nobits != (l->kind == LINE_ZERO))
    return jlex_fail(&r->j, at, nobits ? "section %s has no file bytes: only 🕳️ and symbol lines"
                                       : "🕳️ lines belong only in NOBITS sections (%s is not)", s->name);
  if (l->kind == LINE_RELOC && (l->rtype->kind == RK_RELATIVE || l->rtype->kind == RK_SYM ||
                                l->rtype->kind == RK_COPY))
    return jlex_fail(&r->j, at, "%s belongs in executables, not objects", l->rtype->name);
  if (n > s->size - *cur || *cur > s->size)
    return jlex_fail(&r->j, at, l->kind == LINE_RELOC ? "relocation overruns section %s (size 0x%llx)"
                                                      : "contents overrun section %s (size 0x%llx)",
                     s->name, (unsigned long long)s->size);
  if (l->kind == LINE_BYTES && !l->in_place)
    memcpy(s->data + *cur, l->bytes, l->nbytes);
  if (l->kind == LINE_RELOC) {
    FleReloc rel = {*cur, l->rtype->type, -1, l->addend};
    if (add_pending(r, o, si, fle_add_reloc(s, &rel), l, at))
      return -1;
  }
  *cur += n;
  return 0;
}

static int section_lines(Reader *r, Obj *o, size_t si, const SectionHeader *h) {
  JsonIter it = {true, NULL};
  uint64_t cur = 0;
  int rc;
  while ((rc = jlex_next(&r->j, &it)) == 1) {
    Line l;
    const char *at;
    FleSection *s = &o->f->sections[si];
    if (!s->text_offset) // where its first line starts, for fle-readfle -S
      s->text_offset = (size_t)(r->j.p - r->j.buf);
    uint8_t *dst = s->data ? s->data + cur : NULL; // NOBITS: no bytes to decode into
    size_t room = s->data ? s->size - cur : 0;
    if (read_line(r, &l, &at, dst, room) || section_line(r, o, si, &l, at, &cur))
      return -1;
    if (s->data) {
      Run run = {.dst = s->data + cur, .room = s->size - cur, .sym_limit = SIZE_MAX,
                 .text = r->version >= 2, .f = o->f, .section = (int)si, .base = cur,
                 .r = r, .obj = o};
      line_run(&r->j, &run);
      cur += run.moved;
    }
  }
  if (rc == 0 && !o->f->sections[si].text_offset)
    o->f->sections[si].text_offset = (size_t)(it.open - r->j.buf); // no lines: its '['
  if (rc == 0 && cur != h->size)
    return jlex_fail(&r->j, h->size_at, "section %s: size 0x%llx does not match contents 0x%llx",
                     h->name.s, (unsigned long long)h->size, (unsigned long long)cur);
  return rc;
}

enum { S_NAME, S_TYPE, S_FLAGS, S_ALIGN, S_ENTSIZE, S_SIZE, S_LINES };
static const char *const section_keys[] = {"name", "type", "flags", "align", "entsize",
                                           "size", "lines", NULL};
#define SECTION_HEADER ((1u << S_NAME) | (1u << S_TYPE) | (1u << S_FLAGS) | (1u << S_ALIGN) | (1u << S_SIZE))

static int section_field(Reader *r, void *header, int key) {
  SectionHeader *h = header;
  switch (key) {
  case S_NAME: return get_field(r, "name", &h->name);
  case S_TYPE: return get_field(r, "type", &h->type);
  case S_FLAGS: return get_field(r, "flags", &h->flags);
  case S_ALIGN: return get_align(r, &h->align);
  case S_ENTSIZE: return get_num(r, "entsize", &h->entsize, NULL);
  default: return get_num(r, "size", &h->size, &h->size_at);
  }
}

static int section_body(Reader *r, void *o, void *h) {
  Obj *obj = o;
  if (new_section(r, obj->f, h))
    return -1;
  return section_lines(r, obj, obj->f->nsections - 1, h);
}

static const LinesObject section_shape = {
    "a section", section_keys, SECTION_HEADER, S_LINES, section_field, section_body};

static int read_section(Reader *r, Obj *o) {
  SectionHeader h = {0};
  int rc = read_lines_object(r, &section_shape, o, &h);
  free(h.name.s), free(h.type.s), free(h.flags.s);
  return rc;
}

// ------------------------------------------------------------ symbols

static int placed_symbol(Reader *r, FleFile *f, Line *l, const char *at) {
  if (l->kind != LINE_SYMBOL)
    return jlex_fail(&r->j, at, "only symbol lines belong in \"symbols\"");
  if (!l->place)
    return jlex_fail(&r->j, at, "a symbol in \"symbols\" needs undef, abs=0x... or common=0x...");
  if (l->sym.type == STT_SECTION)
    return jlex_fail(&r->j, at, "section symbols are implicit");
  l->sym.section = l->place == 'u' ? FLE_UNDEF : l->place == 'a' ? FLE_ABS : FLE_COMMON;
  l->sym.value = l->place_value;
  if (l->place == 'c' && (!l->place_value || (l->place_value & (l->place_value - 1))))
    return jlex_fail(&r->j, at, "COMMON alignment 0x%llx is not a power of two",
                     (unsigned long long)l->place_value);
  if (l->place == 'u' && l->sym.bind == STB_LOCAL)
    return jlex_fail(&r->j, at, "an undefined symbol cannot be local");
  fle_add_symbol_n(f, &l->sym, l->name, l->name_len);
  return 0;
}

static int read_placed_symbols(Reader *r, FleFile *f) {
  JsonIter it = {true, NULL};
  int rc;
  if (jlex_peek(&r->j) != '[')
    return jlex_fail(&r->j, r->j.p, "\"symbols\" must be an array");
  while ((rc = jlex_next(&r->j, &it)) == 1) {
    Line l;
    const char *at;
    if (read_line(r, &l, &at, NULL, 0) || placed_symbol(r, f, &l, at))
      return -1;
  }
  return rc;
}

// Section symbol i must be symbol i: they go in front of the symbols
// that section lines defined while the sections were read.
static void add_section_symbols(FleFile *f) {
  size_t n = f->nsections, old = f->nsyms;
  if (n == 0)
    return;
  FLE_GROW(f->syms, f->capsyms, old + n);
  memmove(f->syms + n, f->syms, old * sizeof *f->syms);
  for (size_t i = 0; i < n; i++)
    f->syms[i] = (FleSymbol){.name = f->sections[i].name, .bind = STB_LOCAL,
                             .type = STT_SECTION, .section = (int)i};
  f->nsyms = old + n;
}

// Relocations name their symbols; names are looked up once every symbol
// is known.  A name nobody declared becomes an undefined global, as an
// assembler would make it.
static int resolve_pending(Reader *r, Obj *o) {
  FleFile *f = o->f;
  if (o->np == 0) // no table to build: it can be larger than the file
    return 0;
  FleMap names, sections;
  fle_map_init(&names);
  fle_map_init(&sections);
  bool added;
  for (size_t i = 0; i < f->nsyms; i++)
    if (f->syms[i].type != STT_SECTION && f->syms[i].type != STT_FILE) {
      size_t *v = fle_map_put(&names, f->syms[i].name, &added);
      if (added)
        *v = i; // the first wins
    }
  for (size_t i = 0; i < f->nsections; i++) {
    size_t *v = fle_map_put(&sections, f->sections[i].name, &added);
    if (added)
      *v = i;
  }
  int rc = 0;
  size_t *v = NULL;
  for (size_t i = 0; i < o->np && rc == 0; i++) {
    Pending *p = &o->p[i];
    FleReloc *rel = &f->sections[p->section].relocs[p->reloc];
    const char *name = o->names.p + p->name;
    // Runs of relocations against one name share its copy (add_pending),
    // and so its lookup.
    const Pending *q = i ? &o->p[i - 1] : NULL;
    if (!q || !v || q->name != p->name || q->len != p->len || q->is_section != p->is_section)
      v = fle_map_getn(p->is_section ? &sections : &names, name, p->len);
    if (!v && p->is_section) {
      rc = jlex_fail(&r->j, p->at, "relocation against unknown section %.*s", (int)p->len, name);
      break;
    }
    if (!v) {
      FleSymbol u = {.bind = STB_GLOBAL, .section = FLE_UNDEF};
      size_t k = fle_add_symbol_n(f, &u, name, p->len);
      v = fle_map_put(&names, f->syms[k].name, &added);
      *v = k;
    }
    rel->sym = (int)*v;
  }
  fle_map_free(&names);
  fle_map_free(&sections);
  return rc;
}

// -------------------------------------------------------- executables

static int pflags_parse(const char *s, uint32_t *f) {
  if (strlen(s) != 3 || (s[0] != 'r' && s[0] != '-') ||
      (s[1] != 'w' && s[1] != '-') || (s[2] != 'x' && s[2] != '-'))
    return -1;
  *f = (s[0] == 'r' ? PF_R : 0) | (s[1] == 'w' ? PF_W : 0) | (s[2] == 'x' ? PF_X : 0);
  return 0;
}

typedef struct {
  Field name, flags;
  uint64_t vaddr, memsz, align;
  const char *memsz_at;
} SegmentHeader;

typedef struct {
  size_t *v, n, next;        // sections in the segment, by address; next to mark
  const char *last_bytes_at; // the last line that moved the cursor
} SectionMarks;

typedef struct {
  size_t gi;
  uint64_t cur;
  Buf data;
  bool in_zero;
  bool placed; // data is the caller's memory (FleReadHooks), memsz bytes
  SectionMarks marks;
} SegmentFill;

// An executable's section table is for people: each section learns the
// file offset of the line holding its first byte -- the first line at its
// address when it starts on a line boundary, so its labels count -- for
// fle-readfle's Off column.  Only sections read before the segment (the
// canonical order) are marked; the rest keep 0, "not known".
static void mark_sections_init(FleFile *f, SegmentFill *sf) {
  const FleSegment *g = &f->segments[sf->gi];
  SectionMarks *m = &sf->marks;
  m->v = fle_xmalloc((f->nsections + 1) * sizeof *m->v);
  for (size_t i = 0; i < f->nsections; i++) {
    uint64_t a = f->sections[i].addr;
    if (a >= g->vaddr && a - g->vaddr < g->memsz) {
      size_t k = m->n++; // insertion: the table is short and nearly sorted
      for (; k && f->sections[m->v[k - 1]].addr > a; k--)
        m->v[k] = m->v[k - 1];
      m->v[k] = i;
    }
  }
}

// Called with each line's start before the line moves the cursor.
static void mark_sections(Reader *r, FleFile *f, SegmentFill *sf, const char *at) {
  SectionMarks *m = &sf->marks;
  uint64_t vaddr = f->segments[sf->gi].vaddr;
  for (; m->next < m->n; m->next++) {
    FleSection *s = &f->sections[m->v[m->next]];
    uint64_t off = s->addr - vaddr;
    if (off > sf->cur)
      break;
    const char *line = off == sf->cur ? at : m->last_bytes_at;
    if (line)
      s->text_offset = (size_t)(line - r->j.buf);
  }
}

// After the last line: sections that start inside it.
static void mark_sections_end(Reader *r, FleFile *f, SegmentFill *sf) {
  SectionMarks *m = &sf->marks;
  uint64_t vaddr = f->segments[sf->gi].vaddr;
  for (; m->next < m->n && f->sections[m->v[m->next]].addr - vaddr < sf->cur; m->next++)
    if (m->last_bytes_at)
      f->sections[m->v[m->next]].text_offset = (size_t)(m->last_bytes_at - r->j.buf);
  free(m->v);
}

// Where, in the segment, the next section not yet marked starts (the
// segment's end when none is left).
static uint64_t next_section_start(const FleFile *f, const SegmentFill *sf) {
  const SectionMarks *m = &sf->marks;
  const FleSegment *g = &f->segments[sf->gi];
  return m->next < m->n ? f->sections[m->v[m->next]].addr - g->vaddr : g->memsz;
}

// Appends file bytes to the segment.  Memory the caller placed holds
// memsz bytes and cannot grow, nor does it need to: the line's size was
// checked against memsz.
static void segment_put(SegmentFill *sf, const uint8_t *s, size_t n) {
  if (!sf->placed) {
    buf_putn(&sf->data, (const char *)s, n);
    return;
  }
  memcpy(sf->data.p + sf->data.len, s, n);
  sf->data.len += n;
}

// In a dynamic module a segment may also hold relocations that name a
// symbol: they are bound when it is loaded.
static bool load_time_reloc(const Reader *r, const Line *l) {
  uint32_t t = l->rtype->type;
  return t == R_X86_64_RELATIVE ||
         (r->version >= FLE_VERSION_DYNAMIC && !l->target_is_section &&
          (t == R_X86_64_64 || t == R_X86_64_GLOB_DAT || t == R_X86_64_JUMP_SLOT ||
           t == R_X86_64_COPY));
}

static int segment_line(Reader *r, Obj *o, SegmentFill *sf, Line *l, const char *at) {
  FleFile *f = o->f;
  FleSegment *g = &f->segments[sf->gi];
  if (l->kind == LINE_SYMBOL) {
    if (l->place || l->sym.type == STT_SECTION)
      return jlex_fail(&r->j, at, "undef/abs symbols and section symbols belong in \"symbols\"");
    l->sym.section = (int)sf->gi;
    l->sym.value = g->vaddr + sf->cur;
    fle_add_symbol_n(f, &l->sym, l->name, l->name_len);
    return 0;
  }
  uint64_t n = l->kind == LINE_BYTES ? l->nbytes : l->kind == LINE_ZERO ? l->zero : l->rtype->width;
  bool copy = l->kind == LINE_RELOC && l->rtype->type == R_X86_64_COPY;
  if (l->kind == LINE_ZERO)
    sf->in_zero = true;
  else if (sf->in_zero && !copy)
    return jlex_fail(&r->j, at, "file bytes after 🕳️ in segment %s: zero fill comes last", g->name);
  if (l->kind == LINE_RELOC && !load_time_reloc(r, l))
    return jlex_fail(&r->j, at, r->version >= FLE_VERSION_DYNAMIC
                     ? "a segment carries only R_X86_64_RELATIVE, 64, GLOB_DAT, JUMP_SLOT and "
                       "COPY relocations, against symbols"
                     : "executables carry only R_X86_64_RELATIVE relocations");
  if (n > g->memsz - sf->cur || sf->cur > g->memsz)
    return jlex_fail(&r->j, at, l->kind == LINE_RELOC ? "relocation overruns segment %s (memsz 0x%llx)"
                                                      : "contents overrun segment %s (memsz 0x%llx)",
                     g->name, (unsigned long long)g->memsz);
  if (l->kind == LINE_BYTES && l->in_place)
    sf->data.len += l->nbytes;
  else if (l->kind == LINE_BYTES)
    segment_put(sf, l->bytes, l->nbytes);
  if (l->kind == LINE_RELOC) {
    static const uint8_t zero[8];
    FleReloc rel = {sf->cur, l->rtype->type, -1, l->addend};
    size_t k = fle_add_segment_reloc(g, &rel);
    segment_put(sf, zero, n);
    if (l->rtype->type != R_X86_64_RELATIVE && add_pending(r, o, sf->gi, k, l, at))
      return -1;
  }
  sf->cur += n;
  return 0;
}

// After a line: the canonical lines that follow (line_run), up to the
// line where the next section starts: that one goes the general way and
// is marked.  The cursor stops there, and so do symbol lines: one
// standing at the section's first byte counts as its start.
static void segment_run(Reader *r, FleFile *f, SegmentFill *sf) {
  const FleSegment *g = &f->segments[sf->gi];
  uint64_t next = next_section_start(f, sf);
  uint64_t left = next > sf->cur ? next - sf->cur : 0;
  uint64_t span = g->memsz - sf->cur < left ? g->memsz - sf->cur : left;
  uint64_t room = sf->data.cap - sf->data.len < span ? sf->data.cap - sf->data.len : span;
  Run run = {.dst = (uint8_t *)sf->data.p + sf->data.len, .room = (size_t)room,
             .span = (size_t)span, .sym_limit = (size_t)left, .text = r->version >= 2,
             .in_zero = sf->in_zero, .f = f, .section = (int)sf->gi, .base = g->vaddr + sf->cur};
  line_run(&r->j, &run);
  sf->data.len += run.filled;
  sf->cur += run.moved;
  sf->in_zero = run.in_zero;
  if (run.last_moved)
    sf->marks.last_bytes_at = run.last_moved;
}

// Room for every byte the file could hold, so 🔢 lines decode in place:
// at the segment's own address if the caller's hook gives it, else in
// pages of their own, which fle-exec can move there.
static void segment_memory(Reader *r, FleFile *f, SegmentFill *sf) {
  const FleSegment *g = &f->segments[sf->gi];
  uint64_t most = (uint64_t)(r->j.end - r->j.p) / 3;
  if (r->hooks && r->pie >= 0 && g->memsz <= SIZE_MAX - 1 &&
      (sf->data.p = r->hooks->segment_memory(r->hooks->ctx, g, r->pie, most))) {
    sf->data.cap = (size_t)g->memsz;
    sf->placed = true;
    return;
  }
  sf->data.cap = (size_t)(g->memsz < most ? g->memsz : most) + 1;
  sf->data.p = fle_xmalloc_pages(sf->data.cap);
}

static int segment_body(Reader *r, void *obj, void *header) {
  Obj *o = obj;
  FleFile *f = o->f;
  SegmentHeader *h = header;
  uint32_t pf;
  const char *name = h->name.s;
  if (pflags_parse(h->flags.s, &pf))
    return jlex_fail(&r->j, h->flags.at, "segment %s: bad flags '%s' (want r, w, x or - in that order: r-x)",
                     name, h->flags.s);
  if (h->vaddr + h->memsz < h->vaddr)
    return jlex_fail(&r->j, h->name.at, "segment %s: vaddr + memsz overflows", name);
  SegmentFill sf = {.gi = fle_add_segment(f, name, pf, h->vaddr, h->align)};
  f->segments[sf.gi].memsz = h->memsz;
  mark_sections_init(f, &sf);
  segment_memory(r, f, &sf);
  JsonIter it = {true, NULL};
  int rc;
  while ((rc = jlex_next(&r->j, &it)) == 1) {
    Line l;
    const char *at;
    size_t room = sf.data.cap - sf.data.len;
    if (room > h->memsz - sf.cur)
      room = sf.cur > h->memsz ? 0 : h->memsz - sf.cur;
    uint64_t before = sf.cur;
    if ((rc = read_line(r, &l, &at, (uint8_t *)sf.data.p + sf.data.len, room)))
      break;
    if (!f->segments[sf.gi].text_offset)
      f->segments[sf.gi].text_offset = (size_t)(at - r->j.buf);
    mark_sections(r, f, &sf, at);
    if ((rc = segment_line(r, o, &sf, &l, at)))
      break;
    if (sf.cur != before)
      sf.marks.last_bytes_at = at;
    segment_run(r, f, &sf);
  }
  mark_sections_end(r, f, &sf);
  FleSegment *g = &f->segments[sf.gi];
  g->filesz = sf.data.len;
  for (size_t i = 0; rc == 0 && i < g->nrelocs; i++)
    if (g->relocs[i].type == R_X86_64_COPY && g->relocs[i].offset < g->filesz)
      rc = jlex_fail(&r->j, h->name.at, "segment %s: R_X86_64_COPY at 0x%llx stands among file "
                     "bytes (it fills zero memory)", name, (unsigned long long)g->relocs[i].offset);
  g->data = (uint8_t *)sf.data.p;
  g->placed = sf.placed;
  if (rc == 0 && sf.cur != h->memsz)
    return jlex_fail(&r->j, h->memsz_at, "segment %s: memsz 0x%llx does not match contents 0x%llx",
                     name, (unsigned long long)h->memsz, (unsigned long long)sf.cur);
  return rc;
}

enum { G_NAME, G_VADDR, G_MEMSZ, G_FLAGS, G_ALIGN, G_LINES };
static const char *const segment_keys[] = {"name", "vaddr", "memsz", "flags", "align", "lines", NULL};
#define SEGMENT_HEADER ((1u << G_LINES) - 1)

static int segment_field(Reader *r, void *header, int key) {
  SegmentHeader *h = header;
  switch (key) {
  case G_NAME: return get_field(r, "name", &h->name);
  case G_VADDR: return get_num(r, "vaddr", &h->vaddr, NULL);
  case G_MEMSZ: return get_num(r, "memsz", &h->memsz, &h->memsz_at);
  case G_FLAGS: return get_field(r, "flags", &h->flags);
  default: return get_align(r, &h->align);
  }
}


static const LinesObject segment_shape = {
    "a segment", segment_keys, SEGMENT_HEADER, G_LINES, segment_field, segment_body};

static int read_segment(Reader *r, Obj *o) {
  SegmentHeader h = {0};
  int rc = read_lines_object(r, &segment_shape, o, &h);
  free(h.name.s), free(h.flags.s);
  return rc;
}

static int cmp_seg(const void *a, const void *b) {
  const FleSegment *x = *(FleSegment *const *)a, *y = *(FleSegment *const *)b;
  return x->vaddr < y->vaddr ? -1 : x->vaddr > y->vaddr;
}

static int check_overlap(Reader *r, FleFile *f) {
  FleSegment **v = fle_xmalloc((f->nsegments + 1) * sizeof *v);
  for (size_t i = 0; i < f->nsegments; i++)
    v[i] = &f->segments[i];
  qsort(v, f->nsegments, sizeof *v, cmp_seg);
  int rc = 0;
  for (size_t i = 1; i < f->nsegments && rc == 0; i++)
    if (v[i - 1]->vaddr + v[i - 1]->memsz > v[i]->vaddr)
      rc = fle_set_error("%s: segments %s and %s overlap", r->j.path, v[i - 1]->name, v[i]->name);
  free(v);
  return rc;
}

enum { X_NAME, X_ADDR, X_SIZE, X_FLAGS, X_ALIGN, X_TYPE, X_ENTSIZE, X_LINES };
static const char *const exe_section_keys[] = {"name", "addr", "size", "flags", "align",
                                               "type", "entsize", "lines", NULL};
#define X_ALLOCATED ((1u << X_NAME) | (1u << X_ADDR) | (1u << X_SIZE) | (1u << X_FLAGS))
#define X_UNALLOCATED ((1u << X_NAME) | (1u << X_TYPE) | (1u << X_SIZE) | (1u << X_FLAGS) | \
                       (1u << X_LINES))

// A non-allocated section's bytes (spec/FLE.md §5.2): 🔢 and 🔤 lines,
// its relocations already applied by the linker; in a PIE, also the
// R_X86_64_RELATIVE lines of the addresses that move with the base.
static int exe_section_reloc(Reader *r, FleSection *s, Line *l, const char *at, uint64_t cur) {
  if (l->rtype->kind != RK_RELATIVE)
    return jlex_fail(&r->j, at, "section %s: only R_X86_64_RELATIVE may stand in a "
                     "non-allocated section", s->name);
  if (!r->unalloc_reloc)
    r->unalloc_reloc = at;
  if (s->size - cur < 8)
    return jlex_fail(&r->j, at, "relocation overruns section %s (size 0x%llx)", s->name,
                     (unsigned long long)s->size);
  memset(s->data + cur, 0, 8);
  fle_add_reloc(s, &(FleReloc){cur, l->rtype->type, -1, l->addend});
  return 0;
}

static int exe_section_bytes(Reader *r, FleSection *s) {
  JsonIter it = {true, NULL};
  uint64_t cur = 0;
  int rc;
  if (jlex_peek(&r->j) != '[')
    return jlex_fail(&r->j, r->j.p, "\"lines\" must be an array");
  while ((rc = jlex_next(&r->j, &it)) == 1) {
    Line l;
    const char *at;
    if (!s->text_offset)
      s->text_offset = (size_t)(r->j.p - r->j.buf);
    if (read_line(r, &l, &at, s->data + cur, s->size - cur))
      return -1;
    if (l.kind == LINE_RELOC) {
      if (exe_section_reloc(r, s, &l, at, cur))
        return -1;
      cur += 8;
      continue;
    }
    if (l.kind != LINE_BYTES)
      return jlex_fail(&r->j, at, "section %s holds bytes only: 🔢, 🔤 and (in a PIE) "
                       "R_X86_64_RELATIVE lines", s->name);
    if (l.nbytes > s->size - cur)
      return jlex_fail(&r->j, at, "contents overrun section %s (size 0x%llx)", s->name,
                       (unsigned long long)s->size);
    if (!l.in_place)
      memcpy(s->data + cur, l.bytes, l.nbytes);
    cur += l.nbytes;
    Run run = {.dst = s->data + cur, .room = s->size - cur, .text = r->version >= 2};
    line_run(&r->j, &run);
    cur += run.moved;
  }
  if (rc == 0 && cur != s->size)
    return jlex_fail(&r->j, it.open, "section %s: size 0x%llx does not match contents 0x%llx",
                     s->name, (unsigned long long)s->size, (unsigned long long)cur);
  return rc;
}

// The keys an entry has decide its form: with "addr", where the linker
// put an allocated section; with "type" and "lines", a section outside
// every segment that carries its own bytes.
static int check_exe_section(Reader *r, const char *open, const char *extra, unsigned seen,
                             const Field *name, const Field *type, const Field *flags, uint64_t fl,
                             uint64_t size) {
  bool alloc = !(seen & (1u << X_LINES));
  if (check_missing(r, open, seen, alloc ? X_ALLOCATED : X_UNALLOCATED, exe_section_keys))
    return -1;
  if (alloc && extra)
    return jlex_fail(&r->j, extra, "section %s: \"type\" and \"entsize\" belong to sections "
                     "with \"lines\"", name->s);
  if (alloc != !!(fl & SHF_ALLOC))
    return jlex_fail(&r->j, flags->at, alloc ? "section %s: flags '%s' without A: a "
                     "non-allocated section has \"lines\" and no \"addr\""
                     : "section %s: flags '%s' with A: a section with \"lines\" is not allocated",
                     name->s, flags->s);
  if (!alloc && (seen & (1u << X_ADDR)))
    return jlex_fail(&r->j, open, "section %s: a non-allocated section has no \"addr\"", name->s);
  if (!alloc && strcmp(type->s, "PROGBITS"))
    return jlex_fail(&r->j, type->at, "section %s: a non-allocated section is PROGBITS, not '%s'",
                     name->s, type->s);
  if (!alloc && size > (uint64_t)(r->j.end - r->j.buf))
    return jlex_fail(&r->j, open, "section %s: size 0x%llx is larger than the file", name->s,
                     (unsigned long long)size);
  return 0;
}

// An executable's section: where the linker put it, for people and tools,
// or (without A) the bytes of debugging information.
static int read_exe_section(Reader *r, FleFile *f) {
  Field name = {0}, flags = {0}, type = {0};
  uint64_t addr = 0, size = 0, fl = 0, align = 1, entsize = 0; // "align" is optional: 1
  const char *lines = NULL, *extra = NULL; // "lines"; "type" or "entsize"
  JsonIter it = {true, NULL};
  unsigned seen = 0;
  int key, rc;
  if (jlex_peek(&r->j) != '{')
    return jlex_fail(&r->j, r->j.p, "an entry of \"sections\" must be a JSON object");
  while ((rc = next_key(r, &it, exe_section_keys, &seen, "a section", &key)) == 1) {
    if (key == X_LINES) // read once the size is known
      lines = (jlex_peek(&r->j), r->j.p);
    if ((key == X_TYPE || key == X_ENTSIZE) && !extra)
      extra = (jlex_peek(&r->j), r->j.p);
    rc = key == X_NAME ? get_field(r, "name", &name)
         : key == X_ADDR ? get_num(r, "addr", &addr, NULL)
         : key == X_SIZE ? get_num(r, "size", &size, NULL)
         : key == X_ALIGN ? get_align(r, &align)
         : key == X_TYPE ? get_field(r, "type", &type)
         : key == X_ENTSIZE ? get_num(r, "entsize", &entsize, NULL)
         : key == X_LINES ? jlex_skip(&r->j)
         : get_field(r, "flags", &flags);
    if (rc)
      break;
  }
  if (rc == 0 && (seen & (1u << X_FLAGS)) && fle_shflags_parse(flags.s, &fl))
    rc = jlex_fail(&r->j, flags.at, "section %s: bad flags '%s'", name.s, flags.s);
  if (rc == 0)
    rc = check_exe_section(r, it.open, extra, seen, &name, &type, &flags, fl, size);
  if (rc == 0) {
    size_t i = fle_add_section(f, name.s, SHT_PROGBITS, fl, align);
    FleSection *s = &f->sections[i];
    s->addr = addr;
    s->size = size;
    s->entsize = entsize;
    if (lines) {
      const char *end = r->j.p;
      s->data = fle_xcalloc(1, size ? size : 1);
      r->j.p = lines;
      rc = exe_section_bytes(r, s);
      r->j.p = end;
    }
  }
  free(name.s), free(flags.s), free(type.s);
  return rc;
}

// An array whose every element one function reads.
static int read_array(Reader *r, const char *key, int (*each)(Reader *, void *), void *ctx) {
  JsonIter it = {true, NULL};
  int rc;
  if (jlex_peek(&r->j) != '[')
    return jlex_fail(&r->j, r->j.p, "\"%s\" must be an array", key);
  while ((rc = jlex_next(&r->j, &it)) == 1)
    if (each(r, ctx))
      return -1;
  return rc;
}

static int each_section(Reader *r, void *o) { return read_section(r, o); }
static int each_exe_section(Reader *r, void *f) { return read_exe_section(r, f); }
static int each_segment(Reader *r, void *o) { return read_segment(r, o); }

// ----------------------------------------------------------- archives

static FleFile *read_top(Reader *r, const char *name, bool member, const char *interp);

typedef struct {
  FleFile *ar;
  FleMap names; // member name -> index
} Archive;

enum { M_NAME, M_OBJECT };
static const char *const member_keys[] = {"name", "object", NULL};

// The member whose "object" begins at `at`: here, or (when it came
// before the member's name) where it was skipped.
static int add_member(Reader *r, Archive *a, Field *name, const char *at) {
  const char *end = r->j.p;
  r->j.p = at;
  FleFile *m = read_top(r, name->s, true, NULL);
  if (at != end)
    r->j.p = end;
  if (!m)
    return -1;
  bool added;
  *fle_map_put(&a->names, m->path, &added) = a->ar->nmembers;
  if (!added) {
    fle_free(m);
    return jlex_fail(&r->j, name->at, "duplicate member name %s", name->s);
  }
  fle_add_member(a->ar, m);
  return 0;
}

static int read_member(Reader *r, void *ctx) {
  Field name = {0};
  JsonIter it = {true, NULL};
  unsigned seen = 0;
  const char *object = NULL;
  int key, rc;
  if (jlex_peek(&r->j) != '{')
    return jlex_fail(&r->j, r->j.p, "an archive member must be a JSON object");
  while ((rc = next_key(r, &it, member_keys, &seen, "an archive member", &key)) == 1) {
    if (key == M_NAME)
      rc = get_field(r, "name", &name);
    else if (jlex_peek(&r->j) != '{')
      rc = jlex_fail(&r->j, r->j.p, "\"object\" must be a JSON object");
    else if (seen & 1u << M_NAME)
      rc = add_member(r, ctx, &name, r->j.p);
    else
      object = r->j.p, rc = jlex_skip(&r->j);
    if (rc)
      break;
  }
  if (rc == 0)
    rc = check_missing(r, it.open, seen, 3, member_keys);
  if (rc == 0 && object)
    rc = add_member(r, ctx, &name, object);
  free(name.s);
  return rc;
}

// "index": symbol -> the member that defines it.
static int read_index(Reader *r, Archive *a) {
  JsonIter it = {true, NULL};
  JsonStr k, v;
  FleMap seen;
  fle_map_init(&seen);
  int rc;
  if (jlex_peek(&r->j) != '{')
    return jlex_fail(&r->j, r->j.p, "missing \"index\" object");
  while ((rc = jlex_key(&r->j, &it, &k)) == 1) {
    char *sym = fle_xstrndup(k.s, k.n);
    const char *key_at = k.at;
    size_t *m = NULL;
    if (fle_map_get(&seen, sym))
      rc = jlex_fail(&r->j, key_at, "invalid JSON: duplicate object key \"%s\"", sym);
    else if (jlex_peek(&r->j) != '"')
      rc = jlex_fail(&r->j, r->j.p, "index entry %s names no member", sym);
    else if ((rc = jlex_string(&r->j, &v)) == 0 && !(m = fle_map_getn(&a->names, v.s, v.n)))
      rc = jlex_fail(&r->j, v.at, "index entry %s names no member", sym);
    if (rc == 0) {
      fle_add_index(a->ar, sym, *m);
      fle_map_put(&seen, a->ar->index_syms[a->ar->nindex - 1], NULL);
    }
    free(sym);
    if (rc)
      break;
  }
  fle_map_free(&seen);
  return rc;
}

// ---------------------------------------------------------- top level

enum { T_TYPE, T_VERSION, T_ENTRY, T_PIE, T_SECTIONS, T_SEGMENTS, T_SYMBOLS, T_INDEX,
       T_MEMBERS, T_SONAME, T_NEEDED, T_RUNPATH, T_INIT, T_FINI, T_PLT, T_PLTGOT, T_BINDNOW,
       T_EXPORTS, T_NKEYS };
static const char *const top_keys[] = {"type", "version", "entry", "pie", "sections",
                                       "segments", "symbols", "index", "members", "soname",
                                       "needed", "runpath", "init_array", "fini_array",
                                       "plt", "pltgot", "bind_now", "exports", NULL};
#define K(x) (1u << (x))
// The keys of a dynamic module (version 3).
#define T_DYNAMIC (K(T_SONAME) | K(T_NEEDED) | K(T_RUNPATH) | K(T_INIT) | K(T_FINI) | \
                   K(T_PLT) | K(T_PLTGOT) | K(T_BINDNOW) | K(T_EXPORTS))

// Per kind: the keys it may have, those it must have, and the values
// read in two rounds (symbols after what defines symbols; the index
// after the members it names).
static const struct {
  const char *type;
  unsigned allowed, required, first, second;
} kinds[] = {
    [FLE_OBJ] = {".obj", K(T_TYPE) | K(T_VERSION) | K(T_SECTIONS) | K(T_SYMBOLS),
                 K(T_TYPE) | K(T_VERSION) | K(T_SECTIONS), K(T_SECTIONS), K(T_SYMBOLS)},
    [FLE_EXE] = {".exe", K(T_TYPE) | K(T_VERSION) | K(T_ENTRY) | K(T_PIE) | K(T_SECTIONS) |
                 K(T_SEGMENTS) | K(T_SYMBOLS) | T_DYNAMIC,
                 K(T_TYPE) | K(T_VERSION) | K(T_ENTRY) | K(T_SEGMENTS),
                 K(T_SECTIONS) | K(T_SEGMENTS), K(T_SYMBOLS)},
    [FLE_AR] = {".ar", K(T_TYPE) | K(T_VERSION) | K(T_INDEX) | K(T_MEMBERS),
                K(T_TYPE) | K(T_VERSION) | K(T_INDEX) | K(T_MEMBERS), K(T_MEMBERS), K(T_INDEX)},
};

typedef struct {
  const char *name, *interp;
  bool member;       // an archive member: only .obj
  int kind;          // -1 until "type" is read
  bool version_ok;
  int version;
  unsigned seen, done;
  const char *at[T_NKEYS]; // where each value began
  Obj obj;           // the file, and relocations to resolve (objects,
                     // and a dynamic module's segments)
  Archive ar;
  uint64_t entry;
  bool pie;
  bool shared;       // "type": ".so", read as an FLE_EXE
  Field *exports;    // names, looked up once every symbol is known
  size_t nexports, capexports;
} Top;

// What a .so may not have that an .exe has.
#define SO_NOT (K(T_ENTRY) | K(T_PIE))

static bool key_allowed(const Top *t, int key) {
  return (kinds[t->kind].allowed & K(key)) && !(t->shared && (SO_NOT & K(key)));
}

static int read_type(Reader *r, Top *t) {
  Field type = {0};
  int rc = get_field(r, "type", &type);
  for (int k = FLE_OBJ; rc == 0 && k <= FLE_AR && t->kind < 0; k++)
    if (strcmp(type.s, kinds[k].type) == 0)
      t->kind = k;
  if (rc == 0 && t->kind < 0 && strcmp(type.s, ".so") == 0)
    t->kind = FLE_EXE, t->shared = true;
  if (rc == 0 && t->kind < 0)
    rc = jlex_fail(&r->j, type.at, "unknown FLE file type '%s' (want .obj, .exe, .so or .ar)", type.s);
  if (rc == 0 && t->member && t->kind != FLE_OBJ)
    rc = jlex_fail(&r->j, type.at, "member %s is not an object (archives hold .obj files)", t->name);
  for (int k = 0; rc == 0 && k < T_NKEYS; k++)
    if ((t->seen & K(k)) && !key_allowed(t, k))
      rc = jlex_fail(&r->j, t->at[k], "unknown key \"%s\" in a %s file", top_keys[k], type.s);
  if (rc == 0) {
    t->obj.f = fle_new((FleKind)t->kind, t->kind == FLE_EXE ? r->j.path : t->name);
    t->obj.f->shared = t->shared;
    t->ar.ar = t->obj.f;
  }
  free(type.s);
  return rc;
}

static int read_version(Reader *r, Top *t) {
  int64_t v;
  bool integer;
  const char *at = (jlex_peek(&r->j), r->j.p);
  int c = jlex_peek(&r->j);
  if (c != '-' && (c < '0' || c > '9'))
    return jlex_fail(&r->j, at, "\"version\" must be a number " FLE_KNOWS);
  if (jlex_number(&r->j, &v, &integer))
    return -1;
  if (!integer || v < FLE_VERSION_OLDEST || v > FLE_VERSION_DYNAMIC)
    return jlex_fail(&r->j, at, "unsupported FLE version %.*s " FLE_KNOWS, (int)(r->j.p - at), at);
  r->version = t->version = (int)v;
  t->version_ok = true;
  return 0;
}

static int read_pie(Reader *r, Top *t) {
  int v;
  int c = jlex_peek(&r->j);
  if ((c != 't' && c != 'f') || jlex_literal(&r->j, &v) || v < 0)
    return jlex_fail(&r->j, r->j.p, "\"pie\" must be true or false");
  t->pie = v;
  r->pie = v;
  return 0;
}

// ------------------------------------------------- dynamic modules

static const char *first_dynamic_key(const Top *t) {
  for (int k = 0; k < T_NKEYS; k++)
    if ((T_DYNAMIC & K(k)) && (t->seen & K(k)))
      return t->at[k];
  return NULL;
}

// An array of strings; each is handed to add (which copies it).
static int read_strings(Reader *r, const char *key, FleFile *f,
                        void (*add)(FleFile *, const char *), Top *t) {
  JsonIter it = {true, NULL};
  int rc;
  if (jlex_peek(&r->j) != '[')
    return jlex_fail(&r->j, r->j.p, "\"%s\" must be an array of strings", key);
  while ((rc = jlex_next(&r->j, &it)) == 1) {
    JsonStr js;
    if (jlex_peek(&r->j) != '"')
      return jlex_fail(&r->j, r->j.p, "\"%s\" must be an array of strings", key);
    if (jlex_string(&r->j, &js))
      return -1;
    if (js.n == 0 || memchr(js.s, 0, js.n))
      return jlex_fail(&r->j, js.at, "\"%s\": %s", key, js.n ? "a NUL in a name" : "an empty name");
    Field v = {fle_xstrndup(js.s, js.n), js.at};
    if (add)
      add(f, v.s), free(v.s);
    else {
      FLE_GROW(t->exports, t->capexports, t->nexports + 1);
      t->exports[t->nexports++] = v;
    }
  }
  return rc;
}

// "init_array": {"addr": "0x...", "size": "0x..."}
static int read_array_place(Reader *r, const char *key, uint64_t *addr, uint64_t *size) {
  static const char *const keys[] = {"addr", "size", NULL};
  char what[32];
  JsonIter it = {true, NULL};
  unsigned seen = 0;
  int k, rc;
  snprintf(what, sizeof what, "\"%s\"", key);
  if (jlex_peek(&r->j) != '{')
    return jlex_fail(&r->j, r->j.p, "%s must be an object {\"addr\", \"size\"}", what);
  while ((rc = next_key(r, &it, keys, &seen, what, &k)) == 1)
    if (get_num(r, keys[k], k == 0 ? addr : size, NULL))
      return -1;
  if (rc == 0)
    rc = check_missing(r, it.open, seen, 3, keys);
  // An empty array is nowhere: the same as no key, which is how the
  // writer spells it (spec/FLE.md §8).
  if (rc == 0 && *size == 0)
    *addr = 0;
  return rc;
}

static int dynamic_value(Reader *r, Top *t, int key) {
  FleFile *f = t->obj.f;
  if (!f) // before "type": read again at the end
    return jlex_skip(&r->j);
  t->done |= K(key);
  switch (key) {
  case T_SONAME: {
    Field v = {0};
    if (get_field(r, "soname", &v))
      return -1;
    free(f->soname);
    f->soname = v.s;
    return *v.s ? 0 : jlex_fail(&r->j, v.at, "\"soname\": an empty name");
  }
  case T_NEEDED: return read_strings(r, "needed", f, fle_add_needed, t);
  case T_RUNPATH: return read_strings(r, "runpath", f, fle_add_runpath, t);
  case T_EXPORTS: return read_strings(r, "exports", f, NULL, t);
  case T_INIT: return read_array_place(r, "init_array", &f->init_array, &f->init_array_size);
  case T_FINI: return read_array_place(r, "fini_array", &f->fini_array, &f->fini_array_size);
  case T_PLT: return read_array_place(r, "plt", &f->plt, &f->plt_size);
  case T_PLTGOT: return read_array_place(r, "pltgot", &f->pltgot, &f->pltgot_size);
  default: {
    int v, c = jlex_peek(&r->j);
    if ((c != 't' && c != 'f') || jlex_literal(&r->j, &v) || v < 0)
      return jlex_fail(&r->j, r->j.p, "\"bind_now\" must be true or false");
    f->bind_now = v;
    return 0;
  }
  }
}

// The global (or weak) symbol a dynamic relocation or an export names:
// defined here, or imported (📥).  Locals never bind across modules.
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

static int resolve_segment_pending(Reader *r, Obj *o) {
  FleFile *f = o->f;
  if (o->np == 0)
    return 0;
  FleMap names = global_names(f);
  int rc = 0;
  for (size_t i = 0; i < o->np && rc == 0; i++) {
    Pending *p = &o->p[i];
    FleReloc *rel = &f->segments[p->section].relocs[p->reloc];
    size_t *v = fle_map_getn(&names, o->names.p + p->name, p->len);
    if (!v)
      rc = jlex_fail(&r->j, p->at, "relocation against %.*s, which is neither defined (📤, 📎) "
                     "nor imported (📥) here", (int)p->len, o->names.p + p->name);
    else if (rel->type == R_X86_64_COPY && f->syms[*v].section != (int)p->section)
      rc = jlex_fail(&r->j, p->at, "R_X86_64_COPY(%s): the symbol must be defined in the "
                     "zero part the copy fills", f->syms[*v].name);
    else
      rel->sym = (int)*v;
  }
  fle_map_free(&names);
  return rc;
}

static int resolve_exports(Reader *r, Top *t) {
  FleFile *f = t->obj.f;
  if (t->nexports == 0)
    return 0;
  FleMap names = global_names(f), seen;
  fle_map_init(&seen);
  int rc = 0;
  bool added;
  for (size_t i = 0; i < t->nexports && rc == 0; i++) {
    size_t *v = fle_map_get(&names, t->exports[i].s);
    fle_map_put(&seen, t->exports[i].s, &added);
    if (!added)
      rc = jlex_fail(&r->j, t->exports[i].at, "export %s is listed twice", t->exports[i].s);
    else if (!v)
      rc = jlex_fail(&r->j, t->exports[i].at, "export %s names no global symbol of this module",
                     t->exports[i].s);
    else
      fle_add_export(f, (int)*v);
  }
  fle_map_free(&seen);
  fle_map_free(&names);
  return rc;
}

// Whether [addr, addr + size) lies in one segment.
static bool in_one_segment(const FleFile *f, uint64_t addr, uint64_t size) {
  for (size_t i = 0; i < f->nsegments; i++) {
    const FleSegment *g = &f->segments[i];
    if (addr >= g->vaddr && addr - g->vaddr <= g->memsz && size <= g->memsz - (addr - g->vaddr))
      return true;
  }
  return false;
}

// The constructor and destructor arrays and .got.plt: whole words inside
// one segment; the PLT: PLT[0] and one 16-byte entry per .got.plt slot
// after the three reserved words, the two given together.
static int check_arrays(Reader *r, Top *t) {
  FleFile *f = t->obj.f;
  static const int key[4] = {T_INIT, T_FINI, T_PLT, T_PLTGOT};
  uint64_t addr[4] = {f->init_array, f->fini_array, f->plt, f->pltgot};
  uint64_t size[4] = {f->init_array_size, f->fini_array_size, f->plt_size, f->pltgot_size};
  for (int k = 0; k < 4; k++) {
    uint64_t unit = key[k] == T_PLT ? 16 : 8;
    if ((t->seen & K(key[k])) && (size[k] % unit || addr[k] % unit ||
                                  (size[k] && !in_one_segment(f, addr[k], size[k]))))
      return jlex_fail(&r->j, t->at[key[k]], "\"%s\": 0x%llx bytes at 0x%llx are not whole "
                       "%llu-byte %s inside one segment", top_keys[key[k]],
                       (unsigned long long)size[k], (unsigned long long)addr[k],
                       (unsigned long long)unit, unit == 16 ? "entries" : "words");
  }
  bool plt = t->seen & K(T_PLT), got = t->seen & K(T_PLTGOT);
  if (plt != got)
    return jlex_fail(&r->j, t->at[plt ? T_PLT : T_PLTGOT], "\"%s\" without \"%s\"",
                     plt ? "plt" : "pltgot", plt ? "pltgot" : "plt");
  if (plt && (f->pltgot_size < 32 || f->plt_size != 16 * (f->pltgot_size / 8 - 2)))
    return jlex_fail(&r->j, t->at[T_PLT], "\"plt\": 0x%llx bytes do not match \"pltgot\"'s "
                     "0x%llx (PLT[0] and 16 bytes per slot after 3 reserved words)",
                     (unsigned long long)f->plt_size, (unsigned long long)f->pltgot_size);
  return 0;
}

static int heavy_value(Reader *r, Top *t, int key) {
  FleFile *f = t->obj.f;
  int rc;
  switch (key) {
  case T_SECTIONS:
    if (t->kind == FLE_EXE)
      return read_array(r, "sections", each_exe_section, f);
    rc = read_array(r, "sections", each_section, &t->obj);
    add_section_symbols(f);
    return rc;
  case T_SEGMENTS: return read_array(r, "segments", each_segment, &t->obj);
  case T_SYMBOLS: return read_placed_symbols(r, f);
  case T_MEMBERS: return read_array(r, "members", read_member, &t->ar);
  default: return read_index(r, &t->ar);
  }
}

// A value that fills the model is read now if what it builds on is in
// place, else skipped and read once the object has ended.
static int top_value(Reader *r, Top *t, int key) {
  t->at[key] = (jlex_peek(&r->j), r->j.p);
  if (key == T_TYPE)
    return read_type(r, t);
  if (key == T_VERSION)
    return read_version(r, t);
  if (t->kind >= 0 && !key_allowed(t, key))
    return jlex_fail(&r->j, t->at[key], "unknown key \"%s\" in a %s file", top_keys[key],
                     t->shared ? ".so" : kinds[t->kind].type);
  if (key == T_ENTRY)
    return get_num(r, "entry", &t->entry, NULL);
  if (key == T_PIE)
    return read_pie(r, t);
  if (T_DYNAMIC & K(key))
    return dynamic_value(r, t, key);
  unsigned first = t->kind >= 0 ? kinds[t->kind].first : 0;
  if (t->kind < 0 || !t->version_ok || !((first & K(key)) || (t->done & first) == first))
    return jlex_skip(&r->j);
  t->done |= K(key);
  return heavy_value(r, t, key);
}

// After the top-level object: the values left for later, in their
// rounds, then what needs the whole file.
static int finish_top(Reader *r, Top *t, const char *open) {
  if (t->kind < 0)
    return jlex_fail(&r->j, open, "missing \"type\"");
  if (!t->version_ok)
    return jlex_fail(&r->j, open, "missing \"version\" " FLE_KNOWS);
  if (check_missing(r, open, t->seen, kinds[t->kind].required & ~(t->shared ? SO_NOT : 0u),
                    top_keys))
    return -1;
  if (t->version < FLE_VERSION_DYNAMIC && (t->shared || (t->seen & T_DYNAMIC)))
    return jlex_fail(&r->j, t->shared ? t->at[T_TYPE] : first_dynamic_key(t),
                     "a dynamic module (.so, \"needed\", \"exports\" ...) needs \"version\": %d",
                     FLE_VERSION_DYNAMIC);
  const char *end = r->j.p;
  unsigned rounds[2] = {kinds[t->kind].first, kinds[t->kind].second};
  for (int i = 0; i < 2; i++)
    for (int k = 0; k < T_NKEYS; k++)
      if ((rounds[i] & t->seen & K(k)) && !(t->done & K(k))) {
        r->j.p = t->at[k];
        t->done |= K(k);
        if (heavy_value(r, t, k))
          return -1;
      }
  for (int k = 0; k < T_NKEYS; k++)
    if ((T_DYNAMIC & K(k)) && (t->seen & K(k)) && !(t->done & K(k))) {
      r->j.p = t->at[k];
      if (dynamic_value(r, t, k))
        return -1;
    }
  r->j.p = end;
  FleFile *f = t->obj.f;
  f->version = t->version;
  if (t->kind == FLE_OBJ)
    return resolve_pending(r, &t->obj);
  if (t->kind == FLE_EXE) {
    f->entry = t->entry;
    f->pie = t->pie;
    if (!f->pie && r->unalloc_reloc)
      return jlex_fail(&r->j, r->unalloc_reloc, "a relocation in a non-allocated section of "
                       "an executable that is not a PIE (\"pie\": false)");
    free(f->interp);
    f->interp = t->interp ? fle_xstrdup(t->interp) : NULL;
    if (t->shared && t->interp)
      return jlex_fail(&r->j, r->j.buf, "a shared library (.so) has no #! line: it is not run");
    if (check_overlap(r, f) || resolve_segment_pending(r, &t->obj) || resolve_exports(r, t))
      return -1;
    return check_arrays(r, t);
  }
  return 0;
}

static FleFile *read_top(Reader *r, const char *name, bool member, const char *interp) {
  Top t = {.name = name, .interp = interp, .member = member, .kind = -1};
  JsonIter it = {true, NULL};
  int key, rc;
  if (jlex_peek(&r->j) == '[')
    return jlex_fail(&r->j, r->j.p, "not an FLE file: the JSON is not an object"), NULL;
  fle_map_init(&t.ar.names);
  while ((rc = next_key(r, &it, top_keys, &t.seen, "an FLE file", &key)) == 1)
    if ((rc = top_value(r, &t, key)))
      break;
  if (rc == 0)
    rc = finish_top(r, &t, it.open);
  free(t.obj.p);
  free(t.obj.names.p);
  for (size_t i = 0; i < t.nexports; i++)
    free(t.exports[i].s);
  free(t.exports);
  fle_map_free(&t.ar.names);
  if (rc) {
    fle_free(t.obj.f);
    return NULL;
  }
  return t.obj.f;
}

FleFile *fle_read_mem(const char *name, const char *buf, size_t len) {
  return fle_read_mem_hooked(name, buf, len, NULL);
}

FleFile *fle_read_mem_hooked(const char *name, const char *buf, size_t len,
                             const FleReadHooks *hooks) {
  Reader r = {.j = {.path = name, .buf = buf, .end = buf + len, .p = buf}, .hooks = hooks,
              .pie = -1};
  char *interp = NULL;
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
    r.j.p = nl + 1;
  }
  FleFile *f = read_top(&r, name, false, interp);
  if (f && jlex_end(&r.j)) {
    fle_free(f);
    f = NULL;
  }
  if (f && f->kind != FLE_EXE && interp) {
    fle_free(f);
    f = NULL;
    fle_set_error("%s:1:1: only executables start with #!", name);
  }
  free(interp);
  free(r.names.p);
  free(r.j.scratch.p);
  return f;
}

// The descriptor lives only until the mmap: no O_CLOEXEC, which musl
// (fle-exec) would emulate with one more system call.
// Opens path for reading if it is a regular file: the descriptor, -1
// with errno, or -2 when it is not a regular file.
static int open_regular(const char *path, struct stat *st) {
  int fd = open(path, O_RDONLY | O_NONBLOCK);
  if (fd < 0)
    return -1;
  if (fstat(fd, st) < 0) {
    int e = errno;
    close(fd);
    errno = e;
    return -1;
  }
  if (!S_ISREG(st->st_mode)) {
    close(fd);
    return -2;
  }
  return fd;
}

int fle_map_file(const char *path, const char **buf, size_t *len) {
  struct stat st;
  int fd = open_regular(path, &st);
  if (fd < 0)
    return fd;
  *len = (size_t)st.st_size;
  *buf = "";
  if (*len) {
    // Not MAP_POPULATE: the reader's first touches map the page cache
    // 64 KiB at a time (the kernel's fault-around), which measured
    // cheaper than populating, for fle-exec's start and large files
    // alike.
    void *p = mmap(NULL, *len, PROT_READ, MAP_PRIVATE, fd, 0);
    if (p == MAP_FAILED) {
      int e = errno;
      close(fd);
      errno = e;
      return -1;
    }
    *buf = p;
  }
  close(fd);
  return 0;
}

void fle_unmap_file(const char *buf, size_t len) {
  if (len)
    munmap((void *)buf, len);
}

static FleFile *open_failed(const char *path, int rc) {
  if (rc == -2)
    return fle_set_error("%s: not a regular file", path), NULL;
  return fle_set_error("cannot open %s: %s", path, strerror(errno)), NULL;
}

// Many small files, one after another: a read into the same buffer each
// time costs far less than mapping and unmapping each (fle-ld's inputs:
// bench/ld).
static FleFile *read_into(const char *path, FleReadBuf *rb, FleParse parse) {
  struct stat st;
  rb->dev = rb->ino = 0;
  int fd = open_regular(path, &st);
  if (fd < 0)
    return open_failed(path, fd);
  rb->dev = st.st_dev;
  rb->ino = st.st_ino;
  size_t len = (size_t)st.st_size, got = 0;
  if (len + 1 > rb->cap) {
    free(rb->p);
    rb->cap = len + 1;
    rb->p = fle_xmalloc(rb->cap);
  }
  // The file may shrink while it is read: what is there is read.
  int err = 0;
  while (got < len) {
    ssize_t n = read(fd, rb->p + got, len - got);
    if (n < 0 && errno == EINTR)
      continue;
    if (n < 0)
      err = errno;
    if (n <= 0)
      break;
    got += (size_t)n;
  }
  close(fd);
  if (err)
    return fle_set_error("cannot read %s: %s", path, strerror(err)), NULL;
  return parse(path, rb->p, got);
}

FleFile *fle_read_path(const char *path, FleReadBuf *rb, FleParse parse) {
  if (rb)
    return read_into(path, rb, parse);
  const char *buf;
  size_t len;
  int rc = fle_map_file(path, &buf, &len);
  if (rc < 0)
    return open_failed(path, rc);
  FleFile *f = parse(path, buf, len);
  fle_unmap_file(buf, len);
  return f;
}

FleFile *fle_read(const char *path) { return fle_read_path(path, NULL, fle_read_mem); }

FleFile *fle_read_into(const char *path, FleReadBuf *rb) {
  return fle_read_path(path, rb, fle_read_mem);
}
