/* nice: add inc to this process's nice value, clamped to -20..19, and
 * return the new value.  Lowering it without the right is EPERM (the
 * kernel says EACCES). */
#include <unistd.h>
#include <errno.h>
#include <sys/resource.h>

int nice(int inc)
{
	int prio = inc;

	if (inc > -40 && inc < 40)   /* else the result is clamped anyway */
		prio += getpriority(PRIO_PROCESS, 0);
	if (prio > 19)
		prio = 19;
	if (prio < -20)
		prio = -20;
	if (setpriority(PRIO_PROCESS, 0, prio)) {
		if (errno == EACCES)
			errno = EPERM;
		return -1;
	}
	return prio;
}
