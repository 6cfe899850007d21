/* ioctl and the terminal request isatty needs. */
#ifndef _SYS_IOCTL_H
#define _SYS_IOCTL_H
#define TCGETS 0x5401
#define TIOCGWINSZ 0x5413
#define TIOCSWINSZ 0x5414
struct winsize { unsigned short ws_row, ws_col, ws_xpixel, ws_ypixel; };
int ioctl(int, unsigned long, ...);
#endif
