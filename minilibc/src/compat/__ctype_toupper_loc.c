/* __ctype_toupper_loc: glibc's toupper table (c = -128..255), for objects
 * compiled against glibc's <ctype.h>. */
#include <ctype.h>
#include <stdint.h>

const int32_t **__ctype_toupper_loc(void)
{
	static int32_t table[384];
	static const int32_t *p;
	if (!p) {
		for (int c = -128; c < 256; c++)
			table[c + 128] = c >= 0 ? toupper(c) : c;
		p = table + 128;
	}
	return &p;
}
