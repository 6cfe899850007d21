// ld_diag.c — libfle's diag.c for the linker fuzz target, with a way to
// zero its error count between inputs (the count is file-static).
#include "../libfle/diag.c"
#include "track_api.h"

void fz_reset_errors(void) { nerrors = 0; }
