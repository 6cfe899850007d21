// parity.c — is_even and is_odd call each other, and main.c calls
// them: references go both ways between the two files.
int is_odd(unsigned n);

int is_even(unsigned n) { return n == 0 ? 1 : is_odd(n - 1); }
int is_odd(unsigned n) { return n == 0 ? 0 : is_even(n - 1); }
