/* pthread_self: the calling thread, which is its descriptor's address. */
#include "pthread_impl.h"

pthread_t pthread_self(void)
{
	return __pthread_self();
}
