#!/usr/bin/env bash
# REST against the bare endpoint, and boot against a near-empty WAR, side by side in one run (issue 18): compiles the
# echo WAR in bench/echo (a bare JAX-RS JSON echo on the product's paths; not part of the Maven build), boots it and the
# project one after the other on the same Payara Micro with the same flags (both then stay up) (-Xmx512m, --nocluster), prints the boot
# time to ready and the CPU used booting, then runs wrk (-t2 -c32, 127.0.0.1) against each for
# POST /api/v1/documents/validation, GET /api/v1/me (admin token) and GET /api/v1/applications/{id} (admin, a DRAFT
# application seeded by SQL), and prints req/s, p99 and the ratios project / echo.
# Usage: bench/rest-floor.sh [seconds per endpoint, default 15]
# Environment: BENCH_PG (127.0.0.1:5432), BENCH_DB_PREFIX (bench_: database <prefix>rest is dropped and made again),
# BENCH_PORT (8480, the project), BENCH_ECHO_PORT (8481), BENCH_SKIP_BUILD=1 (reuse the WAR in verification-web/target),
# BENCH_JAVA_OPTS (for both servers, e.g. a JFR recording).
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${1:-15}
pg=${BENCH_PG:-127.0.0.1:5432}
prefix=${BENCH_DB_PREFIX:-bench_}
port=${BENCH_PORT:-8480}
echo_port=${BENCH_ECHO_PORT:-8481}
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
work=$(mktemp -d)
servers=()
stop() {
    for pid in "${servers[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
    servers=()
}
trap 'stop; rm -rf "$work"' EXIT
if [ "${BENCH_SKIP_BUILD:-}" != 1 ] || [ ! -f verification-web/target/verification.war ]; then
    mvn -q -B -pl verification-web -am package -DskipTests -Dspotless.check.skip=true
fi
api=$(find ~/.m2/repository/jakarta/platform/jakarta.jakartaee-api -name 'jakarta.jakartaee-api-10*.jar' | head -1)
mkdir -p "$work/echo/WEB-INF/classes"
javac --release 17 -cp "$api" -d "$work/echo/WEB-INF/classes" bench/echo/*.java
(cd "$work/echo" && jar cf "$work/echo.war" .)
micro=verification-web/target/payara-micro.jar

# boot <name> <war> <port> <ready path> [env...]: starts Payara Micro, prints seconds to ready and CPU seconds used
boot() {
    local name=$1 war=$2 boot_port=$3 ready=$4
    shift 4
    mkdir -p "$work/$name"
    local started
    started=$(date +%s.%N)
    # shellcheck disable=SC2086
    (cd "$work/$name" && exec env "$@" java -Xmx512m ${BENCH_JAVA_OPTS:-} -jar "$OLDPWD/$micro" --deploy "$war" \
        --contextroot / --port "$boot_port" --nocluster \
        --postbootcommandfile "$OLDPWD/verification-web/src/main/payara/post-boot-commands.asadmin") \
        >"$work/$name.log" 2>&1 &
    local server=$!
    servers+=("$server")
    until curl -sf "http://127.0.0.1:$boot_port$ready" >/dev/null; do
        if ! kill -0 "$server" 2>/dev/null; then tail -40 "$work/$name.log"; exit 1; fi
        sleep 0.2
    done
    local ticks
    ticks=$(awk '{print $14 + $15}' "/proc/$server/stat")
    boot_seconds[$name]=$(echo "$(date +%s.%N) - $started" | bc)
    boot_cpu[$name]=$(echo "scale=1; $ticks / 100" | bc)
    printf '%s: ready in %.1f s, %.1f s CPU\n' "$name" "${boot_seconds[$name]}" "${boot_cpu[$name]}"
}

# load <name> <label> <method> <url> [body] [token]: wrk, prints req/s and p99
load() {
    local name=$1 label=$2 method=$3 url=$4 body=${5:-} token=${6:-}
    local lua="$work/request.lua"
    {
        echo "wrk.method = \"$method\""
        echo "wrk.headers[\"Content-Type\"] = \"application/json\""
        if [ -n "$body" ]; then echo "wrk.body = '$body'"; fi
        if [ -n "$token" ]; then echo "wrk.headers[\"Authorization\"] = \"Bearer $token\""; fi
    } >"$lua"
    curl -s -o /dev/null -w "$name $label: first answer %{http_code}\n" -X "$method" -H 'Content-Type: application/json' \
        ${token:+-H "Authorization: Bearer $token"} ${body:+-d "$body"} "$url"
    wrk -t2 -c32 -d"${duration}s" --latency -s "$lua" "$url" >"$work/wrk.txt"
    rps[$name/$label]=$(awk '/Requests\/sec/ {print $2}' "$work/wrk.txt")
    p99[$name/$label]=$(awk '$1 == "99%" {print $2}' "$work/wrk.txt")
    non2xx=$(awk '/Non-2xx/ {print $NF}' "$work/wrk.txt")
    printf '%-8s %-28s %9s req/s  p99 %8s%s\n' "$name" "$label" "${rps[$name/$label]}" "${p99[$name/$label]}" \
        "${non2xx:+  non-2xx $non2xx}"
}

declare -A boot_seconds boot_cpu rps p99
validation='{"documentType":"CN_RESIDENT_ID","documentNumber":"11010519491231002x","expiryDate":"2030-01-01"}'
echo "load before: $(uptime)"

boot echo "$work/echo.war" "$echo_port" /api/v1/ready
psql -q -h "${pg%:*}" -p "${pg#*:}" -U postgres -c "DROP DATABASE IF EXISTS ${prefix}rest" -c "CREATE DATABASE ${prefix}rest" postgres
password=Bench-pass-$(head -c 6 /dev/urandom | od -An -tx1 | tr -d ' \n')
boot project "$PWD/verification-web/target/verification.war" "$port" /health/ready \
    VERIFICATION_MODE=development VERIFICATION_DATA_DIR="$work/project/data" \
    VERIFICATION_DB_URL="jdbc:postgresql://$pg/${prefix}rest" VERIFICATION_DB_USER=postgres VERIFICATION_DB_PASSWORD=postgres \
    VERIFICATION_ADMIN_INITIAL_PASSWORD="$password" VERIFICATION_HTTP_LIMIT_LOGIN=100000 \
    VERIFICATION_HTTP_LIMIT_DOCUMENT_VALIDATION=100000000
token=$(curl -s "http://127.0.0.1:$port/api/v1/auth/token" -H 'Content-Type: application/json' \
    -d "{\"username\":\"admin\",\"password\":\"$password\"}" | sed 's/.*"accessToken":"\([^"]*\)".*/\1/')
