# TZif files that musl does not check: a damaged file (cut short, an
# index or abbreviation out of range, counts larger than the file) must
# mean UTC, as an unreadable one does, and must not crash; an RFC 8536
# version 1 file (version byte 0, which musl misreads as v2) is read as
# the same data with version byte '1' (which the differential test
# tzfile checks against musl).
load ../common
load libc

setup() {
    common_setup
    "$LIBC_DIR/mlcc" -w "$LIBC_DIR/tzif/zone.c" -o zone
    ZONE=/usr/share/zoneinfo/Europe/Berlin
    TZ=UTC ./zone > utc.out
}

# poke FILE OFFSET BYTE: overwrite one byte (BYTE as octal escape).
poke() { printf "$3" | dd of="$1" bs=1 seek="$2" conv=notrunc status=none; }

# v1_size FILE: bytes of the header and 32-bit data block.
v1_size() {
    local c=($(od -An -tu1 -j20 -N24 -v "$1"))
    cnt() { echo $(( c[$1*4]<<24 | c[$1*4+1]<<16 | c[$1*4+2]<<8 | c[$1*4+3] )); }
    echo $(( 44 + $(cnt 3)*5 + $(cnt 4)*6 + $(cnt 5) + $(cnt 2)*8 + $(cnt 1) + $(cnt 0) ))
}

@test "tzif: a file cut short means UTC" {
    v1=$(v1_size $ZONE)
    for n in 44 45 100 $((v1 - 1)) $v1 $((v1 + 44)) $((v1 + 500)); do
        head -c $n $ZONE > cut
        TZ=./cut ./zone > out
        diff -u utc.out out
    done
}

@test "tzif: indexes and counts out of range mean UTC" {
    v1=$(v1_size $ZONE)
    ntrans=$(( $(od -An -tu1 -j$((v1 + 34)) -N1 $ZONE) * 256 + $(od -An -tu1 -j$((v1 + 35)) -N1 $ZONE) ))
    index=$(( v1 + 44 + ntrans * 8 ))
    cp $ZONE bad-index && poke bad-index $index '\143'
    cp $ZONE bad-abbrev && poke bad-abbrev $((index + ntrans + 5)) '\177'
    cp $ZONE bad-count && poke bad-count $((v1 + 32)) '\377'
    cp $ZONE bad-v1-count && poke bad-v1-count 32 '\377'
    for f in bad-index bad-abbrev bad-count bad-v1-count; do
        TZ=./$f ./zone > out
        diff -u utc.out out
    done
    TZ=$ZONE ./zone > berlin.out
    ! diff -q utc.out berlin.out
}

@test "tzif: a version 1 file (version byte 0) is read" {
    head -c $(v1_size $ZONE) $ZONE > v1-one
    cp v1-one v1-zero
    poke v1-one 4 '1'
    poke v1-zero 4 '\000'
    TZ=./v1-one ./zone > one.out
    TZ=./v1-zero ./zone > zero.out
    diff -u one.out zero.out
    ! diff -q utc.out zero.out
    run head -1 zero.out
    assert_output "LMT/CEST -3208 1"
}

# as_nobody CMD...: run CMD with real ids of nobody; a setuid-root
# program then runs with AT_SECURE set.
as_nobody() { setpriv --reuid=65534 --regid=65534 --clear-groups "$@"; }

@test "tzif: a setuid program reads zone names but not paths, as musl" {
    [ "$(id -u)" = 0 ] && command -v setpriv > /dev/null || skip "needs root and setpriv"
    musl-gcc -static -O2 -w "$LIBC_DIR/tzif/zone.c" -o zone.musl
    cp $ZONE berlin
    chmod 755 zone zone.musl && chmod 644 berlin && chmod u+s zone zone.musl
    TZ=./berlin as_nobody ./zone > /dev/null 2>&1 || skip "the test directory is not open to nobody"
    TZ=./berlin as_nobody ./zone > path.out
    TZ=./berlin as_nobody ./zone.musl > path.musl
    diff -u path.musl path.out
    diff -u utc.out path.out
    TZ=Europe/Berlin as_nobody ./zone > name.out
    TZ=Europe/Berlin as_nobody ./zone.musl > name.musl
    diff -u name.musl name.out
    run head -1 name.out
    assert_output "CET/CEST -3600 1"
}
