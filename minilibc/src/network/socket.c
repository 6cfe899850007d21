/* socket: a new socket. */
#include <sys/socket.h>
#include "syscall.h"

int socket(int domain, int type, int protocol)
{
	return __sys(SYS_socket, domain, type, protocol);
}
