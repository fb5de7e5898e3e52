#!/usr/bin/env bash
# The full-server test (mvn verify -Pfull-server in verification-web runs it): a fresh domain of the Payara Server
# distribution Maven unpacked, deploy/deploy.sh against an empty PostgreSQL database, then a smoke test through the
# REST API, then the domain is stopped. Everything lives under WORK (the module's target directory).
#
# Environment: PAYARA_HOME (the unpacked payara6 directory), WAR, WORK, DB_URL, DB_USER, DB_PASSWORD, PORTBASE
# (default 28000: admin PORTBASE+48, http PORTBASE+80), UPGRADE=true to run deploy.sh a second time as an upgrade
# (another restart and deployment, 1-2 minutes more).
set -euo pipefail

: "${PAYARA_HOME:?}" "${WAR:?}" "${WORK:?}" "${DB_URL:?}" "${DB_USER:?}" "${DB_PASSWORD:?}"
portbase=${PORTBASE:-28000}
admin_port=$((portbase + 48))
base="http://127.0.0.1:$((portbase + 80))"
here=$(cd "$(dirname "$0")" && pwd)
domains="$WORK/full-server-domains"
domain=verification
secrets="$WORK/full-server-secrets"
admin_password="Initial-Pass-$RANDOM-$RANDOM"
started=$(date +%s)

step() { echo "== full server, $(($(date +%s) - started)) s: $*"; }
fail() {
    echo "FULL SERVER TEST FAILED: $*" >&2
    if [ -f "$domains/$domain/logs/server.log" ]; then
        echo "---- last lines of $domains/$domain/logs/server.log" >&2
        tail -n 60 "$domains/$domain/logs/server.log" >&2
    fi
    exit 1
}

asadmin() { "$PAYARA_HOME/bin/asadmin" --port "$admin_port" "$@"; }

stop_domain() {
    if [ -f "$domains/$domain/config/pid" ]; then
        step "stopping the domain"
        "$PAYARA_HOME/bin/asadmin" stop-domain --domaindir "$domains" --kill=true "$domain" >/dev/null 2>&1 || true
    fi
}
trap stop_domain EXIT

# A domain left running by an interrupted run would hold the ports.
if [ -f "$domains/$domain/config/pid" ]; then
    "$PAYARA_HOME/bin/asadmin" stop-domain --domaindir "$domains" --kill=true "$domain" >/dev/null 2>&1 || true
fi
rm -rf "$domains" "$secrets"
mkdir -p "$domains"

step "create-domain (portbase $portbase)"
"$PAYARA_HOME/bin/asadmin" create-domain --nopassword --portbase "$portbase" --domaindir "$domains" "$domain" \
    >"$WORK/full-server-create-domain.log" 2>&1 || { cat "$WORK/full-server-create-domain.log"; fail "create-domain"; }
step "start-domain"
"$PAYARA_HOME/bin/asadmin" start-domain --domaindir "$domains" "$domain" >/dev/null || fail "start-domain"

step "keys (deploy/GenerateKeys.java) and deploy/deploy.sh"
java "$here/GenerateKeys.java" "$secrets" >/dev/null
printf '%s' "$DB_PASSWORD" >"$secrets/verification.db.password"
printf '%s' "$admin_password" >"$secrets/verification.admin.initial-password"
# The SMS go to the log here (no SMSC), which only development mode allows with PostgreSQL; every key is configured
# all the same, and the test checks below that none was generated.
cat >"$WORK/full-server-settings.properties" <<EOF
verification.mode=development
verification.http.trusted-proxies=127.0.0.1/32
EOF
"$here/deploy.sh" --payara "$PAYARA_HOME" --war "$WAR" --asadmin-args "--port $admin_port" \
    --domain "$domain" --domaindir "$domains" \
    --db-url "$DB_URL" --db-user "$DB_USER" --secrets "$secrets" \
    --settings "$WORK/full-server-settings.properties" || fail "deploy.sh"

step "waiting for $base/health/ready"
deadline=$(($(date +%s) + 240))
until [ "$(curl -s -m 5 -o /dev/null -w '%{http_code}' "$base/health/ready")" = 200 ]; do
    [ "$(date +%s)" -lt "$deadline" ] || fail "not ready after 240 s: $(curl -s -m 5 "$base/health/ready")"
    sleep 2
done

json() { jq -er "$1" <<<"$2" || fail "no $1 in: $2"; }
call() {
    # method path [token] [body] -> body; fails unless 2xx
    local method=$1 path=$2 token=${3:-} body=${4:-} out code
    local args=(-s -m 30 -X "$method" -o "$WORK/full-server-response" -w '%{http_code}' -H 'Accept: application/json')
    [ -n "$token" ] && args+=(-H "Authorization: Bearer $token")
    [ -n "$body" ] && args+=(-H 'Content-Type: application/json' -d "$body")
    code=$(curl "${args[@]}" "$base$path")
    out=$(cat "$WORK/full-server-response")
    [[ "$code" == 2* ]] || fail "$method $path answered $code: $out"
    printf '%s' "$out"
}

