/* char16_t and char32_t and their conversions to and from multibyte
 * characters: UTF-16 (with surrogate pairs) and UTF-32. */
#ifndef _UCHAR_H
#define _UCHAR_H
#include <stddef.h>
#include <wchar.h>
#ifndef __cplusplus
typedef unsigned short char16_t;
typedef unsigned char32_t;
#endif
size_t mbrtoc16(char16_t *__restrict, const char *__restrict, size_t, mbstate_t *__restrict);
size_t c16rtomb(char *__restrict, char16_t, mbstate_t *__restrict);
size_t mbrtoc32(char32_t *__restrict, const char *__restrict, size_t, mbstate_t *__restrict);
size_t c32rtomb(char *__restrict, char32_t, mbstate_t *__restrict);
#endif
