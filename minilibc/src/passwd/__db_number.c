/* __db_number: a uid or gid field: decimal digits only, 32 bits. */
#include <stdlib.h>
#include "passwd_impl.h"

hidden int __db_number(const char *s, unsigned *v)
{
	char *end;
	unsigned long n;
	if (*s < '0' || *s > '9')
		return 0;
	n = strtoul(s, &end, 10);
	if (*end || n > 0xffffffffUL)
		return 0;
	*v = (unsigned)n;
	return 1;
}
