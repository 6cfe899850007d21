/* mkstemp, mkdtemp, dirname, basename (libgen.h) and realpath.  Random
 * names and the run directory differ between runs, so the program prints
 * their properties and paths relative to the working directory. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <libgen.h>
#include <unistd.h>
#include <fcntl.h>
#include <sys/stat.h>

static char cwd[4096];

static void show_real(const char *path)
{
	char buf[4096];
	char *r;

	errno = 0;
	r = realpath(path, buf);
	if (!r) {
		printf("realpath(%s) = NULL errno=%d\n", path, errno);
		return;
	}
	size_t n = strlen(cwd);
	if (!strncmp(r, cwd, n) && (r[n] == '/' || !r[n]))
		printf("realpath(%s) = <cwd>%s\n", path, r + n);
	else
		printf("realpath(%s) = %s\n", path, r);
	char *m = realpath(path, 0);
	printf("  malloc'd copy %s\n", m && !strcmp(m, r) ? "same" : "differs");
	free(m);
}

/* Which bytes of the result differ from the template, and are they all
 * letters musl would use? */
static void show_temp(const char *what, const char *tmpl, const char *got, int ok)
{
	size_t l = strlen(tmpl);
	int same_prefix = l == strlen(got) && !memcmp(tmpl, got, l >= 6 ? l - 6 : 0);
	int letters = 1;

	for (size_t i = l >= 6 ? l - 6 : 0; i < l; i++)
		letters &= (got[i] >= 'A' && got[i] <= 'P') || (got[i] >= 'a' && got[i] <= 'p');
	printf("%s(%s): %s errno=%d prefix kept=%d letters=%d restored=%d\n", what, tmpl,
	       ok ? "ok" : "fail", ok ? 0 : errno, same_prefix, letters, !strcmp(tmpl, got));
}

int main(void)
{
	static const char *paths[] = {
		"/usr/lib/", "/usr/lib", "/usr/", "usr", "usr/", "/", "//", "///a//b//",
		".", "..", "", "a/b", "a//b", "/a", "a/", "a/b/", "//a//", "../x",
	};
	char buf[64];

	for (size_t i = 0; i < sizeof paths / sizeof *paths; i++) {
		strcpy(buf, paths[i]);
		printf("dirname(\"%s\") = \"%s\"", paths[i], dirname(buf));
		strcpy(buf, paths[i]);
		printf("  basename(\"%s\") = \"%s\"\n", paths[i], basename(buf));
	}
	printf("null: \"%s\" \"%s\"\n", dirname(NULL), basename(NULL));

	umask(022);
	getcwd(cwd, sizeof cwd);
	char t1[] = "tmp.XXXXXX", t2[] = "tmp.XXXXXX";
	int fd1 = mkstemp(t1), fd2 = mkstemp(t2);
	struct stat st;
	show_temp("mkstemp", "tmp.XXXXXX", t1, fd1 >= 0);
	printf("  distinct names %d, fds %d, ", strcmp(t1, t2) != 0, fd1 >= 0 && fd2 > fd1);
	fstat(fd1, &st);
	printf("mode %o size %lld, ", st.st_mode & 07777, (long long)st.st_size);
	printf("rdwr %d, exists %d\n", (fcntl(fd1, F_GETFL) & O_ACCMODE) == O_RDWR, access(t1, F_OK) == 0);
	static const char *bad[] = { "abc", "XXXXX", "tmpXXXXXXz", "XXXXXY", "nodir/XXXXXX", "" };
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		strcpy(buf, bad[i]);
		errno = 0;
		int fd = mkstemp(buf);
		show_temp("mkstemp", bad[i], buf, fd >= 0);
		strcpy(buf, bad[i]);
		errno = 0;
		char *d = mkdtemp(buf);
		show_temp("mkdtemp", bad[i], buf, d != 0);
	}
	char d1[] = "dir.XXXXXX";
	char *d = mkdtemp(d1);
	show_temp("mkdtemp", "dir.XXXXXX", d1, d == d1);
	stat(d1, &st);
	printf("  isdir %d mode %o\n", S_ISDIR(st.st_mode), st.st_mode & 07777);

	/* realpath over a small tree with links, dots and slashes. */
	mkdir("a", 0755);
	mkdir("a/b", 0755);
	close(open("a/b/f", O_CREAT | O_WRONLY, 0644));
	symlink("b", "a/lb");
	symlink("../a/b/f", "a/lf");
	symlink("/", "root");
	symlink("loop1", "loop2");
	symlink("loop2", "loop1");
	symlink("nowhere", "dangling");
	symlink("a/b/", "slashy");
	static const char *rp[] = {
		".", "a", "a/", "a/b/f", "./a//b/./f", "a/lb/f", "a/lf", "a/lb/../lf",
		"a/b/../../a/b", "a/b/f/", "a/b/f/..", "a/nope", "a/nope/..", "..",
		"../..", "root", "root/..", "loop1", "dangling", "slashy", "slashy/f",
		"", "/", "//", "///", "/../..", "a/lb/..",
	};
	for (size_t i = 0; i < sizeof rp / sizeof *rp; i++)
		show_real(rp[i]);
	errno = 0;
	char *r = realpath(NULL, buf);
	printf("realpath(NULL) %p errno=%d\n", (void *)r, errno);
	char *big = malloc(5000);
	memset(big, 'a', 4999);
	big[4999] = 0;
	errno = 0;
	r = realpath(big, 0);
	printf("long %p errno=%d\n", (void *)r, errno);
	big[4000] = 0;
	errno = 0;
	r = realpath(big, 0);
	printf("long name %p errno=%d\n", (void *)r, errno);
	return 0;
}
