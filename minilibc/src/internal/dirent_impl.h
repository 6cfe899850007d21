/* The DIR structure: a descriptor and a buffer of getdents64 records. */
#ifndef _INTERNAL_DIRENT_IMPL_H
#define _INTERNAL_DIRENT_IMPL_H
#include <dirent.h>

struct __DIR {
	int fd;
	size_t pos, end;         /* unread records are buf[pos, end) */
	char buf[4096] __attribute__((aligned(8)));
};
#endif
