# Helpers for the reliability tests: every tool on broken input must say
# exactly what is wrong, exit with the expected status, write no output
# and run nothing — and must not let a small file make it allocate
# gigabytes or spin.

load ../common

MKELF="$ROOT/tests/reliability/mkelf"
CRASHES="$ROOT/tests/reliability/crashes"

# refuses STATUS OUTPUT FILE -- CMD...: CMD exits with STATUS, prints
# exactly OUTPUT (stdout and stderr), and FILE does not exist afterwards.
refuses() {
    local want_status="$1" want="$2" out="$3"
    shift 4
    run "$@"
    if [ "$status" -ne "$want_status" ]; then
        echo "exit status $status, want $want_status; output:"
        echo "$output"
        return 1
    fi
    assert_output "$want"
    if [ -e "$out" ]; then
        echo "$out was written"
        return 1
    fi
}

# bounded CMD...: runs CMD (with `run`) in at most 1 GiB of address space
# and 20 seconds.  Under the sanitizers (make test-asan sets
# FLE_SANITIZED) the address-space limit would break ASan's shadow
# memory; there ASan's own max_allocation_size_mb (fuzz/test-asan)
# catches a giant allocation instead.
bounded() {
    if [ -n "${FLE_SANITIZED:-}" ]; then
        run timeout 20 "$@"
    else
        run bash -c 'ulimit -v 1048576 && exec timeout 20 "$@"' bounded "$@"
    fi
    if [ "$status" -eq 124 ]; then
        echo "$1 ran for more than 20 seconds"
        return 1
    fi
}

# fle_obj FILE: a small valid object with _start (exit 42), laid out as
# jq prints it, so jq_edit keeps its line numbers.  Other sections and
# lines are added by editing with jq.
fle_obj() {
    cat > "$1" <<'J'
{
  "type": ".obj",
  "version": 1,
  "sections": [
    {
      "name": ".text",
      "type": "PROGBITS",
      "flags": "AX",
      "align": "0x10",
      "size": "0xc",
      "lines": [
        "📤: _start func 0xc",
        "🔢: b8 3c 00 00 00 bf 2a 00 00 00 0f 05"
      ]
    }
  ],
  "symbols": []
}
J
}

# jq_edit FILE FILTER: edits FILE in place.
jq_edit() {
    jq "$2" "$1" > "$1.tmp" && mv "$1.tmp" "$1"
}
