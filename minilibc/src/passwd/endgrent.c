/* endgrent: close the file getgrent reads. */
#include "passwd_impl.h"

void endgrent(void)
{
	if (__grent_file)
		fclose(__grent_file);
	__grent_file = 0;
}
