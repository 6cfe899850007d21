/* strerror_r: the XSI version, copying the message into a caller buffer. */
#include <string.h>
#include <errno.h>

int strerror_r(int e, char *buf, size_t n)
{
	const char *msg = strerror(e);
	size_t len = strlen(msg);

	if (len >= n) {
		if (n) {
			memcpy(buf, msg, n - 1);
			buf[n - 1] = 0;
		}
		return ERANGE;
	}
	memcpy(buf, msg, len + 1);
	return 0;
}
