#!/usr/bin/env bats
# Hostile input for the FLE reader: megabytes of empty or deeply nested
# JSON arrays, a tiny stack, files that are not regular files, and keys
# spec/FLE.md does not define.  Every tool answers with one clear
# "TOOL: error: ..." line and a non-zero exit: it never hangs, never dies
# by a signal, and reads in no more memory than about twice the file's
# size on top of what it needs for a small file.
load helpers
setup() { common_setup; }
# fle-exec's load cache, while there is one, stays in this test's files.
export XDG_CACHE_HOME="$BATS_FILE_TMPDIR/cache"

# ---------------------------------------------------------------- memory

# json_file FILE PREFIX UNIT COUNT SUFFIX: FILE holds PREFIX, COUNT
# copies of UNIT joined by commas, then SUFFIX (written without a shell
# loop: the files are 21 MB).
json_file() {
    python3 -c 'import sys
p, u, n, s = sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5]
with open(sys.argv[1], "w") as f:
    f.write(p + ",".join([u] * n) + s + "\n")' "$@"
}

# nested_file FILE PREFIX DEPTH SUFFIX: arrays nested DEPTH deep.
nested_file() {
    python3 -c 'import sys
p, n, s = sys.argv[2], int(sys.argv[3]), sys.argv[4]
with open(sys.argv[1], "w") as f:
    f.write(p + "[" * n + "]" * n + s + "\n")' "$@"
}

# peak_run CMD...: `run`s CMD and sets $peak to its peak resident memory
# in KiB.  CMD gets at most 60 seconds and, outside the sanitizers, 2 GiB
# of address space: a reader that builds a tree of the input must not
# take the machine's memory with it.
peak_run() {
    local cap=2097152
    [ -z "${FLE_SANITIZED:-}" ] || cap=unlimited
    run bash -c 'ulimit -v "$1" && shift && exec "$@"' peak_run "$cap" \
        /usr/bin/time -f '%M' -o "$BATS_TEST_TMPDIR/rss" timeout 60 "$@"
    peak=$(tail -1 "$BATS_TEST_TMPDIR/rss")
}

# refused_in_bounds FILE TOOL [OPTION...]: `TOOL OPTION... FILE` exits 1
# with one line "TOOL: error: FILE...", and its peak memory is at most
# twice FILE's size plus the tool's peak on a small valid object.  (Under
# the sanitizers, make test-asan, memory is not measured: ASan's shadow
# and quarantine are not the reader's.)
refused_in_bounds() {
    local file="$1" tool="$2"
    shift
    fle_obj small.fle
    peak_run "$@" small.fle
    local base="$peak"
    peak_run "$@" "$file"
    [ "$status" -eq 1 ] || { echo "$*: status $status"; echo "$output" | head -5; return 1; }
    [ "${#lines[@]}" -eq 1 ] || { echo "$output" | head -5; return 1; }
    assert_line --index 0 --regexp "^$tool: error: $file(:[0-9]+)*: "
    [ -n "${FLE_SANITIZED:-}" ] && return 0
    local size=$(( $(stat -c %s "$file") / 1024 ))
    if [ "$peak" -gt $(( 2 * size + base )) ]; then
        echo "peak ${peak} KiB for a ${size} KiB file (small file: ${base} KiB)"
        return 1
    fi
}

@test "hostile: 21 MB of empty arrays instead of an object" {
    json_file arrays.fle '[' '[]' 7000000 ']'
    refused_in_bounds arrays.fle fle-readfle -a
}

@test "hostile: 21 MB of empty arrays as an object's sections" {
    json_file arrays.fle '{"type":".obj","version":1,"sections":[' '[]' 7000000 ']}'
    refused_in_bounds arrays.fle fle-nm
}

@test "hostile: 21 MB of empty arrays under a key the format does not define" {
    json_file arrays.fle '{"type":".obj","version":1,"sections":[],"junk":[' '[]' 7000000 ']}'
    refused_in_bounds arrays.fle fle-readfle -a
}

@test "hostile: 21 MB of empty objects in an archive's members" {
    json_file members.a '{"type":".ar","version":1,"index":{},"members":[' '{}' 7000000 ']}'
    refused_in_bounds members.a fle-nm
}

