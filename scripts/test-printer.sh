#!/usr/bin/env bash
# Prepares the CUPS test printers the report tests print to (TEAM-NOTES "Test environment", DEVICES.md §6):
#   Yichuang_Test_PDF  cups-pdf queue, A4; every job becomes a PDF in $YICHUANG_TEST_PRINTER_OUT
#   Yichuang_Test_80mm cups-pdf queue whose page is an 80 mm roll (227 x 842 pt), named Roll80x297 in its PPD the
#                      way thermal printer drivers name their rolls; stands in for a thermal receipt printer
#   Yichuang_Offline   a stopped queue that rejects jobs, for the "printer unavailable" path
#   Yichuang_Test_Toggle cups-pdf queue (A4) that any local user may stop and start (cupsdisable/cupsenable): its
#                      own CUPS policy opens only those operations, so the print-queue test, which runs unprivileged,
#                      can take the printer offline and bring it back; everything else still needs an administrator
# Idempotent. As root it installs and starts what is missing; otherwise it only checks and reports.
# Prints the environment as `export` lines on stdout, messages on stderr:
#   eval "$(scripts/test-printer.sh)"
# With CI=true anything missing makes it exit non-zero.
set -euo pipefail

PRINTER=Yichuang_Test_PDF
PRINTER_80MM=Yichuang_Test_80mm
PAGE_80MM=Roll80x297
OFFLINE=Yichuang_Offline
TOGGLE=Yichuang_Test_Toggle
POLICY=yichuang-test-toggle
CUPSD_CONF=/etc/cups/cupsd.conf
OUT_DIR=/var/spool/cups-pdf/yichuang
CONF=/etc/cups/cups-pdf.conf
PPD=lsb/usr/cups-pdf/CUPS-PDF_opt.ppd
# cups-pdf distills PostScript again with Ghostscript. Made by cups-filters' default PDF-to-PostScript renderer
# (Ghostscript), that PostScript has CID fonts without their Unicode map, so pdftotext reads nothing from the
# output; poppler's pdftocairo keeps it, and the tests can check the printed case number and title.
RENDERER=pdftocairo
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

# cups-pdf's PPD with one more page size, the 80 mm roll, as the default: a named size (not Custom.WxH) because Java
# lists a queue's media from its PPD's named sizes, and the client picks the roll among them.
ppd_80mm() {
    local src
    src=$(find /usr/share/ppd/cups-pdf -name 'CUPS-PDF_opt.ppd*' | head -n 1)
    zcat -f "$src" | sed -E \
        -e "s/^\*DefaultPageSize: .*/*DefaultPageSize: ${PAGE_80MM}/" \
        -e "s/^\*DefaultPageRegion: .*/*DefaultPageRegion: ${PAGE_80MM}/" \
        -e "s/^\*DefaultImageableArea: .*/*DefaultImageableArea: ${PAGE_80MM}/" \
        -e "s/^\*DefaultPaperDimension: .*/*DefaultPaperDimension: ${PAGE_80MM}/" \
        -e "s|^(\*PageSize A4/A4: .*)|*PageSize ${PAGE_80MM}/80 mm Roll: \"<</PageSize[227 842]/ImagingBBox null>>setpagedevice\"\n\1|" \
        -e "s|^(\*PageRegion A4/A4: .*)|*PageRegion ${PAGE_80MM}/80 mm Roll: \"<</PageSize[227 842]/ImagingBBox null>>setpagedevice\"\n\1|" \
        -e "s|^(\*ImageableArea A4/A4: .*)|*ImageableArea ${PAGE_80MM}/80 mm Roll: \"0 0 227 842\"\n\1|" \
        -e "s|^(\*PaperDimension A4/A4: .*)|*PaperDimension ${PAGE_80MM}/80 mm Roll: \"227 842\"\n\1|"
}
has_80mm_page() { lpoptions -p "$PRINTER_80MM" -l 2>/dev/null | grep -q "PageSize.*\*${PAGE_80MM}\b"; }

