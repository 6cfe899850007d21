// json.c — the JSON tokenizer under libfle's reader (RFC 8259, strict).
//
// It accepts exactly the JSON that jansson accepts with
// JSON_REJECT_DUPLICATES (jansson stays as the reference in fuzz_json):
// whitespace is space, tab, CR and LF; strings are valid UTF-8 with no
// raw control characters, no lone surrogates and no \u0000; numbers
// follow the grammar and an integer must fit in 64 signed bits.
//
// It builds no tree.  The reader (read.c) asks for the value it expects
// next — a string, an object's next key, an array's next element — so
// nesting costs nothing but the reader's own fixed shape.  A string
// without escapes comes back as a view into the input; one with escapes
// is decoded into the tokenizer's scratch buffer.  Every token knows its
// byte offset, and an error names FILE:LINE:COLUMN from it.
#include "internal.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// Bytes a string can hold without a closer look: not '"', '\\', a
// control character or the start of a multi-byte sequence.
static const uint8_t plain_byte[256] = {
#define R16(v) v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v
    R16(0), R16(0),                                 // controls
    1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, // '"'
    R16(1), R16(1),
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, // '\\'
    R16(1), R16(1),
    R16(0), R16(0), R16(0), R16(0), R16(0), R16(0), R16(0), R16(0),
#undef R16
};


// Whether none of the 8 bytes in v needs a closer look (the bytes
// plain_byte calls plain): the usual bit tricks for "has a byte less
// than n" and "has a zero byte", eight bytes at a time.
static inline bool plain8(uint64_t v) {
  const uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
  uint64_t q = v ^ (ones * '"'), b = v ^ (ones * '\\');
  uint64_t bad = (v & high) | ((v - ones * 0x20) & ~v & high) |
                 ((q - ones) & ~q & high) | ((b - ones) & ~b & high);
  return bad == 0;
}

// Skips the plain bytes from p on.
static inline const char *skip_plain(const char *p, const char *end) {
  uint64_t v;
  while (end - p >= 8 && (memcpy(&v, p, 8), plain8(v)))
    p += 8;
  while (p < end && plain_byte[(unsigned char)*p])
    p++;
  return p;
}

// ------------------------------------------------------------- errors

void jlex_where(const Json *j, const char *at, size_t *line, size_t *col) {
  if (at < j->buf || at > j->end)
    at = j->end;
  *line = 1;
  const char *bol = j->buf;
  for (const char *p = j->buf; (p = memchr(p, '\n', (size_t)(at - p))); bol = ++p)
    ++*line;
  *col = 1;
  for (const char *p = bol; p < at; p++)
    *col += ((unsigned char)*p & 0xc0) != 0x80; // count characters, not bytes
}

int jlex_fail(Json *j, const char *at, const char *fmt, ...) {
  char msg[512];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  size_t line, col;
  jlex_where(j, at, &line, &col);
  return fle_set_error("%s:%zu:%zu: %s", j->path, line, col, msg);
}

// What stands at p, for "invalid JSON: ... near ..." messages.
static int jlex_syntax(Json *j, const char *p, const char *want) {
  if (p >= j->end)
    return jlex_fail(j, p, "invalid JSON: %s at end of file", want);
  size_t k = fle_utf8_len((const unsigned char *)p, (size_t)(j->end - p));
  if ((unsigned char)*p < 0x20 || !k)
    return jlex_fail(j, p, "invalid JSON: %s, found byte 0x%02x", want, (unsigned char)*p);
  return jlex_fail(j, p, "invalid JSON: %s, found '%.*s'", want, (int)k, p);
}

// ------------------------------------------------------------- tokens

static void skip_ws(Json *j) {
  const char *p = j->p, *end = j->end;
  uint64_t v;
  for (;;) {
    // Canonical text indents by eight spaces and more, after a newline.
    if (end - p >= 8 && (memcpy(&v, p, 8), v == 0x2020202020202020ull))
      p += 8;
    else if (p < end && (*p == ' ' || *p == '\n' || *p == '\t' || *p == '\r'))
      p++;
    else
      break;
  }
  j->p = p;
}

int jlex_peek(Json *j) {
  skip_ws(j);
  return j->p < j->end ? (unsigned char)*j->p : -1;
}

int jlex_expect(Json *j, char c) {
  skip_ws(j);
  if (j->p < j->end && *j->p == c) {
    j->p++;
    return 0;
  }
  char msg[16];
  snprintf(msg, sizeof msg, "'%c' expected", c);
  return jlex_syntax(j, j->p, msg);
}

int jlex_end(Json *j) {
  skip_ws(j);
  return j->p < j->end ? jlex_syntax(j, j->p, "end of file expected") : 0;
}

static int hex4(const char *p, const char *end, unsigned *v) {
  *v = 0;
  for (int i = 0; i < 4; i++, p++) {
    int d = p < end ? fle_hexval(*p) : -1;
    if (d < 0)
      return -1;
    *v = *v << 4 | (unsigned)d;
  }
  return 0;
}

