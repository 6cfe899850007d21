/* The thin file system calls: fchmod fchown chown lchown fstatat
 * unlinkat readlink symlink link utimensat - results, errno values and
 * their effect seen through stat. */
#include <stdio.h>
#include <string.h>
#include <errno.h>
#include <unistd.h>
#include <fcntl.h>
#include <sys/stat.h>

#define SHOW(call) do { errno = 0; long r_ = (long)(call); \
	printf("%-50s = %ld errno=%d\n", #call, r_, r_ < 0 ? errno : 0); } while (0)

/* Times the program set are shown; times the clock set only as "now". */
static const char *when(struct timespec t)
{
	static char buf[2][40];
	static int k;

	k ^= 1;
	if (t.tv_sec > 1600000000)
		return "now";
	snprintf(buf[k], sizeof buf[k], "%lld.%09ld", (long long)t.tv_sec, t.tv_nsec);
	return buf[k];
}

static void show_stat(const char *path, int flags)
{
	struct stat st;

	if (fstatat(AT_FDCWD, path, &st, flags)) {
		printf("  fstatat(%s, %#x): errno=%d\n", path, flags, errno);
		return;
	}
	printf("  fstatat(%s, %#x): type=%o mode=%o nlink=%ld size=%lld atime=%s mtime=%s\n",
	       path, flags, st.st_mode & S_IFMT, st.st_mode & 07777, (long)st.st_nlink,
	       (long long)st.st_size, when(st.st_atim), when(st.st_mtim));
}

int main(void)
{
	char buf[16];
	int fd = open("f", O_CREAT | O_RDWR, 0644);
	umask(022);
	write(fd, "hello", 5);

	SHOW(fchmod(fd, 0640));
	show_stat("f", 0);
	SHOW(fchmod(-1, 0600));
	SHOW(fchown(fd, -1, -1));
	SHOW(fchown(fd, getuid(), getgid()));
	SHOW(fchown(99, -1, -1));
	SHOW(chown("f", -1, getgid()));
	SHOW(chown("nonexistent", -1, -1));

	SHOW(symlink("f", "l"));
	SHOW(symlink("f", "l"));
	SHOW(symlink("missing", "dangling"));
	SHOW(lchown("l", getuid(), -1));
	SHOW(lchown("dangling", -1, -1));
	SHOW(chown("dangling", -1, -1));
	memset(buf, '#', sizeof buf);
	SHOW(readlink("l", buf, sizeof buf));
	printf("  buf=%.16s\n", buf);
	SHOW(readlink("dangling", buf, 3));
	printf("  buf=%.16s\n", buf);
	SHOW(readlink("l", buf, 0));
	SHOW(readlink("f", buf, sizeof buf));
	SHOW(readlink("nonexistent", buf, sizeof buf));

	SHOW(link("f", "h"));
	SHOW(link("f", "h"));
	SHOW(link("nonexistent", "h2"));
	show_stat("h", 0);
	show_stat("l", 0);
	show_stat("l", AT_SYMLINK_NOFOLLOW);
	show_stat("dangling", 0);
	SHOW(fstatat(AT_FDCWD, "f", 0, 0x4000000));

	struct stat st;
	int dfd = open(".", O_RDONLY | O_DIRECTORY);
	mkdir("d", 0755);
	close(open("d/inner", O_CREAT | O_WRONLY, 0600));
	int sub = open("d", O_RDONLY | O_DIRECTORY);
	SHOW(fstatat(sub, "inner", &st, 0));
	printf("  inner mode %o size %lld\n", st.st_mode & 07777, (long long)st.st_size);
	SHOW(fstatat(dfd, "d", &st, 0));
	printf("  d is dir %d\n", S_ISDIR(st.st_mode));
	SHOW(fstatat(-1, "f", &st, 0));
	SHOW(fstatat(-1, "/", &st, 0));

	struct timespec ts[2] = { { 1000, 500 }, { 2000, 999999999 } };
	SHOW(utimensat(AT_FDCWD, "f", ts, 0));
	show_stat("f", 0);
	ts[0].tv_nsec = UTIME_OMIT;
	ts[1].tv_sec = 3000;
	ts[1].tv_nsec = 7;
	SHOW(utimensat(AT_FDCWD, "l", ts, 0));
	show_stat("f", 0);
	ts[1].tv_nsec = 1000000000;
	SHOW(utimensat(AT_FDCWD, "f", ts, 0));
	ts[0].tv_nsec = UTIME_NOW;
	ts[1].tv_nsec = UTIME_OMIT;
	SHOW(utimensat(sub, "inner", ts, 0));
	SHOW(fstatat(sub, "inner", &st, 0));
	printf("  inner atime recent %d\n", st.st_atim.tv_sec > 1600000000);
	ts[0] = (struct timespec){ 5, 5 };
	ts[1] = (struct timespec){ 6, 6 };
	SHOW(utimensat(AT_FDCWD, "l", ts, AT_SYMLINK_NOFOLLOW));
	show_stat("l", AT_SYMLINK_NOFOLLOW);
	show_stat("f", 0);
	SHOW(utimensat(AT_FDCWD, "nonexistent", 0, 0));
	SHOW(utimensat(AT_FDCWD, "f", 0, 0));
	SHOW(fstatat(AT_FDCWD, "f", &st, 0));
	printf("  f mtime recent %d\n", st.st_mtim.tv_sec > 1600000000);

	SHOW(unlinkat(AT_FDCWD, "h", 0));
	SHOW(unlinkat(AT_FDCWD, "h", 0));
	SHOW(unlinkat(AT_FDCWD, "d", 0));
	SHOW(unlinkat(AT_FDCWD, "d", AT_REMOVEDIR));
	SHOW(unlinkat(sub, "inner", 0));
	SHOW(unlinkat(dfd, "d", AT_REMOVEDIR));
	SHOW(unlinkat(AT_FDCWD, "f", AT_REMOVEDIR));
	SHOW(unlinkat(AT_FDCWD, "l", 0));
	show_stat("f", 0);
	show_stat("d", 0);
	return 0;
}
