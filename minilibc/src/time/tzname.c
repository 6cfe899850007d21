/* tzname: the standard and DST zone abbreviations, set by tzset. */
#include <time.h>

char *tzname[2];
