#!/usr/bin/env bash
# Report saves and submits through the API under load (issue 14, item 5); a benchmark, not a test.
# Usage: bench/report-load.sh [TOWNSHIPS=200] [SECONDS=30] [RATE=500] [PLANS=10]
# Seeds a fresh data folder (target/load-data: TOWNSHIPS townships, PLANS weekly plans of one task
# per township), starts target/duban.jar on it as its own JVM, runs one client thread per township
# (open, save ×3, submit, next report) plus one reading /api/dashboard, and prints throughput and
# latency percentiles. RATE > 0: the clients together offer RATE operations/s, this week's reports
# first; RATE = 0: closed loop from week 1 (runs 1–15, with PLANS=1). Results go to BENCHMARKS.md
# by hand, every run.
set -euo pipefail
cd "$(dirname "$0")/.."
units=${1:-200}
seconds=${2:-30}
rate=${3:-500}
plans=${4:-10}
data=target/load-data
port=18080
[ -n "${NO_BUILD:-}" ] || ./mvnw -q -B -DskipTests package
rm -rf "$data"
./mvnw -q -B -Pbench test-compile exec:exec -Dbench.main=cn.duban.bench.ReportLoad -Djmh.args="seed $data $units $plans"
java -Xmx1g ${APP_OPTS:-} -jar target/duban.jar --duban.data-dir="$data" --server.port=$port --management.server.port=0 \
  --duban.demo=false --duban.reminders.enabled=false --duban.backup.enabled=false --spring.main.banner-mode=off \
  > target/load-app.log 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true; wait $app 2>/dev/null || true' EXIT
for _ in $(seq 120); do grep -q "Started DubanApplication" target/load-app.log && break; sleep 1; done
./mvnw -q -B -Pbench exec:exec -Dbench.main=cn.duban.bench.ReportLoad -Djmh.args="run http://127.0.0.1:$port $data/load-tokens.tsv $seconds $rate $app"
