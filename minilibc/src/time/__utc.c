/* __utc: the one "UTC" string, compared by address in __tm_to_tzname. */
#include "time_impl.h"

const char __utc[] = "UTC";
