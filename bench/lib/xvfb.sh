# Sourced by the client benches: a display for Swing. Uses $DISPLAY when set; otherwise starts Xvfb on a display
# number it picks itself (-displayfd: Xvfb writes the number once it accepts clients, so neither a display that
# another bench still holds nor the socket a stopped one left behind is taken for ready), with no TCP listener.
# Sets xvfb_pid; stop_xvfb stops it and waits for it to exit.
xvfb_pid=
start_xvfb() {
    [ -n "${DISPLAY:-}" ] && return 0
    command -v Xvfb >/dev/null || { echo "no DISPLAY and no Xvfb (apt-get install xvfb)" >&2; return 1; }
    local fd_file
    fd_file=$(mktemp)
    Xvfb -displayfd 3 -screen 0 1440x900x24 -nolisten tcp 3>"$fd_file" >/dev/null 2>&1 &
    xvfb_pid=$!
    for _ in $(seq 100); do [ -s "$fd_file" ] && break; sleep 0.1; done
    local display
    display=$(tr -dc '0-9' < "$fd_file")
    rm -f "$fd_file"
    [ -n "$display" ] || { echo "Xvfb did not start within 10 s" >&2; return 1; }
    export DISPLAY=":$display"
}
stop_xvfb() {
    if [ -n "$xvfb_pid" ]; then
        kill "$xvfb_pid" 2>/dev/null || true
        wait "$xvfb_pid" 2>/dev/null || true
        xvfb_pid=
    fi
}
