/* scanf's %lc, %ls and %l[ against musl: multibyte input decoded as
 * LC_CTYPE says (bytes 0x80-0xff as 0xdf80-0xdfff in the C locale, UTF-8
 * under C.UTF-8), widths that count bytes, invalid and unfinished
 * sequences (an input failure), '*' suppression, and what a stream has
 * left after each. */
#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>

static void show_wcs(const wchar_t *ws, int n)
{
	printf("[");
	for (int i = 0; i < n; i++)
		printf("%s%#x", i ? " " : "", (unsigned)ws[i]);
	printf("]");
}

/* One sscanf with two wide destinations and a %n. */
static void one(const char *in, const char *fmt)
{
	wchar_t a[16], b[16];
	int n = -1;
	for (int i = 0; i < 16; i++)
		a[i] = b[i] = 0x2a;
	int r = sscanf(in, fmt, a, b, &n);
	printf("%-14s r=%2d n=%2d a=", fmt, r, n);
	show_wcs(a, 4);
	printf(" b=");
	show_wcs(b, 4);
	printf("\n");
}

/* The same through a stream, and what it leaves unread. */
static void stream(const char *in, const char *fmt)
{
	char rest[32] = "";
	wchar_t a[16] = { 0 };
	FILE *f = fmemopen((void *)in, strlen(in), "r");
	int r = fscanf(f, fmt, a);
	if (!fgets(rest, sizeof rest, f))
		strcpy(rest, "(eof)");
	printf("stream %-8s r=%2d a=", fmt, r);
	show_wcs(a, 3);
	printf(" rest=");
	for (char *p = rest; *p; p++)
		printf("%02x", (unsigned char)*p);
	printf("\n");
	fclose(f);
}

static void cases(void)
{
	static const char *inputs[] = {
		"abc def", "caf\xc3\xa9 x", "\xc3\xa9\xe2\x82\xac", "\xf0\x9f\x98\x80z",
		"\x80\xff", "a\xc3", "a\xc3z", "\xed\xa0\x80", "\xc0\xaf", "",
	};
	static const char *fmts[] = {
		"%ls%ls%n", "%lc%lc%n", "%2lc%ls%n", "%3lc%n", "%4lc%n", "%2ls%ls%n",
		"%l[a-z]%ls%n", "%l[^\xa9]%lc%n", "%*ls%ls%n", "%S %C%n",
	};
	for (unsigned i = 0; i < sizeof inputs / sizeof *inputs; i++) {
		printf("input");
		for (const char *p = inputs[i]; *p; p++)
			printf(" %02x", (unsigned char)*p);
		printf("\n");
		for (unsigned j = 0; j < sizeof fmts / sizeof *fmts; j++)
			one(inputs[i], fmts[j]);
	}
	stream("\xc3\xa9\xc3 tail", "%ls");
	stream("a\xff\xfe tail", "%ls");
	stream("\xe2\x82\xac\xe2\x82 tail", "%3lc");
	stream("\xe2\x82\xac\xe2\x82 tail", "%2lc");
	stream("\xe2\x82\xac\xe2\x82 tail", "%l[^ ]");
}

int main(void)
{
	printf("-- C\n");
	cases();
	setlocale(LC_CTYPE, "C.UTF-8");
	printf("-- C.UTF-8\n");
	cases();
	return 0;
}
