/* vsscanf: the scanf engine, reading from a string.
 *
 * Supports every C99 conversion (d i u o x X p n c s [ a e f g and the
 * upper-case forms, %%), assignment suppression with '*', field widths
 * and the hh h l ll j z t L length modifiers.  Numbers are cut out of the
 * input (at most the field width) and handed to the strto* parsers.
 * Returns the number of assignments, or EOF if the input ran out before
 * the first conversion. */
#include <stdio.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>
#include <stdint.h>
#include <stddef.h>
#include "strto.h"
#include "stdio_impl.h"



/* Parse a scanset after '[': fills set, returns the char after ']'. */
static const char *scanset(const char *p, unsigned char set[256])
{
	int invert = 0;

	if (*p == '^') {
		invert = 1;
		p++;
	}
	memset(set, 0, 256);
	if (*p == ']') {
		set[']'] = 1;
		p++;
	}
	for (; *p && *p != ']'; p++) {
		if (p[1] == '-' && p[2] && p[2] != ']') {
			for (int c = (unsigned char)p[0]; c <= (unsigned char)p[2]; c++)
				set[c] = 1;
			p += 2;
		} else {
			set[(unsigned char)*p] = 1;
		}
	}
	if (invert)
		for (int i = 0; i < 256; i++)
			set[i] = !set[i];
	return *p ? p + 1 : p;
}

int vsscanf(const char *restrict str, const char *restrict fmt, va_list ap)
{
	const char *s = str;
	int assigned = 0, converted = 0;

	while (*fmt) {
		if (isspace((unsigned char)*fmt)) {
			while (isspace((unsigned char)*fmt))
				fmt++;
			while (isspace((unsigned char)*s))
				s++;
			continue;
		}
		if (*fmt != '%' || fmt[1] == '%') {
			if (*fmt == '%') {
				fmt++;
				while (isspace((unsigned char)*s))
					s++;
			}
			if (*s != *fmt)
				goto done;
			s++, fmt++;
			continue;
		}
		fmt++;
		int suppress = 0, width = 0, len = LEN_NONE;
		if (*fmt == '*') {
			suppress = 1;
			fmt++;
		}
		while (isdigit((unsigned char)*fmt))
			width = width * 10 + (*fmt++ - '0');
		len = __fmt_length(&fmt);
		int conv = *fmt++;
		if (!conv)
			break;
		if (conv == 'n') {
			if (!suppress)
				__store_int(va_arg(ap, void *), len, s - str);
			continue;
		}
		if (conv != 'c' && conv != '[')
			while (isspace((unsigned char)*s))
				s++;
		if (!*s)
			goto input_failure;

		char tmp[512];
		size_t max = width ? (size_t)width : SIZE_MAX;
		switch (conv) {
		case 'd': case 'i': case 'u': case 'o': case 'x': case 'X': case 'p': {
			int base = conv == 'd' || conv == 'u' ? 10 : conv == 'i' ? 0 : conv == 'o' ? 8 : 16;
			size_t n = strnlen(s, max < sizeof tmp - 1 ? max : sizeof tmp - 1);
			char *end;
			memcpy(tmp, s, n);
			tmp[n] = 0;
			unsigned long long v = __strtox(tmp, &end, base, -1ULL, 0);
			if (end == tmp)
				goto done;
			s += end - tmp;
			if (!suppress) {
				if (conv == 'p')
					*va_arg(ap, void **) = (void *)(uintptr_t)v;
				else
					__store_int(va_arg(ap, void *), len, v);
				assigned++;
			}
			break;
		}
		case 'a': case 'e': case 'f': case 'g': case 'A': case 'E': case 'F': case 'G': {
			size_t n = strnlen(s, max < sizeof tmp - 1 ? max : sizeof tmp - 1);
			char *end;
			memcpy(tmp, s, n);
			tmp[n] = 0;
			double v = __floatscan(tmp, &end);
			if (end == tmp)
				goto done;
			s += end - tmp;
			if (!suppress) {
				if (len == LEN_L)
					*va_arg(ap, double *) = v;
				else if (len == LEN_BIGL)
					*va_arg(ap, long double *) = v;
				else
					*va_arg(ap, float *) = (float)v;
				assigned++;
			}
			break;
		}
		case 's': {
			char *d = suppress ? 0 : va_arg(ap, char *);
			size_t n = 0;
			for (; n < max && s[n] && !isspace((unsigned char)s[n]); n++)
				if (d)
					d[n] = s[n];
			if (d) {
				d[n] = 0;
				assigned++;
			}
			s += n;
			break;
		}
		case 'c': {
			size_t n = width ? (size_t)width : 1;
			if (strnlen(s, n) < n)
				goto done;
			if (!suppress) {
				memcpy(va_arg(ap, char *), s, n);
				assigned++;
			}
			s += n;
			break;
		}
		case '[': {
			unsigned char set[256];
			char *d = suppress ? 0 : va_arg(ap, char *);
			size_t n = 0;
			fmt = scanset(fmt, set);
			for (; n < max && s[n] && set[(unsigned char)s[n]]; n++)
				if (d)
					d[n] = s[n];
			if (!n)
				goto done;
			if (d) {
				d[n] = 0;
				assigned++;
			}
			s += n;
			break;
		}
		default:
			goto done;
		}
		converted++;
	}
done:
	return assigned;
input_failure:
	return converted || assigned ? assigned : EOF;
}
