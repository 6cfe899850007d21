/* printf's %lc and %ls against musl: characters converted as LC_CTYPE
 * says (the C locale's bytes 0x80-0xff as 0xdf80-0xdfff, UTF-8 under
 * C.UTF-8), EILSEQ for a character the locale cannot write, a precision
 * that counts bytes and never splits a character, width in bytes, and
 * %lc of a null character. */
#include <errno.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>


#define TRY(...) do { \
	char buf[64]; \
	memset(buf, '#', sizeof buf); \
	errno = 0; \
	int r = snprintf(buf, sizeof buf, __VA_ARGS__); \
	printf("%-22s r=%3d errno=%-6s <", #__VA_ARGS__, r, errno == EILSEQ ? "EILSEQ" : errno ? "other" : "-"); \
	for (int i = 0; i < 24 && buf[i] != '#'; i++) \
		printf(i ? " %02x" : "%02x", (unsigned char)buf[i]); \
	printf(">\n"); \
} while (0)

static void cases(void)
{
	TRY("[%lc]", L'a');
	TRY("[%lc]", 0);
	TRY("[%3lc]", 0);
	TRY("[%lc]", 0xe9);
	TRY("[%lc]", 0x20ac);
	TRY("[%lc]", 0x1f600);
	TRY("[%lc]", 0xdf80);
	TRY("[%lc]", 0xdfff);
	TRY("[%lc]", 0xd800);
	TRY("[%lc]", 0x110000);
	TRY("[%5lc]", 0xe9);
	TRY("[%-5lc]", 0x20ac);
	TRY("[%05lc]", 0xe9);
	TRY("[%ls]", L"abc");
	TRY("[%ls]", L"caf\xe9");
	TRY("[%ls]", L"x\xdf81y");
	TRY("[%ls]", L"\x20ac\x1f600");
	TRY("[%.0ls]", L"\xe9");
	TRY("[%.1ls]", L"\xe9z");
	TRY("[%.2ls]", L"\xe9z");
	TRY("[%.3ls]", L"a\xe9\xe9");
	TRY("[%.4ls]", L"a\x20ac\xe9");
	TRY("[%.3ls]", L"abc\xd800");
	TRY("[%.2ls]", L"ab\xd800");
	TRY("[%.2ls]", L"a\xd800");
	TRY("[%8ls]", L"\xe9\xe9");
	TRY("[%-8.3ls]", L"\xe9\xe9");
	TRY("[%*ls]", -6, L"\x20ac");
	TRY("[%ls|%d]", L"ok\xd800", 5);
	TRY("[%ls]", L"");
	TRY("%s %ls %lc", "a\xc3\xa9", L"\xe9", 0xe9);
	TRY("[%S][%C]", L"\xe9", 0xe9);
}

int main(void)
{
	printf("-- C\n");
	cases();
	setlocale(LC_CTYPE, "C.UTF-8");
	printf("-- C.UTF-8\n");
	cases();
	setlocale(LC_CTYPE, "C");
	/* The stream: what was written before a failing conversion stays. */
	errno = 0;
	int r = printf("before %ls after\n", L"\xe9");
	printf("\nprintf r=%d errno=%s\n", r, errno == EILSEQ ? "EILSEQ" : "-");
	return 0;
}
