/* pthread_condattr_init: timed waits measure CLOCK_REALTIME. */
#include <pthread.h>

int pthread_condattr_init(pthread_condattr_t *a)
{
	a->__attr = CLOCK_REALTIME;
	return 0;
}
