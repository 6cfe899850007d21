/* pthread_mutex_init: an unlocked mutex of the attribute's type; all
 * zero is PTHREAD_MUTEX_INITIALIZER, a normal mutex. */
#include "pthread_impl.h"

int pthread_mutex_init(pthread_mutex_t *restrict m, const pthread_mutexattr_t *restrict a)
{
	*m = (pthread_mutex_t){0};
	if (a)
		m->_m_type = a->__attr & 3;
	return 0;
}
