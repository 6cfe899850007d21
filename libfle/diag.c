// diag.c — diagnostics in lld's form: "fle-ld: error: ...", lowercase,
// no trailing period.  Phases report every error they find and stop at
// their end (fle_check_errors), so a user sees all undefined symbols at
// once; the list is capped so a broken input cannot flood the terminal.
#include "fle.h"

#include <stdio.h>
#include <stdlib.h>

const char *fle_tool = "fle";
static int nerrors;

static void report(const char *kind, const char *fmt, va_list ap) {
  fprintf(stderr, "%s: %s: ", fle_tool, kind);
  vfprintf(stderr, fmt, ap);
  fputc('\n', stderr);
}

_Noreturn void fle_fatal(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  report("error", fmt, ap);
  va_end(ap);
  exit(1);
}

void fle_errorf(const char *fmt, ...) {
  if (++nerrors > FLE_ERROR_LIMIT) {
    if (nerrors == FLE_ERROR_LIMIT + 1)
      fprintf(stderr, "%s: error: too many errors emitted, stopping now\n", fle_tool);
    return;
  }
  va_list ap;
  va_start(ap, fmt);
  report("error", fmt, ap);
  va_end(ap);
}

void fle_warnf(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  report("warning", fmt, ap);
  va_end(ap);
}

int fle_error_count(void) { return nerrors; }

void fle_check_errors(void) {
  if (nerrors)
    exit(1);
}

// The last reader/writer error, "FILE:LINE: what is wrong".
#include "internal.h"
static FLE_THREAD_LOCAL char errbuf[1024];

int fle_set_error(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(errbuf, sizeof errbuf, fmt, ap);
  va_end(ap);
  return -1;
}

const char *fle_error(void) { return errbuf; }
