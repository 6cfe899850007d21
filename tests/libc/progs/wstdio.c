/* Wide-character stdio against musl: fwide's orientation (set by the
 * first read or write, never changed after, and not enforced), fgetwc
 * and fgetws over valid, invalid and cut-short UTF-8 and in the C locale
 * (with the error flag and errno they leave), ungetwc then fgetwc,
 * fputwc/fputws with characters the stream's locale cannot write, and a
 * stream keeping the LC_CTYPE it had when it became wide, getwc and the
 * _unlocked names. */
#define _GNU_SOURCE
#include <errno.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>

static const char *err(void)
{
	return errno == EILSEQ ? "EILSEQ" : errno ? "other" : "-";
}

static FILE *tmp_with(const char *bytes, size_t n)
{
	FILE *f = tmpfile();
	fwrite(bytes, 1, n, f);
	rewind(f);
	return f;
}

/* Every fgetwc until WEOF, then the flags and what is left as bytes. */
static void read_all(const char *what, const char *bytes, size_t n)
{
	FILE *f = tmp_with(bytes, n);
	printf("%s:", what);
	for (int i = 0; i < 12; i++) {
		errno = 0;
		wint_t c = fgetwc(f);
		printf(" %#x/%s/%d", (unsigned)c, err(), ferror(f) ? 1 : 0);
		if (c == WEOF) {
			if (feof(f) || i > 8)
				break;
			clearerr(f);
		}
	}
	printf(" eof=%d fwide=%d\n", feof(f) ? 1 : 0, fwide(f, 0));
	fclose(f);
}

static void show_file(const char *what, FILE *f)
{
	char buf[64];
	fflush(f);
	rewind(f);
	size_t n = fread(buf, 1, sizeof buf, f);
	printf("%s: %zu bytes <", what, n);
	for (size_t i = 0; i < n; i++)
		printf(i ? " %02x" : "%02x", (unsigned char)buf[i]);
	printf(">\n");
}

static void orientation(void)
{
	FILE *f = tmpfile();
	printf("fresh %d", fwide(f, 0));
	printf(" ask-byte %d", fwide(f, -5));
	printf(" ask-wide %d", fwide(f, 3));
	printf(" query %d\n", fwide(f, 0));
	fclose(f);

	f = tmpfile();
	fputc('x', f);
	printf("after fputc %d", fwide(f, 0));
	errno = 0;
	printf(" fputwc=%#x", (unsigned)fputwc(L'y', f));
	printf(" still %d\n", fwide(f, 0));
	show_file("byte stream given a wide char", f);
	fclose(f);

	f = tmpfile();
	fputwc(L'a', f);
	printf("after fputwc %d", fwide(f, 0));
	fputs("bc", f);
	printf(" fputs on it %d", fwide(f, 0));
	printf(" ask-byte %d\n", fwide(f, -1));
	show_file("wide stream given bytes", f);
	rewind(f);
	int b = getc(f);
	wint_t w = fgetwc(f);
	printf("getc %c fgetwc %lc\n", b, w);
	fclose(f);

	f = tmp_with("q", 1);
	b = fgetc(f);
	printf("fgetc %c then fwide %d\n", b, fwide(f, 0));
	fclose(f);
	f = tmp_with("q", 1);
	ungetc('z', f);
	printf("after ungetc %d\n", fwide(f, 0));
	fclose(f);
	printf("stdin %d stdout %d\n", fwide(stdin, 0), fwide(stdout, 0));
}

static void unget(void)
{
	FILE *f = tmp_with("ab\xc3\xa9z", 5);
	printf("fgetwc %#x", (unsigned)fgetwc(f));
	printf(" ungetwc %#x", (unsigned)ungetwc(0xe9, f));
	printf(" fgetwc %#x", (unsigned)fgetwc(f));
	printf(" fgetwc %#x", (unsigned)fgetwc(f));
	printf(" ungetwc(WEOF) %#x", (unsigned)ungetwc(WEOF, f));
	errno = 0;
	printf(" ungetwc(d800) %#x", (unsigned)ungetwc(0xd800, f));
	printf(" %s", err());
	printf(" ungetwc x3:");
	for (int i = 0; i < 3; i++)
		printf(" %#x", (unsigned)ungetwc(0x20ac, f));
	printf(" then");
	for (int i = 0; i < 5; i++)
		printf(" %#x", (unsigned)fgetwc(f));
	printf("\n");
	/* At end of file: ungetwc clears the EOF flag. */
	while (fgetwc(f) != WEOF)
		;
	printf("eof %d", feof(f) ? 1 : 0);
	printf(" ungetwc %#x", (unsigned)ungetwc(L'k', f));
	printf(" eof %d", feof(f) ? 1 : 0);
	printf(" fgetwc %#x\n", (unsigned)fgetwc(f));
	fclose(f);
}

