/* execle: execve with the arguments listed in the call, ending with NULL,
 * and after it the environment. */
#include <unistd.h>
#include "execl_impl.h"

int execle(const char *path, const char *arg0, ...)
{
	va_list ap;
	va_start(ap, arg0);
	int n = __execl_count(ap);
	char *argv[n + 1];
	argv[0] = (char *)arg0;
	for (int i = 1; i <= n; i++)
		argv[i] = va_arg(ap, char *);
	char **envp = va_arg(ap, char **);
	va_end(ap);
	return execve(path, argv, envp);
}
