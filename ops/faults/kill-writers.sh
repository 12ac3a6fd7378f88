#!/usr/bin/env bash
# kill -9 during eight concurrent writers (KillIT): the packaged jar on a temporary data directory, SIGKILL once
# per round while eight clients register matters; after a restart every acknowledged registration is there and
# whole, /api/ops/integrity passes (positions gapless, chain and signatures intact) and every projection stands
# exactly at the store's head. Also: a second instance on the data directory and a repeated --wenping.data-dir
# each end with one sentence.
# Usage: ops/faults/kill-writers.sh [--long] [maven arguments…]   (short: 1 round, as in CI; long: 5 rounds)
set -euo pipefail
rounds=1
if [ "${1:-}" = "--long" ]; then rounds=5; shift; fi
exec "$(dirname "$0")/it.sh" KillIT -Dwenping.faults.rounds="$rounds" "$@"
