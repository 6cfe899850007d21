/* basename: the last component of a path, POSIX (libgen.h) style:
 * trailing slashes are removed in place; "/" stays "/", and an empty or
 * null path gives ".". */
#include <libgen.h>
#include <string.h>

char *basename(char *path)
{
	size_t i;

	if (!path || !*path)
		return ".";
	i = strlen(path) - 1;
	for (; i && path[i] == '/'; i--)
		path[i] = 0;
	for (; i && path[i - 1] != '/'; i--)
		;
	return path + i;
}
