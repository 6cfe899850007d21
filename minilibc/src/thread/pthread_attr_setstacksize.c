/* pthread_attr_setstacksize: the stack size for threads made with these
 * attributes; below PTHREAD_STACK_MIN, or absurdly large, is EINVAL. */
#include <errno.h>
#include <stdint.h>
#include "pthread_impl.h"

int pthread_attr_setstacksize(pthread_attr_t *a, size_t size)
{
	if (size - PTHREAD_STACK_MIN > SIZE_MAX / 4)
		return EINVAL;
	a->_a_stacksize = size;
	return 0;
}
