#!/usr/bin/env bash
# Two application processes on one store with a clock skew and slow commits (TwoInstancesIT): the second
# process connects to the first's embedded server (a second process on the same data file is refused by
# design), its clock 3 minutes ahead, both holding some commits up to 300 ms between durable and visible;
# eight clients per process register matters. No projection skips or repeats an event; the store verifies.
# Usage: ops/faults/two-instances.sh [--long] [maven arguments…]   (short: 300 registrations per process; long: 5 000)
set -euo pipefail
registrations=300
if [ "${1:-}" = "--long" ]; then registrations=5000; shift; fi
exec "$(dirname "$0")/it.sh" TwoInstancesIT -Dwenping.faults.registrations="$registrations" "$@"
