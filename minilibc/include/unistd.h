/* POSIX system-call wrappers: files, processes, directories. */
#ifndef _UNISTD_H
#define _UNISTD_H
#include <stddef.h>
#include <bits/types.h>

#define STDIN_FILENO 0
#define STDOUT_FILENO 1
#define STDERR_FILENO 2
#define SEEK_SET 0
#define SEEK_CUR 1
#define SEEK_END 2
#define F_OK 0
#define X_OK 1
#define W_OK 2
#define R_OK 4

extern char **environ;

ssize_t read(int, void *, size_t);
ssize_t write(int, const void *, size_t);
ssize_t pread(int, void *, size_t, off_t);
ssize_t pwrite(int, const void *, size_t, off_t);
off_t lseek(int, off_t, int);
int close(int);
int dup(int);
int dup2(int, int);
int pipe(int[2]);
int access(const char *, int);
int unlink(const char *);
int rmdir(const char *);
int chdir(const char *);
char *getcwd(char *, size_t);
int isatty(int);
int ftruncate(int, off_t);
int fsync(int);
ssize_t readlink(const char *__restrict, char *__restrict, size_t);
int symlink(const char *, const char *);
int link(const char *, const char *);
int unlinkat(int, const char *, int);
int chown(const char *, uid_t, gid_t);
int fchown(int, uid_t, gid_t);
int lchown(const char *, uid_t, gid_t);

pid_t fork(void);
int execve(const char *, char *const[], char *const[]);
int execv(const char *, char *const[]);
int execvp(const char *, char *const[]);
int execl(const char *, const char *, ...);
int execlp(const char *, const char *, ...);
int execle(const char *, const char *, ...);
int chroot(const char *);
int sethostname(const char *, size_t);
int daemon(int, int);
_Noreturn void _exit(int);
pid_t getpid(void);
pid_t getppid(void);
uid_t getuid(void);
uid_t geteuid(void);
gid_t getgid(void);
gid_t getegid(void);

int brk(void *);
void *sbrk(long);
unsigned sleep(unsigned);
int usleep(unsigned);
int pause(void);
unsigned alarm(unsigned);
long syscall(long, ...);

int getopt(int, char *const[], const char *);
int gethostname(char *, size_t);
int getpagesize(void);
pid_t setsid(void);
pid_t getsid(pid_t);
pid_t getpgid(pid_t);
pid_t getpgrp(void);
int setpgid(pid_t, pid_t);
int pipe2(int[2], int);
int dup3(int, int, int);
int nice(int);
int faccessat(int, const char *, int, int);
int fchownat(int, const char *, uid_t, gid_t, int);
int linkat(int, const char *, int, const char *, int);
int symlinkat(const char *, int, const char *);
void sync(void);
char *ttyname(int);
int ttyname_r(int, char *, size_t);
char *getlogin(void);

/* sysconf names (Linux's numbers); the ones minilibc answers. */
#define _SC_ARG_MAX 0
#define _SC_CHILD_MAX 1
#define _SC_CLK_TCK 2
#define _SC_NGROUPS_MAX 3
#define _SC_OPEN_MAX 4
#define _SC_STREAM_MAX 5
#define _SC_TZNAME_MAX 6
#define _SC_JOB_CONTROL 7
#define _SC_SAVED_IDS 8
#define _SC_VERSION 29
#define _SC_PAGE_SIZE 30
#define _SC_PAGESIZE 30
#define _SC_RTSIG_MAX 31
#define _SC_EXPR_NEST_MAX 42
#define _SC_LINE_MAX 43
#define _SC_RE_DUP_MAX 44
#define _SC_2_VERSION 46
#define _SC_IOV_MAX 60
#define _SC_GETGR_R_SIZE_MAX 69
#define _SC_GETPW_R_SIZE_MAX 70
#define _SC_LOGIN_NAME_MAX 71
#define _SC_TTY_NAME_MAX 72
#define _SC_NPROCESSORS_CONF 83
#define _SC_NPROCESSORS_ONLN 84
#define _SC_PHYS_PAGES 85
#define _SC_AVPHYS_PAGES 86
#define _SC_NZERO 109
#define _SC_SYMLOOP_MAX 173
#define _SC_HOST_NAME_MAX 180
#define _POSIX_VERSION 200809L
#define _POSIX2_VERSION _POSIX_VERSION
#define _POSIX_THREADS _POSIX_VERSION
long sysconf(int);
extern char *optarg;
extern int optind, opterr, optopt;
#endif
