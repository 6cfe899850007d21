/* __lock, __unlock: the library's internal locks (heap, atexit, the open
 * file list, the thread list), futex words as in pthread_impl.h.
 *
 * __threaded turns 1 when pthread_create makes the first thread and
 * never goes back.  Until then __lock does nothing, and __unlock finds
 * the word 0 and does nothing either: a single-threaded program pays a
 * load and a branch.  pthread_create runs with no internal lock held,
 * so no lock is ever released that was not taken. */
#include "pthread_impl.h"

hidden volatile int __threaded;
/* Every thread but the main one, for pthread_key_delete; kept by
 * pthread_create and pthread_exit under the lock. */
hidden volatile int __thread_list_lock;
hidden struct __pthread *__thread_list;

hidden void __lock(volatile int *l)
{
	if (__threaded)
		__futex_lock(l);
}

hidden void __unlock(volatile int *l)
{
	if (*l)
		__futex_unlock(l);
}
