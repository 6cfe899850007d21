/* Weak definitions, weak references, aliases and visibility. */
__attribute__((weak)) int tunable = 7;
__attribute__((weak)) int hook(int x) { return x; }
extern int maybe(void) __attribute__((weak));
int real_impl(int x) { return x * 2; }
int alias_impl(int) __attribute__((alias("real_impl")));
int weak_alias(int) __attribute__((weak, alias("real_impl")));
__attribute__((visibility("hidden"))) int hidden_var = 3;
__attribute__((visibility("protected"))) int protected_fn(void) { return 4; }
__attribute__((visibility("internal"))) int internal_fn(void) { return 5; }
int use(void) { return hook(tunable) + (maybe ? maybe() : 0) + hidden_var; }
