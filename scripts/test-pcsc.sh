#!/usr/bin/env bash
# Prepares the PC/SC test stack the social-security card tests read through (DEVICES.md §2.2): pcscd with the
# vsmartcard-vpcd driver, whose reader "Virtual PCD 00 00" takes a virtual card written in Java (the tests').
#   eval "$(scripts/test-pcsc.sh)"     start (idempotent); prints the environment as `export` lines on stdout
#   scripts/test-pcsc.sh stop          stop what a start started
# Messages go to stderr. As root it installs and starts what is missing; otherwise it only checks and reports.
# With CI=true anything missing makes it exit non-zero.
#
# Least privilege, and what a local attacker could do:
# - vpcd listens for virtual cards on 0.0.0.0:35963/35964 and this Debian's vpcd (3.3) cannot do better: its
#   "reversed" mode (DEVICENAME 127.0.0.1:0x8C7B, the card listens and vpcd connects out) aborts pcscd as soon as a
#   slot has no card (waitforclient() on socket -1, fixed upstream in 2022, vsmartcard 76543ea). So pcscd runs in
#   a network namespace of its own that has only a loopback interface: nothing outside it can reach the vpcd port.
#   The card reaches vpcd through a socat relay in that namespace, from a Unix socket in a directory that only the
#   test runner (group root) and the stack's account can enter.
# - pcscd and socat run as the system account yichuang-pcscd (created when missing) without capabilities;
#   nothing of the stack keeps root. pcscd always makes its socket at /run/pcscd/pcscd.comm: in its mount namespace
#   that is a bind mount of $STATE/sock/ipc, and clients find it with PCSCLITE_CSOCK_NAME (read by libpcsclite).
#   A system pcscd with real readers on this machine is left alone.
set -euo pipefail

PACKAGES=(pcscd vsmartcard-vpcd pcsc-tools socat iproute2)
ACCOUNT=yichuang-pcscd
STATE=${YICHUANG_PCSC_STATE:-/run/yichuang-pcsc}   # root-owned parent: no symlink games in /tmp
SOCK_DIR=$STATE/sock
VPCD_PORT=35963                                    # 0x8C7B: vpcd's first slot, reader "Virtual PCD 00 00"
READER="Virtual PCD 00 00"
DRIVER=/usr/lib/pcsc/drivers/serial/libifdvpcd.so

log() { printf '[test-pcsc] %s\n' "$*" >&2; }
is_root() { [ "$(id -u)" -eq 0 ]; }
installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }

# The stack's process group, when it runs (the leader is the shell that waits for pcscd and socat).
running_pgid() {
    local pgid
    [ -f "$STATE/stack.pgid" ] || return 1
    pgid=$(cat "$STATE/stack.pgid")
    [[ $pgid =~ ^[0-9]+$ ]] || return 1
    pgrep -g "$pgid" -x pcscd >/dev/null 2>&1 || return 1
    echo "$pgid"
}

stop_stack() {
    local pgid
    if pgid=$(running_pgid); then
        log "stopping pcscd and the relay (process group $pgid)"
        kill -TERM -- "-$pgid" 2>/dev/null || true
        for _ in $(seq 1 50); do pgrep -g "$pgid" >/dev/null 2>&1 || break; sleep 0.1; done
        kill -KILL -- "-$pgid" 2>/dev/null || true
    fi
    rm -f "$STATE/stack.pgid"
}

if [ "${1:-}" = stop ]; then
    stop_stack
    exit 0
fi

missing=()

