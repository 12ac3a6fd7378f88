#!/usr/bin/env bash
# A poison event (ProjectionOpsIT): a projection throws on one event; the dead-letter queue parks it (listed
# at /api/ops/dead-letters), every other event goes through, and the parked one is retried once fixed or evicted.
# Usage: ops/faults/poison-event.sh [--long] [maven arguments…]   (short: 1 other event, as in CI; long: 500)
set -euo pipefail
others=1
if [ "${1:-}" = "--long" ]; then others=500; shift; fi
exec "$(dirname "$0")/it.sh" 'ProjectionOpsIT#aFailingEventIsParked*' -Dwenping.faults.others="$others" "$@"
