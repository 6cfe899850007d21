/* dlerror: the message of the last failed dlopen, dlsym or dlclose, once;
 * then NULL until another fails.  As glibc, a call that succeeds clears
 * the message too.  The loader's text lives only until its next call,
 * so the message is a copy, kept here; a path too long for the buffer
 * is cut short. */
#include "dl_impl.h"
#include "pthread_impl.h"

#define MSG_MAX 4352   /* PATH_MAX and a symbol name's worth */

static char msg[MSG_MAX];
static int pending;

hidden void __dl_seterr(const char *s)
{
	unsigned long i = 0;

	pending = s != 0;
	if (!s)
		return;
	for (; s[i] && i < MSG_MAX - 1; i++)
		msg[i] = s[i];
	msg[i] = 0;
}

char *dlerror(void)
{
	char *s;

	__lock(&__dl_lock);
	s = pending ? msg : 0;
	pending = 0;
	__unlock(&__dl_lock);
	return s;
}
