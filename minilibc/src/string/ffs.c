/* ffs: 1 + index of the lowest set bit, or 0. */
#include <strings.h>

int ffs(int i)
{
	return i ? __builtin_ctz((unsigned)i) + 1 : 0;
}
