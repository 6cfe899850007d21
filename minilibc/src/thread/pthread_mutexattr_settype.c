/* pthread_mutexattr_settype: normal, recursive or errorcheck (the low
 * two bits of the attribute word, as musl keeps them). */
#include <errno.h>
#include <pthread.h>

int pthread_mutexattr_settype(pthread_mutexattr_t *a, int type)
{
	if ((unsigned)type > PTHREAD_MUTEX_ERRORCHECK)
		return EINVAL;
	a->__attr = (a->__attr & ~3u) | type;
	return 0;
}
