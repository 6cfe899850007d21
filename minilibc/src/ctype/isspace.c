/* isspace: white space: space, \t \n \v \f \r. */
#include <ctype.h>

int isspace(int c)
{
	return c == ' ' || (unsigned)c - '\t' < 5;
}
