/* pthread_mutexattr_gettype: the type settype stored. */
#include <pthread.h>

int pthread_mutexattr_gettype(const pthread_mutexattr_t *restrict a, int *restrict type)
{
	*type = a->__attr & 3;
	return 0;
}
