/* fnmatch: does a string match a shell wildcard pattern? */
#ifndef _FNMATCH_H
#define _FNMATCH_H
#define FNM_NOMATCH 1
#define FNM_PATHNAME 0x1   /* '/' only matches a '/' in the pattern */
#define FNM_NOESCAPE 0x2   /* backslash is an ordinary character */
#define FNM_PERIOD 0x4     /* a leading '.' only matches a '.' */
#define FNM_LEADING_DIR 0x8 /* a match may be followed by "/anything" */
#define FNM_CASEFOLD 0x10  /* ignore case */
#define FNM_FILE_NAME FNM_PATHNAME
#define FNM_NOSYS (-1)
int fnmatch(const char *, const char *, int);
#endif
