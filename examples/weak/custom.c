// custom.c — a strong greeting(): linked in, it overrides the weak one.
const char *greeting(void) { return "bonjour (the strong override)"; }
