// no-xcomp.c — runs a command as on a kernel older than Linux 5.16,
// where arch_prctl(ARCH_GET_XCOMP_SUPP) fails with EINVAL.
//
// libfle's reader and minilibc ask the kernel that call before they ask
// the CPU (CPUID) which vector code may run; where it fails, they take
// the CPUID way.  This makes that way testable on any kernel: a seccomp
// filter fails exactly that call, for the command and everything it
// starts (filters are inherited across fork and execve).
//   usage: no-xcomp CMD [ARGS...]
#include <errno.h>
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

#define ARCH_GET_XCOMP_SUPP 0x1021

int main(int argc, char **argv) {
  if (argc < 2) {
    fputs("usage: no-xcomp CMD [ARGS...]\n", stderr);
    return 2;
  }
  struct sock_filter code[] = {
      BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, arch)),
      BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, AUDIT_ARCH_X86_64, 1, 0),
      BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
      BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr)),
      BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_arch_prctl, 0, 3),
      BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, args[0])),
      BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, ARCH_GET_XCOMP_SUPP, 0, 1),
      BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | EINVAL),
      BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
  };
  struct sock_fprog prog = {sizeof code / sizeof *code, code};
  if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) < 0 ||
      prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &prog) < 0) {
    fprintf(stderr, "no-xcomp: cannot install the filter: %s\n", strerror(errno));
    return 2;
  }
  unsigned long long features;
  if (syscall(SYS_arch_prctl, ARCH_GET_XCOMP_SUPP, &features) != -1 || errno != EINVAL) {
    fputs("no-xcomp: the filter does not fail ARCH_GET_XCOMP_SUPP\n", stderr);
    return 2;
  }
  execvp(argv[1], argv + 1);
  fprintf(stderr, "no-xcomp: %s: %s\n", argv[1], strerror(errno));
  return 127;
}
