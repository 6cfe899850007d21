/* __xpg_basename: the POSIX basename under the name glibc's <libgen.h>
 * gives it, for objects compiled against glibc's headers. */
#include <libgen.h>

char *__xpg_basename(char *path)
{
	return basename(path);
}
