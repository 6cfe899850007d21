/* pthread_equal: whether two thread ids name the same thread (the
 * header has a macro too; this is for programs that take its address). */
#include <pthread.h>
#undef pthread_equal

int pthread_equal(pthread_t a, pthread_t b)
{
	return a == b;
}
