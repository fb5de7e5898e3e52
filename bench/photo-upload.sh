#!/usr/bin/env bash
# Upload round trips of the photo checks against a running server — a card as ID_FRONT, a 2 MP portrait without
# (ID_FRONT) and with (FACE) the face check, a 12 MP portrait as FACE — then four decompression bombs at once, the
# readiness and the server's heap (PhotoUploadBenchmark). Registers an applicant by reading the SMS code from the
# server's database with its development keys, so point it at a development server and its data directory:
#   bench/photo-upload.sh http://127.0.0.1:8080 ./data \
#     'jdbc:h2:file:./data/db/verification;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE' \
#     verification verification [rounds]
# (H2 needs AUTO_SERVER=TRUE in the server's VERIFICATION_DB_URL too, so that both can open it.)
set -euo pipefail
cd "$(dirname "$0")/.."
case "${1:-}" in http://127.0.0.1*|http://localhost*) ;; *) echo "benchmarks target 127.0.0.1 only" >&2; exit 2;; esac
mvn -q -o test-compile -pl verification-web -am
mvn -q -o dependency:build-classpath -pl verification-web -am -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/bench.classpath >/dev/null
classes=verification-web/target/test-classes:verification-web/target/classes:verification-domain/target/test-classes
classes=$classes:verification-domain/target/classes:verification-batch/target/classes
exec java -cp "$classes:$(cat verification-web/target/bench.classpath)" \
  com.crossborder.verification.web.bench.PhotoUploadBenchmark "$@"
