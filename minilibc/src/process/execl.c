/* execl: execv with the arguments listed in the call, ending with NULL. */
#include <unistd.h>
#include "execl_impl.h"

int execl(const char *path, const char *arg0, ...)
{
	va_list ap;
	va_start(ap, arg0);
	int n = __execl_count(&ap);
	char *argv[n + 1];
	__execl_fill(argv, arg0, &ap, n);
	va_end(ap);
	return execv(path, argv);
}
