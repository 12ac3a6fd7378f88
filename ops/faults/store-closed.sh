#!/usr/bin/env bash
# The store file fails under load and comes back (StoreClosedIT): H2 closes its file after a write it could
# not make (an unwritable file, a full disk); the test closes it so under four writers and a reader. Every
# answer meanwhile is a success or 503 problem+json STORE_UNAVAILABLE, never 500; health is DOWN; the
# application reopens the file without a restart; every acknowledged write is there and the store verifies.
# Usage: ops/faults/store-closed.sh [--long] [maven arguments…]   (short: 1 outage, as in CI; long: 5 outages)
set -euo pipefail
outages=1
if [ "${1:-}" = "--long" ]; then outages=5; shift; fi
exec "$(dirname "$0")/it.sh" StoreClosedIT -Dwenping.faults.outages="$outages" "$@"
