/* The wide string functions (wcs*, wmem*) against musl: results as
 * offsets into their arguments, the order of comparisons (wchar_t is
 * signed), terminators and padding, characters beyond the BMP and
 * negative ones; the wcsto* number parsers. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>

static int sgn(int x)
{
	return (x > 0) - (x < 0);
}

/* A pointer into s as an offset, -1 for null. */
static long at(const wchar_t *p, const wchar_t *s)
{
	return p ? (long)(p - s) : -1L;
}

static void show(const char *what, const wchar_t *ws, size_t n)
{
	printf("%s [", what);
	for (size_t i = 0; i < n; i++)
		printf("%s%#x", i ? " " : "", (unsigned)ws[i]);
	printf("]\n");
}

static const wchar_t *const words[] = {
	L"", L"a", L"ab", L"abc", L"abd", L"\xe9t\xe9", L"\x1f600x", L"x\x1f600", L"ABC",
	(const wchar_t[]){ -1, 'a', 0 }, (const wchar_t[]){ 0x7ffffff0, 0 }, L"abcabcabd",
};
/* (musl 1.2.3 subtracts to compare, so it orders -1 after 0x7fffffff;
 * later versions and minilibc compare, so only values whose difference
 * fits in an int are asked about here.) */
#define NWORDS (sizeof words / sizeof *words)

static void compare(void)
{
	for (size_t i = 0; i < NWORDS; i++) {
		printf("%zu: len=%zu nlen2=%zu\n", i, wcslen(words[i]), wcsnlen(words[i], 2));
		for (size_t j = 0; j < NWORDS; j++) {
			size_t li = wcslen(words[i]), lj = wcslen(words[j]);
			printf("  %zu %zu: cmp=%d ncmp2=%d coll=%d mem=%d str=%ld spn=%zu cspn=%zu pbrk=%ld\n",
			       i, j, sgn(wcscmp(words[i], words[j])),
			       sgn(wcsncmp(words[i], words[j], 2)),
			       sgn(wcscoll(words[i], words[j])),
			       sgn(wmemcmp(words[i], words[j], li < lj ? li : lj)),
			       at(wcsstr(words[i], words[j]), words[i]),
			       wcsspn(words[i], words[j]), wcscspn(words[i], words[j]),
			       at(wcspbrk(words[i], words[j]), words[i]));
		}
	}
}

static void search(void)
{
	static const wchar_t s[] = L"h\xe9llo w\x1f600rld \xe9!";
	static const wchar_t find[] = { 'h', 'l', 0xe9, 0x1f600, '!', 'z', 0, -1 };
	size_t len = wcslen(s);
	for (size_t i = 0; i < sizeof find / sizeof *find; i++)
		printf("find %#x: chr=%ld rchr=%ld memchr=%ld memchr(4)=%ld\n", (unsigned)find[i],
		       at(wcschr(s, find[i]), s), at(wcsrchr(s, find[i]), s),
		       at(wmemchr(s, find[i], len + 1), s), at(wmemchr(s, find[i], 4), s));
}

static void copy(void)
{
	wchar_t buf[16];
	for (size_t n = 0; n <= 8; n += 2) {
		wmemset(buf, 0x5a, 16);
		wcsncpy(buf, L"ab\xe9", n);
		printf("ncpy %zu:", n);
		show("", buf, 10);
		wmemset(buf, 0x5a, 16);
		wcscpy(buf, L"x");
		wcsncat(buf, L"y\x1f600z", n / 2);
		printf("ncat %zu:", n / 2);
		show("", buf, 8);
		wmemset(buf, 0x5a, 16);
		printf("xfrm %zu: %zu", n, wcsxfrm(buf, L"\xe9t\xe9!", n));
		show("", buf, 8);
	}
	wcscpy(buf, L"one");
	wcscat(buf, L"\xe9two");
	show("cat", buf, wcslen(buf) + 1);
	wmemcpy(buf, L"0123456789", 11);
	wmemmove(buf + 2, buf, 6);
	show("move up", buf, 11);
	wmemmove(buf, buf + 3, 6);
	show("move down", buf, 11);
	wchar_t *d = wcsdup(L"d\x10ffffp");
	show("dup", d, wcslen(d) + 1);
	free(d);
	printf("wmemset returns its argument: %d\n", wmemset(buf, -2, 3) == buf);
	show("set", buf, 4);
}

static void tokens(void)
{
	static const wchar_t *const inputs[] = { L"  a  b\xe9  c  ", L"", L"   ", L"x", L",a,,b,", L"\x1f600" };
	for (size_t i = 0; i < sizeof inputs / sizeof *inputs; i++) {
		wchar_t buf[32], *state = (wchar_t *)1, *tok;
		wcscpy(buf, inputs[i]);
		printf("tok %zu:", i);
		for (tok = wcstok(buf, L" ,", &state); tok; tok = wcstok(0, L" ,", &state))
			printf(" %ld(%zu)", at(tok, buf), wcslen(tok));
		printf(" end state=%ld\n", state ? at(state, buf) : -1L);
	}
}

static void numbers(void)
{
	static wchar_t digits[300];
	static const wchar_t big[] = L"1e400";
	static const wchar_t *const inputs[] = {
		L"  123abc", L"\x3000\x2003-42", L"0x1F", L"\xa0" L"5", L"99999999999999999999",
		L"-9223372036854775809", L"1.5e3x", L"  inf", L"-nan(12)z", L"0x1p-3", L"12\xe9",
		L"", L"+", L"0x", L"\x1f600" L"1", L"077", L"zz", big, digits,
	};
	for (int i = 0; i < 280; i++)
		digits[i] = i < 2 ? L"0."[i] : '0' + i % 10;
	for (size_t i = 0; i < sizeof inputs / sizeof *inputs; i++) {
		wchar_t *end;
		printf("num %zu:", i);
		static const int bases[] = { 0, 10, 16, 36 };
		for (size_t b = 0; b < 4; b++) {
			errno = 0;
			long v = wcstol(inputs[i], &end, bases[b]);
			printf(" l%d=%ld/%ld/%d", bases[b], v, at(end, inputs[i]), errno);
		}
		errno = 0;
		unsigned long uv = wcstoul(inputs[i], &end, 0);
		printf(" ul=%lu/%ld/%d", uv, at(end, inputs[i]), errno);
		errno = 0;
		long long llv = wcstoll(inputs[i], &end, 0);
		printf(" ll=%lld/%ld/%d", llv, at(end, inputs[i]), errno);
		errno = 0;
		unsigned long long ullv = wcstoull(inputs[i], &end, 0);
		printf(" ull=%llu/%ld/%d", ullv, at(end, inputs[i]), errno);
		errno = 0;
		double d = wcstod(inputs[i], &end);
		printf(" d=%.17g/%ld/%d", d, at(end, inputs[i]), errno);
		errno = 0;
		float f = wcstof(inputs[i], &end);
		printf(" f=%.9g/%ld/%d", f, at(end, inputs[i]), errno);
		/* minilibc's strtold has double range (README): not 1e400 */
		errno = 0;
		long double ld = wcstold(inputs[i] == big ? L"1e300" : inputs[i], &end);
		printf(" ld=%.15Lg/%d\n", ld, errno);
	}
	printf("null end: %ld %g\n", wcstol(L"7", 0, 10), wcstod(L"2.5", 0));
}

int main(void)
{
	numbers();
	compare();
	search();
	copy();
	tokens();
	return 0;
}
