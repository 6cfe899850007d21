/* __locale_name: resolve a setlocale name for one category, as musl
 * does when it has no locale files (MUSL_LOCPATH unset), with one
 * difference:
 *   ""                   -> $LC_ALL, $LC_<CATEGORY>, $LANG, else "C.UTF-8"
 *   "C", "POSIX"         -> the C locale
 *   "C.UTF-8"            -> C.UTF-8 for LC_CTYPE (UTF-8 codeset), C for
 *                           the others
 *   LANG.UTF-8 (or .utf8, and an @modifier) -> kept by name; it behaves
 *                           as C.UTF-8
 *   anything else        -> refused: NULL (LOCALE_REFUSED).
 * musl keeps any name and behaves as C.UTF-8 under it, so "pt_BR"
 * succeeds there with a '.' decimal point, and a program that asked for
 * Latin-1 text or a decimal comma has no way to see it did not get them
 * (Lua's test suite checks exactly that).  Refusing what cannot be
 * provided is what POSIX asks and what glibc does for a locale it does
 * not have. */
#include <stdlib.h>
#include <string.h>
#include "locale_impl.h"

hidden const char __locale_refused[] = "";

static const char *from_environment(int cat)
{
	static const char vars[LC_ALL][12] = {
		"LC_CTYPE", "LC_NUMERIC", "LC_TIME", "LC_COLLATE", "LC_MONETARY", "LC_MESSAGES",
	};
	const char *v;

	if ((v = getenv("LC_ALL")) && *v)
		return v;
	if ((v = getenv(vars[cat])) && *v)
		return v;
	if ((v = getenv("LANG")) && *v)
		return v;
	return "C.UTF-8";
}

/* LANG.UTF-8 or LANG.utf8, before an optional @modifier. */
static int utf8_name(const char *name)
{
	const char *dot = strchr(name, '.');
	if (!dot || dot == name)
		return 0;
	size_t n = strcspn(dot + 1, "@");
	return (n == 5 && !strncmp(dot + 1, "UTF-8", 5)) || (n == 4 && !strncmp(dot + 1, "utf8", 4));
}

const char *__locale_name(int cat, const char *name)
{
	static const char c_utf8[] = "C.UTF-8";
	size_t n;

	if (!*name)
		name = from_environment(cat);
	for (n = 0; n < LOCALE_NAME_MAX && name[n] && name[n] != '/'; n++)
		;
	if (name[0] == '.' || name[n])
		return LOCALE_REFUSED;
	if (!strcmp(name, "C") || !strcmp(name, "POSIX") || !strcmp(name, c_utf8))
		return cat == LC_CTYPE && name[1] == '.' ? c_utf8 : 0;
	if (!utf8_name(name))
		return LOCALE_REFUSED;

	for (struct __locale_name *p = __locale.names; p; p = p->next)
		if (!strcmp(p->name, name))
			return p->name;
	struct __locale_name *p = malloc(sizeof *p);
	if (!p)
		return cat == LC_CTYPE ? c_utf8 : 0;
	memcpy(p->name, name, n + 1);
	p->next = __locale.names;
	__locale.names = p;
	return p->name;
}
