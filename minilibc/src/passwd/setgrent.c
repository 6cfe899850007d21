/* setgrent: getgrent starts again at the first entry. */
#include "passwd_impl.h"

void setgrent(void)
{
	if (__grent_file)
		rewind(__grent_file);
}
