/* endpwent: close the file getpwent reads. */
#include "passwd_impl.h"

void endpwent(void)
{
	if (__pwent_file)
		fclose(__pwent_file);
	__pwent_file = 0;
}
