#!/usr/bin/env bash
# Runs org.toycov.spark.SparkToys in Spark local mode without a Spark install, from Maven's
# test classpath (spark-core is a provided dependency: on the test classpath, not in the plugin).
#
# Usage: bench/spark-local.sh inputs=run.toys toys=1e8 [tasks=N] [spark_master=local[2]] [summary_dir=D] [save_summary=F]
#        bench/spark-local.sh --feldman-cousins model=M cl=0.9 x_max=3 x_step=0.1 seed=1 toys=1e4 [save_summary=F]
# spark_master defaults to local[*]. The --add-opens are the ones spark-submit adds on Java 17.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
CPF=target/spark-classpath.txt
if [ ! -f target/classes/org/toycov/spark/SparkToys.class ] || [ ! -f "$CPF" ] || [ pom.xml -nt "$CPF" ]; then
	echo "building..." >&2
	mvn -B -q -DskipTests compile >&2
	mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$CPF" >/dev/null
fi
CLASS=org.toycov.spark.SparkToys
if [ "${1:-}" = "--feldman-cousins" ]; then CLASS=org.toycov.spark.SparkFeldmanCousins; shift; fi
args=("$@")
case " $* " in *" spark_master="*) ;; *) args+=("spark_master=local[*]") ;; esac
OPENS=""
for p in java.lang java.lang.invoke java.lang.reflect java.io java.net java.nio java.util java.util.concurrent \
	java.util.concurrent.atomic jdk.internal.ref sun.nio.ch sun.nio.cs sun.security.action sun.util.calendar; do
	OPENS="$OPENS --add-opens=java.base/$p=ALL-UNNAMED"
done
# shellcheck disable=SC2086
exec java $OPENS -Djdk.reflect.useDirectMethodHandle=false -Dspark.ui.enabled=false -Dlog4j2.level=WARN \
	-cp "target/classes:$(cat "$CPF")" "$CLASS" "${args[@]}"
