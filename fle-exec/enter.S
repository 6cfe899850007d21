// enter.S — the commit: become the program.
//
//   void enter(uint64_t entry, uint64_t sp, uint64_t old_lo,
//              uint64_t old_len)                 (never returns)
//
// Once on the program's stack, the kernel's stack fle-exec ran on —
// its frames, its copy of the arguments and environment — is unmapped
// (old_len 0: kept), as an execve would have discarded it.
// The program must start as if the kernel had started it (spec/abi.md):
// rsp = sp, pointing at argc, 16-byte aligned; rdx = 0 (no function for
// the program to register with atexit: there is no dynamic linker to
// finalise); every other general-purpose register zero; the direction
// flag clear; the x87 and SSE control words at their defaults and the
// vector registers zero; no thread pointer (fs base 0) — the loader's
// libc TLS is not the program's.  Then a jump, not a call: there is
// nothing to return to.
//
// The entry address must survive the clearing of every register, so it
// waits in memory (entry_slot) and the last instruction jumps through
// it.

        .section .bss
        .balign 8
entry_slot:
        .quad 0

        .section .rodata
        .balign 4
mxcsr_default:
        .long 0x1f80            // all exceptions masked, round to nearest

        .text
        .globl enter
        .type enter, @function
enter:
        mov     %rdi, entry_slot(%rip)
        mov     %rsi, %rsp              // the program's stack from here on

        // munmap(old_lo, old_len): nothing below uses the old stack.
        test    %rcx, %rcx
        jz      1f
        mov     $11, %eax               // SYS_munmap
        mov     %rdx, %rdi
        mov     %rcx, %rsi
        syscall
1:

        // No thread pointer: arch_prctl(ARCH_SET_FS, 0).
        mov     $158, %eax              // SYS_arch_prctl
        mov     $0x1002, %edi           // ARCH_SET_FS
        xor     %esi, %esi
        syscall

        // Floating-point state as a fresh process has it.
        fninit
        ldmxcsr mxcsr_default(%rip)
        pxor    %xmm0, %xmm0
        pxor    %xmm1, %xmm1
        pxor    %xmm2, %xmm2
        pxor    %xmm3, %xmm3
        pxor    %xmm4, %xmm4
        pxor    %xmm5, %xmm5
        pxor    %xmm6, %xmm6
        pxor    %xmm7, %xmm7
        pxor    %xmm8, %xmm8
        pxor    %xmm9, %xmm9
        pxor    %xmm10, %xmm10
        pxor    %xmm11, %xmm11
        pxor    %xmm12, %xmm12
        pxor    %xmm13, %xmm13
        pxor    %xmm14, %xmm14
        pxor    %xmm15, %xmm15

        // Clear the registers.  rdx = 0 is the ABI's "no fini function".
        xor     %eax, %eax
        xor     %ebx, %ebx
        xor     %ecx, %ecx
        xor     %edx, %edx
        xor     %esi, %esi
        xor     %edi, %edi
        xor     %ebp, %ebp              // the outermost frame
        xor     %r8d, %r8d
        xor     %r9d, %r9d
        xor     %r10d, %r10d
        xor     %r11d, %r11d
        xor     %r12d, %r12d
        xor     %r13d, %r13d
        xor     %r14d, %r14d
        xor     %r15d, %r15d

        // Flags as the kernel leaves them: only IF (and the reserved bit 1)
        // set.  The word pushed lands below argc, in memory that is free.
        pushq   $0x202
        popfq

        jmp     *entry_slot(%rip)
        .size enter, . - enter

        .section .note.GNU-stack, "", @progbits
