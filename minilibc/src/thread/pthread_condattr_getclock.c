/* pthread_condattr_getclock: the clock setclock chose. */
#include <pthread.h>

int pthread_condattr_getclock(const pthread_condattr_t *restrict a, clockid_t *restrict clock)
{
	*clock = a->__attr;
	return 0;
}
