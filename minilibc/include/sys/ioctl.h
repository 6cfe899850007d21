/* ioctl and the terminal request isatty needs. */
#ifndef _SYS_IOCTL_H
#define _SYS_IOCTL_H
#define TCGETS 0x5401
#define TIOCGWINSZ 0x5413
int ioctl(int, unsigned long, ...);
#endif
