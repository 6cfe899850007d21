/* getpwent: the user database entry after the last one, opening
 * /etc/passwd at the first call (setpwent rewinds, endpwent closes). */
#include "passwd_impl.h"

hidden FILE *__pwent_file;

struct passwd *getpwent(void)
{
	static struct passwd pw;
	static __DbLine l;
	if (!__pwent_file && !(__pwent_file = fopen("/etc/passwd", "re")))
		return 0;
	return __getpw_next(__pwent_file, &l, &pw) ? &pw : 0;
}
