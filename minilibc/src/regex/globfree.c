/* globfree: what glob allocated in gl. */
#include <glob.h>
#include <stdlib.h>

void globfree(glob_t *gl)
{
	size_t offs = gl->gl_offs;   /* the NULL slots glob left in front */
	if (!gl->gl_pathv)
		return;
	for (size_t i = 0; i < gl->gl_pathc; i++)
		free(gl->gl_pathv[offs + i]);
	free(gl->gl_pathv);
	gl->gl_pathc = 0;
	gl->gl_pathv = 0;
}
