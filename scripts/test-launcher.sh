#!/usr/bin/env bash
# Tests what only the launcher does, on the built jars (run by ./yichuang test after Maven):
#   - started by root, the server and its PostgreSQL run as the system account "yichuang", not as root;
#   - the server JVM runs with the options of server/jvm.options (heap, GC);
#   - PostgreSQL listens on 127.0.0.1 only and leaves no Unix socket in /tmp;
#   - SIGTERM to ./yichuang server stops the JVM and PostgreSQL;
#   - kill -9 of the JVM takes PostgreSQL down too, and the next start comes up unattended.
#   - ./yichuang deadline prints the due date first, then the explanation; bad input exits 2, stdout empty.
# Exits non-zero on the first failure. Cleans up its data directory and processes.
set -euo pipefail
cd "$(dirname "$0")/.."

fail() { printf '[test-launcher] FAIL: %s\n' "$*" >&2; exit 1; }
ok() { printf '[test-launcher] ok: %s\n' "$*" >&2; }

data=$(mktemp -d /tmp/yichuang-launcher-test.XXXXXX)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
pid=
cleanup() {
    [ -n "$pid" ] && kill -9 "$pid" 2>/dev/null || true
    pkill -9 -f "postgres -D $data/pgdata" 2>/dev/null || true
    rm -rf "$data"
}
trap cleanup EXIT

expected_user=$(id -un)
[ "$(id -u)" -eq 0 ] && expected_user=yichuang

start() {
    ./yichuang server --port "$port" --data-dir "$data" --demo-data >"$data.log.$1" 2>&1 &
    pid=$!
    local i
    for i in $(seq 1 600); do
        curl -fsS "http://127.0.0.1:$port/health" >/dev/null 2>&1 && return 0
        kill -0 "$pid" 2>/dev/null || { cat "$data.log.$1" >&2; fail "the server exited during start $1"; }
        sleep 0.1
    done
    fail "the server was not healthy within 60 s (start $1)"
}

postmaster_pid() { head -1 "$data/pgdata/postmaster.pid"; }
gone_within() { # PID SECONDS
    local i
    for i in $(seq 1 $(($2 * 10))); do kill -0 "$1" 2>/dev/null || return 0; sleep 0.1; done
    return 1
}

start 1
[ "$(ps -o user= -p "$pid")" = "$expected_user" ] || fail "the server JVM runs as $(ps -o user= -p "$pid"), not $expected_user"
pm=$(postmaster_pid)
[ "$(ps -o user= -p "$pm")" = "$expected_user" ] || fail "PostgreSQL runs as $(ps -o user= -p "$pm"), not $expected_user"
ok "the server and PostgreSQL run as $expected_user"
cmdline=$(tr '\0' '\n' < "/proc/$pid/cmdline")
while IFS= read -r opt; do
    grep -qxF -- "$opt" <<<"$cmdline" || fail "the server JVM runs without $opt (server/jvm.options)"
done < <(grep -v -e '^[[:space:]]*#' -e '^[[:space:]]*$' server/jvm.options)
ok "the server JVM runs with the options of server/jvm.options"
listen=$(ss -Hltnp | grep "pid=$pm," | awk '{print $4}')
[ -n "$listen" ] || fail "PostgreSQL listens nowhere?"
for address in $listen; do
    case "$address" in 127.0.0.1:*) ;; *) fail "PostgreSQL listens on $address" ;; esac
done
! ss -Hlxp | grep -q "pid=$pm," || fail "PostgreSQL has a Unix socket: $(ss -Hlxp | grep "pid=$pm,")"
ok "PostgreSQL listens on $listen only, no Unix socket"

kill -TERM "$pid"
gone_within "$pid" 30 || fail "SIGTERM did not stop the JVM within 30 s"
gone_within "$pm" 10 || fail "SIGTERM stopped the JVM but PostgreSQL ($pm) lives on"
ok "SIGTERM stops the JVM and PostgreSQL"

start 2
pm=$(postmaster_pid)
kill -9 "$pid"
gone_within "$pm" 20 || fail "kill -9 of the JVM left PostgreSQL ($pm) running"
ok "kill -9 of the JVM takes PostgreSQL down"
start 3
ok "the next start comes up unattended"

# ./yichuang calendar works on the running server's embedded cluster without stopping it, and on its own when stopped
pm=$(postmaster_pid)
./yichuang calendar show 2026 --data-dir "$data" >"$data.log.cal" 2>&1 || { cat "$data.log.cal" >&2; fail "calendar show failed"; }
grep -q "工作日 248 天" "$data.log.cal" || { cat "$data.log.cal" >&2; fail "calendar show 2026 did not count 248 working days"; }
printf '2027-01-01,off,元旦\n' >"$data.2027.csv"
chmod 644 "$data.2027.csv"
./yichuang calendar import "$data.2027.csv" --data-dir "$data" >"$data.log.cal" 2>&1 || { cat "$data.log.cal" >&2; fail "calendar import failed"; }
grep -q "新版本 2" "$data.log.cal" || { cat "$data.log.cal" >&2; fail "calendar import made no version 2"; }
kill -0 "$pm" 2>/dev/null || fail "calendar import stopped the running server's PostgreSQL"
curl -fsS "http://127.0.0.1:$port/health" >/dev/null || fail "the server is not healthy after calendar import"
ok "calendar show and import work beside the running server"

