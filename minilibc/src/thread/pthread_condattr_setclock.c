/* pthread_condattr_setclock: the clock pthread_cond_timedwait's deadline
 * is read on: CLOCK_REALTIME or CLOCK_MONOTONIC. */
#include <errno.h>
#include <pthread.h>

int pthread_condattr_setclock(pthread_condattr_t *a, clockid_t clock)
{
	if (clock != CLOCK_REALTIME && clock != CLOCK_MONOTONIC)
		return EINVAL;
	a->__attr = clock;
	return 0;
}
