/* setlogmask: which priorities are logged (LOG_MASK/LOG_UPTO bits); 0
 * leaves it.  Returns the mask before. */
#include <syslog.h>
#include "syslog_impl.h"

int setlogmask(int mask)
{
	int old = __log.mask;
	if (mask)
		__log.mask = mask;
	return old;
}
