/* pthread_mutex_unlock: release the mutex and wake one waiter, if any
 * may be sleeping.  Recursive and errorcheck mutexes know their owner:
 * anyone else unlocking them gets EPERM. */
#include <errno.h>
#include "pthread_impl.h"

int pthread_mutex_unlock(pthread_mutex_t *m)
{
	if (m->_m_type != PTHREAD_MUTEX_NORMAL) {
		if (m->_m_owner != __pthread_self()->tid)
			return EPERM;
		if (m->_m_count) {
			m->_m_count--;
			return 0;
		}
		m->_m_owner = 0;
	}
	__futex_unlock(&m->_m_lock);
	return 0;
}
