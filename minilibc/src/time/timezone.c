/* timezone: seconds west of UTC of standard time, set by tzset. */
#include <time.h>

long timezone;
