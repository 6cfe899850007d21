/* Signal handlers: sigaction (plain and SA_SIGINFO), signal(), raise,
 * masks, SIG_IGN, handler return through the restorer. */
#include <stdio.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

static volatile sig_atomic_t got, info_sig, info_code_user;

static void handler(int sig) { got = sig; }
static void info_handler(int sig, siginfo_t *si, void *ctx)
{
	info_sig = si->si_signo;
	info_code_user = si->si_pid == getpid();
}

int main(void)
{
	struct sigaction sa, old;
	sigset_t set, oldset;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = handler;
	sigemptyset(&sa.sa_mask);
	printf("sigaction %d\n", sigaction(SIGUSR1, &sa, &old));
	printf("old was default %d\n", old.sa_handler == SIG_DFL);
	raise(SIGUSR1);
	printf("got %d\n", got);

	sa.sa_sigaction = info_handler;
	sa.sa_flags = SA_SIGINFO;
	sigaction(SIGUSR2, &sa, 0);
	kill(getpid(), SIGUSR2);
	printf("info sig %d from self %d\n", info_sig, info_code_user);

	got = 0;
	printf("signal old is SIG_DFL %d\n", signal(SIGTERM, handler) == SIG_DFL);
	raise(SIGTERM);
	printf("got %d\n", got);
	raise(SIGTERM);
	printf("still installed: got %d\n", got);

	got = 0;
	sigemptyset(&set);
	sigaddset(&set, SIGUSR1);
	printf("ismember %d %d\n", sigismember(&set, SIGUSR1), sigismember(&set, SIGUSR2));
	sigprocmask(SIG_BLOCK, &set, &oldset);
	raise(SIGUSR1);
	printf("blocked: got %d\n", got);
	sigprocmask(SIG_SETMASK, &oldset, 0);
	printf("unblocked: got %d\n", got);

	signal(SIGINT, SIG_IGN);
	raise(SIGINT);
	printf("ignored SIGINT\n");
	printf("bad signal %d\n", sigaction(0, &sa, 0));
	sigfillset(&set);
	sigdelset(&set, SIGUSR1);
	printf("fill/del %d %d\n", sigismember(&set, SIGUSR1), sigismember(&set, SIGHUP));
	for (int i = 0; i < 1000; i++)
		raise(SIGUSR1);
	printf("many raises ok\n");
	return 0;
}
