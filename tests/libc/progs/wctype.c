/* <wctype.h> against musl: every class and both case mappings for each
 * character up to U+052F (ASCII, Latin-1, Latin Extended-A/B, IPA,
 * Greek, Cyrillic) and for Greek Extended, the classes that do not
 * depend on tables over all of Unicode, wctype/iswctype and
 * wctrans/towctrans by name; wcwidth and wcswidth.  Beyond these ranges
 * iswalpha and iswpunct are not compared, nor wcwidth where musl 1.2.3's
 * Unicode version and minilibc's differ (minilibc/README.md says why). */
#include <stdio.h>
#include <wchar.h>
#include <wctype.h>

static const char *const classes[] = { "alnum", "alpha", "blank", "cntrl", "digit", "graph",
				       "lower", "print", "punct", "space", "upper", "xdigit" };
#define NCLASSES (sizeof classes / sizeof *classes)

/* One line per character: a flag per class, then the case mappings. */
static void show(wint_t c)
{
	char flags[NCLASSES + 1];
	for (size_t i = 0; i < NCLASSES; i++)
		flags[i] = iswctype(c, wctype(classes[i])) ? classes[i][0] : '.';
	flags[NCLASSES] = 0;
	int direct = !!iswalnum(c) << 11 | !!iswalpha(c) << 10 | !!iswblank(c) << 9 |
		     !!iswcntrl(c) << 8 | !!iswdigit(c) << 7 | !!iswgraph(c) << 6 |
		     !!iswlower(c) << 5 | !!iswprint(c) << 4 | !!iswpunct(c) << 3 |
		     !!iswspace(c) << 2 | !!iswupper(c) << 1 | !!iswxdigit(c);
	printf("%04x %s %03x %x %x\n", (unsigned)c, flags, direct, (unsigned)towlower(c),
	       (unsigned)towupper(c));
}

/* wcwidth over [from, to), a line of 64 characters at a time:
 * '-' for -1, else the width. */
static void widths(wint_t from, wint_t to)
{
	for (wint_t c = from; c < to; c += 64) {
		char line[65];
		for (int i = 0; i < 64; i++) {
			int w = wcwidth(c + i);
			line[i] = w < 0 ? '-' : '0' + w;
		}
		line[64] = 0;
		printf("width %05x %s\n", (unsigned)c, line);
	}
}

static void column_counts(void)
{
	static const wint_t ranges[][2] = { { 0, 0x800 },	   { 0xe00, 0x1700 },
					    { 0x1e00, 0x3100 },  { 0x3200, 0xa800 },
					    { 0xac00, 0xfa00 },  { 0xfb00, 0x10000 },
					    { 0x1f300, 0x1f600 } };
	for (size_t i = 0; i < sizeof ranges / sizeof *ranges; i++)
		widths(ranges[i][0], ranges[i][1]);
	static const wint_t far[] = { 0x1fffe, 0x20000, 0x2a6d6, 0x3fffd, 0x40000, 0xe0001,
				      0xe0020, 0xe007f, 0xe0100, 0xe01ef, 0xe01f0, 0x10fffd,
				      0x10ffff, 0x110000, WEOF };
	for (size_t i = 0; i < sizeof far / sizeof *far; i++)
		printf("wcwidth(%#x)=%d\n", (unsigned)far[i], wcwidth(far[i]));
	static const wchar_t *const strings[] = { L"", L"abc", L"\x4e2d\x6587", L"e\x301", L"a\tb",
						  L"\xff21\x1f600", L"x\x7f" };
	for (size_t i = 0; i < sizeof strings / sizeof *strings; i++)
		printf("wcswidth %zu: %d %d %d\n", i, wcswidth(strings[i], 100),
		       wcswidth(strings[i], 1), wcswidth(strings[i], 0));
}

int main(void)
{
	column_counts();
	for (wint_t c = 0; c < 0x530; c++)
		show(c);
	for (wint_t c = 0x1e00; c < 0x2000; c++)
		show(c);
	/* Classes without tables, over everything (as a count per class). */
	static int (*const simple[])(wint_t) = { iswblank, iswcntrl, iswdigit, iswgraph,
						   iswprint, iswspace, iswxdigit };
	for (size_t i = 0; i < sizeof simple / sizeof *simple; i++) {
		unsigned long n = 0, sum = 0;
		for (wint_t c = 0; c < 0x110400; c++)
			if (simple[i](c)) {
				n++;
				sum = sum * 31 + c;
			}
		printf("class %zu: %lu members, hash %#lx\n", i, n, sum);
	}
	static const wint_t odd[] = { WEOF, 0x110000, 0xd800, 0xfffe, 0xffff, 0x10fffe, 0xfffd,
				      0x2028, 0x3000, 0xa0, 0x2007, 0x1680, 0x10400, 0x10428 };
	for (size_t i = 0; i < sizeof odd / sizeof *odd; i++)
		show(odd[i]);
	printf("wctype: bogus=%lu empty=%lu Alpha=%lu\n", (unsigned long)wctype("bogus"),
	       (unsigned long)wctype(""), (unsigned long)wctype("Alpha"));
	printf("iswctype with no class: %d\n", iswctype('a', 0));
	wctrans_t up = wctrans("toupper"), low = wctrans("tolower");
	printf("wctrans: %d %d %d %d\n", !!up, !!low, up != low, !wctrans("totitle"));
	printf("towctrans: %#x %#x %#x %#x\n", (unsigned)towctrans(0x3b1, up),
	       (unsigned)towctrans(0x391, low), (unsigned)towctrans('a', 0),
	       (unsigned)towctrans(0x10428, up));
	return 0;
}
