/* stdio buffering as observed through a pipe.  Each scenario runs in a
 * fresh process (this program re-executed) so setvbuf is the first stdio
 * call, as C requires.
 *   default: stdout on a pipe is fully buffered, so output pending at
 *            fork() is printed by parent and child alike;
 *   full/line/none: setvbuf modes, observed by interleaving raw write()s;
 *   _exit loses buffered output, exit and return from main flush it. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/wait.h>

static void scenario(const char *self, const char *name)
{
	int status;
	pid_t pid;

	fflush(stdout);
	pid = fork();
	if (pid == 0) {
		char *args[] = { (char *)self, (char *)name, NULL };
		execv(self, args);
		_exit(99);
	}
	waitpid(pid, &status, 0);
	printf("[%s exited %d]\n", name, WEXITSTATUS(status));
	fflush(stdout);
}

int main(int argc, char **argv)
{
	int status;
	pid_t pid;

	if (argc > 1 && !strcmp(argv[1], "full")) {
		setvbuf(stdout, NULL, _IOFBF, 0);
		printf("full: stdio ");
		write(1, "[raw]", 5);
		printf("after raw\n");
		write(1, "[raw2]\n", 7);
		pid = fork();
		if (pid == 0) {
			printf("lost by _exit\n");
			_exit(0);
		}
		waitpid(pid, &status, 0);
		return 1;
	}
	if (argc > 1 && !strcmp(argv[1], "line")) {
		static char mybuf[100];
		setvbuf(stdout, mybuf, _IOLBF, sizeof mybuf);
		printf("line: stdio ");
		write(1, "[raw]", 5);
		printf("until newline\n");
		write(1, "[raw2]\n", 7);
		for (int i = 0; i < 50; i++)
			printf("%d,", i);
		printf("\n");
		return 2;
	}
	if (argc > 1 && !strcmp(argv[1], "none")) {
		setvbuf(stdout, NULL, _IONBF, 0);
		printf("none: stdio ");
		write(1, "[raw]", 5);
		printf(" now\n");
		putchar('c');
		write(1, "[raw]", 5);
		fputs("fputs\n", stdout);
		pid = fork();
		if (pid == 0) {
			printf("child of unbuffered\n");
			_exit(0);
		}
		waitpid(pid, &status, 0);
		exit(3);
	}

	printf("start\n");
	fflush(stdout);
	printf("before fork (buffered, so printed by both)\n");
	pid = fork();
	if (pid == 0) {
		printf("child\n");
		exit(0);
	}
	waitpid(pid, &status, 0);
	printf("parent after child\n");
	fflush(stdout);

	printf("stdio first");
	write(1, "[raw write]\n", 12);
	fflush(stdout);
	printf("\n");

	scenario(argv[0], "full");
	scenario(argv[0], "line");
	scenario(argv[0], "none");
	fputs("to stderr\n", stderr);
	printf("last words without newline");
	return 4;
}
