#!/usr/bin/env bash
# Puts HanaMinB (花園明朝B: CJK Extensions B–F, the ideographs GB 18030-2022 adds at implementation level 3) and its
# licence into DEST: the fallback face for rare name characters (生僻字) that Noto Sans SC lacks.
# No such font is on Maven Central or npm, so it comes from Debian's package fonts-hanazono through apt-get itself
# (apt checks the package against the archive's signed index), pinned to VERSION and to the .deb's SHA-256.
# The .deb (~22 MB) is cached under ~/.cache/yichuang so offline rebuilds work; anything missing fails the build:
# a receipt without the fallback prints 〓 for a citizen's name.
# usage: fetch-hanazono.sh DEBIAN_VERSION DEB_SHA256 DEST_DIR
set -euo pipefail

version=${1:?debian version}
sha256=${2:?sha256 of the .deb}
dest=${3:?destination directory}
pkg=fonts-hanazono
deb=${pkg}_${version}_all.deb

fail() { printf '[fonts] 错误: %s\n' "$*" >&2; exit 1; }

is_ttf() { [ -s "$1" ] && [ "$(head -c 4 "$1" | od -An -tx1 | tr -d ' \n')" = "00010000" ]; }

if is_ttf "$dest/HanaMinB.ttf" && [ -s "$dest/HanaMinB-LICENSE.txt" ]; then
    exit 0
fi

cache=${XDG_CACHE_HOME:-$HOME/.cache}/yichuang
mkdir -p "$cache" "$dest"
if [ ! -s "$cache/$deb" ] || ! echo "$sha256  $cache/$deb" | sha256sum -c --status; then
    command -v apt-get >/dev/null || fail "apt-get not found: $pkg $version comes from Debian's archive"
    tmp=$(mktemp -d "$cache/apt-download.XXXXXX")
    trap 'rm -rf "$tmp"' EXIT
    printf '[fonts] apt-get download %s=%s\n' "$pkg" "$version" >&2
    (cd "$tmp" && apt-get download -qq "$pkg=$version" >/dev/null 2>&1) \
        || fail "apt-get download $pkg=$version failed (as root, run apt-get update once)"
    echo "$sha256  $tmp/$deb" | sha256sum -c --status || fail "$deb does not have the pinned SHA-256"
    mv "$tmp/$deb" "$cache/$deb"
    rm -rf "$tmp"
fi

work=$(mktemp -d "${dest%/}.XXXXXX")
trap 'rm -rf "$work"' EXIT
dpkg-deb --fsys-tarfile "$cache/$deb" \
    | tar -x -C "$work" ./usr/share/fonts/truetype/hanazono/HanaMinB.ttf ./usr/share/doc/fonts-hanazono/copyright \
    || { rm -f "$cache/$deb"; fail "$deb is damaged (removed from the cache; build again)"; }
cp "$work/usr/share/fonts/truetype/hanazono/HanaMinB.ttf" "$dest/HanaMinB.ttf"
cp "$work/usr/share/doc/fonts-hanazono/copyright" "$dest/HanaMinB-LICENSE.txt"
is_ttf "$dest/HanaMinB.ttf" || fail "extracted HanaMinB.ttf is not a TrueType font"
printf '[fonts] HanaMinB (%s %s) ready in %s\n' "$pkg" "$version" "$dest" >&2
