/* Bracket expressions for regcomp: "[abc]", "[^a-z]", "[[:digit:]_]".
 *
 * Each becomes a 256-bit set of bytes ("C" locale, one byte a
 * character).  The rules are musl's: a ']' first in the list is a
 * member; a '-' first or last is a member, and so is one that starts a
 * range right after another ("[a-z--@]"); a range runs between byte
 * values and may not run backwards; [:class:] names one of the twelve
 * ctype classes; collating elements [.x.] and equivalence classes [=x=]
 * are not supported.  With REG_ICASE each member brings its other case,
 * before negation; with REG_NEWLINE a negated list never holds '\n'. */
#include "regex_impl.h"
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* A new empty set in prog; its index, or -1 when out of memory. */
int __regex_new_set(RxProg *prog)
{
	unsigned char (*sets)[32] = realloc(prog->sets, (prog->nsets + 1) * sizeof *sets);
	if (!sets)
		return -1;
	prog->sets = sets;
	memset(sets[prog->nsets], 0, 32);
	return prog->nsets++;
}

static void add(unsigned char *set, int c)
{
	set[c >> 3] |= 1 << (c & 7);
}

/* The ctype test named by the len bytes at name, or 0. */
static int (*class_test(const char *name, size_t len))(int)
{
	static const struct { const char *name; int (*is)(int); } classes[] = {
		{"alnum", isalnum}, {"alpha", isalpha}, {"blank", isblank}, {"cntrl", iscntrl},
		{"digit", isdigit}, {"graph", isgraph}, {"lower", islower}, {"print", isprint},
		{"punct", ispunct}, {"space", isspace}, {"upper", isupper}, {"xdigit", isxdigit},
	};
	for (size_t i = 0; i < sizeof classes / sizeof *classes; i++)
		if (strlen(classes[i].name) == len && !memcmp(classes[i].name, name, len))
			return classes[i].is;
	return 0;
}

/* "[:name:]" at s: add the class to set; *ps moves past it. */
static int parse_class(const char **ps, unsigned char *set)
{
	const char *name = *ps + 2;
	size_t len = 0;
	while (len < 14 && name[len] && name[len] != ':')   /* CHARCLASS_NAME_MAX */
		len++;
	int (*is)(int) = name[len] == ':' ? class_test(name, len) : 0;
	if (!is || name[len + 1] != ']')
		return REG_ECTYPE;
	for (int c = 1; c < 256; c++)
		if (is(c))
			add(set, c);
	*ps = name + len + 2;
	return REG_OK;
}

/* One member or range at *ps into set. */
static int parse_term(const char **ps, unsigned char *set)
{
	const char *s = *ps;
	if (s[0] == '[' && (s[1] == '.' || s[1] == '='))
		return REG_ECOLLATE;
	if (s[0] == '[' && s[1] == ':')
		return parse_class(ps, set);
	int lo = (unsigned char)*s++, hi = lo;
	if (s[0] == '-' && s[1] != ']') {
		hi = (unsigned char)s[1];
		if (!hi || lo > hi)
			return REG_ERANGE;
		s += 2;
	}
	for (int c = lo; c <= hi; c++)
		add(set, c);
	*ps = s;
	return REG_OK;
}

/* Parse the list after a '[' at *ps up to its ']'; *ps moves past it
 * and *index names the new set. */
int __regex_bracket(RxProg *prog, const char **ps, int *index)
{
	unsigned char set[32] = {0};
	const char *s = *ps, *first;
	int neg = *s == '^';
	first = s += neg;
	for (;;) {
		if (!*s)
			return REG_EBRACK;
		if (*s == ']' && s != first)
			break;
		if (*s == '-' && s != first && s[1] != ']' && (s[1] != '-' || s[2] == ']'))
			return REG_ERANGE;
		int err = parse_term(&s, set);
		if (err)
			return err;
	}
	if (prog->cflags & REG_ICASE)
		for (int c = 'A'; c <= 'Z'; c++)
			if (__rx_in_set(set, c) || __rx_in_set(set, c + 32))
				add(set, c), add(set, c + 32);
	if ((*index = __regex_new_set(prog)) < 0)
		return REG_ESPACE;
	unsigned char *out = prog->sets[*index];
	for (int c = 1; c < 256; c++)
		if (__rx_in_set(set, c) != neg && !(neg && c == '\n' && prog->cflags & REG_NEWLINE))
			add(out, c);
	*ps = s + 1;
	return REG_OK;
}
