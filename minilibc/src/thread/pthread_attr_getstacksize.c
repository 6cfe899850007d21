/* pthread_attr_getstacksize: the stack size the attributes ask for. */
#include "pthread_impl.h"

int pthread_attr_getstacksize(const pthread_attr_t *restrict a, size_t *restrict size)
{
	*size = a->_a_stacksize;
	return 0;
}
