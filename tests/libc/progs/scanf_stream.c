/* scanf, fscanf, vscanf, vfscanf on real streams: what is left unread
 * after each conversion (one byte of pushback), matching failures in the
 * middle of a number, end of file, unbuffered streams, ungetc before
 * fscanf, and stdin (progs/input.txt). */
#include <stdio.h>
#include <stdarg.h>
#include <string.h>

static int my_vscanf(const char *fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vscanf(fmt, ap);
	va_end(ap);
	return r;
}

static int my_vfscanf(FILE *f, const char *fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vfscanf(f, fmt, ap);
	va_end(ap);
	return r;
}

static FILE *file_with(const char *text, int unbuffered)
{
	FILE *f = fopen("scan.txt", "w");
	fputs(text, f);
	fclose(f);
	f = fopen("scan.txt", "r");
	if (unbuffered)
		setvbuf(f, 0, _IONBF, 0);
	return f;
}

/* Runs one fscanf with a single int/double/string target and shows the
 * result, the values and what remains in the stream. */
static void one(const char *text, const char *fmt, int unbuffered)
{
	FILE *f = file_with(text, unbuffered);
	int i = -7, n = -7, r;
	double d = -7;
	char s[64] = "-";
	char rest[128];

	if (strchr(fmt, 'f') || strchr(fmt, 'e') || strchr(fmt, 'g') || strchr(fmt, 'a'))
		r = fscanf(f, fmt, &d, &n);
	else if (strchr(fmt, 's') || strchr(fmt, '['))
		r = fscanf(f, fmt, s, &n);
	else
		r = fscanf(f, fmt, &i, &n);
	size_t k = fread(rest, 1, sizeof rest - 1, f);
	rest[k] = 0;
	printf("%-14s %-10s %s r=%d i=%d d=%g s=%s n=%d rest=[%s] eof=%d\n", text, fmt,
	       unbuffered ? "nbf" : "buf", r, i, d, s, n, rest, feof(f) != 0);
	fclose(f);
}

int main(void)
{
	static const char *cases[][2] = {
		{ "12abc", "%d" }, { "12abc", "%d%n" }, { "-x", "%d" }, { "+", "%d" },
		{ "0x", "%x" }, { "0xg1", "%x" }, { "0x1g", "%i" }, { "09", "%i" },
		{ "0", "%i" }, { "  077 8", "%o" }, { "99999999999999999999999", "%d" },
		{ "1e+x", "%lf" }, { "1ex", "%lf" }, { "1e5x", "%lf" }, { ".x", "%lf" },
		{ "..5", "%lf" }, { "1.2.3", "%lf" }, { "0x1p", "%lf" }, { "0x.p1", "%lf" },
		{ "0x1.8p1!", "%lf" }, { "infx", "%lf" }, { "infinity!", "%lf" },
		{ "infin", "%lf" }, { "nan(abc)x", "%lf" }, { "nan(ab c)", "%lf" },
		{ "nanny", "%lf" }, { "-.5e-3;", "%lf" }, { "12345", "%3d%n" },
		{ "1234567", "%4lf%n" }, { "abc def", "%s%n" }, { "abc", "%5s%n" },
		{ "", "%d" }, { "   ", "%d" }, { "x", "%d" }, { "  x", " %[a-z]%n" },
		{ "ab", "%3c" }, { "5 ", "%d " }, { "5;", "%d ;%n" }, { "%", "%%" },
		{ "1e-400", "%lf" }, { "1e400", "%lf" },
		{ "00000000000000000000000000000000000000000000000000000001", "%d" },
		{ "0.000000000000000000000000000000000000000000000000000000000001e60", "%lf" },
	};
	for (size_t c = 0; c < sizeof cases / sizeof *cases; c++) {
		one(cases[c][0], cases[c][1], 0);
		one(cases[c][0], cases[c][1], 1);
	}

	/* A long number: more digits than any buffer the engine keeps. */
	FILE *f = fopen("long.txt", "w");
	fputs("1.", f);
	for (int i = 0; i < 5000; i++)
		fputc(i == 4000 ? '1' : '0', f);
	fputs("e2 next", f);
	fclose(f);
	f = fopen("long.txt", "r");
	double d;
	char w[16];
	int r = fscanf(f, "%lf %s", &d, w);
	printf("long: %d %.17g %s\n", r, d, w);
	fclose(f);

	/* ungetc'd bytes are read first; a matching failure leaves the
	 * stream at the failing byte. */
	f = file_with("34 rest", 0);
	ungetc('2', f);
	ungetc('1', f);
	int a = 0, b = 0;
	r = my_vfscanf(f, "%d %d", &a, &b);
	printf("ungetc: %d %d %d next=%c\n", r, a, b, getc(f));
	fclose(f);

	/* Multi-line records through fscanf, then EOF. */
	f = file_with("alpha 1 2.5\nbeta 2 -3e2\ngamma x\n", 0);
	char name[16];
	double v;
	while ((r = fscanf(f, "%15s %d %lf", name, &a, &v)) > 0)
		printf("record %d: %s %d %g\n", r, name, a, v);
	printf("end %d eof=%d\n", r, feof(f) != 0);
	r = fscanf(f, "%d", &a);
	printf("again %d\n", r);
	fclose(f);

	/* stdin: words, then the rest of the line with getchar. */
	char w1[32], w2[32];
	r = scanf("%31s %31s", w1, w2);
	printf("scanf %d [%s] [%s] next=%d\n", r, w1, w2, getchar());
	r = my_vscanf("%31[^\n]%n", w1, &a);
	printf("vscanf %d [%s] n=%d next=%d\n", r, w1, a, getchar());
	r = scanf("second line%n", &a);
	printf("literal %d n=%d next=%c\n", r, a, getchar());
	int c;
	while ((c = getchar()) != EOF && c != '\n')
		;
	r = scanf("%d", &a);
	printf("non-number %d next=%c\n", r, getchar());
	r = scanf("%*s %*s %*s %31s", w1);
	printf("tail %d [%s]\n", r, w1);
	r = scanf("%d", &a);
	printf("at eof %d feof=%d\n", r, feof(stdin) != 0);
	return 0;
}
