/* sigemptyset: a set with no signals. */
#include <signal.h>

int sigemptyset(sigset_t *set)
{
	set->__bits[0] = 0;
	return 0;
}
