/* Signals and threads: pthread_kill delivers to the thread named, each
 * thread has its own signal mask (pthread_sigmask), sched_yield. */
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <errno.h>
#include <unistd.h>

static volatile pthread_t handled_by;
static volatile int handled, ready, stop;

static void on_usr1(int sig)
{
	(void)sig;
	handled_by = pthread_self();
	handled = 1;
}

static void *target(void *arg)
{
	ready = 1;
	while (!handled)
		usleep(1000);
	return arg;
}

static void *masker(void *arg)
{
	sigset_t set, old;
	sigemptyset(&set);
	sigaddset(&set, SIGUSR2);
	printf("thread: pthread_sigmask %d,", pthread_sigmask(SIG_BLOCK, &set, 0));
	pthread_sigmask(SIG_BLOCK, 0, &old);
	printf(" SIGUSR2 blocked here: %d\n", sigismember(&old, SIGUSR2));
	printf("bad how: %s\n", pthread_sigmask(99, &set, 0) == EINVAL ? "EINVAL" : "?");
	return arg;
}

int main(void)
{
	pthread_t t;
	sigset_t now;

	signal(SIGUSR1, on_usr1);
	pthread_create(&t, 0, target, 0);
	while (!ready)
		sched_yield();
	printf("pthread_kill 0: %d\n", pthread_kill(t, 0));
	printf("pthread_kill SIGUSR1: %d\n", pthread_kill(t, SIGUSR1));
	pthread_join(t, 0);
	printf("handled in the target thread: %s\n", pthread_equal(handled_by, t) ? "yes" : "no");
	printf("not in main: %s\n", pthread_equal(handled_by, pthread_self()) ? "no" : "yes");

	pthread_create(&t, 0, masker, 0);
	pthread_join(t, 0);
	pthread_sigmask(SIG_BLOCK, 0, &now);
	printf("main's mask unchanged: SIGUSR2 blocked %d\n", sigismember(&now, SIGUSR2));
	printf("sched_yield: %d\n", sched_yield());
	return 0;
}
