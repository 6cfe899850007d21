/* pthread_getspecific: this thread's value for a key (NULL if unset). */
#include "pthread_impl.h"

void *pthread_getspecific(pthread_key_t k)
{
	void **tsd = __pthread_self()->tsd;

	return tsd ? tsd[k] : 0;
}
