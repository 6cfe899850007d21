/* getpagesize: the page size, from the kernel's AT_PAGESZ. */
#include <unistd.h>

int getpagesize(void)
{
	return (int)sysconf(_SC_PAGESIZE);
}
