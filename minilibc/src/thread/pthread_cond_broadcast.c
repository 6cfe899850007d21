/* pthread_cond_broadcast: wake every waiter; each then competes for the
 * mutex. */
#include <limits.h>
#include "pthread_impl.h"

int pthread_cond_broadcast(pthread_cond_t *c)
{
	a_fetch_add(&c->_c_seq, 1);
	if (c->_c_waiters)
		__futex_wake(&c->_c_seq, INT_MAX);
	return 0;
}
