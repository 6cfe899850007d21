/* tmpnam: a name in /tmp that no file has now (someone may take it
 * before it is used: mkstemp is the safe way).  Written to buf (at least
 * L_tmpnam bytes) or to a static buffer. */
#include <stdio.h>
#include <errno.h>
#include <string.h>
#include <sys/stat.h>
#include "libc.h"
#include "syscall.h"

char *tmpnam(char *buf)
{
	static char internal[L_tmpnam];
	char name[] = "/tmp/tmpnam_XXXXXX";
	struct stat st;

	for (int tries = 0; tries < 100; tries++) {
		__randname(name + 12);
		if (__syscall(SYS_lstat, name, &st) == -ENOENT)
			return strcpy(buf ? buf : internal, name);
	}
	return 0;
}
