/* signgam: the sign of Gamma(x) from the last lgamma call (POSIX). */
int signgam;