static void put_utf8(Buf *b, unsigned cp) {
  char u[4];
  size_t n;
  if (cp < 0x80)
    u[0] = (char)cp, n = 1;
  else if (cp < 0x800)
    u[0] = (char)(0xc0 | cp >> 6), u[1] = (char)(0x80 | (cp & 0x3f)), n = 2;
  else if (cp < 0x10000)
    u[0] = (char)(0xe0 | cp >> 12), u[1] = (char)(0x80 | (cp >> 6 & 0x3f)),
    u[2] = (char)(0x80 | (cp & 0x3f)), n = 3;
  else
    u[0] = (char)(0xf0 | cp >> 18), u[1] = (char)(0x80 | (cp >> 12 & 0x3f)),
    u[2] = (char)(0x80 | (cp >> 6 & 0x3f)), u[3] = (char)(0x80 | (cp & 0x3f)), n = 4;
  buf_putn(b, u, n);
}

// One escape after the backslash at *pp, appended to b.
static int unescape(Json *j, const char **pp, Buf *b) {
  const char *p = *pp + 1;
  static const char from[] = "\"\\/bfnrt", to[] = "\"\\/\b\f\n\r\t";
  const char *k = p < j->end && *p ? strchr(from, *p) : NULL;
  if (k) {
    buf_putn(b, &to[k - from], 1);
    *pp = p + 1;
    return 0;
  }
  unsigned cp, lo;
  if (p >= j->end || *p != 'u' || hex4(p + 1, j->end, &cp))
    return jlex_fail(j, *pp, "invalid JSON: invalid escape in string");
  p += 5;
  if (cp >= 0xd800 && cp <= 0xdbff) {
    if (j->end - p < 6 || p[0] != '\\' || p[1] != 'u' || hex4(p + 2, j->end, &lo) ||
        lo < 0xdc00 || lo > 0xdfff)
      return jlex_fail(j, *pp, "invalid JSON: lone UTF-16 surrogate \\u%04X", cp);
    cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
    p += 6;
  } else if (cp >= 0xdc00 && cp <= 0xdfff) {
    return jlex_fail(j, *pp, "invalid JSON: lone UTF-16 surrogate \\u%04X", cp);
  } else if (cp == 0) {
    return jlex_fail(j, *pp, "invalid JSON: \\u0000 in a string");
  }
  put_utf8(b, cp);
  *pp = p;
  return 0;
}

// The string's text from p (just past the opening quote) to the closing
// quote, decoded into j->scratch.  Called once a backslash is seen.
static int decode_string(Json *j, const char *start, const char *p, JsonStr *out) {
  Buf *b = &j->scratch;
  b->len = 0;
  buf_putn(b, start, (size_t)(p - start));
  while (p < j->end && *p != '"') {
    const char *q = p;
    while (q < j->end && plain_byte[(unsigned char)*q])
      q++;
    buf_putn(b, p, (size_t)(q - p));
    p = q;
    if (p >= j->end || *p == '"')
      break;
    if (*p == '\\') {
      if (unescape(j, &p, b))
        return -1;
      continue;
    }
    size_t k = (unsigned char)*p >= 0x80 ? fle_utf8_len((const unsigned char *)p, (size_t)(j->end - p)) : 0;
    if (!k)
      return jlex_syntax(j, p, "a string holds only UTF-8 text without control characters");
    buf_putn(b, p, k);
    p += k;
  }
  if (p >= j->end)
    return jlex_fail(j, out->at, "invalid JSON: string not closed before end of file");
  buf_putn(b, "", 1); // keep a NUL after the text
  out->s = b->p;
  out->n = b->len - 1;
  out->decoded = true;
  j->p = p + 1;
  return 0;
}

int jlex_string(Json *j, JsonStr *out) {
  skip_ws(j);
  out->at = j->p;
  out->decoded = false;
  if (j->p >= j->end || *j->p != '"')
    return jlex_syntax(j, j->p, "string expected");
  const char *start = j->p + 1, *p = start;
  for (;;) {
    p = skip_plain(p, j->end);
    if (p >= j->end)
      return jlex_fail(j, out->at, "invalid JSON: string not closed before end of file");
    if (*p == '"')
      break;
    if (*p == '\\')
      return decode_string(j, start, p, out);
    size_t k = (unsigned char)*p >= 0x80 ? fle_utf8_len((const unsigned char *)p, (size_t)(j->end - p)) : 0;
    if (!k)
      return jlex_syntax(j, p, "a string holds only UTF-8 text without control characters");
    p += k;
  }
  out->s = start;
  out->n = (size_t)(p - start);
  j->p = p + 1;
  return 0;
}

// -------------------------------------------------- numbers, literals

