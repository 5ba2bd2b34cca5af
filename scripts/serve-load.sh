#!/usr/bin/env bash
# Load figures of inpaint serve (docs/http-api.md#load): starts the server on a loopback port, runs each
# case of ServeLoad against it, samples the server's memory (RSS) before and after, and stops it.
# Every request goes to 127.0.0.1 only; each case is bounded in count and time.
#   scripts/serve-load.sh            # all cases (about 3 minutes on an idle 2-core machine)
#   PORT=8090 SERVE_ARGS="--queue 4" scripts/serve-load.sh fills
# Build first: mvn -B -q package -DskipTests
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${PORT:-18181}"
CASES=("${@:-fills slow-headers slow-body disconnect}")
URL="http://127.0.0.1:$PORT/"
LOAD=(java -cp benchmarks/target/speed.jar io.github.inpaint4j.benchmarks.ServeLoad)

# SERVE_ARGS: more options of inpaint serve, e.g. SERVE_ARGS="--queue 4"
java -Xmx2g -jar cli/target/inpaint.jar serve --port "$PORT" ${SERVE_ARGS:-} > /tmp/serve-load.out 2> /tmp/serve-load.log &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
    grep -q "open http" /tmp/serve-load.out 2>/dev/null && break
    sleep 0.5
done
rss() { echo "server RSS: $(( $(ps -o rss= -p "$SERVER") / 1024 )) MiB"; }
rss
for c in ${CASES[@]}; do
    echo "== $c"
    case "$c" in
        fills) "${LOAD[@]}" fills --url "$URL" --clients 16 --requests 200 --method telea ;;
        slow-headers) "${LOAD[@]}" slow --url "$URL" --clients 16 --what headers --seconds 40 ;;
        slow-body) "${LOAD[@]}" slow --url "$URL" --clients 16 --what body --seconds 40 ;;
        disconnect) "${LOAD[@]}" disconnect --url "$URL" ;;
        *) echo "unknown case $c (fills, slow-headers, slow-body, disconnect)"; exit 2 ;;
    esac
    rss
done
