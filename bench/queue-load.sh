#!/usr/bin/env bash
# FIGURE queue-call-next: call next (POST /api/queue/counter/next) with 200 counters at once against a queue day of
# 5,000 waiting tickets (issue 12: p99 < 15 ms), each counter looping call → start → finish over loopback HTTP until
# the queue is empty — on one server instance, then on two instances sharing one database — paced (clerks' think
# time between steps) and back to back (the throughput limit); every run checks exactly-once (no ticket called twice,
# none left waiting). FIGURE queue-issue: ticket issue (POST /api/queue/tickets) by reception clients back to back,
# sustained (target >= 200/s), with the slowest second. Each next to pgbench's single-row INSERT rate with the same
# client count on the SAME embedded cluster (capped by its max_connections), as a ratio. The servers run as in a hall
# (their jar; the first with a fresh temporary data directory and --demo-data, the second on the first one's database
# with --db-url, started only after the one-instance runs). The day's tickets and the counters' sessions are written
# straight into the database (not measured).
# Options: --short (or BENCH_SHORT=1): no JIT warm-up, a day of 600 tickets, 200 ms think time, 3 s of issuing,
# 2 s pgbench.
# Environment: COUNTERS (200), TICKETS (5000), THINK_MS (500), ISSUE_CLIENTS (16), ISSUE_SECONDS (30), INSTANCES (2),
# LOADGEN_NICE (10, the load generator's nice level; SERVER_JAR to compare another build),
# SERVER_JAVA_OPTS (e.g. -XX:StartFlightRecording=filename=/tmp/server.jfr,settings=profile; both servers get it,
# the second's file name gets a -b suffix), BENCH_JAVA_OPTS (the load generator's), QUEUE_BENCH_TIMELINE=1 (the tail per
# second of each run).
set -euo pipefail
[ "${1:-}" = --short ] && export BENCH_SHORT=1
. "$(dirname "$0")/../server/bench/lib.sh"

command -v pgbench >/dev/null || die "pgbench missing: sudo apt-get install postgresql-client"
build_server
if short; then
    tickets=${TICKETS:-600} think=${THINK_MS:-200} issue_seconds=${ISSUE_SECONDS:-3} pg_seconds=2
else
    tickets=${TICKETS:-5000} think=${THINK_MS:-500} issue_seconds=${ISSUE_SECONDS:-30} pg_seconds=10
fi

data=$(mktemp -d)
data_b=$(mktemp -d)
pid_a= pid_b=
cleanup() {
    server_pid=$pid_b; stop_server
    server_pid=$pid_a; stop_server
    rm -rf "$data" "$data_b"
}
trap cleanup EXIT
port=$(free_port)
start_server "$data" "$port" "$data/server.log" --demo-data
pid_a=$server_pid
wait_healthy "$port" 120

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) cores)"
# The load generator stands for 200 counter PCs in one JVM: with G1 its own young-collection pauses (200 threads'
# requests and answers) stopped every simulated counter at once and showed up as the server's tail (call next p99
# 49.8 vs 17.3 ms in one A/B on the same busy machine); ZGC stops them for well under a millisecond.
# BENCH_JAVA_OPTS adds options to it (e.g. a JFR recording).
# The load generator runs at nice 10 (LOADGEN_NICE): it stands for 200 counter PCs, which in a hall take no CPU from
# the server's machine, and at the same priority its 200 threads took the two cores from the server and PostgreSQL
# whenever they came due together (one instance paced, 2026-12-07, two runs each: call next p99 24.4 and 23.8 ms at
# nice 0, 16.2 and 17.7 ms at nice 10; the server's CPU per request 0.97 -> 0.82 ms). Its own wake-up after each answer
# is still inside the time it measures.
# load_bench BASE_B PHASE: the runs of PHASE (one, two, all; QueueLoadBench) against the server(s) up now; the bench
# waits after its warm-up until the servers in QUEUE_BENCH_SERVER_PIDS are quiet (their compilers done).
load_bench() {
    # shellcheck disable=SC2086
    nice -n "${LOADGEN_NICE:-10}" java -XX:+UseZGC ${BENCH_JAVA_OPTS:-} \
        -cp "$server_root/server/target/test-classes:$(server_jar):$server_root/server/target/lib/*" \
        org.yichuang.server.bench.QueueLoadBench "http://127.0.0.1:$port" "$1" "$data" "${COUNTERS:-200}" \
        "$tickets" "$think" "${ISSUE_CLIENTS:-16}" "$issue_seconds" "$pg_seconds" "$2"
}

export QUEUE_BENCH_SERVER_PIDS=$pid_a
if [ "${INSTANCES:-2}" -lt 2 ]; then
    load_bench - all
    echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
    exit 0
fi
# One instance alone first: a second server beside it, even serving nobody, reads every step's events from its
# LISTEN and took 4-8 ms from the one instance's paced p99 (docs/queue.md, 2026-12-07 20:09-20:41).
load_bench - one

pg_port=$(sed -n 4p "$data/pgdata/postmaster.pid" | tr -d ' ')
app_password=$(sed -n 's/^app=//p' "$data/pgdata/yichuang-db.secret")
port_b=$(free_port)
saved_opts=${SERVER_JAVA_OPTS:-}
SERVER_JAVA_OPTS=${saved_opts//.jfr/-b.jfr}
start_server "$data_b" "$port_b" "$data_b/server.log" \
    --db-url "jdbc:postgresql://127.0.0.1:$pg_port/yichuang" --db-user yichuang --db-password "$app_password"
SERVER_JAVA_OPTS=$saved_opts
pid_b=$server_pid
wait_healthy "$port_b" 120
export QUEUE_BENCH_SERVER_PIDS="$pid_a $pid_b"
load_bench "http://127.0.0.1:$port_b" two
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
