#!/usr/bin/env bats
# Outputs are replaced atomically (spec/FLE.md §7): either the complete new
# file is in place or the old one is exactly as it was — after a usage
# error, a failed link, a full disk — and the temporary cannot be
# planted: a symlink where an old fle-ld put "prog.tmp<pid>" is never
# followed.  Modes follow the umask; names up to NAME_MAX work.

load helpers

setup() {
    common_setup
    fle_obj main.fle
}

teardown() {
    [ -z "${attacker_user:-}" ] || userdel "$attacker_user" 2>/dev/null || true
}

@test "a usage error leaves the file named by -o as it was" {
    echo "my notes" > notes.txt
    keep notes.txt
    run fle-ld -o notes.txt
    assert_failure 1
    assert_output "fle-ld: error: no input files"
    run fle-ld -o notes.txt --no-such-option main.fle
    assert_failure 1
    assert_output "fle-ld: error: unknown argument '--no-such-option'"
    unchanged notes.txt
}

@test "a failed link leaves the previous program as it was, and no temporary" {
    fle-ld -o prog main.fle
    keep prog
    undef_obj bad.fle
    run fle-ld -o prog bad.fle
    assert_failure 1
    assert_output "fle-ld: error: undefined symbol: foo
>>> referenced by bad.fle:(function _start: .text+0x1)"
    unchanged prog
    only_files . main.fle bad.fle prog prog.kept
    run ./prog
    assert_equal "$status" 42
}

@test "a link that runs out of space leaves the previous program as it was" {
    data_obj big.fle 32  # about 120 KiB of executable text
    out_of_space 64k
}

# The old writer opened PATH.tmp<pid> (no O_EXCL, following symlinks),
# chmod'ed it 0755 and renamed it over PATH.  The attacker here knows the
# pid (exec keeps the shell's), the strongest form of spraying every pid.
# As root with useradd, the symlink is planted by a second user in a
# directory both may write; otherwise by the same user.
@test "a symlink planted at a predictable temporary name is not followed" {
    as_attacker=()
    if [ "$(id -u)" = 0 ] && command -v useradd >/dev/null && command -v setpriv >/dev/null; then
        attacker_user="fleatk$$"
        useradd -M -N -s /usr/sbin/nologin "$attacker_user"
        as_attacker=(setpriv --reuid="$attacker_user" --regid="$(id -g "$attacker_user")" --clear-groups)
    fi
    echo 'export PATH=/usr/bin' > profile
    chmod 644 profile
    keep profile
    mkdir project
    chmod 0777 project
    cd project
    run bash -c '"${@:2}" ln -s ../profile "prog.tmp$$" && exec fle-ld -o prog "$1"' \
        plant ../main.fle "${as_attacker[@]}"
    assert_success
    cd ..
    unchanged profile
    [ -f project/prog ] && [ ! -L project/prog ]
    assert_equal "$(head -1 project/prog)" "#!/usr/bin/env fle-exec"
    run project/prog
    assert_equal "$status" 42
}

@test "modes follow the umask, as gcc's do" {
    printf '.globl _start\n_start: ret\n' > a.s
    (umask 077 && fle-ld -o p077 main.fle && fle-as a.s -o a077.fle && fle-ar rc l077.a main.fle)
    (umask 027 && fle-ld -o p027 main.fle && fle-as a.s -o a027.fle)
    (umask 022 && fle-ld -o p022 main.fle)
    assert_equal "$(stat -c %a p077 a077.fle l077.a | tr '\n' ' ')" "700 600 600 "
    assert_equal "$(stat -c %a p027 a027.fle | tr '\n' ' ')" "750 640 "
    assert_equal "$(stat -c %a p022)" 755
}

@test "a mode is the umask's even over an existing file of another mode" {
    fle-ld -o prog main.fle
    chmod 4711 prog
    (umask 022 && fle-ld -o prog main.fle)
    assert_equal "$(stat -c %a prog)" 755
}

@test "an output name of NAME_MAX bytes works; one byte more is refused" {
    long=$(printf 'p%.0s' $(seq 255))
    printf '.globl _start\n_start: ret\n' > a.s
    fle-ld -o "$long" main.fle
    assert_equal "$(head -1 "$long")" "#!/usr/bin/env fle-exec"
    fle-as a.s -o "o${long:1}"
    run fle-nm "o${long:1}"
    assert_output "0000000000000000 T _start"
    run fle-ld -o "${long}x" main.fle
    assert_failure 1
    assert_output "fle-ld: error: cannot write ${long}x: File name too long"
    only_files . main.fle a.s "$long" "o${long:1}"
}
