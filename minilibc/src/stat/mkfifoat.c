/* mkfifoat: a FIFO relative to a directory descriptor. */
#include <sys/stat.h>

int mkfifoat(int dirfd, const char *path, mode_t mode)
{
	return mknodat(dirfd, path, mode | S_IFIFO, 0);
}
