#!/usr/bin/env bash
# Issue 13 item 5: Spark local mode at 1 and 2 executor threads against the single-JVM engine on the
# same toys (the seed's Toy Experiments), overhead per task and the task size for < 5 % overhead,
# the summary file size and merge time for 1,000 shards, and the wall time of 1e11 toys on 100 cores.
# Usage: bench/spark-scale.sh [toys]   (default 256 blocks of 65536 toys = 16.8e6)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
CPF=target/spark-classpath.txt
if [ ! -f target/test-classes/org/toycov/bench/SparkScaleBenchmark.class ] || [ ! -f "$CPF" ] || [ pom.xml -nt "$CPF" ]; then
	echo "building..." >&2
	mvn -B -q -DskipTests test-compile >&2
	mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$CPF" >/dev/null
fi
OPENS=""
for p in java.lang java.lang.invoke java.lang.reflect java.io java.net java.nio java.util java.util.concurrent \
	java.util.concurrent.atomic jdk.internal.ref sun.nio.ch sun.nio.cs sun.security.action sun.util.calendar; do
	OPENS="$OPENS --add-opens=java.base/$p=ALL-UNNAMED"
done
echo "$(date -u +%FT%TZ) $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
# shellcheck disable=SC2086
exec java $OPENS -Djdk.reflect.useDirectMethodHandle=false -Dlog4j2.level=ERROR \
	-cp "target/test-classes:target/classes:$(cat "$CPF")" org.toycov.bench.SparkScaleBenchmark "$@" 2> >(grep -v WARN >&2)
