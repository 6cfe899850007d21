// default.c — a *weak* definition: used only when no object of the
// link defines greeting() strongly (📎 in FLE, W in fle-nm).  minilibc
// uses the same trick so exit() flushes stdio only if stdio is linked.
__attribute__((weak)) const char *greeting(void) { return "hello (the weak default)"; }
