#!/usr/bin/env bash
# Puts Noto Sans SC (regular, bold) and its OFL licence into DEST for the JasperReports font extension.
# No CJK font is on Maven Central, so it comes from the npm registry with npm itself (DEVICES.md §5).
# The tarball (~57 MB, all nine weights) is cached under ~/.cache/yichuang so offline rebuilds work;
# anything missing fails the build: a receipt without the CJK font prints empty boxes.
# usage: fetch-noto-sans-sc.sh NPM_VERSION DEST_DIR
set -euo pipefail

version=${1:?npm version}
dest=${2:?destination directory}
pkg=@expo-google-fonts/noto-sans-sc
tarball=expo-google-fonts-noto-sans-sc-$version.tgz

fail() { printf '[fonts] 错误: %s\n' "$*" >&2; exit 1; }

is_ttf() { [ -s "$1" ] && [ "$(head -c 4 "$1" | od -An -tx1 | tr -d ' \n')" = "00010000" ]; }

if is_ttf "$dest/NotoSansSC-Regular.ttf" && is_ttf "$dest/NotoSansSC-Bold.ttf" && [ -s "$dest/OFL.txt" ]; then
    exit 0
fi

cache=${XDG_CACHE_HOME:-$HOME/.cache}/yichuang
mkdir -p "$cache" "$dest"
if [ ! -s "$cache/$tarball" ]; then
    command -v npm >/dev/null || fail "npm not found; install Node.js/npm (Debian: apt-get install npm) to fetch $pkg@$version"
    tmp=$(mktemp -d "$cache/npm-pack.XXXXXX")
    trap 'rm -rf "$tmp"' EXIT
    printf '[fonts] npm pack %s@%s\n' "$pkg" "$version" >&2
    # npm checks the registry's integrity hash of the tarball it downloads.
    (cd "$tmp" && npm pack --silent --cache "$tmp/npm-cache" "$pkg@$version" >/dev/null) \
        || fail "npm pack $pkg@$version failed"
    mv "$tmp/$tarball" "$cache/$tarball"
    rm -rf "$tmp"
fi

work=$(mktemp -d "${dest%/}.XXXXXX")
trap 'rm -rf "$work"' EXIT
tar -xzf "$cache/$tarball" -C "$work" \
    package/400Regular/NotoSansSC_400Regular.ttf package/700Bold/NotoSansSC_700Bold.ttf package/LICENSE_FONT \
    || { rm -f "$cache/$tarball"; fail "$tarball is damaged (removed from the cache; build again)"; }
cp "$work/package/400Regular/NotoSansSC_400Regular.ttf" "$dest/NotoSansSC-Regular.ttf"
cp "$work/package/700Bold/NotoSansSC_700Bold.ttf" "$dest/NotoSansSC-Bold.ttf"
cp "$work/package/LICENSE_FONT" "$dest/OFL.txt"
is_ttf "$dest/NotoSansSC-Regular.ttf" && is_ttf "$dest/NotoSansSC-Bold.ttf" || fail "extracted files are not TrueType fonts"
printf '[fonts] Noto Sans SC %s ready in %s\n' "$version" "$dest" >&2
