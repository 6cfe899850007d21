/* Floating constants in .rodata.cst* and 16-byte aligned data. */
double scale(double x) { return x * 3.14159 + 2.71828; }
float halve(float x) { return x / 2.0f; }
typedef double v2 __attribute__((vector_size(16)));
v2 vconst = {1.0, 2.0};
long double ld(long double x) { return x * 1.5L; }
