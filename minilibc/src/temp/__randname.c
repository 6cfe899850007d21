/* __randname: fill six bytes with letters that differ from call to call,
 * for mkstemp and mkdtemp.  Not secret, only unlikely to collide: the
 * clock's nanoseconds, the process id and a counter; O_EXCL (or mkdir)
 * makes the final choice safe. */
#include <stdint.h>
#include <time.h>
#include "libc.h"
#include "syscall.h"

hidden char *__randname(char *template)
{
	static unsigned long counter;
	struct timespec ts;
	unsigned long r;

	__syscall(SYS_clock_gettime, CLOCK_REALTIME, &ts);
	r = ts.tv_sec + ts.tv_nsec + __syscall(SYS_getpid) * 65537UL + counter++ * 7919;
	r ^= (uintptr_t)&ts >> 4;
	for (int i = 0; i < 6; i++, r >>= 5)
		template[i] = 'A' + (r & 15) + (r & 16) * 2;   /* A-P or a-p */
	return template;
}
