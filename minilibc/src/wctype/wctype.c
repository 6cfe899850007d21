/* wctype: the class named by a string, for iswctype; 0 for none.  The
 * numbers are positions in the list, 1-based. */
#include <string.h>
#include "wctype_impl.h"

wctype_t wctype(const char *name)
{
	for (size_t i = 0; i < WCTYPE_COUNT; i++)
		if (!strcmp(name, __wctype_classes[i].name))
			return i + 1;
	return 0;
}
