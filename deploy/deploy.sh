#!/usr/bin/env bash
# Deploys the verification WAR on a running full Payara Server 6 domain with PostgreSQL. Safe to run again (an
# upgrade runs the same command with the new WAR): every step checks what is there first.
#
#   deploy/deploy.sh --payara /opt/payara6 --war verification.war \
#       --db-url jdbc:postgresql://db.internal:5432/verification --db-user verification \
#       --secrets /etc/verification/keys [--settings /etc/verification/settings.properties] \
#       [--domain domain1] [--domaindir /opt/payara6/glassfish/domains] \
#       [--asadmin-args "--port 4848 --user admin --passwordfile /etc/payara/admin-pw"]
#
# Run it on the server's host: the domain is restarted locally (restart-domain --domaindir DIR NAME) when the driver
# or the JVM option is added, i.e. on the first run.
#
# --secrets: a directory of files, each named after a MicroProfile Config key and holding its value on one line
#   (java deploy/GenerateKeys.java DIR writes the keys; add verification.db.password,
#   verification.admin.initial-password, verification.sms.smpp.password as needed). Each becomes a password alias of
#   the same name: Payara's password-alias config source hands it to the application under that key, and the batch
#   pool reads the database password as ${ALIAS=verification.db.password}. The database password may instead be given
#   in the environment variable VERIFICATION_DB_PASSWORD.
# --settings: a properties file (key=value a line, # comments) of the other keys, stored as domain-level MicroProfile
#   Config properties (set-config-property --source domain).
#
# What it does, in order (each asadmin command is echoed, never a secret):
#   1. creates the batch repository's schema in the database (java + the driver carried by the WAR)
#   2. add-library: the PostgreSQL driver from the WAR, for the server's own pool (the application's data source is
#      defined by the WAR itself, @DataSourceDefinition from verification.db.*)
#   3. create-password-alias / update-password-alias for every file under --secrets
#   4. set-config-property --source domain: verification.db.url, verification.db.user, verification.data-dir and every
#      line of --settings
#   5. create-jvm-options -Xss4m (ONNX Runtime's native start overflows the default 1 MB thread stack when the WAR is
#      deployed by an admin thread, and the JVM dies without a word)
#   6. create-jdbc-connection-pool VerificationBatchPool + create-jdbc-resource jdbc/batchJobs on the same database,
#      search_path = the batch schema; set-batch-runtime-configuration --datasourcelookupname jdbc/batchJobs
#   7. on an upgrade undeploy the old WAR; restart-domain (local, --domain/--domaindir) then, or when the library or a
#      JVM option was added (a WAR deployed again into the JVM that ran the old one fails to start)
#   8. deploy (context root / from WEB-INF/payara-web.xml); Flyway migrates the database as it starts
set -euo pipefail

usage() {
    sed -n '2,21p' "$0" >&2
    exit 2
}

payara="" war="" db_url="" db_user="" secrets="" settings="" asadmin_args="" batch_schema="jbatch"
data_dir="" domain="domain1" domaindir=""
while [ $# -gt 0 ]; do
    case "$1" in
        --payara) payara="$2"; shift 2 ;;
        --war) war="$2"; shift 2 ;;
        --db-url) db_url="$2"; shift 2 ;;
        --db-user) db_user="$2"; shift 2 ;;
        --secrets) secrets="$2"; shift 2 ;;
        --settings) settings="$2"; shift 2 ;;
        --asadmin-args) asadmin_args="$2"; shift 2 ;;
        --batch-schema) batch_schema="$2"; shift 2 ;;
        --data-dir) data_dir="$2"; shift 2 ;;
        --domain) domain="$2"; shift 2 ;;
        --domaindir) domaindir="$2"; shift 2 ;;
        *) echo "unknown option $1" >&2; usage ;;
    esac
done
[ -n "$payara" ] && [ -n "$war" ] && [ -n "$db_url" ] && [ -n "$db_user" ] && [ -n "$secrets" ] || usage
[ -x "$payara/bin/asadmin" ] || { echo "no $payara/bin/asadmin" >&2; exit 1; }
[ -f "$war" ] || { echo "no WAR at $war" >&2; exit 1; }
[ -d "$secrets" ] || { echo "no secrets directory $secrets" >&2; exit 1; }
case "$db_url" in jdbc:postgresql://*) ;; *) echo "--db-url must be jdbc:postgresql://host:port/database" >&2; exit 1 ;; esac
[[ "$batch_schema" =~ ^[a-z_][a-z0-9_]*$ ]] || { echo "--batch-schema: lower-case letters, digits, _" >&2; exit 1; }

here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# shellcheck disable=SC2206
asadmin_cmd=("$payara/bin/asadmin" $asadmin_args)
asadmin() {
    echo "+ asadmin $*" >&2
    "${asadmin_cmd[@]}" "$@"
}
# A command whose arguments must not be echoed (values of secrets) or whose output is read.
asadmin_quiet() {
    "${asadmin_cmd[@]}" "$@"
}

# The database password: from the secrets directory, or the environment.
if [ -f "$secrets/verification.db.password" ]; then
    db_password=$(tr -d '\r\n' <"$secrets/verification.db.password")
