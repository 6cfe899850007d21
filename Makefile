# The FLE toolchain: one GNU make, out-of-tree build in build/.
#   make          build every tool into build/bin (and minilibc, crt)
#   make test     install dependencies, build, run every test
#   make demo     install dependencies, build, run an example end to end
#   make install  PREFIX=/usr/local DESTDIR=
# Each part of the tree contributes a fragment (*/build.mk) that appends
# its outputs to ALL and its install steps to INSTALL_STEPS.

B       := build
BIN     := $(B)/bin
PREFIX  ?= /usr/local
DESTDIR ?=
CC      := gcc
CFLAGS  ?= -O2 -g
CFLAGS  += -std=gnu11 -D_GNU_SOURCE -Wall -Wextra -Wno-unused-parameter -Ilibfle
LDLIBS_FLE := $(B)/libfle/libfle.a -ljansson -lelf

ALL :=
INSTALL_STEPS :=

.PHONY: all deps test demo install clean bench examples
all: build-all

# libc-fle builds minilibc's sources with the tools, so it comes last.
include $(filter-out libc-fle/build.mk,$(sort $(wildcard */build.mk)))
include libc-fle/build.mk

build-all: $(ALL)

deps:
	@./scripts/install-deps.sh

test: deps
	$(MAKE) all
	./tests/run

demo: deps
	$(MAKE) all
	./scripts/demo.sh

install: all
	mkdir -p $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/lib/fle $(DESTDIR)$(PREFIX)/include/fle
	$(INSTALL_STEPS)

# Benchmarks compare against the real alternatives in one run; each
# bench/<area>/run is a script that prints its own table.
bench: all
	@for r in bench/*/run; do echo "== $$r"; $$r || exit 1; done

clean:
	rm -rf $(B)

# Objects of C tools: build/<dir>/<file>.o from <dir>/<file>.c
$(B)/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -MMD -MP -c $< -o $@

-include $(shell find $(B) -name '*.d' 2>/dev/null)
