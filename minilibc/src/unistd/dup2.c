/* dup2: duplicate a file descriptor onto a chosen number. */
#include <unistd.h>
#include "syscall.h"

int dup2(int old, int new)
{
	return __sys(SYS_dup2, old, new);
}
