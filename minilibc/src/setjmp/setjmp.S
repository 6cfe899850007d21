/* setjmp/longjmp: save and restore the callee-saved registers, the stack
 * pointer and the return address.  Caller-saved registers need no saving:
 * the caller of setjmp already assumes a call clobbers them.
 * jmp_buf layout: rbx rbp r12 r13 r14 r15 rsp rip. */
	.text
	.globl setjmp, _setjmp
	.type setjmp, @function
	.type _setjmp, @function
setjmp:
_setjmp:
	mov %rbx, 0(%rdi)
	mov %rbp, 8(%rdi)
	mov %r12, 16(%rdi)
	mov %r13, 24(%rdi)
	mov %r14, 32(%rdi)
	mov %r15, 40(%rdi)
	lea 8(%rsp), %rdx          /* the stack pointer after setjmp returns */
	mov %rdx, 48(%rdi)
	mov (%rsp), %rdx           /* our return address */
	mov %rdx, 56(%rdi)
	xor %eax, %eax
	ret
	.size setjmp, . - setjmp

/* longjmp(env, val): setjmp returns again, with val (or 1 if val is 0). */
	.globl longjmp, _longjmp
	.type longjmp, @function
	.type _longjmp, @function
longjmp:
_longjmp:
	xor %eax, %eax
	cmp $1, %esi               /* carry set iff val == 0 */
	adc %esi, %eax             /* so eax = val, or 1 when val is 0 */
	mov 0(%rdi), %rbx
	mov 8(%rdi), %rbp
	mov 16(%rdi), %r12
	mov 24(%rdi), %r13
	mov 32(%rdi), %r14
	mov 40(%rdi), %r15
	mov 48(%rdi), %rsp
	jmp *56(%rdi)
	.size longjmp, . - longjmp
	.section .note.GNU-stack, "", @progbits
