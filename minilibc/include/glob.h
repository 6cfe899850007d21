/* glob: the path names that match a shell wildcard pattern. */
#ifndef _GLOB_H
#define _GLOB_H
#include <bits/restrict.h>
#include <stddef.h>

typedef struct {
	size_t gl_pathc;   /* matches */
	char **gl_pathv;   /* gl_offs NULLs, the matches, NULL */
	size_t gl_offs;    /* with GLOB_DOOFFS: slots left free in front */
	int __flags;
	void *__reserved[5];
} glob_t;

#define GLOB_ERR 0x01       /* stop at a directory that cannot be read */
#define GLOB_MARK 0x02      /* append '/' to directories */
#define GLOB_NOSORT 0x04    /* keep directory order */
#define GLOB_DOOFFS 0x08    /* leave gl_offs slots at the front */
#define GLOB_NOCHECK 0x10   /* no match: the pattern itself */
#define GLOB_APPEND 0x20    /* add to an earlier glob's result */
#define GLOB_NOESCAPE 0x40  /* backslash is an ordinary character */
#define GLOB_PERIOD 0x80    /* wildcards may match a leading '.' */
#define GLOB_TILDE 0x1000   /* ~ and ~user at the start are home directories */
#define GLOB_TILDE_CHECK 0x4000 /* the same, and an unknown user is GLOB_NOMATCH */

#define GLOB_NOSPACE 1
#define GLOB_ABORTED 2
#define GLOB_NOMATCH 3
#define GLOB_NOSYS 4

int glob(const char *__restrict, int, int (*)(const char *, int), glob_t *__restrict);
void globfree(glob_t *);
#endif
