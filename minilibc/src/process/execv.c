/* execv: execve with the current environment. */
#include <unistd.h>

int execv(const char *path, char *const argv[])
{
	return execve(path, argv, environ);
}
