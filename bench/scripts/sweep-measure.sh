#!/bin/sh
# The measurements of cogs sweep (docs/sweeps.md §7), with the built distribution (./cogs at the repository
# root; build it first: mvn -B -ntp -q -DskipTests package). Run from the repository root:
#
#   bench/scripts/sweep-measure.sh [a|b|c|d|all]      (default all; WORK=folder, default sweep-measure)
#
#   a  acceptance: the 8-run sweep (d 23, q 256,512, wd 5e-5,1e-4, seeds 1-2, 2000 epochs) on embedded Spark
#      and on the local engine: per-run records (timings aside) and weights compared byte for byte; then
#      cogs reproduce with the same settings finds every run cached (same keys, same engine key).
#   b  a Spark sweep of the same 8 runs killed with SIGKILL after 3 finished runs, then started again: it
#      reports what was finished, recomputes nothing of it, and ends with the records of (a).
#   c  overhead: the same 8 runs with 10 000 epochs, local then embedded Spark (start-up included), wall
#      times and their ratio spark/local (acceptance: <= 1.3), and the two sweeps' records compared; two
#      separate cogs processes, so JVM start-up counts too. `cogs bench sweep` measures the same in one JVM
#      (after a warm-up) and prints it with the machine, commit and load (docs/performance.md, Sweeps).
#   d  the Fig. 4 row d = 23, q = 512, wd {1e-5,5e-5,1e-4,2e-4,5e-4}, seeds 1-5 (25 runs), and the q axis
#      {256,512,1024,2048} at wd 5e-5, seeds 1-5 (20 runs; the cells shared with the row and with (c) are
#      not retrained): cells.csv of each.
set -eu
COGS=${COGS:-./cogs}
W=${WORK:-sweep-measure}
part=${1:-all}
mkdir -p "$W"
AXES="--d 23 --q 256,512 --wd 5e-5,1e-4 --seeds 1-2 --no-progress"

# compare A B: run folders (weights byte for byte, run.json without its timing) and sweep.json without timings
compare() {
    python3 - "$1" "$2" <<'PY'
import json, os, re, sys, filecmp
a, b = sys.argv[1], sys.argv[2]
ka = sorted(k for k in os.listdir(os.path.join(a, "runs")) if not k.startswith("."))
kb = sorted(k for k in os.listdir(os.path.join(b, "runs")) if not k.startswith("."))
assert ka == kb, ("different runs", ka, kb)
for k in ka:
    for w in ("Ua.npy", "Ub.npy", "W.npy"):
        assert filecmp.cmp(os.path.join(a, "runs", k, w), os.path.join(b, "runs", k, w), shallow=False), (k, w)
    ra = json.load(open(os.path.join(a, "runs", k, "run.json"))); ra.pop("nanos")
    rb = json.load(open(os.path.join(b, "runs", k, "run.json"))); rb.pop("nanos")
    assert ra == rb, ("run.json differs", k)
def untimed(d):
    j = json.load(open(os.path.join(d, "sweep.json")))
    for r in j["runs"]:
        r.pop("seconds")
    return j
assert untimed(a) == untimed(b), "sweep.json differs"
print("identical: %d runs (weights byte for byte, records and sweep.json timings aside)" % len(ka))
PY
}

if [ "$part" = a ] || [ "$part" = all ]; then
    rm -rf "$W/a-spark" "$W/a-local"
    $COGS sweep $AXES --epochs 2000 --engine spark --out "$W/a-spark"
    $COGS sweep $AXES --epochs 2000 --engine local --out "$W/a-local"
    compare "$W/a-spark" "$W/a-local"
    for q in 256 512; do
        for wd in 5e-5 1e-4; do
            $COGS reproduce --d 23 --q $q --wd $wd --seeds 1-2 --epochs 2000 --no-progress \
                --out "$W/a-spark" | grep ': cached' || { echo "reproduce did not find the sweep's runs"; exit 1; }
        done
    done
fi

if [ "$part" = b ] || [ "$part" = all ]; then
    rm -rf "$W/b"
    $COGS sweep $AXES --epochs 2000 --engine spark --out "$W/b" > "$W/b-first.log" 2>&1 &
    pid=$!
    while [ "$(ls "$W/b/runs" 2>/dev/null | grep -vc '^\.' || true)" -lt 3 ]; do sleep 1; done
    kill -KILL $pid
    wait $pid || true
    echo "killed after $(ls "$W/b/runs" | grep -vc '^\.') finished runs; left: $(ls -a "$W/b/runs" | grep -c '^\.tmp' || true) temporary folder(s)"
    $COGS sweep $AXES --epochs 2000 --engine spark --out "$W/b" | tee "$W/b-second.log"
    compare "$W/b" "$W/a-local"
fi

if [ "$part" = c ] || [ "$part" = all ]; then
    rm -rf "$W/c-local" "$W/c-spark"
    t0=$(date +%s.%N)
    $COGS sweep $AXES --epochs 10000 --engine local --out "$W/c-local" > "$W/c-local.log"
    t1=$(date +%s.%N)
    $COGS sweep $AXES --epochs 10000 --engine spark --out "$W/c-spark" > "$W/c-spark.log"
    t2=$(date +%s.%N)
    python3 -c "l=$t1-$t0; s=$t2-$t1; print('overhead: local %.1f s, spark %.1f s, spark/local %.3f' % (l, s, s/l))"
    compare "$W/c-local" "$W/c-spark"
fi

if [ "$part" = d ] || [ "$part" = all ]; then
    mkdir -p "$W/d-row/runs" "$W/d-q"
    [ -d "$W/c-local/runs" ] && cp -rn "$W/c-local/runs/." "$W/d-row/runs/"
    [ -e "$W/d-q/runs" ] || ln -s "$(cd "$W/d-row" && pwd)/runs" "$W/d-q/runs"
    $COGS sweep --d 23 --q 512 --wd 1e-5,5e-5,1e-4,2e-4,5e-4 --seeds 1-5 --epochs 10000 --lr 0.01 \
        --no-progress --out "$W/d-row"
    $COGS sweep --d 23 --q 256,512,1024,2048 --wd 5e-5 --seeds 1-5 --epochs 10000 --lr 0.01 \
        --no-progress --out "$W/d-q"
    cat "$W/d-row/cells.csv" "$W/d-q/cells.csv"
fi
