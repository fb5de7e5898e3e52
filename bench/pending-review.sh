#!/usr/bin/env bash
# The nightly screening benchmark (PendingReviewBenchmark) from a fresh clone: compiles the three modules in one
# reactor (nothing installed), then runs the benchmark on the web module's test classpath.
# Usage: bench/pending-review.sh <server url> <admin password> <jdbc url> <db user> <db password> <rows> [chunkSize [partitions [sql]]]
# JAVA_OPTS passes system properties to the benchmark, e.g. JAVA_OPTS=-Dbench.ids=random.
set -euo pipefail
cd "$(dirname "$0")/.."
classpath=$(mktemp)
trap 'rm -f "$classpath"' EXIT
mvn -q -B -pl verification-web -am test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile="$classpath" -Dspotless.check.skip=true
# shellcheck disable=SC2086
java ${JAVA_OPTS:-} -cp "verification-web/target/test-classes:verification-web/target/classes:$(cat "$classpath")" \
    com.crossborder.verification.web.bench.PendingReviewBenchmark "$@"
