/* munmap: remove a mapping. */
#include <sys/mman.h>
#include "syscall.h"

int munmap(void *addr, size_t len)
{
	return __sys(SYS_munmap, addr, len);
}
