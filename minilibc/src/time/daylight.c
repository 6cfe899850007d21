/* daylight: nonzero when the zone has daylight-saving time, set by tzset. */
#include <time.h>

int daylight;
