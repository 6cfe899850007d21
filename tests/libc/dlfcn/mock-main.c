/* The program tests/libc/dlfcn.bats runs on the mock loader: each line
 * it prints is checked there. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>

static void main_handler(void) { printf("atexit handler of main\n"); }
__attribute__((destructor)) static void prog_dtor(void) { printf("dtor of the program\n"); }
static const char *show(const char *s) { return s ? s : "NULL"; }

int main(int argc, char **argv)
{
	void *h = dlopen("missing.so", RTLD_NOW);
	Dl_info info;
	printf("dlopen %s, dladdr %d\n", h ? "handle" : "NULL", dladdr((void *)main, &info));
	printf("dlerror %s\n", show(dlerror()));
	printf("dlerror %s\n", show(dlerror()));
	h = dlopen("liba.so", RTLD_LAZY);
	void *h2 = dlopen("liba.so", RTLD_NOW);
	printf("same handle %d\n", h == h2);
	void (*f)(void) = (void (*)(void))dlsym(h, "a_ctor2");
	f();
	printf("dlsym %s\n", dlsym(h, "nothing") ? "found" : "NULL");
	printf("dlerror %s\n", show(dlerror()));
	dlopen("missing.so", RTLD_NOW);
	dlsym(h, "a_ctor2");
	printf("after a success, dlerror %s\n", show(dlerror()));
	printf("dlclose %d\n", dlclose(h));
	printf("dlclose %d\n", dlclose(h));
	int r = dlclose(h);
	printf("dlclose %d: %s\n", r, show(dlerror()));
	h = dlopen("liba.so", RTLD_NOW);
	atexit(main_handler);
	if (argc > 1)
		exit(0);
	return 0;
}
