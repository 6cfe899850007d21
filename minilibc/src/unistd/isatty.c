/* isatty: is fd a terminal?  Asks for the terminal attributes (TCGETS);
 * only terminals have them. */
#include <unistd.h>
#include <errno.h>
#include <sys/ioctl.h>
#include "syscall.h"

int isatty(int fd)
{
	unsigned char termios[60];
	long r = __syscall(SYS_ioctl, fd, TCGETS, termios);

	if (r < 0) {
		errno = r == -EBADF ? EBADF : ENOTTY;
		return 0;
	}
	return 1;
}
