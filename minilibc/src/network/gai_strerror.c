/* gai_strerror: what a getaddrinfo/getnameinfo error means, in musl's
 * words (musl 1.2.3, which has no text for EAI_NODATA). */
#include <netdb.h>

const char *gai_strerror(int e)
{
	switch (e) {
	case EAI_BADFLAGS: return "Invalid flags";
	case EAI_NONAME: return "Name does not resolve";
	case EAI_AGAIN: return "Try again";
	case EAI_FAIL: return "Non-recoverable error";
	case EAI_FAMILY: return "Unrecognized address family or invalid length";
	case EAI_SOCKTYPE: return "Unrecognized socket type";
	case EAI_SERVICE: return "Unrecognized service";
	case EAI_MEMORY: return "Out of memory";
	case EAI_SYSTEM: return "System error";
	case EAI_OVERFLOW: return "Overflow";
	}
	return "Unknown error";
}
