/* open_memstream and fmemopen: growing, seeking past the end, the size
 * the caller sees after fflush, reading and writing a fixed buffer in
 * each mode, and the limits at its end. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>

static void dump(const char *what, const char *b, size_t n)
{
	printf("%s [", what);
	for (size_t i = 0; i < n; i++)
		putchar(b[i] ? b[i] : '0');
	printf("]\n");
}

static void memstream(void)
{
	char *buf;
	size_t size;
	FILE *f = open_memstream(&buf, &size);
	printf("start: %zu [%s]\n", size, buf);
	fprintf(f, "hello %d", 42);
	fflush(f);
	printf("flushed: %zu [%s]\n", size, buf);
	for (int i = 0; i < 3000; i++)
		fputc('a' + i % 26, f);
	fflush(f);
	printf("grown: %zu %zu %c\n", size, strlen(buf), buf[size - 1]);
	fseek(f, 2, SEEK_SET);
	fflush(f);
	printf("seek back: size %zu len %zu ftell %ld\n", size, strlen(buf), ftell(f));
	fputs("XY", f);
	fflush(f);
	printf("overwrite: %.10s size %zu\n", buf, size);
	fseek(f, 0, SEEK_END);
	printf("end: %ld\n", ftell(f));
	fseek(f, 5, SEEK_END);
	fputs("!", f);
	fflush(f);
	dump("past end", buf + size - 8, 9);
	printf("size %zu errno-free seek %d\n", size, fseek(f, -1, SEEK_SET));
	printf("read: %d\n", fgetc(f));
	fclose(f);
	printf("closed: %zu\n", size);
	free(buf);
}

static void fixed(const char *mode, const char *init, const char *text)
{
	char b[12];
	memset(b, '#', sizeof b);
	memcpy(b, init, strlen(init) + 1);
	FILE *f = fmemopen(b, 10, mode);
	if (!f) {
		printf("%s: NULL errno %d\n", mode, errno);
		return;
	}
	char in[20] = "";
	int got = fread(in, 1, 4, f);
	printf("%-3s read %d [%.*s] eof %d\n", mode, got, got, in, feof(f));
	clearerr(f);
	fseek(f, 0, SEEK_CUR);   /* C asks for it between reading and writing */
	size_t w = fwrite(text, 1, strlen(text), f);
	int fl = fflush(f);
	printf("    wrote %zu flush %d err %d pos %ld\n", w, fl, ferror(f), ftell(f));
	dump("    buf", b, sizeof b);
	printf("    seek 10: %d, 11: %d, -1: %d\n", fseek(f, 10, SEEK_SET), fseek(f, 11, SEEK_SET),
	       fseek(f, -1, SEEK_SET));
	rewind(f);
	got = fread(in, 1, sizeof in, f);
	printf("    all %d [%.*s]\n", got, got, in);
	fclose(f);
	dump("    closed", b, sizeof b);
}

int main(void)
{
	memstream();
	static const char *modes[] = {"r", "w", "a", "r+", "w+", "a+"};
	for (size_t i = 0; i < sizeof modes / sizeof *modes; i++) {
		fixed(modes[i], "abc", "XYZ");
		fixed(modes[i], "abcdefgh", "0123456789AB");
	}
	FILE *f = fmemopen(0, 8, "w+");
	fputs("scratch", f);
	rewind(f);
	char line[16];
	printf("null buf: [%s]\n", fgets(line, sizeof line, f));
	fclose(f);
	errno = 0;
	printf("bad mode: %p %d\n", (void *)fmemopen(line, 4, "x"), errno);
	f = fmemopen(line, sizeof line, "r");
	strcpy(line, "12 34 abc");
	int x, y;
	char word[8];
	printf("fscanf: %d", fscanf(f, "%d %d %7s", &x, &y, word));
	printf(" %d %d %s\n", x, y, word);
	fclose(f);
	return 0;
}
