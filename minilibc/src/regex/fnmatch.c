/* fnmatch: shell wildcards, one byte per character ("C" locale).
 *
 *   *  any run of characters      ?  any one character
 *   [set] [!set] [^set]  one of (not one of) the set: characters,
 *      ranges a-z and classes [:alpha:]; ']' first is literal, and a '['
 *      with no closing ']' is an ordinary '['
 *   \c  c itself (unless FNM_NOESCAPE)
 *
 * Matching walks pattern and string together.  At a '*' it remembers
 * both positions; when a later element fails, the '*' takes one more
 * character and the walk resumes.  Only the last '*' needs remembering:
 * whatever an earlier one could take, the last one can take too.  With
 * FNM_PATHNAME no wildcard takes a '/', so a '*' cannot grow past one;
 * with FNM_PERIOD a '.' at the start (or after '/' with FNM_PATHNAME)
 * must be matched by a '.' in the pattern. */
#include <fnmatch.h>
#include <ctype.h>
#include <string.h>

/* c in the other case, for FNM_CASEFOLD (c itself when it has none). */
static int other_case(int c)
{
	return isupper(c) ? tolower(c) : toupper(c);
}

static int in_class(const char *name, size_t len, int c)
{
	static const struct { const char *name; int (*is)(int); } classes[] = {
		{"alnum", isalnum}, {"alpha", isalpha}, {"blank", isblank}, {"cntrl", iscntrl},
		{"digit", isdigit}, {"graph", isgraph}, {"lower", islower}, {"print", isprint},
		{"punct", ispunct}, {"space", isspace}, {"upper", isupper}, {"xdigit", isxdigit},
	};
	for (size_t i = 0; i < sizeof classes / sizeof *classes; i++)
		if (strlen(classes[i].name) == len && !memcmp(classes[i].name, name, len))
			return classes[i].is(c) != 0;
	return 0;
}

/* Where "[:", "[." or "[=" at q closes (at its ']'), or NULL. */
static const char *special_end(const char *q)
{
	const char *e = q + 2;
	if (*e)
		e++;
	while (*e && !(e[-1] == q[1] && e[0] == ']'))
		e++;
	return *e ? e : 0;
}

/* The length of the bracket expression at p ('['), with its ']'; 0 when
 * it does not close, and then '[' is an ordinary character.  A ']' or
 * '-' right after '[', '[!' or '[^' is a member, and so is a backslash:
 * it escapes nothing in a bracket. */
static size_t bracket_len(const char *p)
{
	const char *q = p + 1;
	q += *q == '!' || *q == '^';
	q += *q == ']' || *q == '-';
	for (; *q && *q != ']'; q++)
		if (q[0] == '[' && (q[1] == ':' || q[1] == '.' || q[1] == '=') && !(q = special_end(q)))
			return 0;
	return *q ? (size_t)(q + 1 - p) : 0;
}

/* Is c (or, folding case, c2) in the bracket expression at p?  Ranges
 * run from the member before the '-' to the one after it; one that runs
 * backwards holds nothing but its ends, which are members on their own.
 * [:class:] tests a class; [=c=] and [.c.] (collating elements) match
 * nothing in this "C"-only library, as in musl. */
static int in_bracket(const char *p, int c, int c2)
{
	const char *q = p + 1;
	int neg = *q == '!' || *q == '^';
	q += neg;
	int prev = (unsigned char)q[-1];
	if (*q == ']' || *q == '-') {
		prev = (unsigned char)*q++;
		if (c == prev || c2 == prev)
			return !neg;
	}
	for (; *q != ']'; q++) {
		if (q[0] == '-' && q[1] != ']') {
			int hi = (unsigned char)q[1];   /* then a member itself */
			if (prev <= hi && ((prev <= c && c <= hi) || (prev <= c2 && c2 <= hi)))
				return !neg;
			continue;
		}
		if (q[0] == '[' && (q[1] == ':' || q[1] == '.' || q[1] == '=')) {
			const char *e = special_end(q);
			if (q[1] == ':' && (in_class(q + 2, e - 1 - (q + 2), c) ||
			                    in_class(q + 2, e - 1 - (q + 2), c2)))
				return !neg;
			q = e;
			continue;
		}
		prev = (unsigned char)*q;
		if (c == prev || c2 == prev)
			return !neg;
	}
	return neg;
}

/* Does the one pattern element at p match character c?  *len is the
 * element's length. */
static int element(const char *p, int c, int flags, size_t *len)
{
	int c2 = flags & FNM_CASEFOLD ? other_case(c) : c;
	*len = 1;
	if (*p == '?')
		return 1;
	if (*p == '[' && (*len = bracket_len(p)))
		return in_bracket(p, c, c2) && !(c == '/' && flags & FNM_PATHNAME);
	*len = 1;
	if (*p == '\\' && !(flags & FNM_NOESCAPE) && p[1])
		*len = 2, p++;
	return (unsigned char)*p == c || (unsigned char)*p == c2;
}

static int leading(const char *s, const char *start, int flags)
{
	return flags & FNM_PERIOD && *s == '.' &&
	       (s == start || (flags & FNM_PATHNAME && s[-1] == '/'));
}

int fnmatch(const char *pat, const char *str, int flags)
{
	const char *p = pat, *s = str, *star_p = 0, *star_s = 0;
	size_t len;
	for (;;) {
		if (*p == '*') {
			while (*p == '*')
				p++;
			if (leading(s, str, flags))
				goto backtrack;   /* a '*' never takes a leading '.' */
			star_p = p, star_s = s;
			continue;
		}
		if (!*s) {
			if (!*p)
				return 0;
			goto backtrack;
		}
		if (!*p) {
			if (flags & FNM_LEADING_DIR && *s == '/')
				return 0;
			goto backtrack;
		}
		if (*s == '/' && flags & FNM_PATHNAME) {
			if (*p != '/')
				goto backtrack;
			p++, s++;
			star_p = 0;   /* no '*' reaches past a '/' */
			continue;
		}
		if (leading(s, str, flags) && *p != '.')
			goto backtrack;
		if (element(p, (unsigned char)*s, flags, &len)) {
			p += len, s++;
			continue;
		}
backtrack:
		if (!star_p || !*star_s || (*star_s == '/' && flags & FNM_PATHNAME))
			return FNM_NOMATCH;
		p = star_p, s = ++star_s;
	}
}
