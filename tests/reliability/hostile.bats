#!/usr/bin/env bats
# Hostile input for the FLE reader: megabytes of empty or deeply nested
# JSON arrays, a tiny stack, files that are not regular files, and keys
# spec/FLE.md does not define.  Every tool answers with one clear
# "TOOL: error: ..." line and a non-zero exit: it never hangs, never dies
# by a signal, and reads in no more memory than about twice the file's
# size on top of what it needs for a small file.
load helpers
setup() { common_setup; }

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

# refused_in_bounds MESSAGE CMD... FILE: CMD exits 1 saying only
# "TOOL: error: MESSAGE", and its peak memory is at most twice FILE's
# size plus its peak on a small valid object.  (Under the sanitizers,
# make test-asan, memory is not measured: ASan's shadow and quarantine
# are not the reader's.)
refused_in_bounds() {
    local msg="$1" file="${!#}"
    shift
    fle_obj small.fle
    peak_run "${@:1:$#-1}" small.fle
    local base="$peak"
    peak_run "$@"
    [ "$status" -eq 1 ] || { echo "$*: status $status"; echo "$output" | head -5; return 1; }
    assert_output "$1: error: $msg"
    [ -n "${FLE_SANITIZED:-}" ] && return 0
    local size=$(( $(stat -c %s "$file") / 1024 ))
    if [ "$peak" -gt $(( 2 * size + base )) ]; then
        echo "peak ${peak} KiB for a ${size} KiB file (small file: ${base} KiB)"
        return 1
    fi
}

@test "hostile: 21 MB of empty arrays instead of an object" {
    json_file arrays.fle '[' '[]' 7000000 ']'
    refused_in_bounds "arrays.fle:1:1: not an FLE file: the JSON is not an object" \
        fle-readfle -a arrays.fle
}

@test "hostile: 21 MB of empty arrays as an object's sections" {
    json_file arrays.fle '{"type":".obj","version":1,"sections":[' '[]' 7000000 ']}'
    refused_in_bounds "arrays.fle:1:40: a section must be a JSON object" fle-nm arrays.fle
}

@test "hostile: 21 MB of empty arrays as sections before the type" {
    # Read only once the type is known: skipped first, then read again.
    json_file arrays.fle '{"sections":[' '[]' 7000000 '],"type":".obj","version":1}'
    refused_in_bounds "arrays.fle:1:14: a section must be a JSON object" fle-nm arrays.fle
}

@test "hostile: 21 MB of empty arrays under a key the format does not define" {
    json_file arrays.fle '{"type":".obj","version":1,"sections":[],"junk":[' '[]' 7000000 ']}'
    refused_in_bounds 'arrays.fle:1:42: unknown key "junk" in an FLE file' \
        fle-readfle -a arrays.fle
}

@test "hostile: 21 MB of empty objects as archive members before the type" {
    json_file members.a '{"members":[' '{}' 7000000 '],"type":".ar","version":1,"index":{}}'
    refused_in_bounds 'members.a:1:13: missing "name"' fle-nm members.a
}

# A valid object of a million short symbol lines: beside the mapped file,
# the reader holds the model only, no table of the names (that doubled
# the peak).  A symbol is 40 bytes in the model, more than its line.
@test "large: a million symbol lines are read in under three times the file's size" {
    python3 -c 'import sys
head = "{\"type\":\".obj\",\"version\":1,\"symbols\":[],\"sections\":[{\"name\":\".text\",\"type\":\"PROGBITS\",\"flags\":\"AX\",\"align\":\"0x10\",\"size\":\"0x0\",\"lines\":["
with open("syms.fle", "w") as f:
    f.write(head + ",".join("\"📤: s%d func 0x0\"" % i for i in range(1000000)) + "]}]}\n")'
    fle_obj small.fle
    peak_run fle-readfle -h small.fle
    local base="$peak"
    peak_run fle-readfle -h syms.fle
    [ "$status" -eq 0 ] || { echo "status $status: $output"; return 1; }
    [ -n "${FLE_SANITIZED:-}" ] && return 0
    local size=$(( $(stat -c %s syms.fle) / 1024 ))
    if [ "$peak" -gt $(( 3 * size + base )) ]; then
        echo "peak ${peak} KiB for a ${size} KiB file (small file: ${base} KiB)"
        return 1
    fi
}

@test "hostile: arrays nested 10 million deep" {
    nested_file deep.fle '' 10500000 ''
    refused_in_bounds "deep.fle:1:1: not an FLE file: the JSON is not an object" \
        fle-readfle -a deep.fle
}

@test "hostile: arrays nested 10 million deep as sections" {
    nested_file deep.fle '{"type":".obj","version":1,"sections":' 10500000 '}'
    refused_in_bounds "deep.fle:1:40: a section must be a JSON object" fle-nm deep.fle
}

@test "hostile: arrays nested 10 million deep as sections before the type" {
    nested_file deep.fle '{"sections":' 10500000 ',"type":".obj","version":1}'
    refused_in_bounds "deep.fle:1:14: a section must be a JSON object" fle-nm deep.fle
}

# ----------------------------------------------------------------- stack

# run_small_stack FILE: `run`s fle-exec FILE with a 16 KiB stack limit.
# The limit counts the environment's strings and the kernel's random
# offset of the first stack frame (up to 8 KiB on x86-64), so fle-exec
# gets an environment of one variable: about 7 KiB are left for it in
# the worst case, every run.
run_small_stack() {
    [ -z "${FLE_SANITIZED:-}" ] || skip "ASan needs a larger stack"
    run env -i PATH="$PATH" bash -c 'ulimit -s 16 && exec timeout 20 fle-exec "$1"' run_small_stack "$1"
}

