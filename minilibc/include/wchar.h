/* Minimal wide-character support: the types and a few string functions. */
#ifndef _WCHAR_H
#define _WCHAR_H
#include <bits/restrict.h>
#include <stddef.h>
typedef unsigned wint_t;
typedef struct { unsigned __opaque1, __opaque2; } mbstate_t;
#define WEOF 0xffffffffU
size_t wcslen(const wchar_t *);
int wcscmp(const wchar_t *, const wchar_t *);
wchar_t *wcscpy(wchar_t *__restrict, const wchar_t *__restrict);
#endif
