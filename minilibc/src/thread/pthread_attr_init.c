/* pthread_attr_init: the defaults pthread_create uses without attributes:
 * joinable, a 128 KiB stack (musl's size) above one guard page. */
#include "pthread_impl.h"

int pthread_attr_init(pthread_attr_t *a)
{
	*a = (pthread_attr_t){0};
	a->_a_stacksize = DEFAULT_STACK_SIZE;
	a->_a_guardsize = 4096;
	return 0;
}
