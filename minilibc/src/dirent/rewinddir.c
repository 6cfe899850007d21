/* rewinddir: start reading the directory again. */
#include <dirent.h>
#include <unistd.h>
#include "dirent_impl.h"

void rewinddir(DIR *d)
{
	lseek(d->fd, 0, SEEK_SET);
	d->pos = d->end = 0;
}
