/* __clone(fn, stack, flags, arg, ptid, tls, ctid): start a thread with
 * the clone system call and run fn(arg) on the new stack; returns the
 * new thread's id (or -errno) in the caller.  The child cannot return
 * anywhere (its stack is new), so it calls exit with fn's result; fn is
 * pthread_create's start routine, which never returns.
 *
 * The kernel's argument order is clone(flags, stack, ptid, ctid, tls),
 * in rdi rsi rdx r10 r8.  fn travels in r9, which the child inherits,
 * and arg on the child's stack. */
	.text
	.global __clone
	.hidden __clone
	.type __clone, @function
__clone:
	mov %rdi, %r11          /* fn */
	mov %rdx, %rdi          /* flags */
	mov %r8, %rdx           /* ptid */
	mov %r9, %r8            /* tls */
	mov 8(%rsp), %r10       /* ctid */
	mov %r11, %r9           /* fn, kept for the child */
	and $-16, %rsi
	sub $8, %rsi
	mov %rcx, (%rsi)        /* arg, popped by the child */
	mov $56, %eax           /* SYS_clone */
	syscall
	test %eax, %eax
	jnz 1f
	xor %ebp, %ebp          /* the child: outermost frame */
	pop %rdi
	call *%r9
	mov %eax, %edi
	mov $60, %eax           /* SYS_exit */
	syscall
	hlt
1:	ret
	.size __clone, .-__clone
	.section .note.GNU-stack,"",@progbits
