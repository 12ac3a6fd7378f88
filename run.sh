#!/usr/bin/env bash
# Builds Wenping if the jar is missing or older than the sources, then starts it on the embedded store
# (./data) with the demo profile and the demo year of 酒泉市 at http://localhost:8080. Extra arguments
# go to the application, e.g. ./run.sh --server.port=9090 --wenping.data-dir=/srv/wenping
set -euo pipefail
cd "$(dirname "$0")"
jar=ops/application/target/wenping.jar
if [ ! -f "$jar" ] || [ -n "$(find . -path ./data -prune -o \( -name '*.java' -o -name '*.yml' -o -name 'pom.xml' \) -newer "$jar" -print -quit)" ]; then
  mvn -B -q -DskipTests package -pl ops/application -am
fi
exec java -jar "$jar" --spring.profiles.active=demo --wenping.demo-data=true "$@"
