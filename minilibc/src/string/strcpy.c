/* strcpy: copy a string including its terminator. */
#include <string.h>

char *strcpy(char *restrict dest, const char *restrict src)
{
	stpcpy(dest, src);
	return dest;
}
