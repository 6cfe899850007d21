/* popen/pclose, tmpfile/tmpnam, the _unlocked and lockfile calls, and
 * fdopendir. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <fcntl.h>
#include <dirent.h>
#include <unistd.h>
#include <sys/stat.h>
#include <sys/wait.h>

static void pipes(void)
{
	char line[100];
	FILE *f = popen("echo hello; echo world; exit 3", "r");
	while (fgets(line, sizeof line, f))
		printf("read: %s", line);
	int st = pclose(f);
	printf("pclose: exited %d status %d\n", WIFEXITED(st), WEXITSTATUS(st));
	f = popen("tr a-z A-Z > upper.txt", "w");
	fprintf(f, "to the command\n");
	printf("pclose: %d\n", pclose(f));
	f = fopen("upper.txt", "r");
	fgets(line, sizeof line, f);
	printf("file: %s", line);
	fclose(f);
	f = popen("kill -TERM $$", "r");
	st = pclose(f);
	printf("signalled %d sig %d\n", WIFSIGNALED(st), WTERMSIG(st));
	/* Two at once: the second command does not hold the first's pipe,
	 * so the first sees end of input when we close our end. */
	FILE *a = popen("cat > a.txt; echo done >> a.txt", "w");
	FILE *b = popen("echo b", "r");
	fputs("A\n", a);
	printf("a: %d\n", WEXITSTATUS(pclose(a)));
	fgets(line, sizeof line, b);
	printf("b: %s", line);
	printf("b: %d\n", pclose(b));
	f = fopen("a.txt", "r");
	while (fgets(line, sizeof line, f))
		printf("a.txt: %s", line);
	fclose(f);
	errno = 0;
	printf("bad mode: %p errno %d\n", (void *)popen("true", "x"), errno);
	f = popen("exit 127", "r");
	printf("127: %d\n", WEXITSTATUS(pclose(f)));
}

static void temporary(void)
{
	FILE *f = tmpfile();
	char buf[32] = "";
	fputs("scratch", f);
	rewind(f);
	fgets(buf, sizeof buf, f);
	printf("tmpfile: %s\n", buf);
	struct stat st;
	fstat(fileno(f), &st);
	printf("tmpfile links %ld mode %o\n", (long)st.st_nlink, st.st_mode & 0777);
	fclose(f);
	char name[L_tmpnam];
	char *p = tmpnam(name);
	printf("tmpnam: %d %d %zu\n", p == name, !strncmp(name, P_tmpdir "/", 5),
	       strlen(name));
	printf("free: %d\n", access(name, F_OK) == -1 && errno == ENOENT);
	p = tmpnam(0);
	printf("static: %d %d\n", p != 0, p && strcmp(p, name) != 0);
	printf("TMP_MAX %d L_tmpnam %d\n", TMP_MAX, L_tmpnam);
}

static void unlocked(void)
{
	FILE *f = fopen("u.txt", "w+");
	flockfile(f);
	putc_unlocked('x', f);
	putc_unlocked('y', f);
	printf("trylock %d\n", ftrylockfile(f));
	funlockfile(f);
	funlockfile(f);
	rewind(f);
	int c1 = getc_unlocked(f), c2 = getc_unlocked(f), c3 = getc_unlocked(f);
	printf("unlocked: %c %c %d\n", c1, c2, c3);
	fclose(f);
	putchar_unlocked('!');
	putchar_unlocked('\n');
	printf("stdin: %c\n", getchar_unlocked());
}

static int cmp(const void *a, const void *b)
{
	return strcmp(*(char **)a, *(char **)b);
}

static void directories(void)
{
	mkdir("d", 0755);
	close(open("d/one", O_CREAT | O_WRONLY, 0644));
	close(open("d/two", O_CREAT | O_WRONLY, 0644));
	int fd = open("d", O_RDONLY | O_DIRECTORY);
	DIR *d = fdopendir(fd);
	printf("dirfd same %d cloexec %d\n", dirfd(d) == fd, fcntl(fd, F_GETFD));
	char *names[8];
	int n = 0;
	struct dirent *e;
	while ((e = readdir(d)) && n < 8)
		names[n++] = strdup(e->d_name);
	qsort(names, n, sizeof *names, cmp);
	for (int i = 0; i < n; i++)
		printf("entry %s\n", names[i]);
	closedir(d);
	printf("closed: %d\n", fcntl(fd, F_GETFD) == -1 && errno == EBADF);
	errno = 0;
	fd = open("d/one", O_RDONLY);
	printf("file: %p errno %d\n", (void *)fdopendir(fd), errno);
	errno = 0;
	printf("bad fd: %p errno %d\n", (void *)fdopendir(99), errno);
}

int main(void)
{
	setvbuf(stdout, 0, _IONBF, 0);
	pipes();
	temporary();
	unlocked();
	directories();
	return 0;
}
