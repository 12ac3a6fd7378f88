#!/usr/bin/env bash
# Runs one fault test of ops/application through Maven: builds the reactor up to the packaged jar
# (ops/application/target/wenping.jar), skips every unit test and runs only the named integration test.
# Extra arguments go to Maven (-o to stay offline, -Dwenping.faults.*=… for the long mode).
# Usage: ops/faults/it.sh <TestClass[#method]> [maven arguments…]
set -euo pipefail
cd "$(dirname "$0")/../.."
test=$1
shift
exec mvn -B -pl ops/application -am verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
  -Dfailsafe.failIfNoSpecifiedTests=false -Dit.test="$test" "$@"
