/* errno: a plain global.  minilibc is single-threaded and avoids TLS. */
int errno;
