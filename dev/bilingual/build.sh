#!/usr/bin/env bash
# Builds timeline-service's Indonesian-to-English word list (merge/id-en.tsv) from Debian's
# dict-freedict-eng-ind (CC BY-SA 3.0; the attribution is in header.txt and in the file it writes).
# Run it again to take a newer edition of the dictionary; the result is committed, nothing is
# fetched at run time.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="$HERE/../../timeline-service/src/main/resources/merge/id-en.tsv"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
chmod 777 "$WORK"  # apt fetches as its own user
(cd "$WORK" && apt-get download dict-freedict-eng-ind >/dev/null)
dpkg-deb -x "$WORK"/dict-freedict-eng-ind_*.deb "$WORK/x"
gzip -dc "$WORK/x/usr/share/dictd/freedict-eng-ind.dict.dz" >"$WORK/eng-ind.dict"
python3 "$HERE/invert_freedict.py" "$WORK/x/usr/share/dictd/freedict-eng-ind.index" "$WORK/eng-ind.dict" "$OUT" "$HERE/header.txt"
echo "wrote $(grep -vc '^#' "$OUT") entries to $OUT"
