/* pthread_mutex_lock: take the mutex, sleeping on its futex word while
 * another thread holds it.  A recursive mutex its owner locks again
 * counts one level deeper; an errorcheck mutex says EDEADLK instead of
 * deadlocking. */
#include <errno.h>
#include <limits.h>
#include "pthread_impl.h"

int pthread_mutex_lock(pthread_mutex_t *m)
{
	int type = m->_m_type, tid;

	if (type == PTHREAD_MUTEX_NORMAL) {
		__futex_lock(&m->_m_lock);
		return 0;
	}
	tid = __pthread_self()->tid;
	if (m->_m_owner == tid) {
		if (type == PTHREAD_MUTEX_ERRORCHECK)
			return EDEADLK;
		if (m->_m_count == INT_MAX)
			return EAGAIN;
		m->_m_count++;
		return 0;
	}
	__futex_lock(&m->_m_lock);
	m->_m_owner = tid;
	return 0;
}
