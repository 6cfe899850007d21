/* pthread_cond_signal: wake at least one waiter (see
 * pthread_cond_timedwait.c for the sequence number). */
#include "pthread_impl.h"

int pthread_cond_signal(pthread_cond_t *c)
{
	a_fetch_add(&c->_c_seq, 1);
	if (c->_c_waiters)
		__futex_wake(&c->_c_seq, 1);
	return 0;
}
