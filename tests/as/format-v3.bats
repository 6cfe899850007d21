#!/usr/bin/env bats
# Format version 3: the keys and load-time relocation lines of dynamic
# modules (spec/FLE.md §6).  Two canonical modules round-trip byte for
# byte, and each way of getting them wrong has its one error line.
load ../common
bats_require_minimum_version 1.5.0
setup() { common_setup; }

DYN="$BATS_TEST_DIRNAME/dynamic"

roundtrip() { run "$ROOT/build/tests/fle-roundtrip" "$@"; }

# The shared library with one line changed: sed expression $1.
variant() { sed -e "$1" "$DYN/libgreet.fle" > bad.fle; }

bad() {
    roundtrip bad.fle
    assert_failure 1
    assert_output "fle-roundtrip: error: $1"
}

@test "v3: a shared library and a dynamic executable round-trip byte for byte" {
    roundtrip "$DYN/libgreet.fle" "$DYN/prog.fle"
    assert_success
    assert_output ''
}

@test "v3: the writer puts the dynamic keys at the top, COPY in zero memory" {
    run "$ROOT/build/tests/fle-roundtrip" --print "$DYN/prog.fle"
    assert_success
    assert_line '  "needed": ["libgreet.so"],'
    assert_line '        "❓: R_X86_64_COPY(counter)",'
}

@test "v3: a static executable is still written as version 2" {
    cp "$ROOT/tests/exec/bad/version.fle" v.fle
    sed -i 's/"version": 4/"version": 3/' v.fle
    run "$ROOT/build/tests/fle-roundtrip" --print v.fle
    assert_success
    assert_line '  "version": 2,'
}

@test "v3: load-time relocations alone make a dynamic executable, written as version 3" {
    # No dynamic key at all, only segment relocations that bind symbols
    # (spec/FLE.md §8): the writer must keep version 3, or what it wrote
    # would not read back.  fle-exec takes it as a dynamic program.
    sed -e '/"needed"/d' -e '/"exports"/d' -e '/"plt"/d' -e '/"pltgot"/d' \
        -e '/"init_array"/d' -e '/"fini_array"/d' -e '/"runpath"/d' "$DYN/prog.fle" > bare.fle
    ! grep -q '"needed"' bare.fle
    grep -q 'R_X86_64_COPY' bare.fle
    run "$ROOT/build/tests/fle-roundtrip" --print bare.fle
    assert_success
    assert_line '  "version": 3,'
    assert_line '  "needed": [],'
    echo "$output" > canonical.fle
    roundtrip canonical.fle
    assert_success
    chmod +x bare.fle
    run -127 fle-exec ./bare.fle
    assert_line --partial 'fle-exec: error: undefined symbol: '
}

@test "v3: dynamic keys need version 3" {
    variant 's/"version": 3/"version": 2/'
    bad 'bad.fle:32:9: executables carry only R_X86_64_RELATIVE relocations'
    sed -e 's/"version": 4/"version": 2, "needed": ["libc.so"]/' "$ROOT/tests/exec/bad/version.fle" > bad.fle
    bad 'bad.fle:4:27: a dynamic module (.so, "needed", "exports" ...) needs "version": 3'
}

@test "v3: a .so has no entry, no pie and no #! line" {
    variant 's/"version": 3,/"version": 3, "entry": "0x1000",/'
    bad 'bad.fle:3:26: unknown key "entry" in a .so file'
    variant '1i #!/usr/bin/env fle-exec'
    bad 'bad.fle:1:1: a shared library (.so) has no #! line: it is not run'
}

@test "v3: load-time relocations: only in version 3, against symbols, no addend" {
    variant 's/R_X86_64_GLOB_DAT(counter)/R_X86_64_GLOB_DAT(counter + 0x8)/'
    bad 'bad.fle:33:38: this relocation type'\''s formula is S alone: no addend'
    variant 's/R_X86_64_GLOB_DAT(counter)/R_X86_64_PC64(counter - 📍)/'
    bad 'bad.fle:33:9: a segment carries only R_X86_64_RELATIVE, 64, GLOB_DAT, JUMP_SLOT and COPY relocations, against symbols'
    variant 's/R_X86_64_GLOB_DAT(counter)/R_X86_64_GLOB_DAT(nobody)/'
    bad 'bad.fle:33:31: relocation against nobody, which is neither defined (📤, 📎) nor imported (📥) here'
}

