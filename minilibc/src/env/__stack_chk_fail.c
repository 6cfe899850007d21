/* __stack_chk_fail: called by code built with -fstack-protector when a
 * function's canary (%fs:0x28, set by __init_tls) was overwritten before
 * it returned.  The stack is corrupt, so report on stderr without stdio
 * and die by SIGABRT (musl crashes without a message). */
#include "libc.h"

_Noreturn void __stack_chk_fail(void)
{
	__libc_fatal("stack smashing detected", 0);
}
