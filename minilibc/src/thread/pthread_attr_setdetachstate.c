/* pthread_attr_setdetachstate: start threads joinable or detached. */
#include <errno.h>
#include "pthread_impl.h"

int pthread_attr_setdetachstate(pthread_attr_t *a, int state)
{
	if ((unsigned)state > PTHREAD_CREATE_DETACHED)
		return EINVAL;
	a->_a_detach = state;
	return 0;
}
