/* regex: regcomp/regexec/regerror over a table of (flags, pattern,
 * string): BRE and ERE syntax, brackets and classes, anchors, every
 * repetition, alternation, groups and back-references, REG_ICASE,
 * REG_NOSUB, REG_NEWLINE, REG_NOTBOL/REG_NOTEOL, submatch offsets, and
 * the error code and message for malformed patterns.
 *
 * Where POSIX leaves the answer open and musl's differs from minilibc's,
 * the case is left out (musl's answer, then minilibc's):
 *   (a?)((ab)?)(b?) on "ab"      musl (0,0)(0,2)(0,2)(2,2), mini (0,1)(1,1)(-1,-1)(1,2)
 *   (a|ab)(c|bcd)(d*) on "abcd"  musl (0,1)(1,4)(4,4),      mini (0,2)(2,3)(3,4)
 *   (a?){3} on "aa"              musl (2,2), mini (1,2)
 *   (()|a)* on "a"               musl \2 (1,1) (outside \1), mini (-1,-1)
 *   (a){0}b on "ab"              musl \1 (1,1), mini (-1,-1)
 *   \(.*\)\(.*\)\2\1 on "abab"   musl (0,0) (not the longest), mini (0,4)(0,2)(2,2)
 *   ()|b on "b"                  musl \1 (1,1) (a branch not taken), mini (-1,-1)
 * Nor are musl's answers for '$' starting an alternative ("a*$|^" on
 * "xa" is (2,2) in musl, not the leftmost (0,0)). */
#include <stdio.h>
#include <string.h>
#include <regex.h>
#include <time.h>

#define E REG_EXTENDED
#define I REG_ICASE
#define N REG_NEWLINE
#define S REG_NOSUB
/* regexec flags ride in the high bits of the table's flags */
#define NOTBOL (REG_NOTBOL << 8)
#define NOTEOL (REG_NOTEOL << 8)

