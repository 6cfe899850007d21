/* mremap: grow, shrink or move a mapping. */
#include <sys/mman.h>
#include <stdarg.h>
#include "syscall.h"

void *mremap(void *old, size_t old_len, size_t new_len, int flags, ...)
{
	va_list ap;
	void *new_addr = 0;

	if (flags & MREMAP_FIXED) {
		va_start(ap, flags);
		new_addr = va_arg(ap, void *);
		va_end(ap);
	}
	return (void *)__sys(SYS_mremap, old, old_len, new_len, flags, new_addr);
}
