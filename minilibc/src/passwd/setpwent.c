/* setpwent: getpwent starts again at the first entry. */
#include "passwd_impl.h"

void setpwent(void)
{
	if (__pwent_file)
		rewind(__pwent_file);
}