kill -TERM "$pid"
gone_within "$pid" 30 || fail "SIGTERM did not stop the JVM"
pid=
./yichuang calendar show 2027 --data-dir "$data" >"$data.log.cal" 2>&1 || { cat "$data.log.cal" >&2; fail "calendar show without a server failed"; }
! grep -q "暂定" "$data.log.cal" || { cat "$data.log.cal" >&2; fail "2027 is still provisional after its import"; }
ok "calendar show starts the embedded database itself when no server runs"
rm -f "$data.2027.csv"
rm -f "$data".log.*

# ./yichuang deadline: the due date on the first line, the explanation after it; bad input exits 2 with a Chinese
# message on stderr and nothing on stdout (issue 9 item 8)
out=$(./yichuang deadline --from 2025-09-26 --working-days 20 2>"$data/deadline.err") || fail "deadline exited $? ($(cat "$data/deadline.err"))"
[ "$(head -1 <<<"$out")" = 2025-10-30 ] || fail "deadline printed '$(head -1 <<<"$out")', not 2025-10-30"
grep -q "2025-09-28 周日 第1个工作日 调休上班" <<<"$out" || fail "the explanation does not count the make-up Sunday: $out"
grep -q "2025-10-01 周三 不计 国庆节" <<<"$out" || fail "the explanation does not skip 国庆节"
[ "$(./yichuang deadline --from 2025-12-31 --working-days 3 2>/dev/null | head -1)" = 2026-01-06 ] \
    || fail "2025-12-31 + 3 working days is not 2026-01-06"
calendar=$(mktemp /tmp/yichuang-calendar.XXXXXX.csv)
chmod 644 "$calendar"
printf 'date,kind,holiday\n2025-01-01,off,元旦\n2025-09-29,off,测试假日\n' >"$calendar"
[ "$(./yichuang deadline --from 2025-09-26 --working-days 1 --calendar "$calendar" 2>/dev/null | head -1)" = 2025-09-30 ] \
    || { rm -f "$calendar"; fail "--calendar FILE is not used"; }
repo=$PWD
[ "$(cd "$(dirname "$calendar")" && "$repo/yichuang" deadline --from 2025-09-26 --working-days 1 \
        --calendar "$(basename "$calendar")" 2>/dev/null | head -1)" = 2025-09-30 ] \
    || { rm -f "$calendar"; fail "--calendar with a path relative to the caller's directory is not found"; }
printf 'date,kind,holiday\n2025-02-30,off,春节\n2025-01-27,work,春节\n' >"$calendar"
bad() { # EXPECTED-TEXT ARGS...
    local expected=$1 rc=0 stdout
    shift
    stdout=$(./yichuang deadline "$@" 2>"$data/deadline.err") || rc=$?
    [ "$rc" -eq 2 ] || { rm -f "$calendar"; fail "deadline $* exited $rc, not 2"; }
    [ -z "$stdout" ] || { rm -f "$calendar"; fail "deadline $* printed on stdout: $stdout"; }
    grep -q "$expected" "$data/deadline.err" || { rm -f "$calendar"; fail "deadline $*: stderr lacks '$expected': $(cat "$data/deadline.err")"; }
}
bad "不能为负数" --from 2025-09-26 --working-days -1
bad "过大" --from 2025-09-26 --working-days 3651
bad "不是整数" --from 2025-09-26 --working-days abc
bad "这一天不存在" --from 2025-02-30 --working-days 5
bad "不是 YYYY-MM-DD" --from 2025/09/26 --working-days 5
bad "缺少 --from" --working-days 5
bad "文件不存在" --from 2025-09-26 --working-days 5 --calendar /nonexistent/calendar.csv
bad "第 2 行：日期“2025-02-30”不存在" --from 2025-09-26 --working-days 5 --calendar "$calendar"
bad "调休上班日 2025-01-27 是周一" --from 2025-09-26 --working-days 5 --calendar "$calendar"
rm -f "$calendar" "$data/deadline.err"
ok "./yichuang deadline prints the due date first and refuses bad input with exit code 2"

# ./yichuang client: AWT's font copies go to a private directory of the account the client runs as, never to /tmp
# (ClientTempDir; ClientTempDirTest kills client JVMs, this checks what only the launcher does: create it, mode 700)
if [ "$(id -u)" -eq 0 ]; then
    client_tmp=/var/lib/yichuang/.cache/yichuang/tmp
    [ -d "$client_tmp" ] && chmod 755 "$client_tmp"   # as an older launcher may have left it
    ./yichuang client --help >"$data/client.out" 2>&1 || { cat "$data/client.out" >&2; fail "./yichuang client --help failed"; }
else
    client_tmp="$data/cache/yichuang/tmp"
    mkdir -p -m 755 "$client_tmp"
    XDG_CACHE_HOME="$data/cache" ./yichuang client --help >"$data/client.out" 2>&1 \
        || { cat "$data/client.out" >&2; fail "./yichuang client --help failed"; }
fi
[ "$(stat -c %a "$client_tmp")" = 700 ] || fail "the client's temporary directory $client_tmp is mode $(stat -c %a "$client_tmp"), not 700"
[ "$(stat -c %U "$client_tmp")" = "$expected_user" ] || fail "the client's temporary directory belongs to $(stat -c %U "$client_tmp"), not $expected_user"
rm -f "$data/client.out"
ok "./yichuang client gets the private temporary directory $client_tmp (mode 700)"
