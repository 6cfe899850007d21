/* strtok: split a string into tokens, remembering the position between
 * calls in a static pointer. */
#include <string.h>

char *strtok(char *restrict s, const char *restrict sep)
{
	static char *save;

	return strtok_r(s, sep, &save);
}