@test "v3: R_X86_64_COPY stands in zero memory, at its own symbol" {
    sed -e 's/"🕳️: 0x8"/"🔢: 00 00 00 00 00 00 00 00"/' "$DYN/prog.fle" > bad.fle
    bad 'bad.fle:23:15: segment data: R_X86_64_COPY at 0x10 stands among file bytes (it fills zero memory)'
    sed -e 's/R_X86_64_COPY(counter)/R_X86_64_COPY(greet)/' "$DYN/prog.fle" > bad.fle
    bad 'bad.fle:32:27: R_X86_64_COPY(greet): the symbol must be defined in the zero part the copy fills'
}

@test "v3: objects never carry load-time relocations" {
    cat > bad.fle <<'X'
{"type": ".obj", "version": 3, "sections": [
 {"name": ".data", "type": "PROGBITS", "flags": "WA", "align": "0x8", "size": "0x8",
  "lines": ["❓: R_X86_64_JUMP_SLOT(puts)"]}]}
X
    bad 'bad.fle:3:13: R_X86_64_JUMP_SLOT belongs in executables, not objects'
}

@test "v3: exports, needed and the constructor arrays are checked" {
    variant 's/"exports": \["greet", "counter"\]/"exports": ["greet", "nobody"]/'
    bad 'bad.fle:8:24: export nobody names no global symbol of this module'
    variant 's/"exports": \["greet", "counter"\]/"exports": ["greet", "greet"]/'
    bad 'bad.fle:8:24: export greet is listed twice'
    variant 's/"exports": \["greet", "counter"\]/"exports": ["puts@plt"]/'
    bad 'bad.fle:8:15: export puts@plt names no global symbol of this module'
    variant 's/"needed": \["libc.so"\]/"needed": [""]/'
    bad 'bad.fle:5:14: "needed": an empty name'
    variant 's/"needed": \["libc.so"\]/"needed": "libc.so"/'
    bad 'bad.fle:5:13: "needed" must be an array of strings'
    variant 's/"size": "0x8" }/"size": "0x28" }/'
    bad 'bad.fle:7:17: "init_array": 0x28 bytes at 0x3000 are not whole 8-byte words inside one segment'
    variant 's/"addr": "0x3000"/"addr": "0x3004"/'
    bad 'bad.fle:7:17: "init_array": 0x8 bytes at 0x3004 are not whole 8-byte words inside one segment'
}

@test "v3: an empty constructor array is the same as none, wherever it says it is" {
    # The writer leaves a size-0 array out, so its address cannot be
    # kept: the model must not differ from the file it writes.
    variant 's/"init_array": { "addr": "0x3000", "size": "0x8" }/"init_array": { "addr": "0x3008", "size": "0x0" }/'
    grep -q '"size": "0x0"' bad.fle
    sed '/"init_array"/d' "$DYN/libgreet.fle" > none.fle
    run "$ROOT/build/tests/fle-roundtrip" --same bad.fle none.fle
    assert_success
    run "$ROOT/build/tests/fle-roundtrip" --print bad.fle
    assert_success
    refute_line --partial '"init_array"'
}

@test "v3: plt, pltgot and bind_now round-trip and are checked" {
    keys='"plt": { "addr": "0x1000", "size": "0x20" },\n  "pltgot": { "addr": "0x3000", "size": "0x20" },\n  "bind_now": true,'
    variant "/\"init_array\"/a\\  $keys"
    roundtrip bad.fle
    assert_success
    assert_output ''
    run "$ROOT/build/tests/fle-roundtrip" --print bad.fle
    assert_line '  "pltgot": { "addr": "0x3000", "size": "0x20" },'
    assert_line '  "bind_now": true,'
    variant "/\"init_array\"/a\\  \"plt\": { \"addr\": \"0x1000\", \"size\": \"0x20\" },"
    bad 'bad.fle:8:10: "plt" without "pltgot"'
    variant "/\"init_array\"/a\\  ${keys/\"size\": \"0x20\" \},\\n  \"pltgot/\"size\": \"0x10\" \},\\n  \"pltgot}"
    bad "bad.fle:8:10: \"plt\": 0x10 bytes do not match \"pltgot\"'s 0x20 (PLT[0] and 16 bytes per slot after 3 reserved words)"
    variant "/\"init_array\"/a\\  ${keys/0x3000/0x3008}"
    bad 'bad.fle:9:13: "pltgot": 0x20 bytes at 0x3008 are not whole 8-byte words inside one segment'
    variant "/\"init_array\"/a\\  ${keys/true/1}"
    bad 'bad.fle:10:15: "bind_now" must be true or false'
}
