/* strlen and memcpy at every alignment and every length 0..300, with the
 * data ending right before an unmapped page or starting right after one,
 * so a read past the end (or before the start) faults.  minilibc picks a
 * version of each at run time (AVX2 or SSE2), so the program runs its
 * checks twice: itself, then re-executed with MINILIBC_NO_AVX2=1, which
 * makes minilibc keep the SSE2 versions (other libcs ignore it). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/mman.h>
#include <sys/wait.h>

#define PAGE 4096
#define MAXLEN 300

/* Three pages: none, data, none.  Returns the data page. */
static unsigned char *guarded_page(void)
{
	unsigned char *p = mmap(0, 3 * PAGE, PROT_READ | PROT_WRITE,
	                        MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (p == MAP_FAILED || mprotect(p, PAGE, PROT_NONE) || mprotect(p + 2 * PAGE, PAGE, PROT_NONE)) {
		printf("mmap failed\n");
		exit(1);
	}
	return p + PAGE;
}

/* A string of len bytes at s (non-zero, varying), then its terminator. */
static void make_string(unsigned char *s, size_t len)
{
	for (size_t i = 0; i < len; i++)
		s[i] = 1 + (i * 7 + len) % 255;
	s[len] = 0;
}

static long check_strlen(unsigned char *page, const char *where)
{
	long checks = 0, failures = 0;

	for (size_t len = 0; len <= MAXLEN; len++) {
		for (size_t slack = 0; slack < 64; slack++) {
			/* Terminator slack bytes before the end of the page, and a
			 * string starting slack bytes into it. */
			unsigned char *s[2] = { page + PAGE - 1 - slack - len, page + slack };
			for (int k = 0; k < 2; k++) {
				/* Zeros before the string: unmasked bytes before s would be seen. */
				memset(page, k ? 0 : 0xff, PAGE);
				if (k == 0)
					memset(page, 0, s[0] - page);
				make_string(s[k], len);
				size_t got = strlen((char *)s[k]);
				checks++;
				if (got != len && failures++ < 5)
					printf("%s: strlen at page%s%zu, length %zu: got %zu\n", where,
					       k ? "+" : "_end-", k ? slack : slack + len + 1, len, got);
			}
		}
	}
	printf("%s: strlen %ld checks, %ld failures\n", where, checks, failures);
	return failures;
}

static long check_memcpy(unsigned char *src_page, unsigned char *dst_page, const char *where)
{
	long checks = 0, failures = 0;

	for (size_t n = 0; n <= MAXLEN; n++) {
		for (size_t sa = 0; sa < 32; sa++) {
			for (size_t da = 0; da < 32; da += 3) {
				/* Source ends at its page's end, destination starts at its page's start (+da). */
				unsigned char *src = src_page + PAGE - n - sa, *dst = dst_page + da;
				for (size_t i = 0; i < n; i++)
					src[i] = (i * 13 + n + sa) & 0xff;
				memset(dst_page, 0xee, 2 * 32 + MAXLEN);
				memcpy(dst, src, n);
				int bad = memcmp(dst, src, n) != 0;
				for (size_t i = 0; i < da; i++)
					bad |= dst_page[i] != 0xee;
				for (size_t i = da + n; i < da + n + 32; i++)
					bad |= dst_page[i] != 0xee;
				checks++;
				if (bad && failures++ < 5)
					printf("%s: memcpy %zu bytes, source end-%zu, destination +%zu: wrong\n",
					       where, n, n + sa, da);
			}
		}
	}
	printf("%s: memcpy %ld checks, %ld failures\n", where, checks, failures);
	return failures;
}

/* Large copies too (the AVX2 and rep movsb paths): every alignment pair
 * modulo 32 for a few sizes, the source ending at an unmapped page. */
static long check_memcpy_large(const char *where)
{
	static const size_t sizes[] = { 301, 511, 1000, 2047, 2048, 4095, 5000, 12345,
	                                 (1 << 20) - 1, (1 << 20) + 33 };
	long checks = 0, failures = 0;
	size_t maxn = (1 << 20) + 64;
	size_t span = (maxn + 2 * PAGE) & ~(size_t)(PAGE - 1);
	unsigned char *src = mmap(0, span + PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	unsigned char *dst = malloc(maxn + 128);

	mprotect(src + span, PAGE, PROT_NONE);
	for (size_t k = 0; k < sizeof sizes / sizeof *sizes; k++) {
		size_t n = sizes[k];
		for (size_t sa = 0; sa < 32; sa += n > 100000 ? 7 : 1) {
			for (size_t da = 0; da < 32; da += 5) {
				unsigned char *s = src + span - n - sa;
				for (size_t i = 0; i < n; i += 97)
					s[i] = (i + n + sa) & 0xff;
				s[n - 1] = 0x5a;
				dst[da + n] = 0xee;
				memcpy(dst + da, s, n);
				checks++;
				if ((memcmp(dst + da, s, n) || dst[da + n] != 0xee) && failures++ < 5)
					printf("%s: memcpy %zu bytes (+%zu to +%zu): wrong\n", where, n, sa, da);
			}
		}
	}
	printf("%s: large memcpy %ld checks, %ld failures\n", where, checks, failures);
	return failures;
}

int main(int argc, char **argv, char **envp)
{
	int again = !getenv("MINILIBC_NO_AVX2");
	const char *where = again ? "default" : "baseline";
	unsigned char *a = guarded_page(), *b = guarded_page();
	long failures = check_strlen(a, where) + check_memcpy(a, b, where) + check_memcpy_large(where);

	fflush(stdout);
	if (again) {
		pid_t pid = fork();
		if (pid == 0) {
			/* The environment as it was (PATH finds fle-exec for an
			 * FLE executable's #! line), plus the switch. */
			static char *env[64];
			int n = 0;
			while (envp[n] && n < 62) {
				env[n] = envp[n];
				n++;
			}
			env[n] = "MINILIBC_NO_AVX2=1";
			execve(argv[0], argv, env);
			printf("exec %s failed\n", argv[0]);
			_exit(127);
		}
		int status;
		waitpid(pid, &status, 0);
		printf("baseline run: exit status %d\n", WIFEXITED(status) ? WEXITSTATUS(status) : -1);
	}
	return failures != 0;
}
