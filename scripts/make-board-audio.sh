#!/usr/bin/env bash
# Renders the display board's Mandarin audio segments (issue 12, docs/queue.md) with espeak-ng, for boards whose
# browser has no zh-CN voice: one WAV per key of core's CallAnnouncement.allSegments(), silence trimmed so joined
# segments sound like one sentence, 16 kHz mono; plus chime.wav, the last resort. The output is committed: the server
# ships it and never needs espeak-ng. Run again only to change the voice (as root it installs espeak-ng).
set -euo pipefail
OUT=${1:-"$(cd "$(dirname "$0")/.." && pwd)/server/src/main/resources/org/yichuang/server/queue/board/audio"}
if ! command -v espeak-ng >/dev/null; then
    [ "$(id -u)" -eq 0 ] || { echo "espeak-ng is missing: sudo apt-get install espeak-ng" >&2; exit 1; }
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends espeak-ng >/dev/null
fi
mkdir -p "$OUT"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# the cmn-latn-pinyin voice: plain "cmn" turns 请 into "qing3" and reads the tone digit in English ("king three")
say() { espeak-ng -v cmn-latn-pinyin -s 150 -w "$work/$1.wav" "$2"; }
say qing 请
say hao 号
say dao 到
say shi 十
say chuangkou-banli 窗口办理
digits=(零 一 二 三 四 五 六 七 八 九)
for i in "${!digits[@]}"; do say "digit-$i" "${digits[$i]}"; done
for c in {A..Z}; do say "letter-${c,,}" "$c"; done

python3 - "$work" "$OUT" <<'PY'
import warnings
warnings.filterwarnings("ignore", category=DeprecationWarning)
import audioop, math, os, struct, sys, wave
work, out = sys.argv[1], sys.argv[2]
RATE = 16000

def write(path, frames):
    with wave.open(path, "wb") as w:
        w.setnchannels(1); w.setsampwidth(2); w.setframerate(RATE); w.writeframes(frames)

for name in sorted(os.listdir(work)):
    with wave.open(os.path.join(work, name)) as w:
        rate, data = w.getframerate(), w.readframes(w.getnframes())
    data, _ = audioop.ratecv(data, 2, 1, rate, RATE, None)
    samples = struct.unpack("<%dh" % (len(data) // 2), data)
    loud = [i for i, s in enumerate(samples) if abs(s) > 600]
    pad = RATE // 50  # 20 ms either side keeps the consonants
    start, end = max(0, loud[0] - pad), min(len(samples), loud[-1] + pad)
    write(os.path.join(out, name), data[start * 2:end * 2])

# chime: E5 then C5, each with a soft decay
frames = bytearray()
for freq, length in ((659.25, 0.45), (523.25, 0.65)):
    n = int(RATE * length)
    for i in range(n):
        v = math.sin(2 * math.pi * freq * i / RATE) * math.exp(-3.0 * i / n) * 0.5
        frames += struct.pack("<h", int(v * 32767))
write(os.path.join(out, "chime.wav"), bytes(frames))
PY
echo "wrote $(ls "$OUT" | wc -l) files to $OUT" >&2
