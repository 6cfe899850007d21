# Shared set-up for every bats file: tools on PATH from build/bin, a
# scratch directory per test, and bats-assert / bats-support.
load '/usr/lib/bats/bats-support/load'
load '/usr/lib/bats/bats-assert/load'

ROOT="$(cd "$BATS_TEST_DIRNAME/../.." && pwd)"
export PATH="$ROOT/build/bin:$PATH"

common_setup() {
    cd "$BATS_TEST_TMPDIR"
}
