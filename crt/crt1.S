/* _start: the first instruction of every minilibc program.
 *
 * The kernel (or fle-exec) enters here with %rsp pointing at argc, then
 * argv[], NULL, envp[], NULL, auxv.  Everything else is done in C by
 * __libc_start; here we only mark the outermost frame (rbp = 0 for a
 * frame-pointer walk, and %rip undefined in the call frame information,
 * as glibc's _start does, so debuggers stop unwinding here), pass the
 * original stack pointer and main,
 * and realign the stack to 16 bytes as the ABI requires at a call. */
	.text
	.globl _start
	.type _start, @function
_start:
	.cfi_startproc
	.cfi_undefined %rip
	xor %ebp, %ebp
	mov %rsp, %rdi
	lea main(%rip), %rsi
	and $-16, %rsp
	call __libc_start
	hlt
	.cfi_endproc
	.size _start, . - _start
	.section .note.GNU-stack, "", @progbits