# The default policy with the printer operator's stop/start/accept/reject open to every local user (cupsd listens
# on localhost and its socket only); administration, other users' jobs and documents stay with @SYSTEM.
toggle_policy() {
    cat <<POLICY

# Added by yichuang scripts/test-printer.sh for the test queue $TOGGLE only (printer-op-policy=$POLICY).
<Policy $POLICY>
  JobPrivateAccess default
  JobPrivateValues default
  SubscriptionPrivateAccess default
  SubscriptionPrivateValues default
  <Limit Create-Job Print-Job Print-URI Validate-Job Pause-Printer Resume-Printer Enable-Printer Disable-Printer CUPS-Accept-Jobs CUPS-Reject-Jobs>
    Order deny,allow
  </Limit>
  <Limit Send-Document Send-URI Hold-Job Release-Job Restart-Job Purge-Jobs Set-Job-Attributes Create-Job-Subscription Renew-Subscription Cancel-Subscription Get-Notifications Reprocess-Job Cancel-Current-Job Suspend-Current-Job Resume-Job Cancel-My-Jobs Close-Job CUPS-Move-Job Cancel-Job CUPS-Authenticate-Job>
    Require user @OWNER @SYSTEM
    Order deny,allow
  </Limit>
  <Limit CUPS-Get-Document CUPS-Add-Modify-Printer CUPS-Delete-Printer CUPS-Add-Modify-Class CUPS-Delete-Class CUPS-Set-Default CUPS-Get-Devices Pause-Printer-After-Current-Job Hold-New-Jobs Release-Held-New-Jobs Deactivate-Printer Activate-Printer Restart-Printer Shutdown-Printer Startup-Printer Promote-Job Schedule-Job-After Cancel-Jobs>
    AuthType Default
    Require user @SYSTEM
    Order deny,allow
  </Limit>
  <Limit All>
    Order deny,allow
  </Limit>
</Policy>
POLICY
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

# --- the toggle queue's policy (before the scheduler starts, or reloaded into a running one) -------------
policy_added=false
if [ -f "$CUPSD_CONF" ] && ! grep -q "<Policy $POLICY>" "$CUPSD_CONF"; then
    if is_root; then
        log "adding CUPS policy $POLICY for $TOGGLE"
        toggle_policy >> "$CUPSD_CONF"
        policy_added=true
    else
        missing+=("CUPS policy $POLICY in $CUPSD_CONF (run this script as root once)")
    fi
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

# A running scheduler reads the new policy on SIGHUP (it restarts itself; queues and waiting jobs stay).
if $policy_added && scheduler_running && [ -f /run/cups/cupsd.pid ]; then
    kill -HUP "$(cat /run/cups/cupsd.pid)"
    sleep 1
    for _ in $(seq 1 50); do scheduler_running && break; sleep 0.2; done
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
    if is_root && queue_exists "$PRINTER"; then
        lpadmin -p "$PRINTER" -o pdftops-renderer-default="$RENDERER"
    fi
    if ! queue_exists "$PRINTER_80MM" || ! has_80mm_page; then
        if is_root; then
            log "adding queue $PRINTER_80MM"
            ppd=$(mktemp --suffix=.ppd)
            ppd_80mm > "$ppd"
            lpadmin -p "$PRINTER_80MM" -E -v cups-pdf:/ -P "$ppd" -D "一窗测试小票打印机 (80 mm, PDF)" 2>/dev/null
            rm -f "$ppd"
        else
            missing+=("queue $PRINTER_80MM with an 80 mm page (run this script as root once)")
        fi
    elif is_root; then
        cupsenable "$PRINTER_80MM" && cupsaccept "$PRINTER_80MM"
    fi
    if is_root && queue_exists "$PRINTER_80MM"; then
        lpadmin -p "$PRINTER_80MM" -o pdftops-renderer-default="$RENDERER"
    fi
    if ! queue_exists "$TOGGLE"; then
        if is_root; then
            log "adding queue $TOGGLE"
            lpadmin -p "$TOGGLE" -E -v cups-pdf:/ -m "$PPD" -o PageSize=A4 -o printer-op-policy="$POLICY" \
                -D "一窗测试打印机 (可停可启)" 2>/dev/null
        else
            missing+=("queue $TOGGLE (run this script as root once)")
        fi
    fi
    if is_root && queue_exists "$TOGGLE"; then
        lpadmin -p "$TOGGLE" -o pdftops-renderer-default="$RENDERER" -o printer-op-policy="$POLICY"
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

log "ready: queues $PRINTER, $PRINTER_80MM and $TOGGLE write PDFs to $OUT_DIR; $OFFLINE is stopped"
printf 'export YICHUANG_TEST_PRINTER=%s\n' "$PRINTER"
printf 'export YICHUANG_TEST_PRINTER_80MM=%s\n' "$PRINTER_80MM"
printf 'export YICHUANG_TEST_PRINTER_TOGGLE=%s\n' "$TOGGLE"
printf 'export YICHUANG_TEST_PRINTER_OUT=%s\n' "$OUT_DIR"