elif [ -n "${VERIFICATION_DB_PASSWORD:-}" ]; then
    db_password="$VERIFICATION_DB_PASSWORD"
    printf '%s' "$db_password" >"$work/verification.db.password"
else
    echo "no database password: put it in $secrets/verification.db.password or VERIFICATION_DB_PASSWORD" >&2
    exit 1
fi

# 1. The batch repository's schema (Payara creates its tables in it on first use, but not the schema itself).
unzip -q -o -j "$war" 'WEB-INF/lib/postgresql-*.jar' -d "$work/lib"
driver=$(ls "$work"/lib/postgresql-*.jar)
echo "+ create schema $batch_schema if missing" >&2
VERIFICATION_DB_PASSWORD="$db_password" java -cp "$driver" "$here/CreateSchema.java" "$db_url" "$db_user" "$batch_schema"

restart=false
# 2. The driver for the server's own pool.
if ! asadmin_quiet list-libraries --type common | grep -qx "$(basename "$driver")"; then
    asadmin add-library --type common "$driver"
    restart=true
fi

# 3. Secrets as password aliases, named after their MicroProfile Config keys.
aliases=$(asadmin_quiet list-password-aliases || true)
for file in "$secrets"/* "$work/verification.db.password"; do
    [ -f "$file" ] || continue
    name=$(basename "$file")
    [[ "$name" =~ ^[A-Za-z0-9._-]+$ ]] || { echo "skipping $file: not a key name" >&2; continue; }
    printf 'AS_ADMIN_ALIASPASSWORD=%s\n' "$(tr -d '\r\n' <"$file")" >"$work/alias"
    if grep -qx "$name" <<<"$aliases"; then
        echo "+ asadmin update-password-alias $name" >&2
        asadmin_quiet --passwordfile "$work/alias" update-password-alias "$name" >/dev/null
    else
        echo "+ asadmin create-password-alias $name" >&2
        asadmin_quiet --passwordfile "$work/alias" create-password-alias "$name" >/dev/null
    fi
    rm -f "$work/alias"
done

# 4. The other keys, as domain-level MicroProfile Config properties.
set_config() {
    asadmin set-config-property --source domain --propertyName "$1" --propertyValue "$2" >/dev/null
}
set_config verification.db.url "$db_url"
set_config verification.db.user "$db_user"
# Local state (development keys would go here; production keys come from the aliases) beside the domain, not in the
# directory the server happens to be started from.
set_config verification.data-dir "${data_dir:-\${com.sun.aas.instanceRoot\}/verification-data}"
if [ -n "$settings" ]; then
    while IFS= read -r line || [ -n "$line" ]; do
        line="${line%$'\r'}"
        [[ -z "$line" || "$line" == \#* ]] && continue
        set_config "${line%%=*}" "${line#*=}"
    done <"$settings"
fi

# 5. Thread stacks large enough for ONNX Runtime's native start.
if ! asadmin_quiet list-jvm-options | grep -q '^-Xss'; then
    asadmin create-jvm-options -Xss4m
    restart=true
fi

# 6. The batch runtime's job repository in the same database, its own schema.
host_port_db=${db_url#jdbc:postgresql://}
pool_url="jdbc:postgresql://${host_port_db}"
escape() { sed -e 's/\\/\\\\/g' -e 's/:/\\:/g' -e 's/=/\\=/g' <<<"$1"; }
if ! asadmin_quiet list-jdbc-connection-pools | grep -qx VerificationBatchPool; then
    asadmin create-jdbc-connection-pool \
        --datasourceclassname org.postgresql.ds.PGSimpleDataSource --restype javax.sql.DataSource \
        --isconnectvalidatereq=true --validationmethod auto-commit \
        --property "url=$(escape "$pool_url"):user=$(escape "$db_user"):password=\${ALIAS=verification.db.password}:currentSchema=$batch_schema" \
        VerificationBatchPool
else
    # An upgrade may move the database: keep the pool on the same URL and account as the application.
    asadmin set "resources.jdbc-connection-pool.VerificationBatchPool.property.url=$pool_url" >/dev/null
    asadmin set "resources.jdbc-connection-pool.VerificationBatchPool.property.user=$db_user" >/dev/null
fi
if ! asadmin_quiet list-jdbc-resources | grep -qx jdbc/batchJobs; then
    asadmin create-jdbc-resource --connectionpoolid VerificationBatchPool jdbc/batchJobs
fi
asadmin set-batch-runtime-configuration --datasourcelookupname jdbc/batchJobs --schemaName "$batch_schema"

# 7. An upgrade: the old WAR goes first, and the JVM with it. Deploying again into the JVM that ran the old one (deploy
#    --force, redeploy, or undeploy + deploy) fails: the new deployment's first query meets a closed
#    EntityManagerFactory (FirstStart). A new library or JVM option needs the restart as well.
if asadmin_quiet list-applications | grep -q '^verification\b'; then
    asadmin undeploy verification
    restart=true
fi
if [ "$restart" = true ]; then
    asadmin restart-domain --domaindir "${domaindir:-$payara/glassfish/domains}" "$domain"
fi

# 8. The WAR itself (context root / from WEB-INF/payara-web.xml); Flyway migrates the database as it starts.
asadmin deploy --name verification "$war"
