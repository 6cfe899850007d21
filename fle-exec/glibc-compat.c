// glibc-compat.c — the few glibc symbols the system's libjansson.a needs
// when fle-exec is linked against musl (fle-exec/build.mk).
//
// Debian builds jansson with -D_FORTIFY_SOURCE, so its objects call
// glibc's checked variants of snprintf, vsnprintf and strncpy.  The
// checks only guard against overflowing a buffer whose size the compiler
// knew; jansson passes the same size as the bound, so the plain
// functions do the same job.  Nothing else in jansson is glibc-specific.
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

int __vsnprintf_chk(char *s, size_t n, int flag, size_t slen, const char *fmt,
                    va_list ap) {
  return vsnprintf(s, n, fmt, ap);
}

int __snprintf_chk(char *s, size_t n, int flag, size_t slen, const char *fmt,
                   ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = vsnprintf(s, n, fmt, ap);
  va_end(ap);
  return r;
}

char *__strncpy_chk(char *d, const char *s, size_t n, size_t dlen) {
  return strncpy(d, s, n);
}
