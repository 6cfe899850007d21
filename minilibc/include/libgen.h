/* POSIX path splitting: both may modify their argument, and both may
 * return a pointer to a static string ("." or "/"). */
#ifndef _LIBGEN_H
#define _LIBGEN_H
char *dirname(char *);
char *basename(char *);
#endif
