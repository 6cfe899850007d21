/* Shutdown order: atexit handlers newest first (including one added
 * during exit), then destructors; constructors before main; buffered
 * output flushed at the very end. */
#include <stdio.h>
#include <stdlib.h>

static void h1(void) { printf("atexit 1\n"); }
static void h2(void) { printf("atexit 2\n"); }
static void late(void) { printf("registered during exit\n"); }
static void h3(void) { printf("atexit 3\n"); atexit(late); }

__attribute__((constructor)) static void ctor1(void) { printf("constructor 1\n"); }
__attribute__((constructor(200))) static void ctor0(void) { printf("constructor prio 200\n"); }
__attribute__((destructor)) static void dtor(void) { printf("destructor\n"); }

int main(void)
{
	printf("main\n");
	atexit(h1);
	atexit(h2);
	atexit(h3);
	for (int i = 0; i < 40; i++)
		atexit(h2 + 0 * i);
	printf("no newline at the end, still flushed");
	exit(7);
}
