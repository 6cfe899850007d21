/* setlocale: set or query the locale of one category or of all.
 *
 * For LC_ALL the answer is one name when every category agrees, else
 * the six names joined by ';' (LC_CTYPE first), musl's format; setting
 * LC_ALL accepts that form back.  See __locale_name for which names
 * mean what.  An unknown category fails, and so does a locale this
 * library cannot provide (for LC_ALL, if any of its parts is one),
 * leaving the locale as it was. */
#include <string.h>
#include "locale_impl.h"

static const char *set_all(const char *name)
{
	static char joined[LC_ALL * (LOCALE_NAME_MAX + 1)];
	const char *cat[LC_ALL];

	if (name) {
		/* "a;b;c..." gives one name per category; a single name
		 * (or the last one) fills the rest. */
		char part[LOCALE_NAME_MAX + 1] = "C.UTF-8";
		const char *p = name;
		for (int i = 0; i < LC_ALL; i++) {
			const char *end = strchrnul(p, ';');
			if (end - p > LOCALE_NAME_MAX)
				return 0;   /* no locale has such a name */
			memcpy(part, p, end - p);
			part[end - p] = 0;
			if (*end)
				p = end + 1;
			cat[i] = __locale_name(i, part);
			if (cat[i] == LOCALE_REFUSED)
				return 0;   /* nothing changes */
		}
		memcpy(__locale.cat, cat, sizeof cat);
	}
	int same = 1;
	char *out = joined;
	for (int i = 0; i < LC_ALL; i++) {
		const char *part = __locale.cat[i] ? __locale.cat[i] : "C";
		size_t len = strlen(part);
		same &= __locale.cat[i] == __locale.cat[0];
		memcpy(out, part, len);
		out[len] = ';';
		out += len + 1;
	}
	out[-1] = 0;
	return same ? (__locale.cat[0] ? __locale.cat[0] : "C") : joined;
}

char *setlocale(int cat, const char *name)
{
	if ((unsigned)cat > LC_ALL)
		return 0;
	if (cat == LC_ALL)
		return (char *)set_all(name);
	if (name) {
		const char *l = __locale_name(cat, name);
		if (l == LOCALE_REFUSED)
			return 0;
		__locale.cat[cat] = l;
	}
	return (char *)(__locale.cat[cat] ? __locale.cat[cat] : "C");
}
