/* Files through stdio and through system calls: fopen modes, fread/
 * fwrite, fseek/ftell, fgets/ungetc/getc, EOF and error flags, stat,
 * directories. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <fcntl.h>
#include <errno.h>
#include <dirent.h>
#include <sys/stat.h>

static int cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int main(void)
{
	char buf[256];
	FILE *f = fopen("a.txt", "w");
	for (int i = 0; i < 1000; i++)
		fprintf(f, "line %d %s\n", i, i % 7 ? "x" : "seven");
	printf("ftell after write %ld\n", ftell(f));
	printf("fclose %d\n", fclose(f));

	f = fopen("a.txt", "r");
	int lines = 0;
	while (fgets(buf, sizeof buf, f))
		lines++;
	printf("lines %d feof %d ferror %d\n", lines, feof(f), ferror(f));
	printf("getc at eof %d\n", getc(f));
	rewind(f);
	printf("after rewind feof %d first %c\n", feof(f), getc(f));
	printf("ungetc %c\n", ungetc('Z', f));
	printf("fgets [%s]", fgets(buf, sizeof buf, f));
	fseek(f, 100, SEEK_SET);
	printf("ftell %ld ", ftell(f));
	fgets(buf, 20, f);
	printf("fgets20 [%s] ftell %ld\n", buf, ftell(f));
	fseek(f, -30, SEEK_END);
	size_t n = fread(buf, 1, 100, f);
	buf[n] = 0;
	printf("tail %zu [%s] eof %d\n", n, buf, feof(f));
	fseek(f, -5, SEEK_CUR);
	printf("ftell %ld\n", ftell(f));
	fclose(f);

	f = fopen("b.bin", "w+");
	int data[5000];
	for (int i = 0; i < 5000; i++)
		data[i] = i * i;
	printf("fwrite %zu\n", fwrite(data, sizeof *data, 5000, f));
	rewind(f);
	memset(data, 0, sizeof data);
	printf("fread %zu %d %d\n", fread(data, sizeof *data, 5000, f), data[1], data[4999]);
	printf("fread more %zu eof %d\n", fread(data, 4, 1, f), feof(f));
	clearerr(f);
	printf("clearerr eof %d\n", feof(f));
	fseek(f, 8, SEEK_SET);
	fputs("OVER", f);
	fflush(f);
	fseek(f, 0, SEEK_SET);
	fread(buf, 1, 16, f);
	printf("overwrite %d %d %.4s\n", ((int *)buf)[0], ((int *)buf)[1], buf + 8);
	fclose(f);

	f = fopen("a.txt", "a");
	fputs("appended\n", f);
	fclose(f);
	f = fopen("a.txt", "r");
	fseek(f, -9, SEEK_END);
	printf("append [%s]", fgets(buf, sizeof buf, f));
	fclose(f);

	printf("fopen missing %p errno %s\n", (void *)fopen("missing/x", "r"), strerror(errno));
	printf("fopen bad mode %p\n", (void *)fopen("a.txt", "q"));
	f = fopen("a.txt", "r");
	printf("fputc on read-only %d ferror %d\n", fputc('x', f), ferror(f));
	fclose(f);

	int fd = open("c.txt", O_CREAT | O_WRONLY | O_TRUNC, 0644);
	printf("write %zd\n", write(fd, "hello, file\n", 12));
	printf("lseek %ld\n", (long)lseek(fd, 0, SEEK_CUR));
	printf("pwrite %zd\n", pwrite(fd, "J", 1, 0));
	close(fd);
	fd = open("c.txt", O_RDONLY);
	n = read(fd, buf, sizeof buf);
	buf[n] = 0;
	printf("read %zu [%s]", n, buf);
	printf("pread %zd %c\n", pread(fd, buf, 3, 7), buf[0]);
	struct stat st;
	fstat(fd, &st);
	printf("fstat size %ld reg %d\n", (long)st.st_size, S_ISREG(st.st_mode));
	int fd2 = dup(fd);
	printf("dup>fd %d\n", fd2 > fd);
	printf("dup2 %d\n", dup2(fd, 20));
	close(fd);
	close(fd2);
	close(20);
	printf("close bad %d errno %d\n", close(20), errno);
	f = fdopen(open("c.txt", O_RDONLY), "r");
	printf("fdopen [%s]", fgets(buf, sizeof buf, f));
	fclose(f);

	printf("mkdir %d\n", mkdir("d", 0755));
	printf("mkdir again %d %s\n", mkdir("d", 0755), strerror(errno));
	for (int i = 0; i < 30; i++) {
		snprintf(buf, sizeof buf, "d/file%02d", i);
		close(open(buf, O_CREAT | O_WRONLY, 0644));
	}
	mkdir("d/sub", 0755);
	DIR *dir = opendir("d");
	char *names[64];
	int nn = 0;
	struct dirent *de;
	while ((de = readdir(dir)))
		names[nn++] = strdup(de->d_name);
	closedir(dir);
	qsort(names, nn, sizeof *names, cmp);
	for (int i = 0; i < nn; i++)
		printf("%s ", names[i]);
	printf("\n");
	stat("d/sub", &st);
	printf("stat dir %d\n", S_ISDIR(st.st_mode));
	printf("opendir missing %p\n", (void *)opendir("nope"));
	printf("chdir %d\n", chdir("d"));
	char *cwd = getcwd(buf, sizeof buf);
	printf("cwd ends with /d: %d\n", cwd && !strcmp(cwd + strlen(cwd) - 2, "/d"));
	chdir("..");
	printf("rmdir nonempty %d %s\n", rmdir("d"), strerror(errno));
	for (int i = 0; i < 30; i++) {
		snprintf(buf, sizeof buf, "d/file%02d", i);
		unlink(buf);
	}
	printf("rmdir sub %d rmdir d %d\n", rmdir("d/sub"), rmdir("d"));
	printf("unlink missing %d %s\n", unlink("nope"), strerror(errno));
	printf("remove %d rename %d\n", remove("b.bin"), rename("c.txt", "e.txt"));
	printf("access %d %d\n", access("e.txt", R_OK), access("c.txt", F_OK));
	printf("isatty %d %d\n", isatty(0), isatty(99));
	return 0;
}