@test "hostile: arrays nested 10 million deep" {
    nested_file deep.fle '' 10500000 ''
    refused_in_bounds deep.fle fle-readfle -a
}

@test "hostile: arrays nested 10 million deep inside an object" {
    nested_file deep.fle '{"type":".obj","version":1,"sections":' 10500000 '}'
    refused_in_bounds deep.fle fle-nm
}

# ----------------------------------------------------------------- stack

# exec_small_stack FILE: fle-exec FILE with a 16 KiB stack limit.
exec_small_stack() {
    run bash -c 'ulimit -s 16 && exec timeout 20 fle-exec "$1"' exec_small_stack "$1"
}

# refused_not_killed FILE: the run above ended with a message, not a signal.
refused_not_killed() {
    if [ "$status" -eq 0 ] || [ "$status" -ge 124 ]; then
        echo "status $status (124: timeout; 128+N: signal N)"
        echo "$output" | head -5
        return 1
    fi
    assert_line --index 0 --regexp "^fle-exec: error: $1(:[0-9]+)*: "
}

@test "hostile: fle-exec runs a valid program with a 16 KiB stack" {
    [ -z "${FLE_SANITIZED:-}" ] || skip "ASan needs a larger stack"
    fle_obj ok.fle
    fle-ld ok.fle -o ok.exe
    exec_small_stack ok.exe
    [ "$status" -eq 42 ] || { echo "status $status"; echo "$output"; return 1; }
}

@test "hostile: fle-exec with a 16 KiB stack refuses segments nested 100000 deep" {
    [ -z "${FLE_SANITIZED:-}" ] || skip "ASan needs a larger stack"
    nested_file deep.exe '#!/usr/bin/env fle-exec
{"type":".exe","version":1,"entry":"0x401000","segments":' 100000 '}'
    exec_small_stack deep.exe
    refused_not_killed deep.exe
}

@test "hostile: fle-exec with a 16 KiB stack refuses segments nested 2000 deep" {
    # Within jansson's nesting limit (2048): valid JSON, but not FLE.
    [ -z "${FLE_SANITIZED:-}" ] || skip "ASan needs a larger stack"
    nested_file deep.exe '#!/usr/bin/env fle-exec
{"type":".exe","version":1,"entry":"0x401000","segments":' 2000 '}'
    exec_small_stack deep.exe
    refused_not_killed deep.exe
}

@test "hostile: fle-exec with a 16 KiB stack refuses objects nested 100000 deep" {
    [ -z "${FLE_SANITIZED:-}" ] || skip "ASan needs a larger stack"
    python3 -c 'import sys
n = 100000
sys.stdout.write("#!/usr/bin/env fle-exec\n{\"type\":\".exe\",\"version\":1,\"entry\":\"0x401000\",\"segments\":[],\"x\":"
                 + "{\"a\":" * n + "0" + "}" * n + "}\n")' > deep.exe
    exec_small_stack deep.exe
    refused_not_killed deep.exe
}

# ------------------------------------------------- not a regular file

# refused_quickly NAME CMD...: CMD ends within 10 seconds, with a non-zero
# status that is not a signal's, and its first line is "TOOL: error: ..."
# naming NAME.
refused_quickly() {
    local name="$1" tool="$2"
    shift
    run timeout 10 "$@"
    if [ "$status" -eq 0 ] || [ "$status" -ge 124 ]; then
        echo "$*: status $status (124: still running after 10 s; 128+N: signal N)"
        echo "$output" | head -5
        return 1
    fi
    assert_line --index 0 --regexp "^$tool: error: .*$name"
}

# each_reader NAME: every tool refuses NAME as an input, and writes no
# output.
each_reader() {
    local x="$1"
    fle_obj ok.fle
    refused_quickly "$x" fle-nm "$x"
    refused_quickly "$x" fle-readfle -a "$x"
    refused_quickly "$x" fle-objdump -d "$x"
    refused_quickly "$x" fle-ld "$x" -o out.exe
    refused_quickly "$x" fle-ld ok.fle "$x" -o out.exe
    refused_quickly "$x" fle-ar t "$x"
    refused_quickly "$x" fle-ar rcs lib.a "$x"
    refused_quickly "$x" fle-exec "$x"
    [ ! -e out.exe ] && [ ! -e lib.a ]
}