step "smoke test through the REST API"
# The WAR's own context root is /.
[ "$(curl -s -m 10 -o /dev/null -w '%{http_code}' "$base/api/v1/unknown")" = 404 ] || fail "no API at /"
validation=$(call POST /api/v1/documents/validation "" \
    '{"documentType":"CN_RESIDENT_ID","documentNumber":"11010519491231002x","expiryDate":"2030-01-01"}')
[ "$(json .valid "$validation")" = true ] || fail "document not valid: $validation"

admin_token=$(json .accessToken "$(call POST /api/v1/auth/token "" \
    "{\"username\":\"admin\",\"password\":\"$admin_password\"}")")
reviewer=$(call POST /api/v1/admin/staff "$admin_token" \
    '{"username":"reviewer.li","password":"Review-pass-1","role":"REVIEWER","document":{"documentType":"CN_RESIDENT_ID","documentNumber":"11010519491231002X"}}')
[ "$(json .role "$reviewer")" = REVIEWER ] || fail "reviewer not created: $reviewer"
reviewer_token=$(json .accessToken "$(call POST /api/v1/auth/token "" \
    '{"username":"reviewer.li","password":"Review-pass-1"}')")
[ "$(json .role "$(call GET /api/v1/me "$reviewer_token")")" = REVIEWER ] || fail "reviewer's token"

execution=$(json .executionId "$(call POST /api/v1/admin/jobs/pending-review/executions "$admin_token")")
deadline=$(($(date +%s) + 120))
while :; do
    run=$(call GET "/api/v1/admin/jobs/executions/$execution" "$admin_token")
    status=$(json .status "$run")
    [[ "$status" =~ ^(COMPLETED|FAILED|STOPPED|ABANDONED)$ ]] && break
    [ "$(date +%s)" -lt "$deadline" ] || fail "job run $execution still $status after 120 s"
    sleep 1
done
[ "$status" = COMPLETED ] || fail "job run $execution ended $status: $run"

ready=$(curl -s -m 10 "$base/health/ready")
[ "$(json .status "$ready")" = UP ] || fail "not ready: $ready"
metrics=$(curl -s -m 10 "$base/metrics")
grep -q '^verification_queue_depth' <<<"$metrics" || fail "no verification_queue_depth in /metrics"

# The job repository is in the same database, in its own schema; the keys came from the aliases, none was generated.
batch_config=$(asadmin list-batch-runtime-configuration)
grep -q 'jdbc/batchJobs' <<<"$batch_config" || fail "batch runtime not on jdbc/batchJobs: $batch_config"
if command -v psql >/dev/null; then
    runs=$(PGPASSWORD="$DB_PASSWORD" psql "${DB_URL#jdbc:}" -U "$DB_USER" -Atc \
        "SELECT count(*) FROM jbatch.executioninstancedata WHERE jobexecid = $execution AND batchstatus = 'COMPLETED'") \
        || fail "cannot read the job repository"
    [ "$runs" = 1 ] || fail "job run $execution not COMPLETED in jbatch.executioninstancedata of the database"
fi
if [ -e "$domains/$domain/verification-data/keys" ]; then
    fail "keys were generated under $domains/$domain/verification-data/keys: the aliases did not reach the application"
fi
grep -q "Generated a development" "$domains/$domain/logs/server.log" && fail "a development key was generated"

step "smoke test passed (job run $execution COMPLETED, ready UP, metrics served)"

if [ "${UPGRADE:-false}" = true ]; then
    # An upgrade as an operator runs it: deploy.sh again on the running domain (aliases updated, old WAR undeployed,
    # domain restarted, WAR deployed); the data and the admin's password survive.
    step "upgrade: deploy/deploy.sh again"
    "$here/deploy.sh" --payara "$PAYARA_HOME" --war "$WAR" --asadmin-args "--port $admin_port" \
        --domain "$domain" --domaindir "$domains" \
        --db-url "$DB_URL" --db-user "$DB_USER" --secrets "$secrets" \
        --settings "$WORK/full-server-settings.properties" || fail "deploy.sh (upgrade)"
    deadline=$(($(date +%s) + 240))
    until [ "$(curl -s -m 5 -o /dev/null -w '%{http_code}' "$base/health/ready")" = 200 ]; do
        [ "$(date +%s)" -lt "$deadline" ] || fail "not ready after the upgrade"
        sleep 2
    done
    reviewer_token=$(json .accessToken "$(call POST /api/v1/auth/token "" \
        '{"username":"reviewer.li","password":"Review-pass-1"}')")
    [ "$(json .role "$(call GET /api/v1/me "$reviewer_token")")" = REVIEWER ] || fail "reviewer after the upgrade"
    step "upgrade passed (the reviewer signs in again)"
fi