card=$(cat /proc/sys/kernel/random/uuid)
application=$(cat /proc/sys/kernel/random/uuid)
psql -q -h "${pg%:*}" -p "${pg#*:}" -U postgres "${prefix}rest" -c \
    "INSERT INTO card (id, card_number, status, created_at, version) VALUES ('$card', '8000000000000001234', 'PENDING', now(), 0);
     INSERT INTO application (id, card_number, card_id, status, created_at, reupload_rounds, version)
     VALUES ('$application', '8000000000000001234', '$card', 'DRAFT', now(), 0, 0)"
# both servers up, each endpoint measured on the echo and then at once on the project, so that both see the same load
load echo validation POST "http://127.0.0.1:$echo_port/api/v1/documents/validation" "$validation"
load project validation POST "http://127.0.0.1:$port/api/v1/documents/validation" "$validation"
load echo me GET "http://127.0.0.1:$echo_port/api/v1/me"
load project me GET "http://127.0.0.1:$port/api/v1/me" "" "$token"
load echo application GET "http://127.0.0.1:$echo_port/api/v1/applications/$application"
load project application GET "http://127.0.0.1:$port/api/v1/applications/$application" "" "$token"
stop
echo "load after: $(uptime)"

printf '\nproject / echo:\n'
for label in validation me application; do
    printf '  %-12s req/s %.2f\n' "$label" "$(echo "scale=4; ${rps[project/$label]} / ${rps[echo/$label]}" | bc)"
done
printf '  boot         %.2f (%.1f s against %.1f s), CPU %.2f (%.1f s against %.1f s)\n' \
    "$(echo "scale=4; ${boot_seconds[project]} / ${boot_seconds[echo]}" | bc)" "${boot_seconds[project]}" \
    "${boot_seconds[echo]}" "$(echo "scale=4; ${boot_cpu[project]} / ${boot_cpu[echo]}" | bc)" \
    "${boot_cpu[project]}" "${boot_cpu[echo]}"
