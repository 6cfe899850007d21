/* strcoll: collation in the only locale we have, "C", is strcmp. */
#include <string.h>

int strcoll(const char *l, const char *r)
{
	return strcmp(l, r);
}
