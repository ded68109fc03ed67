#!/usr/bin/env bash
# Report saves and submits through the API under load (issue 14, item 5); a benchmark, not a test.
# Usage: bench/report-load.sh [TOWNSHIPS=200] [SECONDS=30]
# Seeds a fresh data folder (target/load-data), starts target/duban.jar on it as its own JVM, runs one
# client thread per township (open, save ×3, submit, next week) plus one reading /api/dashboard,
# and prints throughput and latency percentiles. Results go to BENCHMARKS.md by hand, every run.
set -euo pipefail
cd "$(dirname "$0")/.."
units=${1:-200}
seconds=${2:-30}
data=target/load-data
port=18080
./mvnw -q -B -DskipTests package
rm -rf "$data"
./mvnw -q -B -Pbench test-compile exec:exec -Dbench.main=cn.duban.bench.ReportLoad -Djmh.args="seed $data $units"
java -Xmx1g -jar target/duban.jar --duban.data-dir="$data" --server.port=$port --management.server.port=0 \
  --duban.demo=false --duban.reminders.enabled=false --duban.backup.enabled=false --spring.main.banner-mode=off \
  > target/load-app.log 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true; wait $app 2>/dev/null || true' EXIT
for _ in $(seq 120); do grep -q "Started DubanApplication" target/load-app.log && break; sleep 1; done
./mvnw -q -B -Pbench exec:exec -Dbench.main=cn.duban.bench.ReportLoad -Djmh.args="run http://127.0.0.1:$port $data/load-tokens.tsv $seconds"
