// sniff.c — says what a file is when it is not FLE at all, so that every
// tool answers a C file, an ELF object, an ar archive or a shell script
// with the same clear words ("not an FLE file (it looks like C source)")
// instead of a JSON syntax error about its first byte.
//
// The test is cheap and never refuses what the reader would accept: FLE
// text is an optional #! line, then JSON white space, then '{' (a '[' is
// left to the reader, which says "the JSON is not an object").  Only what
// fails that test is looked at more closely, and only to name it.
#include "internal.h"

#include <string.h>

static bool json_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// ELF's e_type, the two bytes at offset 16 (little-endian on x86-64).
static const char *elf_kind(const unsigned char *b, size_t len) {
  unsigned type = len >= 18 ? (unsigned)(b[16] | b[17] << 8) : 0;
  switch (type) {
  case ET_REL: return "it looks like an ELF object; fle-as converts it";
  case ET_EXEC: return "it looks like an ELF executable";
  case ET_DYN: return "it looks like an ELF shared library or PIE";
  case ET_CORE: return "it looks like an ELF core dump";
  default: return "it looks like an ELF file";
  }
}

// The #! line's interpreter names a shell: "#!/bin/sh", "#!/usr/bin/env bash".
static const char *script_kind(const char *p, const char *nl) {
  static const char *const shells[] = {"sh", "bash", "dash", "zsh", "ksh", NULL};
  const char *w = p + 2, *end = nl;
  while (w < end && *w == ' ')
    w++;
  const char *prog = w; // the program's basename, or env's argument
  for (const char *q = w; q < end && *q != ' '; q++)
    if (*q == '/')
      prog = q + 1;
  size_t n = strcspn(prog, " \n");
  if (n == 3 && memcmp(prog, "env", 3) == 0) {
    prog += 3;
    while (prog < end && *prog == ' ')
      prog++;
    n = strcspn(prog, " \n");
  }
  for (size_t i = 0; shells[i]; i++)
    if (strlen(shells[i]) == n && memcmp(prog, shells[i], n) == 0)
      return "it looks like a shell script";
  return "it looks like a script: no JSON follows its #! line";
}

// Whether the first bytes hold a word C source starts with.
static bool looks_like_c(const char *p, const char *end) {
  static const char *const starts[] = {"#include", "#define", "#if", "#pragma", "/*", "//",
                                       "int ", "void ", "static ", "char ", "typedef ",
                                       "struct ", "extern ", "const ", "unsigned ", NULL};
  for (size_t i = 0; starts[i]; i++)
    if ((size_t)(end - p) >= strlen(starts[i]) && memcmp(p, starts[i], strlen(starts[i])) == 0)
      return true;
  return false;
}

// Whether the first bytes look like GNU assembler input.
static bool looks_like_asm(const char *p, const char *end) {
  static const char *const starts[] = {".text", ".globl", ".global", ".section", ".file",
                                       ".intel_syntax", ".data", NULL};
  for (size_t i = 0; starts[i]; i++)
    if ((size_t)(end - p) >= strlen(starts[i]) && memcmp(p, starts[i], strlen(starts[i])) == 0)
      return true;
  return false;
}

static bool is_text(const char *p, const char *end) {
  for (size_t i = 0; p + i < end && i < 4096; i++) {
    unsigned char c = (unsigned char)p[i];
    if (c < 0x20 && !json_space((char)c) && c != '\f' && c != '\v')
      return false;
  }
  return true;
}

const char *fle_sniff(const char *buf, size_t len) {
  const char *p = buf, *end = buf + len;
  if (len >= 4 && memcmp(buf, "\177ELF", 4) == 0)
    return elf_kind((const unsigned char *)buf, len);
  if (len >= 8 && memcmp(buf, "!<arch>\n", 8) == 0)
    return "it looks like an ar archive";
  if (len >= 8 && memcmp(buf, "!<thin>\n", 8) == 0) // members outside it, by path
    return "it looks like a thin ar archive, which FLE tools do not read";
  const char *nl = len >= 2 && p[0] == '#' && p[1] == '!' ? memchr(p, '\n', len) : NULL;
  const char *body = nl ? nl + 1 : p;
  while (body < end && json_space(*body))
    body++;
  if (body < end && (*body == '{' || *body == '['))
    return NULL;
  if (len >= 2 && p[0] == '#' && p[1] == '!')
    return nl ? script_kind(p, nl) : NULL; // the reader: "must end with a newline"
  while (p < end && json_space(*p))
    p++;
  if (p == end)
    return len ? "it holds only white space" : "it is empty";
  if (len >= 2 && (unsigned char)buf[0] == 0x1f && (unsigned char)buf[1] == 0x8b)
    return "it looks like gzip data";
  if (!is_text(p, end))
    return "it looks like binary data";
  if (looks_like_c(p, end))
    return "it looks like C source";
  if (looks_like_asm(p, end))
    return "it looks like assembly source";
  return "it looks like plain text, not JSON";
}
