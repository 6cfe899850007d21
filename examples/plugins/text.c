/* libtext.so: a helper library that the shout plugin needs.  dlopen of
 * shout.so loads it too (shout.so was linked with -ltext and an rpath of
 * $ORIGIN, so it is found beside the plugin), and runs its constructor
 * first. */
#include <ctype.h>
#include <stdio.h>

__attribute__((constructor)) static void loaded(void) { printf("libtext: loaded\n"); }
__attribute__((destructor)) static void unloaded(void) { printf("libtext: unloaded\n"); }

/* Upper-case s in place; the number of letters changed. */
int text_upper(char *s)
{
	int n = 0;
	for (; *s; s++)
		if (islower((unsigned char)*s))
			*s = toupper((unsigned char)*s), n++;
	return n;
}
