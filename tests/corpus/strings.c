/* String literals in mergeable sections, and odd symbol names. */
const char *greeting(int i) {
  static const char *const g[] = {"hello", "bonjour", "hallo", "ciao"};
  return g[i & 3];
}
int dollar$name = 1;
int weird_name_var asm("name.with$odd.chars") = 2;
int long_name_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa = 3;
int quote_var asm("q.v$") = 4;
int f_dollar(void) { return dollar$name + weird_name_var + quote_var; }
const char *msg(void) { return "a long string literal that is not merged away\n"; }
