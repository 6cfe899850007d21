# The FLE build of crt and minilibc: the same sources and flags as the
# native build (minilibc/build.mk, crt/build.mk), compiled with fle-cc and
# archived with fle-ar.  The build tree mirrors the install layout, so
# fle-cc finds these at <bin>/../lib/fle/{crt1.fle,libc.a,include}.
#
# The FLE library is compiled position-independent (-fPIE instead of the
# native build's -fno-pie) so the same libc.a serves `fle-cc -pie` as well
# as fixed-address links.
#
# Archive members are named by their file names, as in musl's and
# glibc's libc.a (libc.a(printf.fle)), which is how fle-ld's trace and
# messages show them; two sources of the same name in different areas
# stop the build rather than overwrite each other.

#
# Without debugging information (-g0): fle-as keeps .debug_* sections, and
# a program built without -g should not carry the library's.
MINILIBC_FLE_CFLAGS := $(filter-out -fno-pie -g,$(MINILIBC_CFLAGS)) -fPIE -g0
MINILIBC_FLE_OBJS := $(patsubst minilibc/src/%,$(B)/minilibc/fle/%.fle,$(basename $(MINILIBC_SRCS)))

# -MMD: an object depends on the headers it includes (the internal ones
# too), through a .d file named for the object itself.
$(B)/minilibc/fle/%.fle: minilibc/src/%.c $(BIN)/fle-cc $(BIN)/fle-as $(MINILIBC_INSTALLED_HEADERS)
	@mkdir -p $(dir $@)
	$(BIN)/fle-cc $(MINILIBC_FLE_CFLAGS) -MMD -MP -MF $@.d -MT $@ -c $< -o $@

$(B)/minilibc/fle/%.fle: minilibc/src/%.S $(BIN)/fle-cc $(BIN)/fle-as
	@mkdir -p $(dir $@)
	$(BIN)/fle-cc $(MINILIBC_FLE_CFLAGS) -c $< -o $@

$(B)/lib/fle/crt1.fle: $(CRT_SRCS) $(BIN)/fle-cc $(BIN)/fle-as
	@mkdir -p $(dir $@)
	$(BIN)/fle-cc $(MINILIBC_FLE_CFLAGS) -c $< -o $@

# fle-ar names members by their file names; stage them in one folder.
$(B)/lib/fle/libc.a: $(MINILIBC_FLE_OBJS) $(BIN)/fle-ar
	@mkdir -p $(dir $@) $(B)/minilibc/fle-members
	rm -f $@ $(B)/minilibc/fle-members/*.fle
	for o in $(MINILIBC_FLE_OBJS); do \
	  m=$(B)/minilibc/fle-members/$${o##*/}; \
	  if [ -e $$m ]; then echo "libc.a: two members named $${o##*/}" >&2; exit 1; fi; \
	  cp $$o $$m || exit 1; \
	done
	$(BIN)/fle-ar rcs $@ $(B)/minilibc/fle-members/*.fle

# libm, libpthread, libdl and librt are empty archives, as musl ships
# them: everything lives in libc.a, and -lm -lpthread -ldl -lrt link.
MINILIBC_EMPTY_LIBS := $(patsubst %,$(B)/lib/fle/lib%.a,m pthread dl rt)
$(MINILIBC_EMPTY_LIBS): $(BIN)/fle-ar
	@mkdir -p $(dir $@)
	rm -f $@ && $(BIN)/fle-ar rcs $@

# libc.so: the same sources compiled -fPIC, linked by fle-ld -shared.
# Position-independent code reaches every global through the GOT, so
# where a program has its own copy of a variable (environ, by a copy
# relocation) the library uses that copy too.
MINILIBC_FLE_PIC_CFLAGS := $(filter-out -fPIE,$(MINILIBC_FLE_CFLAGS)) -fPIC
MINILIBC_FLE_PIC_OBJS := $(patsubst minilibc/src/%,$(B)/minilibc/fle-pic/%.fle,$(basename $(MINILIBC_SRCS)))

$(B)/minilibc/fle-pic/%.fle: minilibc/src/%.c $(BIN)/fle-cc $(BIN)/fle-as $(MINILIBC_INSTALLED_HEADERS)
	@mkdir -p $(dir $@)
	$(BIN)/fle-cc $(MINILIBC_FLE_PIC_CFLAGS) -MMD -MP -MF $@.d -MT $@ -c $< -o $@

$(B)/minilibc/fle-pic/%.fle: minilibc/src/%.S $(BIN)/fle-cc $(BIN)/fle-as
	@mkdir -p $(dir $@)
	$(BIN)/fle-cc $(MINILIBC_FLE_PIC_CFLAGS) -c $< -o $@

$(B)/lib/fle/libc.so: $(MINILIBC_FLE_PIC_OBJS) $(BIN)/fle-ld
	@mkdir -p $(dir $@)
	$(BIN)/fle-ld -shared -soname libc.so -o $@ $(MINILIBC_FLE_PIC_OBJS)

ALL += $(B)/lib/fle/crt1.fle $(B)/lib/fle/libc.a $(B)/lib/fle/libc.so $(MINILIBC_EMPTY_LIBS)
INSTALL_STEPS += mkdir -p $(DESTDIR)$(PREFIX)/lib/fle/include; \
	cp -r $(B)/lib/fle/include/. $(DESTDIR)$(PREFIX)/lib/fle/include/; \
	install -m 644 $(B)/lib/fle/crt1.fle $(B)/lib/fle/libc.a \
	  $(MINILIBC_EMPTY_LIBS) $(DESTDIR)$(PREFIX)/lib/fle/; \
	install -m 755 $(B)/lib/fle/libc.so $(DESTDIR)$(PREFIX)/lib/fle/;
