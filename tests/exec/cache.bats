#!/usr/bin/env bats
# fle-exec's load cache (fle-exec/cache.c, spec/abi.md §8): the second
# start of a file uses the validated binary image the first one stored;
# a changed executable, a corrupt, truncated, foreign or forged cache
# file is never trusted; no usable directory means no cache, not an
# error; and a program behaves the same with and without it.
load ../common
load helpers

setup_file() {
    build_progs
    sleep 0.05   # the programs are "settled": older than the next start
}

setup() {
    common_setup
    bats_require_minimum_version 1.5.0
    export XDG_CACHE_HOME="$BATS_TEST_TMPDIR/cache"
    export FLE_EXEC_DEBUG_CACHE=1
    C="$XDG_CACHE_HOME/fle-exec"
}

# fresh NAME: a copy of test program NAME in the test's directory, old
# enough to be cached (a file changed in the current clock tick is not).
fresh() {
    cp "$P/$1" "./$1"
    sleep 0.05
}

# cache_of FILE: its cache file, named DEV-INO in hex.
cache_of() {
    printf '%s/%x-%x' "$C" "$(stat -c %d "$1")" "$(stat -c %i "$1")"
}

# The one cache file, DEV-INO (one program per test; prune-stamp aside).
cache_file() {
    local f=("$C"/[0-9a-f]*-[0-9a-f]*)
    [ ${#f[@]} -eq 1 ] && [ -f "${f[0]}" ]
    echo "${f[0]}"
}

@test "the first start stores the image, the second uses it; same output" {
    fresh show
    run --separate-stderr "$FE" ./show "a b" ""
    assert_success
    local first="$output"
    [[ ${stderr_lines[0]} == "fle-exec: cache: miss (no cache file)" ]]
    [[ ${stderr_lines[1]} == "fle-exec: cache: stored $C/"* ]]
    run --separate-stderr "$FE" ./show "a b" ""
    assert_success
    assert_equal "$output" "$first"
    [[ ${stderr_lines[0]} == "fle-exec: cache: hit $C/"* ]]
    [ ${#stderr_lines[@]} -eq 1 ]
}

@test "the cache directory is created 0700, the cache file 0600" {
    fresh show
    run "$FE" ./show
    assert_success
    [ "$(stat -c %a "$C")" = 700 ]
    [ "$(stat -c %a "$XDG_CACHE_HOME")" = 700 ]
    [ "$(stat -c %a "$(cache_file)")" = 600 ]
}

@test "without XDG_CACHE_HOME the cache is ~/.cache/fle-exec" {
    fresh show
    mkdir home
    run env -u XDG_CACHE_HOME HOME="$BATS_TEST_TMPDIR/home" "$FE" ./show
    assert_success
    assert_line --partial "cache: stored $BATS_TEST_TMPDIR/home/.cache/fle-exec/"
}

@test "--no-cache and FLE_EXEC_NO_CACHE=1 neither read nor write it" {
    fresh show
    run "$FE" --no-cache ./show
    assert_success
    assert_line "fle-exec: cache: off (--no-cache or FLE_EXEC_NO_CACHE)"
    [ ! -e "$XDG_CACHE_HOME" ]
    run env FLE_EXEC_NO_CACHE=1 "$FE" ./show
    assert_line "fle-exec: cache: off (--no-cache or FLE_EXEC_NO_CACHE)"
    [ ! -e "$XDG_CACHE_HOME" ]
    run "$FE" ./show            # stores
    run "$FE" --no-cache ./show # does not read
    refute_line --partial "cache: hit"
}

@test "changing the executable (same size, new mtime) invalidates its image" {
    fresh bss
    run "$FE" ./bss
    assert_line "bss ok"
    assert_line --partial "cache: stored"
    local size; size=$(stat -c %s bss)
    # Right away, in the same clock tick, the same inode: "bss ok"
    # becomes "bss OK".
    sed 's/62 73 73 20 6f 6b 0a/62 73 73 20 4f 4b 0a/' bss > new
    cat new > bss
    [ "$(stat -c %s bss)" = "$size" ]
    run "$FE" ./bss
    assert_success
    assert_line "bss OK"
    assert_line --partial "stale: another version of the executable; ignored"
    sleep 0.05
    run "$FE" ./bss    # stores the new version (unless the run above did)
    assert_line "bss OK"
    run "$FE" ./bss
    assert_line "bss OK"
    assert_line --partial "cache: hit"
}

@test "a file changed in the current clock tick is not stored" {
    cp "$P/show" ./show
    touch -d '+1 hour' show     # a timestamp not yet in the past
    run "$FE" ./show
    assert_success
    assert_line --partial "cache: not stored (the executable changed too recently"
    [ ! -e "$C" ] || [ -z "$(ls -A "$C")" ]
}

@test "a corrupted cache file is ignored and rewritten" {
    fresh show
    run "$FE" ./show x
    local want="$output" f; f=$(cache_file)
    printf '\377\377\377\377' | dd of="$f" bs=1 seek=200 conv=notrunc status=none
    run --separate-stderr "$FE" ./show x
    assert_success
    [[ ${stderr_lines[0]} == *": bad checksum; ignored)" ]]
    [[ ${stderr_lines[1]} == "fle-exec: cache: stored "* ]]
    run "$FE" ./show x
    assert_line --partial "cache: hit"
    run --separate-stderr "$FE" ./show x
    assert_equal "$output" "$(grep -v '^fle-exec: cache' <<<"$want")"
}

@test "a truncated or empty cache file is ignored and rewritten" {
    fresh show
    run "$FE" ./show
    local f; f=$(cache_file)
    truncate -s 300 "$f"
    run "$FE" ./show
    assert_success
    assert_line --partial ": truncated or overlong; ignored)"
    assert_line --partial "cache: stored"
    : > "$f"
    run "$FE" ./show
    assert_success
    assert_line --partial ": not a cache file; ignored)"
    run "$FE" ./show
    assert_line --partial "cache: hit"
}

@test "a cache file cut short in its segment bytes is ignored and rewritten" {
    fresh show
    run "$FE" ./show
    local f; f=$(cache_file)
    truncate -s $(( $(stat -c %s "$f") - 4096 )) "$f"
    run "$FE" ./show
    assert_success
    assert_line --partial ": truncated or overlong; ignored)"
    assert_line --partial "cache: stored"
    assert_line "arg [./show]"
}

@test "a cache hit maps the program's pages from the cache file, as the kernel maps an ELF file" {
    fresh maps
    run --separate-stderr "$FE" ./maps
    assert_success
    refute_output --partial "$C/"           # the text was parsed and copied
    local f; f=$(cache_file)
    run --separate-stderr "$FE" ./maps
    assert_success
    [[ ${stderr_lines[0]} == "fle-exec: cache: hit $f" ]]
    # The code page: r-x, private, backed by the cache file.
    assert_line --regexp "^0*401000-[0-9a-f]+ r-xp [0-9a-f]+ [0-9a-f:]+ [0-9]+ +$f\$"
}

@test "a cache on a file system that cannot map executable pages: the bytes are read instead" {
    command -v unshare >/dev/null || skip "unshare(1) needed"
    unshare --user --map-root-user --mount true 2>/dev/null || skip "no user namespaces here"
    fresh maps
    mkdir -p "$XDG_CACHE_HOME"
    # A private noexec tmpfs over the cache directory, in a namespace of
    # the test's own; both starts run in it.
    run --separate-stderr unshare --user --map-root-user --mount sh -c '
        mount -t tmpfs -o noexec tmpfs "$XDG_CACHE_HOME" || exit 99
        "$1" ./maps >/dev/null && "$1" ./maps' sh "$FE"
    [ "$status" != 99 ] || skip "cannot mount tmpfs in a user namespace"
    assert_success
    [[ ${stderr_lines[-1]} == "fle-exec: cache: hit "* ]]
    assert_line --regexp "^0*401000-[0-9a-f]+ r-xp 00000000 00:00 0 *$"
}

@test "stale cache files are pruned after a store, at most once a day" {
    fresh show
    fresh bss
    fresh entry
    run "$FE" ./show
    assert_line "fle-exec: cache: pruned 0 stale files"   # the first store
    run "$FE" ./bss
    refute_line --partial "pruned"                        # not again today
    local show_cache bss_cache
    show_cache=$(cache_of show) bss_cache=$(cache_of bss)
    rm show                                   # deleted
    cat "$P/state" > bss                      # rewritten in place: a new key
    : > "$C/fe00-1.tmp123"                    # an abandoned store...
    touch -d '2 hours ago' "$C/fe00-1.tmp123"
    : > "$C/fe00-2.tmp456"                    # ...and one under way
    echo junk > "$C/fe00-3"                   # not a cache file
    run "$FE" ./entry
    refute_line --partial "pruned"
    [ -e "$show_cache" ] && [ -e "$bss_cache" ]
    touch -d '25 hours ago' "$C/prune-stamp"
    sleep 0.05
    rm -f "$(cache_of entry)"
    run "$FE" ./entry
    assert_success
    assert_line --partial "cache: stored"
    assert_line "fle-exec: cache: pruned 4 stale files"
    [ ! -e "$show_cache" ] && [ ! -e "$bss_cache" ]
    [ ! -e "$C/fe00-1.tmp123" ] && [ -e "$C/fe00-2.tmp456" ] && [ ! -e "$C/fe00-3" ]
    [ -e "$(cache_of entry)" ]
    [ "$(stat -c %a "$C/prune-stamp")" = 600 ]
}

@test "pruning keeps the cache of an executable reached by another path" {
    mkdir sub
    cp "$P/show" sub/show
    ln -s sub link
    sleep 0.05
    run "$FE" ./link/show          # stored under its real path, sub/show
    assert_line --partial "cache: stored"
    local kept; kept=$(cache_of sub/show)
    fresh bss
    touch -d '25 hours ago' "$C/prune-stamp"
    run "$FE" ./bss
    assert_line "fle-exec: cache: pruned 0 stale files"
    [ -e "$kept" ]
    run "$FE" ./sub/show
    assert_line --partial "cache: hit"
}

@test "another file's cache image is not used: the key is checked inside" {
    fresh show
    fresh bss
    run "$FE" ./show
    run "$FE" ./bss
    cp "$(cache_of show)" "$(cache_of bss)"   # intact, checksum and all
    run "$FE" ./bss
    assert_success
    assert_line "bss ok"
    assert_line --partial "stale: another version of the executable; ignored"
}

@test "a cache file not private to us is ignored" {
    fresh show
    run "$FE" ./show
    chmod 0666 "$(cache_file)"
    run "$FE" ./show
    assert_success
    assert_line --partial "is not a private cache file of ours)"
}

@test "a forged cache file with a valid checksum is validated like the text" {
    command -v python3 >/dev/null || skip "python3 needed to forge"
    fresh show
    run "$FE" ./show
    local f; f=$(cache_file)
    # Make the text segment writable and executable (flags rwx = 7).
    "$ROOT/tests/exec/forge-cache" "$f" seg0-flags 7
    run --separate-stderr "$FE" ./show
    assert_success
    [[ ${stderr_lines[0]} == *" fails validation; ignored)" ]]
    assert_line --index 0 "argc 1"
    assert_line --index 1 "arg [./show]"
    # An entry outside every segment, likewise.
    "$ROOT/tests/exec/forge-cache" "$(cache_file)" entry 0x10
    run "$FE" ./show
    assert_success
    assert_line --partial " fails validation; ignored)"
}

@test "a W+X image stored under --allow-wx is refused without it" {
    cp "$ROOT/tests/exec/bad/wx.fle" ./wx.fle
    sleep 0.05
    run "$FE" --allow-wx ./wx.fle
    assert_success
    assert_line --partial "cache: stored"
    run "$FE" --allow-wx ./wx.fle
    assert_line --partial "cache: hit"
    run --separate-stderr "$FE" ./wx.fle
    assert_failure 1
    [[ ${stderr_lines[0]} == *" fails validation; ignored)" ]]
    [[ ${stderr_lines[1]} == "fle-exec: error: ./wx.fle: segment "*" is writable and executable (rwx); --allow-wx loads it anyway" ]]
}

@test "a malformed executable is refused though its old version was cached" {
    fresh show
    run "$FE" ./show
    assert_line --partial "cache: stored"
    for bad in overlap entry-outside misaligned truncated; do
        cat "$ROOT/tests/exec/bad/$bad.fle" > show    # same inode, new content
        run --separate-stderr "$FE" ./show
        assert_failure 1
        [[ ${stderr_lines[0]} == *"stale: another version of the executable; ignored)" ]]
        [[ ${stderr_lines[1]} == "fle-exec: error: ./show"* ]]
    done
}

@test "no HOME and no XDG_CACHE_HOME: it runs, without a cache" {
    fresh show
    run env -u HOME -u XDG_CACHE_HOME "$FE" ./show
    assert_success
    assert_line "fle-exec: cache: off (no cache directory: XDG_CACHE_HOME and HOME unset)"
    assert_line "arg [./show]"
    run env -u XDG_CACHE_HOME HOME=relative "$FE" ./show
    assert_success
    assert_line --partial "cache: off (no cache directory"
}

@test "a cache directory with a very long path: it runs, without a cache" {
    fresh show
    local long; long="$BATS_TEST_TMPDIR/$(printf 'd%.0s' {1..1000})"
    run env XDG_CACHE_HOME="$long" "$FE" ./show
    assert_success
    assert_line "fle-exec: cache: off (no cache directory: its path is too long)"
    assert_line "arg [./show]"
}

@test "an unusable cache directory: it runs, nothing is stored" {
    fresh show
    run env XDG_CACHE_HOME=/proc/self/nonexistent "$FE" ./show
    assert_success
    assert_line --partial "cache: not stored (/proc/self/nonexistent/fle-exec: "
    assert_line "arg [./show]"
    : > notadir
    run env XDG_CACHE_HOME="$PWD/notadir" "$FE" ./show
    assert_success
    assert_line --partial "cache: not stored ("
    mkdir -p "$C" && chmod 0777 "$C"
    run "$FE" ./show
    assert_success
    assert_line "fle-exec: cache: not stored ($C is not a private directory of ours)"
}

@test "--trace neither reads nor writes the cache" {
    fresh show
    run "$FE" ./show
    run --separate-stderr "$FE" --trace ./show
    assert_success
    [ "${stderr_lines[0]}" = "fle-exec: cache: off (--trace reads the text: it needs the symbols)" ]
    [[ ${stderr_lines[1]} == "fle-exec: load ./show: "* ]]
}

# same_with_cache PROG ARGS: the program's stdout and status without the
# cache, then twice with it (the second a hit) — all three the same.
same_with_cache() {
    local prog="$1"; shift
    run --separate-stderr "$FE" --no-cache "$prog" "$@"
    local out="$output" st=$status
    run --separate-stderr "$FE" "$prog" "$@"
    assert_equal "$status" "$st"
    assert_equal "$output" "$out"
    run --separate-stderr "$FE" "$prog" "$@"
    [[ ${stderr_lines[0]} == "fle-exec: cache: hit "* ]]
    assert_equal "$status" "$st"
    assert_equal "$output" "$out"
}

@test "every test program: same output and status with and without the cache" {
    for name in show entry bss fault state proc; do
        same_with_cache "$P/$name" "a b" ""
        same_with_cache "$P/$name"
    done
    for mode in write-code null div0 ud2; do
        same_with_cache "$P/fault" $mode
    done
    if [ -d "$P/ld" ]; then
        for name in show entry bss fault state; do
            same_with_cache "$P/ld/$name" x
        done
    fi
}

@test "a PIE program gets a new random base on every cached start" {
    local dirs=("$P") d
    [ -d "$P/ld" ] && dirs+=("$P/ld")
    for d in "${dirs[@]}"; do
        run "$FE" "$d/pie"
        run --separate-stderr "$FE" "$d/pie"
        [[ ${stderr_lines[0]} == "fle-exec: cache: hit "* ]]
        assert_line "relocations ok"
        local first="${lines[0]}"
        run --separate-stderr "$FE" "$d/pie"
        [[ ${stderr_lines[0]} == "fle-exec: cache: hit "* ]]
        assert_line "relocations ok"
        [ "$first" != "${lines[0]}" ]
        [ "${first: -3}" = "${lines[0]: -3}" ]
    done
}
