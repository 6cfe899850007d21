/* Function-local statics with the same name (count.0, count.1, ...). */
int a(void) { static int count; return ++count; }
int b(void) { static int count = 10; return ++count; }
static int helper(int x) { return x + 1; }
int c(void) { static const char s[] = "static string"; return helper(s[0]); }
