/* execle: execve with the arguments listed in the call, ending with NULL,
 * and after it the environment. */
#include <unistd.h>
#include "execl_impl.h"

int execle(const char *path, const char *arg0, ...)
{
	va_list ap;
	va_start(ap, arg0);
	int n = __execl_count(&ap);
	char *argv[n + 1];
	__execl_fill(argv, arg0, &ap, n);
	char **envp = va_arg(ap, char **);
	va_end(ap);
	return execve(path, argv, envp);
}
