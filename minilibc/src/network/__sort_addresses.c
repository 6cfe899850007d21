/* __sort_addresses: RFC 6724 destination address selection, the rules
 * that need no routing tables: an address this host can reach (a UDP
 * socket connects to it) first; then one whose scope and label match
 * the source address the kernel would use; higher precedence; smaller
 * scope; longer prefix shared with the source; and otherwise the order
 * they came in.  The policy table is RFC 6724's less its deprecated
 * entries (::/96, fec0::/10, 3ffe::/16), as musl has it. */
#include <netinet/in.h>
#include <string.h>
#include <unistd.h>
#include "lookup.h"

static const struct {
	uint8_t prefix[16];
	int bits, prec, label;
} policy[] = {
	{{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1}, 128, 50, 0},   /* ::1 */
	{{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff}, 96, 35, 4},          /* ::ffff:0:0/96 */
	{{0x20, 0x02}, 16, 30, 2},                                        /* 2002::/16 */
	{{0x20, 0x01, 0, 0}, 32, 5, 5},                                   /* 2001::/32 */
	{{0xfc}, 7, 3, 13},                                               /* fc00::/7 */
	{{0}, 0, 40, 1},                                                  /* ::/0 */
};

static int common_prefix(const uint8_t *a, const uint8_t *b)
{
	int i = 0;
	while (i < 128 && !((a[i / 8] ^ b[i / 8]) & (0x80 >> (i % 8))))
		i++;
	return i;
}

static int policy_of(const uint8_t *a)
{
	int i = 0;
	while (common_prefix(a, policy[i].prefix) < policy[i].bits)
		i++;
	return i;
}

static int scope_of(const uint8_t *a)
{
	if (a[0] == 0xff)
		return a[1] & 15;                          /* multicast */
	if (a[0] == 0xfe && (a[1] & 0xc0) == 0x80)
		return 2;                                  /* link-local */
	static const uint8_t loopback[16] = {[15] = 1};
	if (!memcmp(a, loopback, 16))
		return 2;
	if (a[0] == 0xfe && (a[1] & 0xc0) == 0xc0)
		return 5;                                  /* site-local */
	return 14;
}

/* An IPv4 address as IPv4-mapped IPv6, so one table serves both. */
static void as_v6(const struct address *a, const void *v4, uint8_t *out)
{
	if (a->family == AF_INET6) {
		memcpy(out, a->addr, 16);
		return;
	}
	memset(out, 0, 10);
	out[10] = out[11] = 0xff;
	memcpy(out + 12, v4, 4);
}

static int sort_key(const struct address *a)
{
	uint8_t d[16], s[16];
	as_v6(a, a->addr, d);
	int p = policy_of(d), dscope = scope_of(d), key = 0, prefix = 0;
	struct sockaddr_in6 da6 = {.sin6_family = AF_INET6, .sin6_port = 65535,
	                           .sin6_scope_id = a->scopeid}, sa6 = {0};
	struct sockaddr_in da4 = {.sin_family = AF_INET, .sin_port = 65535}, sa4 = {0};
	memcpy(&da6.sin6_addr, d, 16);
	memcpy(&da4.sin_addr, a->addr, 4);
	int v6 = a->family == AF_INET6;
	socklen_t slen = v6 ? sizeof sa6 : sizeof sa4;
	int fd = socket(a->family, SOCK_DGRAM | SOCK_CLOEXEC, IPPROTO_UDP);
	if (fd >= 0) {
		if (!connect(fd, v6 ? (void *)&da6 : (void *)&da4, v6 ? sizeof da6 : sizeof da4)) {
			key |= 1 << 30;   /* usable */
			if (!getsockname(fd, v6 ? (void *)&sa6 : (void *)&sa4, &slen)) {
				if (v6)
					memcpy(s, &sa6.sin6_addr, 16);
				else
					as_v6(a, &sa4.sin_addr, s);
				key |= (dscope == scope_of(s)) << 29;
				key |= (policy[p].label == policy[policy_of(s)].label) << 28;
				prefix = common_prefix(s, d);
			}
		}
		close(fd);
	}
	return key | policy[p].prec << 20 | (15 - dscope) << 16 | prefix << 8;
}

hidden void __sort_addresses(struct address *buf, int cnt)
{
	for (int i = 0; i < cnt; i++)
		buf[i].sortkey = sort_key(&buf[i]);
	for (int i = 1; i < cnt; i++) {   /* stable: equal keys keep their order */
		struct address a = buf[i];
		int j = i;
		for (; j > 0 && buf[j - 1].sortkey < a.sortkey; j--)
			buf[j] = buf[j - 1];
		buf[j] = a;
	}
}
