/* host: a program that loads plugins at run time.  Each argument names a
 * plugin, a shared library; the host dlopens it, looks up the two
 * functions every plugin defines (plugin_name and plugin_run) with
 * dlsym, and calls them.  A plugin that cannot be loaded, or lacks a
 * function, is reported with dlerror's message and skipped: the host
 * goes on with the next.  At the end it lists what it loaded and
 * unloads it all, which runs the plugins' destructors.
 *
 * Built against libc.so (fle-cc -shared-libc): only a dynamic program
 * can dlopen; a static one gets NULL and "dynamic loading is not
 * supported in a statically linked program". */
#include <dlfcn.h>
#include <stdio.h>

#define MAX_PLUGINS 16

struct plugin {
	void *handle;
	const char *(*name)(void);
	int (*run)(const char *);
};

/* Load one plugin into *p; 0 when it cannot be used. */
static int load(const char *file, struct plugin *p)
{
	p->handle = dlopen(file, RTLD_NOW);
	if (!p->handle) {
		printf("host: %s\n", dlerror());
		return 0;
	}
	/* dlerror tells only of the latest call: check each lookup at once. */
	p->name = (const char *(*)(void))dlsym(p->handle, "plugin_name");
	p->run = p->name ? (int (*)(const char *))dlsym(p->handle, "plugin_run") : 0;
	if (!p->run) {
		printf("host: %s\n", dlerror());
		dlclose(p->handle);
		return 0;
	}
	return 1;
}

int main(int argc, char **argv)
{
	struct plugin plugins[MAX_PLUGINS];
	int n = 0;

	for (int i = 1; i < argc && n < MAX_PLUGINS; i++) {
		if (!load(argv[i], &plugins[n]))
			continue;
		printf("host: %s is plugin \"%s\"\n", argv[i], plugins[n].name());
		printf("host: it returned %d\n", plugins[n].run("plugins at run time"));
		n++;
	}
	printf("host: %d plugin%s loaded:", n, n == 1 ? "" : "s");
	for (int i = 0; i < n; i++)
		printf(" %s", plugins[i].name());
	printf("\n");
	while (n > 0)
		dlclose(plugins[--n].handle);
	return 0;
}