@test "hostile: a FIFO is not an FLE file, for any tool" {
    mkfifo pipe.fle
    each_reader pipe.fle
}

@test "hostile: a directory is not an FLE file, for any tool" {
    mkdir dir.fle
    each_reader dir.fle
}

@test "hostile: a character device is not an FLE file, for any tool" {
    each_reader /dev/zero
}

@test "hostile: fle-ar refuses an archive that is a FIFO, a directory or a device" {
    fle_obj ok.fle
    mkfifo pipe.a
    mkdir dir.a
    # A link, so that a tool that wrongly wrote the archive would replace
    # the link, never /dev/zero itself.
    ln -s /dev/zero zero.a
    for a in pipe.a dir.a zero.a; do
        refused_quickly "$a" fle-ar rcs "$a" ok.fle
        refused_quickly "$a" fle-ar d "$a" ok.fle
        refused_quickly "$a" fle-ar x "$a"
    done
    [ -p pipe.a ] && [ -d dir.a ] && [ "$(readlink zero.a)" = /dev/zero ]
}

# ----------------------------------------------------------- unknown keys

# key_line FILE KEY: the line of FILE where "KEY" is written.
key_line() {
    grep -n "\"$2\":" "$1" | head -1 | cut -d: -f1
}

# refuses_key FILE KEY TOOL [OPTION...]: `TOOL OPTION... FILE` refuses
# FILE in one line that names FILE, the line of KEY (a column may
# follow) and KEY.
refuses_key() {
    local file="$1" key="$2" tool="$3"
    shift 2
    run "$@" "$file"
    [ "$status" -eq 1 ] || { echo "$*: status $status"; echo "$output"; return 1; }
    [ "${#lines[@]}" -eq 1 ] || { echo "$output"; return 1; }
    assert_line --index 0 --regexp "^$tool: error: $file:$(key_line "$file" "$key")(:[0-9]+)?: .*$key"
}

@test "hostile: an undefined key in an object is refused with its line" {
    fle_obj ok.fle
    jq '.comment = "x"' ok.fle > top.fle
    refuses_key top.fle comment fle-nm
    jq '.sections[0].comment = "x"' ok.fle > sec.fle
    refuses_key sec.fle comment fle-nm
    refuses_key sec.fle comment fle-ld
}

@test "hostile: an undefined key in an executable is refused with its line" {
    fle_obj ok.fle
    fle-ld ok.fle -o ok.exe
    { head -1 ok.exe; tail -n +2 ok.exe | jq '.filesz = "0x0"'; } > top.exe
    refuses_key top.exe filesz fle-readfle -a
    refuses_key top.exe filesz fle-exec
    { head -1 ok.exe; tail -n +2 ok.exe | jq '.segments[0].filesz = "0xc"'; } > seg.exe
    refuses_key seg.exe filesz fle-readfle -a
    refuses_key seg.exe filesz fle-exec
    { head -1 ok.exe; tail -n +2 ok.exe | jq '.sections[0].entsize = "0x1"'; } > sec.exe
    refuses_key sec.exe entsize fle-exec
}

@test "hostile: an undefined key in an archive is refused with its line" {
    fle_obj ok.fle
    fle-ar rcs ok.a ok.fle
    jq '.comment = "x"' ok.a > top.a
    refuses_key top.a comment fle-nm
    jq '.members[0].offset = "0x0"' ok.a > member.a
    refuses_key member.a offset fle-nm
    jq '.members[0].object.comment = "x"' ok.a > object.a
    refuses_key object.a comment fle-nm
}

@test "hostile: an archive's index takes any symbol name as a key" {
    fle_obj ok.fle
    fle-ar rcs ok.a ok.fle
    jq '.index = {"type": "ok.fle", "comment": "ok.fle", "_start": "ok.fle"}' ok.a > index.a
    run fle-nm index.a
    assert_success
}
