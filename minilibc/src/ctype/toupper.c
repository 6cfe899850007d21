/* toupper: upper-case version of a lower-case letter. */
#include <ctype.h>

int toupper(int c)
{
	return islower(c) ? c & 0x5f : c;
}
