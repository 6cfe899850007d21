/* Name and service lookup for getaddrinfo: what a name and a service
 * stand for, before they are combined into addrinfo entries. */
#ifndef _INTERNAL_LOOKUP_H
#define _INTERNAL_LOOKUP_H
#include <stdint.h>
#include <netdb.h>
#include "libc.h"

#define MAXADDRS 48
#define MAXSERVS 2

struct address {
	int family;
	unsigned scopeid;
	uint8_t addr[16];
	int sortkey;
};

struct service {
	uint16_t port;
	unsigned char proto, socktype;
};

/* The (port, protocol, socket type) pairs a service stands for: a count,
 * or an EAI_* error. */
hidden int __lookup_serv(struct service buf[MAXSERVS], const char *name, int proto,
                         int socktype, int flags);
/* The addresses a host name stands for, best first; canon gets its
 * canonical name.  A count, or an EAI_* error. */
hidden int __lookup_name(struct address buf[MAXADDRS], char canon[256], const char *name,
                         int family, int flags);
/* A numeric address: 1, 0 when name is not one, or an EAI_* error. */
hidden int __lookup_ipliteral(struct address *buf, const char *name, int family);
/* Sorts addresses by RFC 6724 destination address selection. */
hidden void __sort_addresses(struct address *buf, int cnt);
#endif
