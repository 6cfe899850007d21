/* __ctype_b_loc: glibc's character class table, for objects compiled
 * against glibc's <ctype.h>, whose isalpha(c) and friends read
 * (*__ctype_b_loc())[c] & bit.  The table covers c = -128..255 (EOF and
 * signed chars too) with glibc's bits, made from minilibc's own ctype
 * functions at the first call ("C" locale: nothing above 127 is in a
 * class). */
#include <ctype.h>

enum {   /* glibc's bit for each class (as laid out on little-endian) */
	G_UPPER = 0x100, G_LOWER = 0x200, G_ALPHA = 0x400, G_DIGIT = 0x800, G_XDIGIT = 0x1000,
	G_SPACE = 0x2000, G_PRINT = 0x4000, G_GRAPH = 0x8000, G_BLANK = 0x1, G_CNTRL = 0x2,
	G_PUNCT = 0x4, G_ALNUM = 0x8,
};

static unsigned short bits(int c)
{
	static const struct { int (*is)(int); unsigned short bit; } classes[] = {
		{isupper, G_UPPER}, {islower, G_LOWER}, {isalpha, G_ALPHA}, {isdigit, G_DIGIT},
		{isxdigit, G_XDIGIT}, {isspace, G_SPACE}, {isprint, G_PRINT}, {isgraph, G_GRAPH},
		{isblank, G_BLANK}, {iscntrl, G_CNTRL}, {ispunct, G_PUNCT}, {isalnum, G_ALNUM},
	};
	unsigned short b = 0;
	if (c < 0 || c > 127)
		return 0;
	for (unsigned i = 0; i < sizeof classes / sizeof *classes; i++)
		if (classes[i].is(c))
			b |= classes[i].bit;
	return b;
}

const unsigned short **__ctype_b_loc(void)
{
	static unsigned short table[384];
	static const unsigned short *p;
	if (!p) {
		for (int c = -128; c < 256; c++)
			table[c + 128] = bits(c);
		p = table + 128;
	}
	return &p;
}
