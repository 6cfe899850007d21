/* getenv, setenv, unsetenv, putenv, environ and main's envp. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void show(const char *name)
{
	const char *v = getenv(name);
	printf("%s=%s\n", name, v ? v : "(unset)");
}

int main(int argc, char **argv, char **envp)
{
	printf("argc=%d\n", argc);
	for (int i = 1; i < argc; i++)
		printf("argv[%d]=%s\n", i, argv[i]);
	printf("argv[argc]=%p envp==environ %d\n", (void *)argv[argc], envp == environ);
	for (char **e = envp; *e; e++)
		printf("env: %s\n", *e);
	show("LIBC_TEST");
	show("HOME");
	show("NOPE");
	show("LIBC");
	printf("setenv %d\n", setenv("A", "1", 0));
	show("A");
	printf("setenv %d\n", setenv("A", "2", 0));
	show("A");
	printf("setenv %d\n", setenv("A", "3", 1));
	show("A");
	printf("setenv bad %d\n", setenv("B=C", "x", 1));
	printf("setenv empty %d\n", setenv("", "x", 1));
	static char pe[] = "P=putenv";
	printf("putenv %d\n", putenv(pe));
	show("P");
	pe[2] = 'Q';
	show("P");
	for (int i = 0; i < 100; i++) {
		char name[16], val[16];
		snprintf(name, sizeof name, "V%d", i);
		snprintf(val, sizeof val, "%d", i * i);
		setenv(name, val, 1);
	}
	show("V0");
	show("V99");
	show("V50");
	printf("unsetenv %d\n", unsetenv("V50"));
	show("V50");
	printf("unsetenv missing %d\n", unsetenv("V500"));
	unsetenv("LIBC_TEST");
	show("LIBC_TEST");
	int count = 0;
	for (char **e = environ; *e; e++)
		count++;
	printf("count=%d\n", count);
	return 0;
}
