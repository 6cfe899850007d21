/* getopt_long: GNU-style long options ("--name", "--name=value") on top
 * of POSIX getopt, which <unistd.h> declares. */
#ifndef _GETOPT_H
#define _GETOPT_H
#include <unistd.h>

struct option {
	const char *name;
	int has_arg;   /* no_argument, required_argument, optional_argument */
	int *flag;     /* NULL: return val; else store val there, return 0 */
	int val;
};

#define no_argument 0
#define required_argument 1
#define optional_argument 2

int getopt_long(int, char *const *, const char *, const struct option *, int *);
int getopt_long_only(int, char *const *, const char *, const struct option *, int *);
#endif
