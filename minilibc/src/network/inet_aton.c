/* inet_aton: the traditional IPv4 forms: a.b.c.d, a.b.c (c 16 bits),
 * a.b (b 24 bits) and a (32 bits), each number decimal, octal (0...) or
 * hex (0x...).  1 on success, 0 otherwise. */
#include <arpa/inet.h>
#include <ctype.h>
#include <stdlib.h>

int inet_aton(const char *s, struct in_addr *in)
{
	unsigned long n[4] = {0};
	int i = 0;
	for (;; i++) {
		char *end;
		if (i == 4 || !isdigit((unsigned char)*s))
			return 0;
		n[i] = strtoul(s, &end, 0);
		if (!*end)
			break;
		if (*end != '.')
			return 0;
		s = end + 1;
	}
	/* the last number fills the bytes the missing parts would have had */
	unsigned long limit = 0xffffffffUL >> (8 * i);
	if (n[i] > limit)
		return 0;
	for (int k = 0; k < i; k++)
		if (n[k] > 255)
			return 0;
	uint32_t v = n[i];
	for (int k = 0; k < i; k++)
		v |= (uint32_t)n[k] << (24 - 8 * k);
	in->s_addr = htonl(v);
	return 1;
}
