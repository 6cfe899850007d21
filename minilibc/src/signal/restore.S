/* __restore_rt: where a signal handler returns to.  It asks the kernel to
 * restore the context saved on the stack when the signal was delivered
 * (rt_sigreturn, system call 15).  It must not touch the stack first. */
	.text
	.globl __restore_rt
	.hidden __restore_rt
	.type __restore_rt, @function
__restore_rt:
	mov $15, %eax
	syscall
	hlt
	.size __restore_rt, . - __restore_rt
	.section .note.GNU-stack, "", @progbits
