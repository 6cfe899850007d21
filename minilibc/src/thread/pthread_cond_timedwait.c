/* pthread_cond_timedwait: release the mutex, sleep until signalled or
 * until the deadline, take the mutex again.
 *
 * The condition variable is a sequence number that every signal and
 * broadcast increments.  A waiter reads it while still holding the
 * mutex, then sleeps on the futex only while it is unchanged, so a
 * signal sent after the waiter released the mutex is never lost: either
 * the number has changed and the futex wait returns at once, or the
 * waiter is asleep and gets woken.  Spurious wake-ups, which POSIX
 * allows, are possible; callers loop on their predicate anyway.
 *
 * The deadline is absolute, on the clock the attributes chose, which
 * FUTEX_WAIT_BITSET takes as it is. */
#include <errno.h>
#include "pthread_impl.h"

#define BITSET_MATCH_ANY -1

static int wait(pthread_cond_t *c, int seq, const struct timespec *ts)
{
	int op = FUTEX_WAIT_BITSET | FUTEX_PRIVATE;

	if (c->_c_clock == CLOCK_REALTIME)
		op |= FUTEX_CLOCK_REALTIME;
	return __syscall6(SYS_futex, (long)&c->_c_seq, op, seq, (long)ts, 0,
	                  BITSET_MATCH_ANY);
}

int pthread_cond_timedwait(pthread_cond_t *restrict c, pthread_mutex_t *restrict m,
                           const struct timespec *restrict ts)
{
	int seq, r, depth = m->_m_count;

	if (ts && (unsigned long)ts->tv_nsec >= 1000000000)
		return EINVAL;
	a_fetch_add(&c->_c_waiters, 1);
	seq = c->_c_seq;
	m->_m_count = 0;           /* a recursive mutex is released entirely */
	pthread_mutex_unlock(m);
	r = wait(c, seq, ts);
	a_fetch_add(&c->_c_waiters, -1);
	pthread_mutex_lock(m);
	m->_m_count = depth;
	return r == -ETIMEDOUT ? ETIMEDOUT : 0;
}
