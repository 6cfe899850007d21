/* string.h and strings.h against musl. */
#define _GNU_SOURCE
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <stdlib.h>

static int sgn(int x) { return (x > 0) - (x < 0); }

int main(void)
{
	char buf[256], big[5000], big2[5000];
	const char *words[] = { "", "a", "ab", "abc", "abd", "abcdefghijklmnop", "ABC", "\xff", "\x01" };
	int nw = sizeof words / sizeof *words;

	for (int i = 0; i < nw; i++) {
		printf("strlen(%d)=%zu\n", i, strlen(words[i]));
		for (int j = 0; j < nw; j++)
			printf("cmp %d %d: %d %d %d %d %d\n", i, j, sgn(strcmp(words[i], words[j])),
			       sgn(strncmp(words[i], words[j], 2)), sgn(strcasecmp(words[i], words[j])),
			       sgn(strncasecmp(words[i], words[j], 1)),
			       sgn(memcmp(words[i], words[j], strlen(words[i]) < strlen(words[j]) ? strlen(words[i]) : strlen(words[j]))));
	}
	/* strlen/memcpy/memset/memmove at every alignment and many lengths */
	for (int off = 0; off < 33; off++)
		for (int len = 0; len < 300; len += 7) {
			memset(big, 'x', sizeof big);
			memset(big + off, 'a' + len % 26, len);
			big[off + len] = 0;
			if (strlen(big + off) != (size_t)len)
				printf("strlen off=%d len=%d wrong\n", off, len);
			memset(big2, 0, sizeof big2);
			memcpy(big2 + (off * 3) % 17, big + off, len + 1);
			if (strcmp(big2 + (off * 3) % 17, big + off))
				printf("memcpy off=%d len=%d wrong\n", off, len);
		}
	for (int n = 0; n < 4000; n = n * 2 + 1) {
		for (int i = 0; i < 4500; i++)
			big[i] = (char)(i * 7);
		memmove(big + 3, big, n);
		unsigned h = 0;
		for (int i = 0; i < 4500; i++)
			h = h * 31 + (unsigned char)big[i];
		memmove(big, big + 5, n);
		for (int i = 0; i < 4500; i++)
			h = h * 31 + (unsigned char)big[i];
		printf("memmove %d: %08x\n", n, h);
	}
	/* large copies take other paths (rep movsb, the streaming loop) */
	for (size_t n = 1000; n < (4u << 20); n = n * 5 + 3) {
		unsigned char *x = malloc(n + 16), *y = malloc(n + 16);
		for (size_t i = 0; i < n + 16; i++)
			x[i] = (unsigned char)(i * 31 + 7);
		memset(y, 0, n + 16);
		memcpy(y + 1, x + 3, n);
		printf("memcpy %zu: %d %d\n", n, !memcmp(y + 1, x + 3, n), y[n + 1]);
		memset(y, 'q', n);
		y[n] = 0;
		printf("strlen %zu: %d\n", n, strlen(y) == n);
		free(x);
		free(y);
	}
	strcpy(buf, "hello");
	strcat(buf, ", world");
	strncat(buf, "!!!!!", 2);
	printf("%s %zu\n", buf, strlen(buf));
	printf("strchr %s | strrchr %s | strchr0 %d\n", strchr(buf, 'o'), strrchr(buf, 'o'), strchr(buf, 0) == buf + strlen(buf));
	printf("strstr %s | %s | %p\n", strstr(buf, "wor"), strstr(buf, ""), (void *)strstr(buf, "xyz"));
	printf("spn %zu cspn %zu pbrk %s\n", strspn(buf, "leh"), strcspn(buf, ",!"), strpbrk(buf, "wr"));
	printf("memchr %s memrchr %s\n", (char *)memchr(buf, 'l', 12), (char *)memrchr(buf, 'l', 12));
	memset(buf, 0, sizeof buf);
	strncpy(buf, "abc", 6);
	printf("strncpy %d %d %d\n", buf[2], buf[3], buf[5]);
	char *d = strdup("duplicate"), *nd = strndup("duplicate", 3);
	printf("%s %s\n", d, nd);
	free(d);
	free(nd);
	char toks[] = "  a,b,,c  d ,";
	for (char *t = strtok(toks, " ,"); t; t = strtok(NULL, " ,"))
		printf("tok[%s]\n", t);
	char toks2[] = "x=1;y=2;;z=3", *save;
	for (char *t = strtok_r(toks2, ";", &save); t; t = strtok_r(NULL, ";", &save))
		printf("tok_r[%s]\n", t);
	for (int e = 0; e < 40; e++)
		printf("strerror(%d) = %s\n", e, strerror(e));
	for (int s = 1; s < 32; s++)
		printf("strsignal(%d) = %s\n", s, strsignal(s));
	printf("stpcpy %ld\n", (long)(stpcpy(buf, "four") - buf));
	printf("memmem %s\n", (char *)memmem("haystack", 8, "st", 2));
	printf("ffs %d %d %d\n", ffs(0), ffs(1), ffs(0x80));
	return 0;
}
