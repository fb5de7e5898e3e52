#!/usr/bin/env bash
# Measures password hashing cost and login throughput against a running server (mvn -Prun package).
# Usage: bench/login-throughput.sh [base-url] [seconds]    (defaults: http://127.0.0.1:8080, 20)
# Needs the admin password: ADMIN_PASSWORD=... (printed in the server log on first start).
set -euo pipefail
BASE=${1:-http://127.0.0.1:8080}
SECONDS_TO_RUN=${2:-20}
: "${ADMIN_PASSWORD:?set ADMIN_PASSWORD to the admin password from the server log}"
case "$BASE" in http://127.0.0.1*|http://localhost*) ;; *) echo "load tests target 127.0.0.1 only" >&2; exit 2;; esac
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }

body=$(printf '{"username":"admin","password":"%s"}' "$ADMIN_PASSWORD")
echo "== one login, 10 times (includes the Argon2id hash) =="
for i in $(seq 10); do
  curl -s -o /dev/null -w '%{time_total}\n' -H 'Content-Type: application/json' -d "$body" "$BASE/api/v1/auth/token"
done | awk '{s+=$1; if(min==""||$1<min)min=$1; if($1>max)max=$1} END {printf "mean %.0f ms, min %.0f ms, max %.0f ms\n", s/NR*1000, min*1000, max*1000}'

lua=$(mktemp)
cat > "$lua" <<LUA
wrk.method = "POST"
wrk.body   = '$body'
wrk.headers["Content-Type"] = "application/json"
LUA
echo "== logins per second: wrk, 2 threads, 4 connections, ${SECONDS_TO_RUN}s =="
wrk -t2 -c4 -d"${SECONDS_TO_RUN}s" --latency -s "$lua" "$BASE/api/v1/auth/token"
rm -f "$lua"
