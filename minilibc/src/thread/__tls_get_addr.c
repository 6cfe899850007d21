/* __tls_get_addr: the address of a thread-local variable, for code
 * compiled with -fPIC (the general- and local-dynamic TLS models):
 *
 *     lea  x@tlsgd(%rip), %rdi      # &{module, offset}, a GOT pair
 *     call __tls_get_addr           # -> its address in this thread
 *
 * A static executable has one module (id 1), whose block lies just
 * below the calling thread's descriptor (env/__init_tls.c), so the
 * answer is that block's start plus the offset the linker wrote. */
#include <stddef.h>
#include "pthread_impl.h"

typedef struct {
	size_t module, offset;
} tls_index;

void *__tls_get_addr(tls_index *ti)
{
	return (char *)__pthread_self() - __tls.below + ti->offset;
}