static const struct { int flags; const char *pat, *str; } cases[] = {
	/* BRE literals, '.', anchors */
	{0, "abc", "xabcy"}, {0, "a.c", "abc a-c"}, {0, "a\\.c", "abc a.c"},
	{0, "^ab", "abab"}, {0, "ab$", "abab"}, {0, "^$", ""}, {0, "^$", "x"},
	{0, "a^b", "a^b"}, {0, "a$b", "a$b"}, {0, "^*a", "*a"}, {0, "*a", "**a"},
	{0, "\\(*a\\)", "x*a"}, {0, "", "abc"}, {0, "x*", "abc"},
	/* BRE repetition */
	{0, "ab*c", "ac abc abbbc"}, {0, "ab*", "abbbb"}, {0, "a\\{2\\}", "aaaa"},
	{0, "a\\{2,\\}", "aaaaa"}, {0, "a\\{1,3\\}", "aaaaa"}, {0, "a\\{0,1\\}b", "aab"},
	{0, "a\\+", "caaa"}, {0, "ba\\?c", "bc bac"}, {0, "a**", "aaa"},
	{0, "a\\{0\\}b", "ab"},
	/* BRE groups, alternation extension, back-references */
	{0, "\\(ab\\)*c", "ababc"}, {0, "\\(a\\)\\(b\\)\\(c\\)", "abc"},
	{0, "\\(a*\\)b\\1", "aabaa aba"}, {0, "\\(.\\)\\1", "abccd"},
	{0, "\\([a-c]*\\)\\1", "abcabc"}, {0, "\\(a\\|b\\)*c", "abbac"},
	{0, "x\\(a\\|bc\\)y", "xbcy"}, {0, "\\(^a\\)", "ab"}, {0, "\\(a$\\)", "ba"},
	{0, "\\(\\(a\\)b\\)\\2", "aba"}, {I, "\\(a\\)\\1", "aA"},
	/* ERE */
	{E, "a+", "baaa"}, {E, "a?b", "b ab"}, {E, "a{2,3}", "aaaa"}, {E, "a{,2}", "aa"},
	{E, "(ab)+", "xababab"}, {E, "a|b|c", "xxc"}, {E, "ab|abcd|abc", "abcd"},
	{E, "(a|ab)(c|bcd)", "abcd"}, {E, "(a*)(b|abc)", "abc"},
	{E, "x(a|b)*y", "xababy"}, {E, "(a)(b)?", "a"}, {E, "(wee|week)(knights|night)", "weeknights"},
	{E, "a(b|c)*d", "abcbd"}, {E, "(.*)c", "abcabc"}, {E, "(a+)(a+)", "aaaa"},
	{E, "^(.+)@(.+)\\.com$", "user@example.com"}, {E, "()", "a"}, {E, "(|a)b", "ab"},
	{E, "a|", "b"}, {E, "a)", "a)"}, {E, "a**", "aa"}, {E, "(a+)+", "aaa"},
	{E, "a{0}b", "ab"}, {E, "[0-9]+\\.[0-9]*", "v 3.14 ok"}, {E, "\\(a\\)", "(a)"},
	{E, "a\\1", "a1"}, {E, "^a|b$", "cab"}, {E, "(^a|b$)c", "ac"}, {E, "a^", "a^"},
	{E, "x$y", "x$y"}, {E, "(a|b)c|a(b|c)", "ac"},
	/* brackets */
	{0, "[abc]", "xxbx"}, {0, "[^abc]", "abcd"}, {0, "[a-c]*", "abcd"}, {0, "[]a]*", "a]]b"},
	{0, "[^]a]", "]ab"}, {0, "[a-]*", "a--b"}, {0, "[-a]*", "-a-b"}, {E, "[a-z--@]+", "-a@z"},
	{0, "[[:digit:]]*", "123a"}, {0, "[[:alpha:][:digit:]]*", "a1b2-"}, {0, "[^[:space:]]*", "ab c"},
	{0, "[[:upper:]]", "abC"}, {0, "[\\]", "a\\b"}, {0, "[.]", "a.b"}, {E, "[*+?{]+", "a*+?{b"},
	{0, "[[:punct:]]", "ab!"}, {0, "[[:xdigit:]]*", "0fAg"}, {0, "[[:blank:]]", "a\tb"},
	{0, "[[:lower:][:upper:]]*", "aBc1"}, {0, "[[:alnum:]]*", "a1_"}, {0, "[[:cntrl:]]", "a\nb"},
	{0, "[[:graph:]]*", "ab c"}, {0, "[[:print:]]*", "ab c\t"},
	/* escapes musl understands */
	{E, "\\w+", "  foo_1 "}, {E, "\\W", "ab-c"}, {E, "\\s", "a b"}, {E, "\\S+", "  ab"},
	{E, "\\d+", "ab12"}, {E, "\\D", "12a"}, {E, "a\\tb", "a\tb"}, {0, "a\\nb", "a\nb"},
	{E, "\\bfoo\\b", "a foo b"}, {E, "\\bfoo\\b", "afoob"}, {E, "\\Boo\\B", "foob"},
	{E, "\\Bfoo", "foo"}, {E, "\\<b", "ab b"}, {E, "a\\>", "ab a"}, {E, "\\b", "  "}, {E, "\\B", "  "},
	{E, "\\b", ""}, {E, "\\B", ""}, {E, "x\\b", "x"}, {E, "\\Bx", "x"}, {0, "\\<\\(.*\\)\\>", " ab cd "},
	{E, "\\x41", "A"}, {E | I, "\\x41", "a"}, {E, "\\x{41}", "A"}, {E, "\\x{41", "A"}, {E, "\\x4g", "\004g"},
	{E, "\\xg", "g"}, {E, "\\<*a", "a"}, {E, "(\\b|x)+a", "a"}, {E | N, "\\<a", "x\na"},
	{E, "\\w+\\b", "ab cd"}, {E, "_\\b", "a_ b"},
	/* REG_ICASE */
	{I, "abc", "xABCy"}, {I | E, "[a-c]+", "ABCd"}, {I, "[^a]", "Ab"}, {I, "[[:upper:]]", "a"},
	{I | E, "(A|b)+", "aBAb"}, {I, "x\\.", "X."},
	/* REG_NEWLINE */
	{N, "^b", "a\nb"}, {0, "^b", "a\nb"}, {N, "a$", "a\nb"}, {0, "a$", "a\nb"},
	{N, "a.b", "a\nb"}, {0, "a.b", "a\nb"}, {N, "[^x]b", "\nb"}, {0, "[^x]b", "\nb"},
	{N | E, "^[a-z]+$", "12\nabc\n34"},
	/* REG_NOTBOL, REG_NOTEOL */
	{NOTBOL, "^a", "a"}, {NOTBOL | N, "^a", "a\na"}, {NOTEOL, "a$", "a"},
	{NOTEOL | N, "a$", "a\na"}, {NOTBOL, "a", "a"}, {NOTBOL | NOTEOL, "^$", ""},
	/* REG_NOSUB */
	{S, "a(b)c", "abc"}, {S | E, "a(b)c", "abc"}, {S, "x", "abc"},
	/* submatches: leftmost-longest overall, then each group in turn */
	{E, "(a*)*", "b"}, {E, "(a*)*", "aa"}, {E, "(a*)+", "aa"}, {E, "(a*)+", "b"},
	{E, "(a|ab)(bc|c)", "abc"}, {E, "((a)|b)*", "ab"}, {E, "((a)|b)+", "ab"}, {E, "(a*)(a*)", "aa"},
	{E, "((a)|(b))*", "ab"}, {E, "(.?)*", "ab"}, {E, "(a|b)*", "ab"}, {E, "x(a*)*y", "xy"},
	{E, "(ab|a)(bc|c)?", "abc"}, {E, "(a)|b", "b"}, {E, "(a(b)?)+", "aba"}, {E, "(.*)(.*)", "ab"},
	{E, "(..)*(...)*", "abcde"}, {E, "(a*)*b", "aab"}, {E, "((a*)b)*", "abab"},
	{E, "(a*)b(a*)", "aabaa"}, {E, "(a+|b+)*", "aabb"}, {E, "(a+|b)*", "ab"},
	{E, "([ab]*)(b*)", "abb"}, {E, "(a{0,2})*", "aaa"}, {E, "(a{2})*", "aaaaa"},
	{E, "(a|aa)*", "aaa"}, {E, "(aa|a)*", "aaa"}, {E, "(a*)?", "aa"}, {E, "((a)*)*", "aa"},
	{E, "(a?)*", "aa"}, {E, "(^a|b)*", "aab"}, {E, "(a$|b)*", "ba"}, {E, "a{1,2}{3}", "aaaaaaa"},
	{E, "(a){2}", "aaa"}, {E, "(a|b){2,3}", "ababab"}, {E, "([a-c])+\\.", "ab.c"},
	{E, "(a*)+$", "aab"}, {E, "((a)|(b))+", "ba"}, {E, "(a|b)?c", "c"},
	{E, "(((((((((((a)))))))))))", "a"}, {0, "\\(\\)", "a"}, {0, "a\\{1,2\\}\\{2\\}", "aaaaa"},
	{0, "\\(a\\|ab\\)\\(c\\|bcd\\)", "abcd"}, {0, "\\(a\\)\\{1,2\\}", "aa"},
	{0, "\\(a*\\)*\\1", "aaa"}, {0, "\\(a\\)*\\1", "aa"}, {0, "\\(a\\)*\\1", "b"},
	{0, "x\\(a\\)*\\1y", "xy"},
	{0, "\\(a\\)\\(b\\)\\(c\\)\\(d\\)\\(e\\)\\(f\\)\\(g\\)\\(h\\)\\(i\\)\\9", "abcdefghii"},
	{E, "[ab]*(a|b)a*", "ba"}, {E | I, "\\w(a|b){1,2}[ab]a*", "cAabaa"}, {E, "b|(a|b)", "b"},
	{E, "[ab]|(a|b)", "a"}, {E, "(a|b)?{2}c", "bc"}, {E, "(a|b)*{2}*", "bbac"}, {E, "(a|b)?+", "bcc"},
	{E, "(a|b)*{1,2}\\w", "ac"}, {E, "[[:alpha:]]+(a|b)a*", "abbAa"},
	/* odd corners musl settles */
	{E, "$*a", "a"}, {E, "a*[[:alpha:]]^*.?", "aa"}, {E, "(a|b)$*", "cbaa"}, {0, "^\\?\\{1,2\\}$", "x"},
	{E, "^*a", "a"}, {E, "(^)*a", "a"}, {E, "x{0,0}y", "xy"}, {0, "[[:alpha:]-z]", "-"},
	{0, "[a-a]", "a"}, {0, "[%--]", "+"}, {E, "a{,}", "a"}, {0, "a\\|\\|b", "b"},
	{E, "a|b)", "b)"}, {E, "a{1 }", "a"}, {E, "a))", "a"}, {0, "\\)", "a"}, {0, "[^", "a"},
	{0, "[!a]", "!"}, {E, "[\\n]", "n"}, {I | N, "a.", "a\nb"}, {N, "$", "a\nb"}, {N, "^", "\nb"},
	{N | E, "(^|x)b", "a\nb"}, {N | E, "a($|x)", "a\nb"}, {I, "[^[:lower:]]", "aB1"},
	/* no match */
	{0, "abd", "abc"}, {E, "(a|b)+c", "abab"}, {0, "\\(a\\)\\1", "ab"},
	/* malformed patterns */
	{0, "a\\", ""}, {E, "a\\", ""}, {0, "[abc", ""}, {0, "[", ""}, {0, "[]", ""},
	{E, "(ab", ""}, {0, "\\(ab", ""}, {0, "ab\\)", ""}, {E, "a{1", ""}, {E, "a{2,1}", ""},
	{E, "a{x}", ""}, {E, "a{256}", ""}, {0, "a\\{1", ""}, {0, "a\\{1}", ""},
	{0, "[z-a]", ""}, {0, "[a-c-e]", ""}, {0, "[[:nope:]]", ""}, {0, "[[:alpha:", ""},
	{0, "[[.a.]]", ""}, {0, "[[=a=]]", ""}, {0, "\\(a\\)\\2", ""}, {0, "\\1", ""},
	{E, "*a", ""}, {E, "+a", ""}, {E, "?a", ""}, {E, "{1}a", ""}, {E, "a|*b", ""},
	{E, "(*a)", ""}, {0, "\\{1\\}a", ""}, {0, "\\+a", ""},
};

