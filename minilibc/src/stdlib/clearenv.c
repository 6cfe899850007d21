/* clearenv: empty the environment. */
#include <stdlib.h>
#include <unistd.h>

int clearenv(void)
{
	environ = 0;
	return 0;
}
