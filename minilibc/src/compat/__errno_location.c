/* __errno_location: where errno is, for objects compiled against glibc's
 * <errno.h> (which reads errno as *__errno_location()), as musl provides
 * it.  Here it is the one global errno. */
#include <errno.h>

int *__errno_location(void)
{
	return &errno;
}