# small_stack MESSAGE FILE: fle-exec FILE with a 16 KiB stack limit exits
# 1 saying only "fle-exec: error: MESSAGE" (not killed by SIGSEGV).
small_stack() {
    run_small_stack "$2"
    [ "$status" -eq 1 ] || { echo "status $status (124: timeout; 128+N: signal N)"; echo "$output"; return 1; }
    assert_output "fle-exec: error: $1"
}

# An executable's text up to its segments.
exe_head='#!/usr/bin/env fle-exec
{"type":".exe","version":1,"entry":"0x401000","segments":'

@test "hostile: fle-exec runs a valid program with a 16 KiB stack" {
    fle_obj ok.fle
    fle-ld ok.fle -o ok.exe
    run_small_stack ok.exe
    [ "$status" -eq 42 ] || { echo "status $status"; echo "$output"; return 1; }
}

@test "hostile: fle-exec with a 16 KiB stack refuses segments nested 100000 deep" {
    nested_file deep.exe "$exe_head" 100000 '}'
    small_stack "deep.exe:2:59: a segment must be a JSON object" deep.exe
}

@test "hostile: fle-exec with a 16 KiB stack refuses segments nested 2000 deep" {
    # Within jansson's nesting limit (2048): valid JSON, but not FLE.
    nested_file deep.exe "$exe_head" 2000 '}'
    small_stack "deep.exe:2:59: a segment must be a JSON object" deep.exe
}

@test "hostile: fle-exec with a 16 KiB stack refuses nesting before the type" {
    nested_file deep.exe '#!/usr/bin/env fle-exec
{"segments":' 100000 ',"type":".exe","version":1,"entry":"0x401000"}'
    small_stack "deep.exe:2:14: a segment must be a JSON object" deep.exe
    python3 -c 'import sys
n = 100000
sys.stdout.write("#!/usr/bin/env fle-exec\n{\"segments\":" + "{\"a\":" * n + "0" + "}" * n
                 + ",\"type\":\".exe\",\"version\":1,\"entry\":\"0x401000\"}\n")' > objects.exe
    small_stack 'objects.exe:2:13: "segments" must be an array' objects.exe
}

# ------------------------------------------------- not a regular file

# refused_quickly NAME CMD...: CMD ends within 10 seconds, exits 1 and
# says only "TOOL: error: NAME: not a regular file".
refused_quickly() {
    local name="$1"
    shift
    run timeout 10 "$@"
    [ "$status" -ne 124 ] || { echo "$*: still running after 10 s"; return 1; }
    [ "$status" -eq 1 ] || { echo "$*: status $status"; echo "$output"; return 1; }
    assert_output "$1: error: $name: not a regular file"
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
# The error points at the key: FILE:LINE:COLUMN.

@test "hostile: an undefined key in an object is refused where it stands" {
    fle_obj ok.fle
    jq '.comment = "x"' ok.fle > top.fle
    refuses 1 'fle-nm: error: top.fle:18:3: unknown key "comment" in an FLE file' none -- fle-nm top.fle
    jq '.sections[0].comment = "x"' ok.fle > sec.fle
    refuses 1 'fle-nm: error: sec.fle:15:7: unknown key "comment" in a section' none -- fle-nm sec.fle
    refuses 1 'fle-ld: error: sec.fle:15:7: unknown key "comment" in a section' a.out -- fle-ld sec.fle
}

@test "hostile: an undefined key in an executable is refused where it stands" {
    fle_obj ok.fle
    fle-ld ok.fle -o ok.exe
    { head -1 ok.exe; tail -n +2 ok.exe | jq '.filesz = "0x0"'; } > top.exe
    refuses 1 'fle-readfle: error: top.exe:30:3: unknown key "filesz" in an FLE file' none \
        -- fle-readfle -a top.exe
    refuses 1 'fle-exec: error: top.exe:30:3: unknown key "filesz" in an FLE file' none -- fle-exec top.exe
    { head -1 ok.exe; tail -n +2 ok.exe | jq '.segments[0].filesz = "0xc"'; } > seg.exe
    refuses 1 'fle-exec: error: seg.exe:27:7: unknown key "filesz" in a segment' none -- fle-exec seg.exe
    { head -1 ok.exe; tail -n +2 ok.exe | jq '.sections[0].comment = "x"'; } > sec.exe
    refuses 1 'fle-exec: error: sec.exe:14:7: unknown key "comment" in a section' none -- fle-exec sec.exe
    # "entsize" is a key of non-allocated sections only (spec/FLE.md 5.2).
    { head -1 ok.exe; tail -n +2 ok.exe | jq '.sections[0].entsize = "0x1"'; } > ent.exe
    refuses 1 'fle-exec: error: ent.exe:14:18: section .text: "type" and "entsize" belong to sections with "lines"' none -- fle-exec ent.exe
}

@test "hostile: an undefined key in an archive is refused where it stands" {
    fle_obj ok.fle
    fle-ar rcs ok.a ok.fle
    jq '.comment = "x"' ok.a > top.a
    refuses 1 'fle-nm: error: top.a:30:3: unknown key "comment" in an FLE file' none -- fle-nm top.a
    jq '.members[0].offset = "0x0"' ok.a > member.a
    refuses 1 'fle-nm: error: member.a:28:7: unknown key "offset" in an archive member' none \
        -- fle-nm member.a
    jq '.members[0].object.comment = "x"' ok.a > object.a
    refuses 1 'fle-nm: error: object.a:27:9: unknown key "comment" in an FLE file' none -- fle-nm object.a
}

@test "hostile: an archive's index takes any symbol name as a key" {
    fle_obj ok.fle
    fle-ar rcs ok.a ok.fle
    jq '.index = {"type": "ok.fle", "comment": "ok.fle", "_start": "ok.fle"}' ok.a > index.a
    run fle-nm index.a
    assert_success
}
