/* mmap: map memory or a file.  Offsets must be page aligned. */
#include <sys/mman.h>
#include <errno.h>
#include "syscall.h"

void *mmap(void *addr, size_t len, int prot, int flags, int fd, off_t off)
{
	if (off & 4095) {
		errno = EINVAL;
		return MAP_FAILED;
	}
	return (void *)__sys(SYS_mmap, addr, len, prot, flags, fd, off);
}