static void show(const char *s)
{
	putchar('"');
	for (; *s; s++)
		if (*s == '\n')
			fputs("\\n", stdout);
		else if (*s == '\t')
			fputs("\\t", stdout);
		else
			putchar(*s);
	putchar('"');
}

/* Patterns with exponentially many ways to match a run of a's must
 * still answer at once. */
static void pathological(void)
{
	static const struct { int flags; const char *pat; int tail; } cases[] = {
		{E, "(a*)*b", 0}, {E, "(a|a)*b", 0}, {E, "((a*)*)*c", 0}, {0, "\\(a*\\)*b", 0},
		{E, "(a*)*$", 0}, {E, "(a|aa)*$", 0}, {E, "(a*)*b", 'b'}, {E, "(a|b)*b", 'b'},
		{E, "(.*)", 'b'}, {0, "\\(a*\\)\\1b", 'b'}, {0, "\\(.*\\)\\1", 0},
	};
	static char s[20002];
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		regex_t re;
		regmatch_t m[2];
		memset(s, 'a', 20000);
		s[20000] = cases[i].tail;
		regcomp(&re, cases[i].pat, cases[i].flags);
		clock_t t0 = clock();
		int r = regexec(&re, s, 2, m, 0);
		double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
		printf("%s on %zu bytes: %d", cases[i].pat, strlen(s), r);
		if (r == 0)
			printf(" (%ld,%ld) (%ld,%ld)", (long)m[0].rm_so, (long)m[0].rm_eo,
			       (long)m[1].rm_so, (long)m[1].rm_eo);
		printf(", %s\n", secs < 1 ? "under a second" : "too slow");
		r = regexec(&re, s, 0, 0, 0);
		printf("  without submatches: %d\n", r);
		regfree(&re);
	}
}

