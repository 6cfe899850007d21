/* hello: the smallest plugin, the two functions the host looks up,
 * printing with the C library's printf (the host's libc.so). */
#include <stdio.h>

const char *plugin_name(void) { return "hello"; }

int plugin_run(const char *text)
{
	printf("hello: hello, %s\n", text);
	return 0;
}
