/* sysconf: the system's limits and options, as musl answers them.  Most
 * are constants of this libc; the limits a user can change come from
 * getrlimit (-1 when unlimited), the processor count from the affinity
 * mask, memory from sysinfo.  Names it does not know are EINVAL. */
#include <unistd.h>
#include <errno.h>
#include <limits.h>
#include <sys/resource.h>
#include "syscall.h"

/* The kernel's struct sysinfo (sysinfo(2)). */
struct kernel_sysinfo {
	long uptime;
	unsigned long loads[3], totalram, freeram, sharedram, bufferram, totalswap, freeswap;
	unsigned short procs, pad;
	unsigned long totalhigh, freehigh;
	unsigned mem_unit;
	char reserved[256];
};

static long rlimit_value(int resource)
{
	struct rlimit rl;
	if (getrlimit(resource, &rl) || rl.rlim_cur == RLIM_INFINITY)
		return -1;
	return rl.rlim_cur > LONG_MAX ? LONG_MAX : (long)rl.rlim_cur;
}

static long processors(void)
{
	unsigned char set[128] = {1};
	long n = 0;
	__syscall(SYS_sched_getaffinity, 0, sizeof set, set);
	for (size_t i = 0; i < sizeof set; i++)
		for (unsigned b = set[i]; b; b &= b - 1)   /* no libgcc popcount */
			n++;
	return n;
}

static long memory_pages(int name)
{
	struct kernel_sysinfo si = {0};
	__syscall(SYS_sysinfo, &si);
	unsigned long long mem = name == _SC_PHYS_PAGES ? si.totalram : si.freeram + si.bufferram;
	mem = mem * (si.mem_unit ? si.mem_unit : 1) / 4096;
	return mem > LONG_MAX ? LONG_MAX : (long)mem;
}

long sysconf(int name)
{
	switch (name) {
	case _SC_ARG_MAX: return 131072;
	case _SC_CHILD_MAX: return rlimit_value(RLIMIT_NPROC);
	case _SC_CLK_TCK: return 100;
	case _SC_NGROUPS_MAX: return 32;
	case _SC_OPEN_MAX: return rlimit_value(RLIMIT_NOFILE);
	case _SC_STREAM_MAX: return -1;
	case _SC_TZNAME_MAX: return 6;
	case _SC_JOB_CONTROL: return 1;
	case _SC_SAVED_IDS: return 1;
	case _SC_VERSION: return _POSIX_VERSION;
	case _SC_2_VERSION: return _POSIX2_VERSION;
	case _SC_PAGESIZE: return 4096;
	case _SC_RTSIG_MAX: return 30;
	case _SC_EXPR_NEST_MAX: return -1;
	case _SC_LINE_MAX: return -1;
	case _SC_RE_DUP_MAX: return 255;
	case _SC_IOV_MAX: return 1024;
	case _SC_GETGR_R_SIZE_MAX: return -1;
	case _SC_GETPW_R_SIZE_MAX: return -1;
	case _SC_LOGIN_NAME_MAX: return 256;
	case _SC_TTY_NAME_MAX: return 32;
	case _SC_NPROCESSORS_CONF:
	case _SC_NPROCESSORS_ONLN: return processors();
	case _SC_PHYS_PAGES:
	case _SC_AVPHYS_PAGES: return memory_pages(name);
	case _SC_NZERO: return 20;
	case _SC_SYMLOOP_MAX: return 40;
	case _SC_HOST_NAME_MAX: return 255;
	}
	errno = EINVAL;
	return -1;
}
