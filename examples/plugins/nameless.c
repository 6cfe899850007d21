/* nameless: a library that is no plugin (it lacks plugin_name), which
 * the host reports and skips. */
int plugin_run(const char *text) { return text != 0; }
