# Helpers for the output tests: small inputs written by hand (no gcc),
# and checks that a file is exactly what it was.  fle_obj (an object
# whose _start exits 42) and jq_edit come from the reliability tests.

load ../reliability/helpers

# undef_obj FILE: fle_obj's object, but _start calls foo, which nothing
# defines.
undef_obj() {
    fle_obj "$1"
    jq_edit "$1" '.sections[0].size = "0x5" | .sections[0].lines = ["📤: _start func 0x5", "🔢: e8", "❓: R_X86_64_PLT32(foo - 0x4 - 📍)"]'
}

# data_obj FILE KIB: an object with KIB KiB of initialised .data (file
# bytes in the executable: about 3.5 times as many bytes of text).
data_obj() {
    {
        printf '{ "type": ".obj", "version": 1, "sections": [\n'
        printf '  { "name": ".data", "type": "PROGBITS", "flags": "WA", "align": "0x1",\n'
        printf '    "size": "0x%x", "lines": [ "📤: blob object 0x%x"' $(($2 * 1024)) $(($2 * 1024))
        local i
        for ((i = 0; i < $2 * 64; i++)); do
            printf ',\n      "🔢: 01 02 03 04 05 06 07 08 09 0a 0b 0c 0d 0e 0f 10"'
        done
        printf ' ] } ],\n  "symbols": [] }\n'
    } > "$1"
}

# keep FILE...: remembers each file's bytes and mode (FILE.kept).
keep() {
    local f
    for f in "$@"; do
        cp -p "$f" "$f.kept"
    done
}

# unchanged FILE...: each file is a regular file with the bytes and mode
# it had at `keep`.
unchanged() {
    local f
    for f in "$@"; do
        if [ -L "$f" ] || [ ! -f "$f" ]; then
            echo "$f is no longer a regular file"; return 1
        fi
        cmp "$f" "$f.kept" || { echo "$f changed"; return 1; }
        [ "$(stat -c %a "$f")" = "$(stat -c %a "$f.kept")" ] ||
            { echo "$f: mode $(stat -c %a "$f"), was $(stat -c %a "$f.kept")"; return 1; }
    done
}

# only_files DIR FILE...: DIR holds exactly these files (no temporaries).
only_files() {
    local dir="$1"; shift
    local want=""
    [ $# -eq 0 ] || want=$(printf '%s\n' "$@" | sort | tr '\n' ' ')
    assert_equal "$(cd "$dir" && ls -A | sort | tr '\n' ' ')" "$want"
}

# out_of_space SIZE: links main.fle onto a tmpfs of SIZE (in a mount
# namespace of its own), then main.fle and big.fle, which do not fit:
# the link must fail and leave the first program as it was.  Skips
# where no tmpfs can be mounted.
out_of_space() {
    command -v unshare >/dev/null || skip "unshare(1) needed"
    unshare -m true 2>/dev/null || skip "cannot make a mount namespace (needs root)"
    mkdir disk
    run unshare -m sh -c "
        mount -t tmpfs -o size=$1 tmpfs disk || exit 99"'
        fle-ld -o disk/prog main.fle || exit 98
        cp -p disk/prog prog.kept
        fle-ld -o disk/prog main.fle big.fle
        echo "status $?"
        cmp disk/prog prog.kept && echo "old program kept"
        ls -A disk'
    [ "$status" -ne 99 ] || skip "cannot mount a tmpfs here"
    assert_success
    assert_output "fle-ld: error: cannot write disk/prog: No space left on device
status 1
old program kept
prog"
}
