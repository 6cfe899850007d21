/* glob over a small tree made here: wildcards per component, hidden
 * files, literal paths, escapes, symbolic links and every flag. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <glob.h>
#include <fcntl.h>
#include <unistd.h>
#include <sys/stat.h>

static int errs(const char *path, int err)
{
	printf("  errfunc(%s, %d)\n", path, err);
	return 0;
}

static void show(const char *pat, int flags)
{
	glob_t g;
	memset(&g, 0, sizeof g);
	g.gl_offs = 2;
	int r = glob(pat, flags, errs, &g);
	printf("glob(%s, %#x) = %d, %zu:", pat, flags, r, g.gl_pathc);
	size_t offs = flags & GLOB_DOOFFS ? 2 : 0;
	for (size_t i = 0; r == 0 && i < offs + g.gl_pathc; i++)
		printf(" %s", g.gl_pathv[i] ? g.gl_pathv[i] : "(null)");
	if (r == 0)
		printf(" | %s", g.gl_pathv[offs + g.gl_pathc] ? "not NULL" : "NULL");
	printf("\n");
	if (r == 0)
		globfree(&g);
}

static void touch(const char *p)
{
	close(open(p, O_CREAT | O_WRONLY, 0644));
}

int main(void)
{
	setvbuf(stdout, 0, _IONBF, 0);
	mkdir("t", 0755);
	chdir("t");
	mkdir("sub", 0755);
	mkdir("sub2", 0755);
	mkdir(".dot", 0755);
	touch("a.c"), touch("b.c"), touch("c.h"), touch(".hidden.c"), touch("q[1]");
	touch("star*"), touch("sub/x.c"), touch("sub/y.h"), touch("sub2/z.c"), touch(".dot/w.c");
	symlink("sub", "link");
	symlink("nowhere", "broken");
	static const char *pats[] = {
		"*", "*.c", ".*", "*/*.c", "*/", "s?b", "[ab].c", "[!a].c", "nothing*", "sub/x.c",
		"missing/x", "star\\*", "q[1]", "q\\[1]", "sub/../*.h", "./*.c", "*/*", "*/.*",
		"broken", "br*", "link/*", "a.c/*", "/", "[", "sub//x.c", "*.[ch]", "s*/[xz].c",
	};
	for (size_t i = 0; i < sizeof pats / sizeof *pats; i++)
		show(pats[i], 0);
	show("*", GLOB_MARK);
	show("*/", GLOB_MARK);
	show("sub", GLOB_MARK);
	show("link", GLOB_MARK);
	show("nothing*", GLOB_NOCHECK);
	show("no\\thing", GLOB_NOCHECK);
	show("*", GLOB_PERIOD);
	show(".*", GLOB_PERIOD);
	show("*.c", GLOB_DOOFFS);
	show("star\\*", GLOB_NOESCAPE);
	show("*", GLOB_ERR);
	/* Appending two results, the second sorted on its own. */
	glob_t g;
	memset(&g, 0, sizeof g);
	int r1 = glob("sub/*", 0, 0, &g);
	int r2 = glob("*.c", GLOB_APPEND, 0, &g);
	int r3 = glob("zzz*", GLOB_APPEND, 0, &g);
	printf("append %d %d %d: %zu:", r1, r2, r3, g.gl_pathc);
	for (size_t i = 0; i < g.gl_pathc; i++)
		printf(" %s", g.gl_pathv[i]);
	printf("\n");
	globfree(&g);
	setenv("HOME", "/tmp", 1);
	show("~", GLOB_TILDE);
	show("~/", GLOB_TILDE);
	show("~root", GLOB_TILDE);
	show("~nosuchuser/x", GLOB_TILDE);
	show("~nosuchuser/x", GLOB_TILDE_CHECK);
	show("~", 0);
	return 0;
}
