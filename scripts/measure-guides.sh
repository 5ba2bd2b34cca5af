#!/usr/bin/env bash
# PatchMatch's guide, guide weight and blend compared with `inpaint bench` on the bundled pictures
# (docs/algorithms.md#guided-completion-and-the-gradient-domain-blend): one bench per variant into
# guide-measure/NAME/, then the summary rows of every variant. Re-run it when the GAN's default model
# changes (the gan guide's rows follow it). Run from anywhere; outputs go to guide-measure/ (not committed).
#
#   scripts/measure-guides.sh                  # the variants below, on center and large holes
#   MASKS=center,strokes,scratches,large scripts/measure-guides.sh
set -euo pipefail
cd "$(dirname "$0")/.."
MASKS=${MASKS:-center,large}
WORK=guide-measure
mvn -B -q package -DskipTests
run() {
  local name=$1
  shift
  java -jar cli/target/inpaint.jar bench --images docs/samples/bench --output "$WORK/$name" --methods patchmatch \
      --masks "$MASKS" --no-progress --force "$@" > "$WORK/$name.log" 2>&1
}
mkdir -p "$WORK"
run unguided-copies --guide none --blend none
run unguided --guide none
run telea-0.3 --guide telea --guide-weight 0.3
run telea-1 --guide telea --guide-weight 1
run telea-3 --guide telea --guide-weight 3
run telea-0.3-copies --guide telea --guide-weight 0.3 --blend none
run gan-0.3 --guide gan --guide-weight 0.3
run gan-1 --guide gan --guide-weight 1
echo "| variant | mask | method | cases | failed | hole PSNR (dB) | hole MAE | fidelity | patch distance | seam | SSIM | PSNR (dB) | time (s) |"
echo "|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for summary in "$WORK"/*/summary.md; do
  name=$(basename "$(dirname "$summary")")
  grep '^| [a-z*]' "$summary" | grep -v '^| mask' | sed "s/^/| $name /"
done
