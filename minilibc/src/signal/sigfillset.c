/* sigfillset: a set with every signal. */
#include <signal.h>

int sigfillset(sigset_t *set)
{
	set->__bits[0] = ~0UL;
	return 0;
}
