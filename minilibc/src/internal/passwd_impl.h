/* Reading /etc/passwd and /etc/group: one line at a time into a line
 * buffer, split in place at ':' (and ',' for a group's members). */
#ifndef _INTERNAL_PASSWD_IMPL_H
#define _INTERNAL_PASSWD_IMPL_H
#include <pwd.h>
#include <grp.h>
#include <stdio.h>
#include "libc.h"

typedef struct {
	char *line;
	size_t cap;
	char **mem;       /* a group's member list */
	size_t nmem;
} __DbLine;

/* The next well-formed entry of f; 0 at the end.  Malformed lines are
 * skipped. */
hidden int __getpw_next(FILE *f, __DbLine *l, struct passwd *pw);
hidden int __getgr_next(FILE *f, __DbLine *l, struct group *gr);
/* Look an entry up by name (when name) or number: 0 and *res (NULL when
 * there is none), or an errno value. */
hidden int __getpw_a(const char *name, uid_t uid, struct passwd *pw, __DbLine *l,
                     struct passwd **res);
hidden int __getgr_a(const char *name, gid_t gid, struct group *gr, __DbLine *l,
                     struct group **res);
/* The same, copied into the caller's buffer (ERANGE when too small). */
hidden int __getpw_r(const char *name, uid_t uid, struct passwd *pw, char *buf, size_t size,
                     struct passwd **res);
hidden int __getgr_r(const char *name, gid_t gid, struct group *gr, char *buf, size_t size,
                     struct group **res);
/* Splits s at the first n - 1 ':' into f[0..n-1]; the last field runs to
 * the end.  0 when there are fewer than n fields. */
hidden int __db_split(char *s, char **f, int n);
/* A decimal uid or gid that fits 32 bits, and nothing else. */
hidden int __db_number(const char *s, unsigned *v);
/* Copies s to *at, moves *at past its NUL; returns where it went. */
hidden char *__db_put(char **at, const char *s);
/* The open file of getpwent / getgrent (NULL when closed). */
hidden extern FILE *__pwent_file, *__grent_file;
#endif
