# crt: the program entry point.  crt1.o holds _start, which hands the
# initial stack pointer to minilibc's __libc_start.  CRT_SRCS is reused
# by the FLE build; it compiles with MINILIBC_CFLAGS.
CRT_SRCS := crt/crt1.S

$(B)/lib/native/crt1.o: crt/crt1.S
	@mkdir -p $(dir $@)
	$(CC) $(MINILIBC_CFLAGS) -c $< -o $@

ALL += $(B)/lib/native/crt1.o
