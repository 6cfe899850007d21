// resolve.S — where PLT[0] jumps on a function's first call.
//
// On entry the stack holds, from rsp up: the module (pushed by PLT[0]
// from .got.plt word 1), the entry's index (pushed by the entry), and
// the caller's return address.  The caller's arguments are still in
// their registers: rdi, rsi, rdx, rcx, r8, r9, xmm0-xmm7, rax (the
// count of vector registers a variadic call uses) and r10 (a static
// chain).  They are saved, rt_bind_lazy(module, index, return address)
// finds the function and fills the slot, they are restored, and the
// trampoline jumps to the function as if the caller had called it
// directly.  r11 is the one scratch register the ABI gives a PLT.
//
// rt_bind_lazy uses no vector register (rt.c is compiled with
// -mgeneral-regs-only), so the upper halves of ymm/zmm registers, which
// the movdqu below does not save, are never touched either.

        .text
        .globl rt_resolve_entry
        .hidden rt_resolve_entry
        .type rt_resolve_entry, @function
rt_resolve_entry:
        push    %rbp
        mov     %rsp, %rbp
        and     $-16, %rsp
        sub     $208, %rsp
        mov     %rax, 0(%rsp)
        mov     %rcx, 8(%rsp)
        mov     %rdx, 16(%rsp)
        mov     %rsi, 24(%rsp)
        mov     %rdi, 32(%rsp)
        mov     %r8, 40(%rsp)
        mov     %r9, 48(%rsp)
        mov     %r10, 56(%rsp)
        movdqu  %xmm0, 64(%rsp)
        movdqu  %xmm1, 80(%rsp)
        movdqu  %xmm2, 96(%rsp)
        movdqu  %xmm3, 112(%rsp)
        movdqu  %xmm4, 128(%rsp)
        movdqu  %xmm5, 144(%rsp)
        movdqu  %xmm6, 160(%rsp)
        movdqu  %xmm7, 176(%rsp)

        mov     8(%rbp), %rdi           // the module
        mov     16(%rbp), %rsi          // the entry's index
        mov     24(%rbp), %rdx          // the caller's return address
        cld
        call    rt_bind_lazy
        mov     %rax, %r11

        movdqu  176(%rsp), %xmm7
        movdqu  160(%rsp), %xmm6
        movdqu  144(%rsp), %xmm5
        movdqu  128(%rsp), %xmm4
        movdqu  112(%rsp), %xmm3
        movdqu  96(%rsp), %xmm2
        movdqu  80(%rsp), %xmm1
        movdqu  64(%rsp), %xmm0
        mov     56(%rsp), %r10
        mov     48(%rsp), %r9
        mov     40(%rsp), %r8
        mov     32(%rsp), %rdi
        mov     24(%rsp), %rsi
        mov     16(%rsp), %rdx
        mov     8(%rsp), %rcx
        mov     0(%rsp), %rax
        mov     %rbp, %rsp
        pop     %rbp
        add     $16, %rsp               // the module and the index
        jmp     *%r11
        .size rt_resolve_entry, . - rt_resolve_entry

        .section .note.GNU-stack, "", @progbits
