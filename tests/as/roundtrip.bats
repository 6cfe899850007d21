#!/usr/bin/env bats
# The reader/writer promise over the whole conversion corpus: for every
# object, read -> write -> read gives the same model and write(read(f))
# is byte-identical to f.
load ../common
setup() { common_setup; }

@test "corpus builds: every object converts" {
    dir=$("$ROOT/tests/corpus/build-matrix")
    n_o=$(ls "$dir"/*.o | wc -l)
    n_fle=$(ls "$dir"/*.fle | wc -l)
    [ "$n_o" -ge 240 ]
    [ "$n_o" -eq "$n_fle" ]
}

@test "round trip is exact for every corpus object" {
    dir=$("$ROOT/tests/corpus/build-matrix")
    run "$ROOT/build/tests/fle-roundtrip" "$dir"/*.fle
    assert_success
    assert_output ""
}

@test "a non-canonical file reads to the same model; only its bytes change on rewrite" {
    # Spaces, key order and tag spelling differ from canonical output.
    printf '%s' '{"version":1,"type":".obj","symbols":[],"sections":[{"name":".text","type":"PROGBITS","flags":"AX","align":"0x1","size":"0x2","lines":["🏷: a func 0x2","🔢: C3 c3"]}]}' > x.fle
    run "$ROOT/build/tests/fle-roundtrip" x.fle
    assert_failure
    assert_output "x.fle: write(read(f)) differs from f"
}

@test "keys in any order, strings escaped: the same model as canonical text" {
    # jq -S sorts keys (so "lines" comes before "size", "type" and
    # "version" last) and escapes what it likes; jq --ascii-output writes
    # every non-ASCII character (the tags) as \u escapes.  Each must read
    # to the model of the original: written again, its canonical bytes.
    dir=$("$ROOT/tests/corpus/build-matrix")
    "$ROOT/build/bin/fle-ar" rcs lib.a "$dir"/weak*.fle "$dir"/tls*.fle
    "$ROOT/build/bin/fle-cc" -o prog.exe "$ROOT/examples/hello/hello.c"
    for f in "$dir"/*.fle lib.a prog.exe; do
        if head -c 2 "$f" | grep -q '#!'; then
            { head -n 1 "$f"; tail -n +2 "$f" | jq -S .; } > sorted
            { head -n 1 "$f"; tail -n +2 "$f" | jq --ascii-output -c .; } > escaped
        else
            jq -S . "$f" > sorted
            jq --ascii-output -c . "$f" > escaped
        fi
        for v in sorted escaped; do
            "$ROOT/build/tests/fle-roundtrip" --print $v > again || { echo "$f ($v)"; false; }
            if [ "$f" = lib.a ] && [ $v = sorted ]; then
                # The index is in the order of its keys, which jq sorted.
                jq -S . again > a1 && jq -S . "$f" > a2 && cmp -s a1 a2 ||
                    { echo "$f ($v): not the same model"; false; }
            else
                cmp -s again "$f" || { echo "$f ($v): not the same model"; false; }
            fi
        done
    done
}

@test "files written by the tools are valid JSON for jq" {
    dir=$("$ROOT/tests/corpus/build-matrix")
    for f in "$dir"/globals-O2-fPIC.fle "$dir"/oddnames.fle "$dir"/strings-O0-fno-pic-g.fle; do
        jq -e '.type == ".obj" and .version == 2' "$f" >/dev/null
    done
    run jq -r '.sections[0].lines[0]' "$dir/oddnames.fle"
    assert_output '📤: "name with spaces (and parens)" func 0x6'
}