static void lines(void)
{
	wchar_t buf[8];
	FILE *f = tmp_with("l\xc3\xa9ne\none more line\n\xe2\x82\xac", 25);
	for (int i = 0; i < 6; i++) {
		wmemset(buf, 0x2a, 8);
		wchar_t *r = fgetws(buf, i == 2 ? 1 : 6, f);
		printf("fgetws %s:", r ? "ok" : "NULL");
		for (int j = 0; j < 7; j++)
			printf(" %x", (unsigned)buf[j]);
		printf("\n");
	}
	fclose(f);
	f = tmp_with("ok\xc3(", 4);
	wmemset(buf, 0x2a, 8);
	errno = 0;
	wchar_t *r = fgetws(buf, 8, f);
	printf("fgetws invalid: %s", r ? "ok" : "NULL");
	printf(" %s err=%d [%x %x %x]\n", err(),
	       ferror(f) ? 1 : 0, (unsigned)buf[0], (unsigned)buf[1], (unsigned)buf[2]);
	fclose(f);
}

static void writes(void)
{
	FILE *f = tmpfile();
	errno = 0;
	printf("fputwc %#x", (unsigned)fputwc(0xe9, f));
	printf(" %s err=%d", err(), ferror(f) ? 1 : 0);
	printf(" putwc %#x", (unsigned)putwc(0xdf99, f));
	errno = 0;
	int r = fputws(L"ab\x20ac", f);
	printf(" fputws %d %s", r, err());
	r = fputws(L"plain", f);
	printf(" fputws %d", r);
	r = fputws(L"", f);
	printf(" fputws(\"\") %d\n", r);
	show_file("written", f);
	fclose(f);
}

static void cases(const char *locale)
{
	setlocale(LC_CTYPE, locale);
	printf("-- %s\n", locale);
	read_all("ascii", "ab\n", 3);
	read_all("utf8", "\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80", 9);
	read_all("high bytes", "\x80\xff", 2);
	read_all("bad lead", "\xff" "a", 2);
	read_all("bad second", "\xc3(x", 3);
	read_all("cut short", "a\xe2\x82", 3);
	read_all("surrogate", "\xed\xa0\x80", 3);
	read_all("nul", "a\0b", 3);
	unget();
	lines();
	writes();
}

int main(void)
{
	orientation();
	cases("C");
	cases("C.UTF-8");
	/* A stream keeps the LC_CTYPE it had when it became wide. */
	FILE *f = tmpfile();
	setlocale(LC_CTYPE, "C");
	fwide(f, 1);
	setlocale(LC_CTYPE, "C.UTF-8");
	errno = 0;
	printf("C stream under C.UTF-8: fputwc(e9)=%#x", (unsigned)fputwc(0xe9, f));
	printf(" %s", err());
	printf(" fputwc(df80)=%#x\n", (unsigned)fputwc(0xdf80, f));
	show_file("kept C", f);
	fclose(f);
	f = tmpfile();
	fputc('b', f);
	fputwc(0x20ac, f);         /* byte-oriented, yet takes its locale now */
	setlocale(LC_CTYPE, "C");
	fputwc(0xe9, f);
	show_file("kept UTF-8", f);
	fclose(f);
	/* stdout through the wide functions. */
	fflush(stdout);
	putwchar(L'w');
	putwc(L'\n', stdout);
	fputws(L"stdout fwide ", stdout);
	printf("%d\n", fwide(stdout, 0));
	printf("getwchar %#x", (unsigned)getwchar());
	printf(" %#x", (unsigned)getwchar());
	printf(" stdin fwide %d\n", fwide(stdin, 0));
	printf("getwc %#x", (unsigned)getwc(stdin));
	printf(" getwc_unlocked %#x", (unsigned)getwc_unlocked(stdin));
	printf(" fgetwc_unlocked %#x", (unsigned)fgetwc_unlocked(stdin));
	printf(" getwchar_unlocked %#x\n", (unsigned)getwchar_unlocked());
	wchar_t line[8];
	printf("fgetws_unlocked %s", fgetws_unlocked(line, 8, stdin) ? "ok" : "NULL");
	printf(" [%x %x]\n", (unsigned)line[0], (unsigned)line[6]);
	fflush(stdout);
	fputwc_unlocked(L'u', stdout);
	putwc_unlocked(L'v', stdout);
	putwchar_unlocked(L'\n');
	fputws_unlocked(L"unlocked done\n", stdout);
	return 0;
}
