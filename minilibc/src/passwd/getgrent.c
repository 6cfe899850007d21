/* getgrent: the group database entry after the last one, opening
 * /etc/group at the first call (setgrent rewinds, endgrent closes). */
#include "passwd_impl.h"

hidden FILE *__grent_file;

struct group *getgrent(void)
{
	static struct group gr;
	static __DbLine l;
	if (!__grent_file && !(__grent_file = fopen("/etc/group", "re")))
		return 0;
	return __getgr_next(__grent_file, &l, &gr) ? &gr : 0;
}
