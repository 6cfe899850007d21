/* __errno_location: where this thread's errno is.  <errno.h> defines
 * errno as *__errno_location(), as musl and glibc do, so objects
 * compiled against either library's headers find the same variable.
 * Each thread's errno is a field of its descriptor (pthread_impl.h). */
#include <errno.h>
#include "pthread_impl.h"

int *__errno_location(void)
{
	return &__pthread_self()->errno_val;
}
