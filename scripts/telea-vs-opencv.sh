#!/usr/bin/env bash
# Telea against OpenCV 4.6's INPAINT_TELEA on case A and the 2048 case, in one run: our speed
# harness and scripts/telea-opencv.py alternate for ROUNDS rounds, each timing the fills in its own
# process (medians of REPEAT timed runs after WARMUP untimed ones, one thread), so that both see the
# machine in the same state. The warm-up is long because Java compiles the march while it runs:
# case A's first fills take 10-40 ms, then about 3 ms once compiled (OpenCV is compiled ahead; its
# warm-up changes nothing). See docs/performance.md#telea-against-opencv.
#
#   apt-get install python3-opencv          # OpenCV 4.6 and numpy, Debian 12
#   mvn -B -q package -DskipTests
#   scripts/telea-vs-opencv.sh              # ROUNDS=3 REPEAT=21 WARMUP=100 by default
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${ROUNDS:-3}
REPEAT=${REPEAT:-21}
WARMUP=${WARMUP:-100}
for round in $(seq 1 "$ROUNDS"); do
  echo "== round $round: inpaint4j"
  java -jar benchmarks/target/speed.jar --case A/telea,2048/telea --repeat "$REPEAT" --warmup "$WARMUP" 2>/dev/null \
      | grep -e "^| A/telea" -e "^| 2048/telea"
  echo "== round $round: OpenCV"
  /usr/bin/python3 scripts/telea-opencv.py --repeat "$REPEAT" --warmup "$WARMUP" | grep -e "^| A/" -e "^| 2048/"
done
