/* getlogin: the login name, as musl gives it: $LOGNAME (NULL when unset). */
#include <unistd.h>
#include <stdlib.h>

char *getlogin(void)
{
	return getenv("LOGNAME");
}
