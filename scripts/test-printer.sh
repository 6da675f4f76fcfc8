#!/usr/bin/env bash
# Prepares the CUPS test printers the report tests print to (TEAM-NOTES "Test environment", DEVICES.md §6):
#   Yichuang_Test_PDF  cups-pdf queue, A4; every job becomes a PDF in $YICHUANG_TEST_PRINTER_OUT
#   Yichuang_Test_80mm cups-pdf queue whose page is an 80 mm roll (cups-pdf's PPD takes custom sizes from 36 pt up:
#                      Custom.80x297mm = 227 x 842 pt); stands in for a thermal receipt printer
#   Yichuang_Offline   a stopped queue that rejects jobs, for the "printer unavailable" path
# Idempotent. As root it installs and starts what is missing; otherwise it only checks and reports.
# Prints the environment as `export` lines on stdout, messages on stderr:
#   eval "$(scripts/test-printer.sh)"
# With CI=true anything missing makes it exit non-zero.
set -euo pipefail

PRINTER=Yichuang_Test_PDF
PRINTER_80MM=Yichuang_Test_80mm
PAGE_80MM=Custom.80x297mm
OFFLINE=Yichuang_Offline
OUT_DIR=/var/spool/cups-pdf/yichuang
CONF=/etc/cups/cups-pdf.conf
PPD=lsb/usr/cups-pdf/CUPS-PDF_opt.ppd
PACKAGES=(cups cups-client cups-bsd printer-driver-cups-pdf poppler-utils)

log() { printf '[test-printer] %s\n' "$*" >&2; }
missing=()

is_root() { [ "$(id -u)" -eq 0 ]; }
installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }
scheduler_running() { lpstat -r 2>/dev/null | grep -q 'scheduler is running'; }
queue_exists() { lpstat -p "$1" >/dev/null 2>&1; }

# Sets "Key value" in cups-pdf.conf, replacing an active or commented-out line; false when already set.
set_conf() {
    local key=$1 value=$2
    if grep -qE "^${key}[[:space:]]+${value//\//\\/}\$" "$CONF"; then
        return 1
    fi
    if grep -qE "^#?${key}[[:space:]]" "$CONF"; then
        sed -i -E "0,/^#?${key}[[:space:]].*/s||${key} ${value}|" "$CONF"
    else
        printf '%s %s\n' "$key" "$value" >> "$CONF"
    fi
}

