/* mprotect: change a mapping's protection. */
#include <sys/mman.h>
#include "syscall.h"

int mprotect(void *addr, size_t len, int prot)
{
	return __sys(SYS_mprotect, addr, len, prot);
}
