#!/usr/bin/env bats
# fle-readfle --svg of dynamic modules: a .so is drawn at base 0 like a
# PIE, without an entry; a dynamic program as any program.  Rendered with
# rsvg-convert as in svg.bats.
load ../common
load dyn-common

setup() {
    common_setup
    command -v rsvg-convert >/dev/null || { echo "rsvg-convert missing: run scripts/install-deps.sh"; false; }
    make_fle_modules
}

labels() { python3 -c '
import sys, xml.etree.ElementTree as ET
for t in ET.parse(sys.argv[1]).iter("{http://www.w3.org/2000/svg}text"):
    print(t.text)' "$1"; }

@test "a .so renders: its segments from base 0, its own symbols, no entry" {
    run fle-readfle --svg libgreet.fle
    assert_success
    echo "$output" > lib.svg
    rsvg-convert lib.svg -o lib.png
    file lib.png | grep -q 'PNG image data'
    labels lib.svg > labels
    grep -qx 'Memory of libgreet.fle (shared library: addresses from its load base)' labels
    grep -qx 'segment text  r-x  0x1000-0x1048' labels
    grep -qx 'segment rodata  r--  0x2000-0x2003' labels
    grep -qx 'segment data  rw-  0x3000-0x3030' labels
    for s in .plt .text .got .got.plt .init_array .data; do grep -qE "^$s  0x[0-9a-f]+ bytes" labels; done
    grep -qx 'greet  0x1010 func 0x1f' labels
    grep -qx 'counter  0x3020 object 0x4' labels
    grep -qx 'hooks  0x3028 object 0x8' labels
    ! grep -q '^puts  ' labels # an import: not in this module's memory
    ! grep -qx 'entry' labels
}

@test "a dynamic program renders with its entry; the format's own samples too" {
    fle-readfle --svg prog.fle > prog.svg
    rsvg-convert prog.svg -o prog.png
    labels prog.svg > labels
    grep -qx 'Memory of prog.fle (entry 0x401037)' labels
    grep -qx 'entry' labels
    grep -qx 'counter  0x404010 object 0x4' labels
    for f in "$ROOT"/tests/as/dynamic/*.fle; do
        fle-readfle --svg "$f" > s.svg
        rsvg-convert s.svg -o s.png
        [ -s s.png ]
    done
}
