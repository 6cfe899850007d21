/* pthread_key_delete: free a key.  Destructors are not called (POSIX),
 * but every thread's value for it is cleared, so a key created later in
 * the same slot starts at NULL everywhere, as musl does. */
#include "pthread_impl.h"

hidden extern void (*__pthread_keys[])(void *);
hidden extern volatile int __pthread_keys_lock;
hidden extern void *__pthread_tsd_main[];

int pthread_key_delete(pthread_key_t k)
{
	__lock(&__pthread_keys_lock);
	__lock(&__thread_list_lock);
	for (struct __pthread *t = __thread_list; t; t = t->next)
		t->tsd[k] = 0;
	__unlock(&__thread_list_lock);
	__pthread_tsd_main[k] = 0;
	__pthread_keys[k] = 0;
	__unlock(&__pthread_keys_lock);
	return 0;
}
