/* dirname: the directory part of a path, POSIX style: trailing slashes
 * and the last component are dropped; "." when there is no slash, "/"
 * for the root.  Writes a NUL into path. */
#include <libgen.h>
#include <string.h>

char *dirname(char *path)
{
	size_t i;

	if (!path || !*path)
		return ".";
	i = strlen(path) - 1;
	for (; path[i] == '/'; i--)           /* trailing slashes */
		if (!i)
			return "/";
	for (; path[i] != '/'; i--)           /* the last component */
		if (!i)
			return ".";
	for (; path[i] == '/'; i--)           /* the slashes before it */
		if (!i)
			return "/";
	path[i + 1] = 0;
	return path;
}