# --- packages ---------------------------------------------------------------------------------------
need=()
for pkg in "${PACKAGES[@]}"; do installed "$pkg" || need+=("$pkg"); done
if [ ${#need[@]} -gt 0 ]; then
    if is_root; then
        log "installing ${need[*]}"
        export DEBIAN_FRONTEND=noninteractive
        apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null 2>&1 \
            || { apt-get update -qq >/dev/null && apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null; }
    else
        missing+=("packages: ${need[*]} (sudo apt-get install --no-install-recommends ${need[*]})")
    fi
fi

# --- cups-pdf output directory ------------------------------------------------------------------------
# Debian writes to ~/PDF of the submitting user. Our JVMs submit as "nobody" (a user namespace mapped to
# root outside), whose home is /nonexistent, so every job goes to one fixed directory instead, anonymous or
# not. Files must be world-readable: inside the namespace the test cannot read a 0600 file owned by the real
# "nobody".
if [ -f "$CONF" ]; then
    if is_root; then
        set_conf Out "$OUT_DIR" || true
        set_conf AnonDirName "$OUT_DIR" || true
        set_conf UserUMask 0022 || true
        set_conf AnonUMask 0022 || true
        mkdir -p "$OUT_DIR"
        chmod 1777 "$OUT_DIR"
    elif ! grep -qE "^Out[[:space:]]+$OUT_DIR\$" "$CONF"; then
        missing+=("cups-pdf output: set 'Out $OUT_DIR' and 'AnonDirName $OUT_DIR' in $CONF")
    fi
elif ! is_root || [ ${#need[@]} -eq 0 ]; then
    missing+=("$CONF (package printer-driver-cups-pdf)")
fi

# --- scheduler ----------------------------------------------------------------------------------------
if ! scheduler_running; then
    if is_root && [ -x /usr/sbin/cupsd ]; then
        log "starting cupsd"
        mkdir -p /run/cups
        # No systemd here: run in the foreground of its own session so it outlives this script.
        setsid /usr/sbin/cupsd -f >/var/log/cups/yichuang-cupsd.log 2>&1 < /dev/null &
        for _ in $(seq 1 50); do scheduler_running && break; sleep 0.2; done
        scheduler_running || missing+=("cupsd did not start (see /var/log/cups/yichuang-cupsd.log)")
    else
        missing+=("CUPS scheduler not running (as root: setsid /usr/sbin/cupsd -f &)")
    fi
fi

# --- queues ---------------------------------------------------------------------------------------------
if scheduler_running; then
    if ! queue_exists "$PRINTER"; then
        if is_root; then
            log "adding queue $PRINTER"
            lpadmin -p "$PRINTER" -E -v cups-pdf:/ -m "$PPD" -o PageSize=A4 -D "一窗测试打印机 (PDF)" 2>/dev/null
        else
            missing+=("queue $PRINTER (sudo lpadmin -p $PRINTER -E -v cups-pdf:/ -m $PPD -o PageSize=A4)")
        fi
    elif is_root; then
        cupsenable "$PRINTER" && cupsaccept "$PRINTER"   # a stopped queue would hold the test jobs
    fi
    if ! queue_exists "$PRINTER_80MM"; then
        if is_root; then
            log "adding queue $PRINTER_80MM"
            lpadmin -p "$PRINTER_80MM" -E -v cups-pdf:/ -m "$PPD" -o PageSize="$PAGE_80MM" \
                -D "一窗测试小票打印机 (80 mm, PDF)" 2>/dev/null
        else
            missing+=("queue $PRINTER_80MM (sudo lpadmin -p $PRINTER_80MM -E -v cups-pdf:/ -m $PPD -o PageSize=$PAGE_80MM)")
        fi
    elif is_root; then
        cupsenable "$PRINTER_80MM" && cupsaccept "$PRINTER_80MM"
    fi
    if ! queue_exists "$OFFLINE"; then
        if is_root; then
            log "adding stopped queue $OFFLINE"
            lpadmin -p "$OFFLINE" -E -v cups-pdf:/ -m "$PPD" -o PageSize=A4 -D "一窗测试打印机 (脱机)" 2>/dev/null
        else
            missing+=("queue $OFFLINE (sudo lpadmin -p $OFFLINE -E -v cups-pdf:/ -m $PPD; cupsdisable $OFFLINE; cupsreject $OFFLINE)")
        fi
    fi
    if queue_exists "$OFFLINE"; then
        if is_root; then
            cupsdisable -r "脱机（测试）" "$OFFLINE"
            cupsreject -r "脱机（测试）" "$OFFLINE"
        elif ! lpstat -p "$OFFLINE" 2>/dev/null | grep -q disabled; then
            missing+=("queue $OFFLINE must be stopped (sudo cupsdisable $OFFLINE; sudo cupsreject $OFFLINE)")
        fi
    fi
fi

if [ ${#missing[@]} -gt 0 ]; then
    log "missing:"
    for m in "${missing[@]}"; do log "  - $m"; done
    if [ "${CI:-}" = "true" ]; then
        log "CI=true: the printer tests need all of the above"
        exit 1
    fi
    exit 0
fi

log "ready: queues $PRINTER and $PRINTER_80MM write PDFs to $OUT_DIR; $OFFLINE is stopped"
printf 'export YICHUANG_TEST_PRINTER=%s\n' "$PRINTER"
printf 'export YICHUANG_TEST_PRINTER_80MM=%s\n' "$PRINTER_80MM"
printf 'export YICHUANG_TEST_PRINTER_OUT=%s\n' "$OUT_DIR"
