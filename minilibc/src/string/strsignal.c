/* strsignal: the description of a signal, with musl's texts. */
#include <string.h>
#include <signal.h>

char *strsignal(int sig)
{
	static const char *const names[] = {
		[0] = "Unknown signal",
		[SIGHUP] = "Hangup", [SIGINT] = "Interrupt", [SIGQUIT] = "Quit",
		[SIGILL] = "Illegal instruction", [SIGTRAP] = "Trace/breakpoint trap",
		[SIGABRT] = "Aborted", [SIGBUS] = "Bus error",
		[SIGFPE] = "Arithmetic exception", [SIGKILL] = "Killed",
		[SIGUSR1] = "User defined signal 1", [SIGSEGV] = "Segmentation fault",
		[SIGUSR2] = "User defined signal 2", [SIGPIPE] = "Broken pipe",
		[SIGALRM] = "Alarm clock", [SIGTERM] = "Terminated",
		[SIGSTKFLT] = "Stack fault", [SIGCHLD] = "Child process status",
		[SIGCONT] = "Continued", [SIGSTOP] = "Stopped (signal)",
		[SIGTSTP] = "Stopped", [SIGTTIN] = "Stopped (tty input)",
		[SIGTTOU] = "Stopped (tty output)", [SIGURG] = "Urgent I/O condition",
		[SIGXCPU] = "CPU time limit exceeded", [SIGXFSZ] = "File size limit exceeded",
		[SIGVTALRM] = "Virtual timer expired", [SIGPROF] = "Profiling timer expired",
		[SIGWINCH] = "Window changed", [SIGIO] = "I/O possible",
		[SIGPWR] = "Power failure", [SIGSYS] = "Bad system call",
	};

	if (sig < 0 || sig >= (int)(sizeof names / sizeof *names))
		return (char *)"Unknown signal";
	return (char *)names[sig];
}
