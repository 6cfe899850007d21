/* __libc_fatal: report a fatal library error (heap corruption, bad free)
 * on stderr without touching stdio or the heap, then abort. */
#include <stdlib.h>
#include <string.h>
#include "syscall.h"

static void put(const char *s)
{
	__syscall(SYS_write, 2, s, strlen(s));
}

hidden _Noreturn void __libc_fatal(const char *msg, const void *ptr)
{
	char hex[19] = "0x";
	unsigned long v = (unsigned long)ptr;
	int n = 2;

	put("minilibc: ");
	put(msg);
	if (ptr) {
		for (int shift = 60; shift >= 0; shift -= 4)
			if ((v >> shift) || shift == 0 || n > 2)
				hex[n++] = "0123456789abcdef"[(v >> shift) & 15];
		hex[n] = 0;
		put(": ");
		put(hex);
	}
	put("\n");
	abort();
}
