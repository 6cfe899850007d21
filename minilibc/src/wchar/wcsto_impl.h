/* The wide number parsers (wcstol ... wcstod) parse a narrow copy.  A
 * number is made of ASCII characters only, so the copy is the ASCII run
 * after the wide white space, and a count of narrow characters is a count
 * of wide ones. */
#ifndef _WCSTO_IMPL_H
#define _WCSTO_IMPL_H
#include <stdlib.h>
#include <wchar.h>
#include <wctype.h>

typedef struct {
	const wchar_t *start;   /* first character after the white space */
	char *text;             /* the narrow copy: small, or malloc'd */
	char small[64];
} NarrowNumber;

/* Fill num from s.  A run too long for small is copied to the heap; if
 * that fails, the copy is cut at small's size. */
static inline void narrow_number(NarrowNumber *num, const wchar_t *s)
{
	size_t len = 0;

	while (iswspace(*s))
		s++;
	num->start = s;
	while ((unsigned)s[len] - 1 < 0x7f)
		len++;
	num->text = num->small;
	if (len >= sizeof num->small && !(num->text = malloc(len + 1))) {
		num->text = num->small;
		len = sizeof num->small - 1;
	}
	for (size_t i = 0; i < len; i++)
		num->text[i] = s[i];
	num->text[len] = 0;
}

/* Set *end from where the narrow parse stopped (nothing parsed: s
 * itself), and free the copy. */
static inline void narrow_number_done(NarrowNumber *num, const wchar_t *s, char *nend,
				      wchar_t **end)
{
	if (end)
		*end = (wchar_t *)(nend == num->text ? s : num->start + (nend - num->text));
	if (num->text != num->small)
		free(num->text);
}
#endif
