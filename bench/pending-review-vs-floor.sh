#!/usr/bin/env bash
# The nightly screening against its floor, side by side in one run, from a fresh clone: builds the WAR and the
# benchmark (three modules in one reactor, nothing installed), makes two fresh PostgreSQL databases, seeds and screens
# the first with set-based SQL (the floor: the same status, card, outbox and audit writes), then starts Payara Micro
# (-Xmx512m, the server's own flags) on the second, seeds it the same way, runs pending-review and prints rows,
# seconds, items/s, peak heap and the ratio job / floor. The server is stopped at the end.
# Usage: bench/pending-review-vs-floor.sh <rows> [time|random] [chunkSize] [partitions]
# Environment: BENCH_PG (host:port, default 127.0.0.1:5432), BENCH_DB_PREFIX (default bench_: databases
# <prefix>job and <prefix>floor are dropped and made again), BENCH_PORT (default 8480), BENCH_HEAP (default 512m),
# BENCH_SKIP_BUILD=1 to reuse the last build, BENCH_JAVA_OPTS for the server (e.g. -XX:StartFlightRecording=...).
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:?rows}
ids=${2:-time}
chunk=${3:-1000}
partitions=${4:-4}
pg=${BENCH_PG:-127.0.0.1:5432}
prefix=${BENCH_DB_PREFIX:-bench_}
port=${BENCH_PORT:-8480}
heap=${BENCH_HEAP:-512m}
work=$(mktemp -d)
server=
cleanup() {
    if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT
classpath="$work/classpath"
if [ "${BENCH_SKIP_BUILD:-}" != 1 ] || [ ! -f verification-web/target/bench.classpath ]; then
    mvn -q -B -pl verification-web -am package dependency:build-classpath -DskipTests -Dspotless.check.skip=true \
        -Dmdep.includeScope=test -Dmdep.outputFile="$PWD/verification-web/target/bench.classpath"
fi
cp verification-web/target/bench.classpath "$classpath"
for db in job floor; do
    psql -q -h "${pg%:*}" -p "${pg#*:}" -U postgres -c "DROP DATABASE IF EXISTS ${prefix}${db}" \
        -c "CREATE DATABASE ${prefix}${db}" postgres
done
key=$(head -c 32 /dev/urandom | base64)
index_key=$(head -c 32 /dev/urandom | base64)
password=Bench-pass-$(head -c 6 /dev/urandom | od -An -tx1 | tr -d ' \n')
mkdir -p "$work/data"
echo "load before: $(uptime)"
# shellcheck disable=SC2086
(cd "$work" && VERIFICATION_MODE=development VERIFICATION_DATA_DIR="$work/data" \
    VERIFICATION_DB_URL="jdbc:postgresql://$pg/${prefix}job" VERIFICATION_DB_USER=postgres VERIFICATION_DB_PASSWORD=postgres \
    VERIFICATION_ADMIN_INITIAL_PASSWORD="$password" VERIFICATION_CRYPTO_ENCRYPTION_KEY="$key" \
    VERIFICATION_CRYPTO_INDEX_KEY="$index_key" \
    exec java -Xmx"$heap" ${BENCH_JAVA_OPTS:-} -jar "$OLDPWD/verification-web/target/payara-micro.jar" \
    --deploy "$OLDPWD/verification-web/target/verification.war" --contextroot / --port "$port" --nocluster \
    --postbootcommandfile "$OLDPWD/verification-web/src/main/payara/post-boot-commands.asadmin") \
    >"$work/server.log" 2>&1 &
server=$!
# the floor runs while the server boots would skew it: seed and screen it first, the server waiting idle after boot
until curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null; do
    if ! kill -0 "$server" 2>/dev/null; then tail -50 "$work/server.log"; exit 1; fi
    sleep 2
done
echo "server ready on port $port"
# shellcheck disable=SC2086
java -Xmx1g -Dbench.ids="$ids" -Dbench.serverPid="$server" -Dbench.encryptionKey="$key" -Dbench.floorUrl="jdbc:postgresql://$pg/${prefix}floor" \
    -cp "verification-web/target/test-classes:verification-web/target/classes:$(cat "$classpath")" \
    com.crossborder.verification.web.bench.PendingReviewBenchmark "http://127.0.0.1:$port" "$password" \
    "jdbc:postgresql://$pg/${prefix}job" postgres postgres "$rows" "$chunk" "$partitions" both
echo "load after: $(uptime)"
if [ -n "${BENCH_KEEP_LOG:-}" ]; then cp "$work/server.log" "$BENCH_KEEP_LOG"; fi
