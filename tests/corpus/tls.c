/* Thread-local variables: .tdata / .tbss. */
__thread int tls_counter;
__thread int tls_init = 5;
int bump(void) { return ++tls_counter + tls_init; }
