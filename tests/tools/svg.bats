#!/usr/bin/env bats
# fle-readfle --svg: a picture of an executable's memory.  Rendered with a
# real SVG renderer (rsvg-convert, librsvg2-bin in scripts/install-deps.sh)
# to PNG; the picture must render, have the size it says, and name what
# it draws.
load ../common

setup() {
    common_setup
    command -v rsvg-convert >/dev/null || { echo "rsvg-convert missing: run scripts/install-deps.sh"; false; }
    cat > hello.c <<'C'
#include <stdio.h>
int counter = 3;
static char buf[100];
int main(void) { buf[0] = 1; printf("hello, %s\n", "world"); return counter; }
C
    fle-cc hello.c -o hello
}

# The text of every <text> element, one a line.
labels() { python3 -c '
import sys, xml.etree.ElementTree as ET
for t in ET.parse(sys.argv[1]).iter("{http://www.w3.org/2000/svg}text"):
    print(t.text)' "$1"; }

@test "hello renders to a PNG of the size the SVG gives" {
    fle-readfle --svg hello > hello.svg
    rsvg-convert hello.svg -o hello.png
    [ -s hello.png ]
    w=$(sed -nE 's/^<svg [^>]*width="([0-9]+)".*/\1/p' hello.svg)
    h=$(sed -nE 's/^<svg [^>]*height="([0-9]+)".*/\1/p' hello.svg)
    [ "$w" -gt 0 ] && [ "$h" -gt 300 ]
    # PNG: width and height are the big-endian words at bytes 16 and 20.
    [ "$(od -An -tu1 -j16 -N8 hello.png | awk '{ print $1*16777216+$2*65536+$3*256+$4, $5*16777216+$6*65536+$7*256+$8 }')" = "$w $h" ]
    file hello.png | grep -q "PNG image data, $w x $h"
}

@test "segments with their permissions, sections, .bss without file bytes" {
    fle-readfle --svg hello > hello.svg
    labels hello.svg > labels
    # One box per segment, named with the flags fle-readfle -l shows.
    while read -r name flags; do
        grep -qE "^segment $name  $flags  0x" labels
    done < <(jq -r '.segments[] | "\(.name) \(.flags)"' <(fle-readfle --json hello))
    grep -q '^segment text  r-x  0x401000-' labels
    grep -q '^segment data  rw-  ' labels
    for s in .text .rodata .data .bss; do
        size=$(jq -r ".sections[] | select(.name == \"$s\") | .size" <(fle-readfle --json hello))
        grep -qE "^$s  $size bytes" labels
    done
    grep -q '^no file bytes: zero-filled at load$' labels
    grep -q '^file bytes end (filesz ' labels
    # The hatched box is .bss's.
    grep -q 'class="sec zero"' hello.svg
}

@test "the user's own symbols are labelled, the toolchain's are not" {
    fle-readfle --svg hello > hello.svg
    labels hello.svg > labels
    main=$(fle-nm hello | sed -nE 's/^0*([0-9a-f]+) T main$/\1/p')
    grep -q "^main  0x$main func 0x" labels
    grep -q '^counter  0x[0-9a-f]* object 0x4$' labels
    grep -q '^buf  0x[0-9a-f]* object 0x64$' labels
    # printf and _start are the toolchain's (libc.a, crt1.fle).
    fle-nm hello | grep -q ' T printf$'
    ! grep -qE '^(printf|_start|puts)  ' labels
    grep -q '^Symbols: 3 of [0-9]* functions and objects' labels
}

@test "--svg of an object is an error" {
    fle-cc -c hello.c -o hello.fle
    run fle-readfle --svg hello.fle
    assert_failure 1
    assert_output "fle-readfle: error: hello.fle: --svg draws an executable's memory; this is an object (link it first)"
}
