/* gethostname: the host's name from uname.  A name that does not fit is
 * cut to len - 1 bytes and terminated, as in musl. */
#include <unistd.h>
#include <sys/utsname.h>

int gethostname(char *name, size_t len)
{
	struct utsname u;
	size_t i;

	if (uname(&u))
		return -1;
	for (i = 0; i < len && (name[i] = u.nodename[i]); i++)
		;
	if (i && i == len)
		name[i - 1] = 0;
	return 0;
}
