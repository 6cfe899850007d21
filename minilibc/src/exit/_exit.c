/* _exit: the POSIX name for _Exit. */
#include <unistd.h>
#include <stdlib.h>

_Noreturn void _exit(int code)
{
	_Exit(code);
}
