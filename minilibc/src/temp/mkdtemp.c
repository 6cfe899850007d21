/* mkdtemp: create a new directory (mode 0700) named by template, whose
 * last six characters must be "XXXXXX"; returns template, or NULL with
 * the XXXXXX restored.  Like mkstemp (mkstemp.c). */
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <sys/stat.h>
#include "libc.h"

char *mkdtemp(char *template)
{
	size_t l = strlen(template);
	int tries = 100;

	if (l < 6 || memcmp(template + l - 6, "XXXXXX", 6)) {
		errno = EINVAL;
		return 0;
	}
	do {
		__randname(template + l - 6);
		if (!mkdir(template, 0700))
			return template;
	} while (--tries && errno == EEXIST);
	memcpy(template + l - 6, "XXXXXX", 6);
	return 0;
}
