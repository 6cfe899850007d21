/* getline: getdelim up to a newline. */
#include <stdio.h>

ssize_t getline(char **restrict line, size_t *restrict cap, FILE *restrict f)
{
	return getdelim(line, cap, '\n', f);
}
