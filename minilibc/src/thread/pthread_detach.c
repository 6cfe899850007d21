/* pthread_detach: let a thread free itself when it ends.  If it is
 * already ending (pthread_exit has claimed its state), it can no longer
 * free itself, so we wait and free it here, as a join would. */
#include "pthread_impl.h"

int pthread_detach(pthread_t t)
{
	if (a_cas(&t->detach_state, DT_JOINABLE, DT_DETACHED) != DT_JOINABLE)
		return pthread_join(t, 0);
	return 0;
}
