/* pthread_mutex_trylock: take the mutex if it is free, else EBUSY (a
 * recursive mutex's owner goes one level deeper). */
#include <errno.h>
#include <limits.h>
#include "pthread_impl.h"

int pthread_mutex_trylock(pthread_mutex_t *m)
{
	int type = m->_m_type, tid = __pthread_self()->tid;

	if (type == PTHREAD_MUTEX_RECURSIVE && m->_m_owner == tid) {
		if (m->_m_count == INT_MAX)
			return EAGAIN;
		m->_m_count++;
		return 0;
	}
	if (a_cas(&m->_m_lock, 0, 1))
		return EBUSY;
	if (type != PTHREAD_MUTEX_NORMAL)
		m->_m_owner = tid;
	return 0;
}
