/* fnmatch: wildcards, brackets, classes, escapes and each flag, over a
 * table of patterns and strings. */
#include <stdio.h>
#include <fnmatch.h>

int main(void)
{
	static const char *pats[] = {
		"*", "?", "a*", "*c", "a?c", "a*c", "*.c", "[abc]", "[!abc]", "[^abc]", "[a-c]x",
		"[]]", "[]a]", "[!]]", "[a-]", "[-a]", "[", "[a", "a[", "\\*", "\\", "a\\", "\\a",
		"[[:alpha:]]*", "[[:digit:][:upper:]]", "[[:nope:]]", "[[=a=]]", "[[.a.]]",
		"*/*", "a/*", "*b", ".*", "*/.*", "a/?", "a[/]b", "**", "*a*b*c*", "a*b*c",
		"[\\]]", "[a\\-z]", "[z-a]", "*[", "?*?", "A*", "[A-C]*", "[[:lower:]]b",
	};
	static const char *strs[] = {
		"", "a", "b", "abc", "ac", "a.c", ".c", "x.c", "]", "-", "[", "[a", "a[", "*", "\\",
		"a\\", "ax", "bx", "1", "Q", "a/b", "a/.b", ".a", "ab/c", "a/b/c", "abc/d", "aXbYc",
		"aabbcc", "A", "ABC", "z", "Ab",
	};
	static const int flags[] = {0, FNM_NOESCAPE, FNM_PATHNAME, FNM_PERIOD,
		FNM_PATHNAME | FNM_PERIOD, FNM_LEADING_DIR, FNM_CASEFOLD, FNM_PATHNAME | FNM_LEADING_DIR};
	for (size_t f = 0; f < sizeof flags / sizeof *flags; f++) {
		printf("flags %d\n", flags[f]);
		for (size_t p = 0; p < sizeof pats / sizeof *pats; p++) {
			printf("%-22s", pats[p]);
			for (size_t s = 0; s < sizeof strs / sizeof *strs; s++)
				putchar(fnmatch(pats[p], strs[s], flags[f]) ? '.' : 'Y');
			putchar('\n');
		}
	}
	return 0;
}
