// other.c — a *global* function `name`, and its own static `count`.
static int count = 100;

const char *name(void) { return count++ ? "other.c's global name()" : "?"; }
const char *other(void) { return name(); }