int main(void)
{
	char buf[64];
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		regex_t re;
		regmatch_t m[10];
		int cflags = cases[i].flags & 0xff, eflags = cases[i].flags >> 8;
		printf("%2d %d ", cflags, eflags);
		show(cases[i].pat);
		putchar(' ');
		show(cases[i].str);
		int r = regcomp(&re, cases[i].pat, cflags);
		if (r) {
			size_t need = regerror(r, &re, buf, sizeof buf);
			printf(": regcomp %d \"%s\" (%zu)\n", r, buf, need);
			continue;
		}
		for (int k = 0; k < 10; k++)
			m[k].rm_so = m[k].rm_eo = -7;
		r = regexec(&re, cases[i].str, 10, m, eflags);
		printf(": nsub %zu, regexec %d", re.re_nsub, r);
		for (size_t k = 0; r == 0 && k < 10; k++)
			if (k <= re.re_nsub || m[k].rm_so != -1 || m[k].rm_eo != -1)
				printf(" (%ld,%ld)", (long)m[k].rm_so, (long)m[k].rm_eo);
		putchar('\n');
		regfree(&re);
	}
	/* regerror: every code, truncation, the size needed, unknown codes */
	for (int code = -1; code <= 14; code++) {
		size_t need = regerror(code, 0, buf, sizeof buf);
		printf("regerror %d: %s (%zu)\n", code, buf, need);
	}
	memset(buf, 'x', sizeof buf);
	size_t need = regerror(REG_BADRPT, 0, buf, 10);
	printf("truncated: %s (%zu) %c\n", buf, need, buf[10]);
	printf("size 0: %zu %c\n", regerror(REG_NOMATCH, 0, buf, 0), buf[0]);
	/* nmatch 0 and a NULL pmatch; nmatch 1 for a pattern with groups */
	regex_t re;
	regmatch_t m[1];
	regcomp(&re, "(a)(b)", REG_EXTENDED);
	printf("nmatch 0: %d\n", regexec(&re, "xab", 0, 0, 0));
	printf("nmatch 1: %d", regexec(&re, "xab", 1, m, 0));
	printf(" (%ld,%ld)\n", (long)m[0].rm_so, (long)m[0].rm_eo);
	regfree(&re);
	pathological();
	return 0;
}