static const char *digits(const char *p, const char *end) {
  while (p < end && *p >= '0' && *p <= '9')
    p++;
  return p;
}

int jlex_number(Json *j, int64_t *v, bool *integer) {
  skip_ws(j);
  const char *p = j->p, *end = j->end, *start = p;
  bool neg = p < end && *p == '-';
  p += neg;
  if (p >= end || *p < '0' || *p > '9')
    return jlex_syntax(j, start, "number expected");
  const char *int_end = *p == '0' ? p + 1 : digits(p, end);
  if (*p == '0' && int_end < end && *int_end >= '0' && *int_end <= '9')
    return jlex_syntax(j, int_end, "a number does not start with 0");
  p = int_end;
  *integer = true;
  if (p < end && *p == '.') {
    const char *q = digits(p + 1, end);
    if (q == p + 1)
      return jlex_syntax(j, q, "digits expected after '.'");
    p = q, *integer = false;
  }
  if (p < end && (*p == 'e' || *p == 'E')) {
    const char *q = p + 1;
    q += q < end && (*q == '+' || *q == '-');
    const char *r = digits(q, end);
    if (r == q)
      return jlex_syntax(j, r, "digits expected in the exponent");
    p = r, *integer = false;
  }
  *v = 0;
  if (*integer) {
    // As jansson: an integer that does not fit 64 bits is an error.
    uint64_t u = 0, lim = neg ? (uint64_t)INT64_MAX + 1 : (uint64_t)INT64_MAX;
    for (const char *q = start + neg; q < int_end; q++) {
      if (u > (lim - (uint64_t)(*q - '0')) / 10)
        return jlex_fail(j, start, "invalid JSON: integer too big");
      u = u * 10 + (uint64_t)(*q - '0');
    }
    *v = neg ? (int64_t)(0 - u) : (int64_t)u;
  } else {
    // A real that overflows a double is an error too; its value is not
    // needed (FLE has no reals), only the verdict.
    char *tmp = fle_xstrndup(start, (size_t)(p - start));
    double d = strtod(tmp, NULL);
    free(tmp);
    if (isinf(d))
      return jlex_fail(j, start, "invalid JSON: real number overflow");
  }
  j->p = p;
  return 0;
}

int jlex_literal(Json *j, int *value) {
  skip_ws(j);
  const char *p = j->p;
  while (p < j->end && ((*p | 0x20) >= 'a' && (*p | 0x20) <= 'z'))
    p++;
  size_t n = (size_t)(p - j->p);
  *value = n == 4 && !memcmp(j->p, "true", 4) ? 1 : n == 5 && !memcmp(j->p, "false", 5) ? 0
           : n == 4 && !memcmp(j->p, "null", 4) ? -1 : -2;
  if (*value == -2)
    return jlex_syntax(j, j->p, "invalid token");
  j->p = p;
  return 0;
}

// Skips any value.  Brackets are counted, not matched: whoever skips a
// value parses it again later, strictly, from where it began.
int jlex_skip(Json *j) {
  size_t depth = 0;
  do {
    int c = jlex_peek(j);
    JsonStr s;
    int64_t v;
    bool integer;
    int lit;
    if (c == '[' || c == '{')
      depth++, j->p++;
    else if ((c == ']' || c == '}') && depth)
      depth--, j->p++;
    else if ((c == ',' || c == ':') && depth)
      j->p++;
    else if (c == '"' ? jlex_string(j, &s)
             : c == '-' || (c >= '0' && c <= '9') ? jlex_number(j, &v, &integer)
             : jlex_literal(j, &lit))
      return -1;
  } while (depth);
  return 0;
}

// ---------------------------------------------------- objects, arrays

// One step through an object or an array: its opening bracket on the
// first call, else the comma before the next element.  1 when an element
// follows, 0 after the closing bracket, -1 on an error.
static int step(Json *j, JsonIter *it, char open, char close) {
  bool first = it->first;
  if (first) {
    if (jlex_expect(j, open))
      return -1;
    it->open = j->p - 1;
    it->first = false;
  }
  int c = jlex_peek(j);
  if (c == close)
    return j->p++, 0;
  if (first)
    return 1;
  if (c != ',') {
    char msg[24];
    snprintf(msg, sizeof msg, "',' or '%c' expected", close);
    return jlex_syntax(j, j->p, msg);
  }
  j->p++;
  return 1;
}

int jlex_key(Json *j, JsonIter *it, JsonStr *key) {
  bool first = it->first;
  int rc = step(j, it, '{', '}');
  if (rc <= 0)
    return rc;
  if (jlex_peek(j) != '"')
    return jlex_syntax(j, j->p, first ? "string or '}' expected" : "string expected");
  if (jlex_string(j, key) || jlex_expect(j, ':'))
    return -1;
  return 1;
}

int jlex_next(Json *j, JsonIter *it) { return step(j, it, '[', ']'); }
