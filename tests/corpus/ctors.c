/* Constructors and destructors: .init_array / .fini_array. */
int log_[4];
int nlog;
__attribute__((constructor)) static void first(void) { log_[nlog++] = 1; }
__attribute__((constructor(200))) static void early(void) { log_[nlog++] = 2; }
__attribute__((destructor)) static void last(void) { log_[nlog++] = 3; }
int get_log(int i) { return log_[i]; }
