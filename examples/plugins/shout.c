/* shout: a plugin using another library (libtext.so's text_upper), with
 * a constructor and a destructor that show when dlopen and dlclose run
 * them. */
#include <stdio.h>
#include <string.h>

int text_upper(char *);

__attribute__((constructor)) static void loaded(void) { printf("shout: loaded\n"); }
__attribute__((destructor)) static void unloaded(void) { printf("shout: unloaded\n"); }

const char *plugin_name(void) { return "shout"; }

int plugin_run(const char *text)
{
	char buf[256];
	snprintf(buf, sizeof buf, "%s", text);
	int n = text_upper(buf);
	printf("shout: %s!\n", buf);
	return n;
}
