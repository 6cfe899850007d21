// ld_resolve.c — fle-ld's resolve.c for the linker fuzz target.  Its
// symbol blocks live in a function-local static across inputs, so they
// come from track.c's recycling pool instead of the tracked heap.
#include "track_api.h"
#define fle_xcalloc fz_symblock_calloc
#include "../fle-ld/resolve.c"
