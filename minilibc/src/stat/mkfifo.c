/* mkfifo: a FIFO, from the working directory. */
#include <sys/stat.h>
#include <fcntl.h>

int mkfifo(const char *path, mode_t mode)
{
	return mkfifoat(AT_FDCWD, path, mode);
}