# --- packages ---------------------------------------------------------------------------------------
need=()
for pkg in "${PACKAGES[@]}"; do installed "$pkg" || need+=("$pkg"); done
if [ ${#need[@]} -gt 0 ]; then
    if is_root; then
        log "installing ${need[*]}"
        export DEBIAN_FRONTEND=noninteractive
        apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends "${need[@]}" >/dev/null 2>&1 \
            || { apt-get -o DPkg::Lock::Timeout=300 update -qq >/dev/null \
                 && apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends "${need[@]}" >/dev/null; } \
            || missing+=("packages: ${need[*]} (apt-get install failed)")
    else
        missing+=("packages: ${need[*]} (sudo apt-get install --no-install-recommends ${need[*]})")
    fi
fi

# --- the stack ----------------------------------------------------------------------------------------
started=0
if [ ${#missing[@]} -eq 0 ] && ! running_pgid >/dev/null; then
    if is_root; then
        if ! id -u "$ACCOUNT" >/dev/null 2>&1; then
            log "creating the system account $ACCOUNT: the PC/SC test stack never runs as root"
            useradd --system --user-group --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$ACCOUNT"
        fi
        [ -L "$STATE" ] && { log "$STATE is a symbolic link; refusing"; exit 1; }
        install -d -m 755 -o root -g root "$STATE" "$STATE/conf"
        rm -rf "$SOCK_DIR"
        # the test JVMs run as "nobody" in a user namespace, i.e. root's uid and gid outside without capabilities:
        # group root may enter, nobody else but the stack's account
        install -d -m 750 -o "$ACCOUNT" -g root "$SOCK_DIR"
        install -d -m 750 -o "$ACCOUNT" -g root "$STATE/log"
        install -d -m 755 -o "$ACCOUNT" -g "$ACCOUNT" "$SOCK_DIR/ipc"     # pcscd's /run/pcscd
        # vpcd as the package ships it (server mode; see the header for why not reversed)
        cat > "$STATE/conf/vpcd" <<EOF
FRIENDLYNAME "Virtual PCD"
DEVICENAME   /dev/null:$(printf '0x%X' "$VPCD_PORT")
LIBPATH      $DRIVER
CHANNELID    $(printf '0x%X' "$VPCD_PORT")
EOF
        log "starting pcscd (log: $STATE/log/pcscd.log)"
        # unshare execs its command (no fork): the inner shell, already unprivileged, becomes the group leader
        # and waits for pcscd and socat, so nothing is left as a zombie or with root's uid.
        setsid unshare --net --mount --propagation private -- sh -c '
            set -e
            ip link set lo up
            # vpcd 3.3 sends the length and the APDU in two segments: with delayed ACKs each command would wait
            # ~40 ms for Nagle (upstream sends them together since 2023). Quick ACKs on this namespace'"'"'s loopback.
            for dst in 127.0.0.0/8 127.0.0.1; do
                ip route replace local $dst dev lo table local proto kernel scope host src 127.0.0.1 quickack 1 || true
            done
            mkdir -p /run/pcscd
            mount --bind "$2/ipc" /run/pcscd
            exec setpriv --reuid="$1" --regid="$1" --clear-groups --inh-caps=-all --bounding-set=-all \
                --no-new-privs -- env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin PCSCLITE_CSOCK_NAME="$2/ipc/pcscd.comm" \
                sh -c "umask 027
                    socat UNIX-LISTEN:$2/vpcd-00.sock,fork,mode=666 TCP:127.0.0.1:$4,nodelay 2>>$3/socat.log &
                    /usr/sbin/pcscd --foreground --debug -c $5 >>$3/pcscd.log 2>&1 &
                    wait"
        ' yichuang-pcscd "$ACCOUNT" "$SOCK_DIR" "$STATE/log" "$VPCD_PORT" "$STATE/conf" </dev/null >/dev/null 2>&1 &
        echo $! > "$STATE/stack.pgid"
        started=1
        for _ in $(seq 1 100); do
            [ -S "$SOCK_DIR/ipc/pcscd.comm" ] && [ -S "$SOCK_DIR/vpcd-00.sock" ] \
                && grep -q 'daemon ready' "$STATE/log/pcscd.log" 2>/dev/null && break
            sleep 0.1
        done
        running_pgid >/dev/null || missing+=("pcscd did not start (see $STATE/log/pcscd.log)")
    else
        missing+=("the PC/SC test stack is not running (as root: scripts/test-pcsc.sh)")
    fi
fi

# --- the reader, as a client sees it ------------------------------------------------------------------------
if [ ${#missing[@]} -eq 0 ] && ! [ -x "$SOCK_DIR" ]; then
    missing+=("no access to $SOCK_DIR: the stack serves root's test runs only (run as root)")
fi
if [ ${#missing[@]} -eq 0 ]; then
    readers=""
    for _ in $(seq 1 30); do
        readers=$(PCSCLITE_CSOCK_NAME="$SOCK_DIR/ipc/pcscd.comm" timeout 5 pcsc_scan -r 2>/dev/null || true)
        grep -qF "$READER" <<<"$readers" && break
        sleep 0.2
    done
    grep -qF "$READER" <<<"$readers" || missing+=("pcscd does not list \"$READER\" (see $STATE/log/pcscd.log)")
fi

if [ ${#missing[@]} -gt 0 ]; then
    log "missing:"
    for m in "${missing[@]}"; do log "  - $m"; done
    if [ "${CI:-}" = "true" ]; then
        log "CI=true: the PC/SC integration tests need all of the above"
        exit 1
    fi
    exit 0
fi

log "ready: pcscd lists \"$READER\"; a virtual card connects to $SOCK_DIR/vpcd-00.sock"
printf 'export YICHUANG_TEST_PCSC=1\n'
printf 'export PCSCLITE_CSOCK_NAME=%q\n' "$SOCK_DIR/ipc/pcscd.comm"
printf 'export YICHUANG_TEST_PCSC_READER=%q\n' "$READER"
printf 'export YICHUANG_TEST_PCSC_CARD_SOCKET=%q\n' "$SOCK_DIR/vpcd-00.sock"
printf 'export YICHUANG_TEST_PCSC_VPCD_PORT=%s\n' "$VPCD_PORT"
printf 'export YICHUANG_TEST_PCSC_LOG=%q\n' "$STATE/log/pcscd.log"
printf 'export YICHUANG_TEST_PCSC_STARTED=%s\n' "$started"
