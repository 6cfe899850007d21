/* The global locale: one name per category (LC_CTYPE .. LC_MESSAGES).
 * A null name is the C locale.  Names are interned (one object per
 * distinct name, never freed), so a pointer setlocale returned stays
 * valid and two categories hold the same locale exactly when their
 * pointers are equal, as in musl. */
#ifndef _INTERNAL_LOCALE_IMPL_H
#define _INTERNAL_LOCALE_IMPL_H
#include <locale.h>
#include "libc.h"

#define LOCALE_NAME_MAX 23

struct __locale_name {
	struct __locale_name *next;
	char name[LOCALE_NAME_MAX + 1];
};

struct __locale {
	const char *cat[LC_ALL];
	struct __locale_name *names;   /* every name seen, for interning */
};
extern hidden struct __locale __locale;

/* What a category becomes for a setlocale name ("" reads LC_ALL, the
 * category's variable, then LANG): null for C/POSIX, "C.UTF-8" for
 * LC_CTYPE, the interned name of a UTF-8 locale, or LOCALE_REFUSED for a
 * locale this library cannot provide. */
hidden const char *__locale_name(int cat, const char *name);
hidden extern const char __locale_refused[];
#define LOCALE_REFUSED __locale_refused
#endif
