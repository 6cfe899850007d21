# Shared-library scenarios, each built twice from the same sources: by
# gcc (gcc -shared, run with LD_LIBRARY_PATH and glibc's loader) and by
# fle-cc (fle-cc -shared, run with FLE_LIBRARY_PATH and fle-exec).  The
# two runs must print the same and exit the same.
load ../common

setup() { common_setup; mkdir -p gcc fle; }

# in_both CMD...: run CMD in gcc/ with CC=gcc and in fle/ with CC=fle-cc.
in_both() {
    (cd gcc && CC=gcc eval "$@") || return 1
    (cd fle && CC=fle-cc eval "$@") || return 1
}

# lib NAME SRC [FLAGS...]: libNAME.so from ../SRC, -fPIC, in both.
lib() {
    local name="$1" src="$2"; shift 2
    in_both '"$CC" -shared -fPIC ../'"$src"' '"$*"' -o lib'"$name"'.so'
}

# prog SRC [FLAGS...]: prog from ../SRC, linked with FLAGS, in both.
prog() {
    local src="$1"; shift
    in_both '"$CC" ../'"$src"' '"$*"' -o prog'
}

# same_run [ENV...]: ./prog in both with the libraries found in the
# directory itself; output and status must match.
same_run() {
    run_in gcc LD_LIBRARY_PATH=. "$@" > want
    run_in fle FLE_LIBRARY_PATH=. "$@" > got
    diff -u want got
}

# run_in DIR ENV...: DIR/prog's output, then "exit STATUS".
run_in() {
    local dir="$1" st=0
    shift
    (cd "$dir" && env "$@" ./prog 2>&1) || st=$?
    echo "exit $st"
}
