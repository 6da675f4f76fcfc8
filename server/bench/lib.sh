# Shared helpers of bench/server-*.sh (sourced, not run; kept out of bench/ so it is not taken for a benchmark).

server_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

die() { printf 'bench: %s\n' "$*" >&2; exit 1; }

# build_server: the server jar, its lib/ and its test classes, with the modules it needs (-am: a fresh clone has no
# yichuang SNAPSHOT modules in ~/.m2). Skipped when BENCH_NO_BUILD=1 (bench/run-all.sh builds once for all).
build_server() {
    [ "${BENCH_NO_BUILD:-}" = 1 ] && return 0
    "$server_root/yichuang" mvn -q -pl server -am package -DskipTests >&2 || die "build failed"
}

# short: true when the benchmark should run in its short mode (BENCH_SHORT=1 or --short), seconds not minutes.
short() { [ "${BENCH_SHORT:-}" = 1 ]; }

server_jar() {
    local jar
    # SERVER_JAR: another build of the server jar (e.g. to compare before and after a change on the same machine)
    [ -n "${SERVER_JAR:-}" ] && { echo "$SERVER_JAR"; return; }
    for jar in "$server_root"/server/target/yichuang-server-*.jar; do
        case "$jar" in *-tests.jar) ;; *) [ -f "$jar" ] && { echo "$jar"; return; } ;; esac
    done
    die "server jar missing: run ./yichuang mvn -pl server package -DskipTests"
}

# PostgreSQL refuses to run as root: run as "nobody" in a user namespace (files keep their owner), like ./yichuang.
# A command prefix, not a function, so that "$!" of a background start is the JVM itself (env and unshare exec).
if [ "$(id -u)" -eq 0 ]; then
    unprivileged=(env HOME="$HOME" JAVA_TOOL_OPTIONS="-Duser.home=$HOME ${JAVA_TOOL_OPTIONS:-}"
        unshare --user --map-user=65534 --map-group=65534 --)
else
    unprivileged=(env)
fi

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null \
        || echo $((20000 + RANDOM % 20000))
}

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# start_server DATA_DIR PORT LOG [extra args]: starts the server in the background; sets server_pid.
start_server() {
    local data=$1 port=$2 log=$3
    shift 3
    # the product's options (server/jvm.options), then SERVER_JAVA_OPTS: e.g.
    # -XX:StartFlightRecording=filename=/tmp/s.jfr,settings=profile to profile the server
    local product_opts
    mapfile -t product_opts < <(grep -v -e '^[[:space:]]*#' -e '^[[:space:]]*$' "$server_root/server/jvm.options")
    # shellcheck disable=SC2086
    "${unprivileged[@]}" java "${product_opts[@]}" ${SERVER_JAVA_OPTS:-} -cp "$(server_jar):$server_root/server/target/lib/*" \
        org.yichuang.server.app.Main \
        --data-dir "$data" --port "$port" "$@" >"$log" 2>&1 &
    server_pid=$!
}

# wait_healthy PORT [TIMEOUT_S]: polls /health until 200.
wait_healthy() {
    local port=$1 deadline=$(( $(date +%s) + ${2:-60} ))
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health" 2>/dev/null)" = 200 ]; do
        kill -0 "$server_pid" 2>/dev/null || die "server exited before it was healthy"
        [ "$(date +%s)" -lt "$deadline" ] || die "server not healthy after ${2:-60} s"
        sleep 0.02
    done
}

# stop_server: SIGTERM (as Ctrl-C would) and wait for the JVM, which stops PostgreSQL in its shutdown hook.
stop_server() {
    [ -n "${server_pid:-}" ] || return 0
    kill -TERM "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
    server_pid=
}
