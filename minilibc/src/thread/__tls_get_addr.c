/* __tls_get_addr: the address of a thread-local variable, for code
 * compiled with -fPIC (the general- and local-dynamic TLS models):
 *
 *     lea  x@tlsgd(%rip), %rdi      # &{module, offset}, a GOT pair
 *     call __tls_get_addr           # -> its address in this thread
 *
 * A static executable has one module (id 1) and one thread, so the
 * answer is the TLS block start (env/__init_tls.c) plus the offset the
 * linker wrote in the pair.  No %fs access: the block is a global. */
#include <stddef.h>
#include "libc.h"

typedef struct {
	size_t module, offset;
} tls_index;

void *__tls_get_addr(tls_index *ti)
{
	return __tls_block + ti->offset;
}
