/* regex: POSIX regular expressions, basic (BRE) and extended (ERE).
 * Codes and numbering follow musl, so programs see the same values. */
#ifndef _REGEX_H
#define _REGEX_H

#include <bits/restrict.h>
#include <stddef.h>

typedef long regoff_t;

typedef struct re_pattern_buffer {
	size_t re_nsub;     /* number of parenthesized subexpressions */
	void *__opaque;     /* the compiled program (src/regex/regex_impl.h) */
} regex_t;

typedef struct {
	regoff_t rm_so;     /* start offset, -1 when the group did not take part */
	regoff_t rm_eo;     /* offset just past the end */
} regmatch_t;

/* regcomp flags */
#define REG_EXTENDED 1
#define REG_ICASE    2
#define REG_NEWLINE  4
#define REG_NOSUB    8

/* regexec flags */
#define REG_NOTBOL   1
#define REG_NOTEOL   2

/* results */
#define REG_OK       0
#define REG_NOMATCH  1
#define REG_BADPAT   2
#define REG_ECOLLATE 3
#define REG_ECTYPE   4
#define REG_EESCAPE  5
#define REG_ESUBREG  6
#define REG_EBRACK   7
#define REG_EPAREN   8
#define REG_EBRACE   9
#define REG_BADBR    10
#define REG_ERANGE   11
#define REG_ESPACE   12
#define REG_BADRPT   13
#define REG_ENOSYS   -1

int regcomp(regex_t *__restrict, const char *__restrict, int);
int regexec(const regex_t *__restrict, const char *__restrict, size_t,
            regmatch_t *__restrict, int);
void regfree(regex_t *);
size_t regerror(int, const regex_t *__restrict, char *__restrict, size_t);

#endif
