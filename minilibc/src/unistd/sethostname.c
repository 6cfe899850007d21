/* sethostname: set the host's name (needs the privilege). */
#include <unistd.h>
#include "syscall.h"

int sethostname(const char *name, size_t len)
{
	return __sys(SYS_sethostname, name, len);
}
