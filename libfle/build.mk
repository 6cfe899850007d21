# libfle: the FLE object model, reader and writer shared by every tool.
LIBFLE_SRCS := $(wildcard libfle/*.c)
LIBFLE_OBJS := $(LIBFLE_SRCS:%.c=$(B)/%.o)

$(B)/libfle/libfle.a: $(LIBFLE_OBJS)
	@mkdir -p $(dir $@)
	rm -f $@ && ar rcs $@ $^

ALL += $(B)/libfle/libfle.a
