/* environ: the process environment, set by __libc_start. */
char **environ;
