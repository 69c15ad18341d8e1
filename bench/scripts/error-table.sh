#!/bin/sh
# Runs one bad value for every option of every cogs command and prints the closing-note table of
# issue 16: bad input | command | exit code | message (the first line of standard error; "(+N
# lines)" when more followed). The cases run in one JVM on the distribution's class path, each
# through dev.cogs.cli.Main.run as bin/cogs runs it (ErrorTableRunner.java), in a fresh temporary
# folder outside the repository. Usage, after the build (mvn -B -ntp -q -DskipTests package):
#     bench/scripts/error-table.sh [path/to/dist/target/cogs] > table.md
set -u
here=$(CDPATH='' cd -- "$(dirname -- "$0")" && pwd -P) || exit 1
dist=${1:-$here/../../dist/target/cogs}
[ -d "$dist/lib" ] || { echo "error-table.sh: $dist/lib is missing; build first" >&2; exit 1; }
work=$(mktemp -d "${TMPDIR:-/tmp}/cogs-error-table.XXXXXX") || exit 1
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1

# fixtures
printf '0,0\n1,1\n2,2\n' > ok.csv
printf 'nan,1\n1,2\n3,4\n' > nanfirst.csv
printf '0x10,1\n1,2\n' > hexfirst.csv
printf '1,2\n3\n' > ragged.csv
printf '0.5\n0.5\n' > w2.csv
printf '0,0\n1e200,1e200\n' > huge.csv
printf 'file\n' > afile
echo '{"category":{"objects":["X"]},"presheafs":[]}' > misspelt.json
echo '{"category":{"objects":["X"]},"presheaves":[{"varience":"copresheaf","sizes":{"X":1}}]}' > varience.json
echo '{"category":{"objects":["G"],"morphisms":[{"name":"a","dom":"G","cod":"G"}],"compose":[["a","a","id_G"],["a","a","a"]]}}' > dupcompose.json
python3 -c "print('['*5000 + ']'*5000)" > deep.json
python3 -c "import json; print(json.dumps({'category':{'objects':['o%d'%i for i in range(200000)]}}))" > big.json
echo '{"category":{"objects":["X"]},"presheaves":[{"sizes":{"X":2000000000}}]}' > fibre.json
echo '{"category":{"objects":["X"]},"presheaves":[{"sizes":{"X":2}}]}' > ok.json
echo 'not json' > notjson.json
echo '[[0,1],[1,1]]' > notgroup.json
python3 - <<'PY'
import numpy as np, os
r = np.random.default_rng(0)
for name, d, scale in [("net7", 7, 1.0), ("net8", 8, 1.0), ("big60", 7, 1e60), ("big120", 7, 1e120)]:
    os.makedirs(name, exist_ok=True)
    np.save(name + "/Ua.npy", r.standard_normal((16, d)) * scale)
    np.save(name + "/Ub.npy", r.standard_normal((16, d)) * scale)
    np.save(name + "/W.npy", r.standard_normal((d, 16)) * scale)
np.save("points3d.npy", np.zeros((2, 2, 2)))
open("trunc.npy", "wb").write(open("net7/Ua.npy", "rb").read()[:60])
PY
mkdir emptyrun

cases=$work/cases.tsv
: > "$cases"
row() {
    what=$1
    shift
    printf '%s\t%s\n' "$what" "$*" >> "$cases"
}

# --- construct ---
row "even d" construct --d 24
row "d < 3" construct --d 1
row "d not a number" construct --d x
row "d too large (hours)" construct --d 100001
row "d above the default limit" construct --d 1001
row "k0 out of range" construct --k0 12
row "k0 not a number" construct --k0 one
row "nu phase not finite" construct --nu-phase NaN
row "xi phase not finite" construct --xi-phase Infinity
row "negative memorisation limit" construct --memorisation-max-d -1
row "max-d below 3" construct --max-d 2
row "--json with a value" construct --json=maybe
row "unknown group" construct --group Z0x
row "two groups" construct --group Z5,Z7
row "--d and --group" construct --d 23 --group Z5xZ5
row "group table not a group" construct --group-table notgroup.json
row "group table missing" construct --group-table missing.json
row "misspelt option" construct --jsn
row "--debug adds the trace" construct --d 24 --debug

# --- reproduce (all refused before training) ---
row "seed twice" reproduce --seeds 1,1
row "seed twice in a range" reproduce --seeds 1-3,2
row "seeds not numbers" reproduce --seeds abc
row "decreasing range" reproduce --seeds 5-1
row "empty seed entry" reproduce --seeds 1,,2
row "d twice" reproduce --d 23,23
row "even d" reproduce --d 24
row "d not a number" reproduce --d x
row "q = 0" reproduce --q 0
row "d*d*q too large" reproduce --d 2001 --q 1024
row "negative wd" reproduce --wd -1
row "lr = 0" reproduce --lr 0
row "epochs = 0" reproduce --epochs 0
row "checkpoint after the last epoch" reproduce --epochs 10 --checkpoint 11
row "--out is a file" reproduce --out afile
row "--out cannot be created" reproduce --out /proc/cogs/report
row "group twice" reproduce --group Z5xZ5,Z5xZ5
row "--d and --group" reproduce --d 23 --group Z5xZ5
row "unknown group" reproduce --group G7
row "group table missing" reproduce --group-table missing.json
row "--quick with a value" reproduce --quick=often
row "--no-progress with a value" reproduce --no-progress=x
row "--save-checkpoints with a value" reproduce --save-checkpoints=x

# --- analyze ---
row "neither --weights nor --run" analyze
row "both --weights and --run" analyze --weights net7 --run emptyrun
row "weights missing" analyze --weights missing.npz
row "weights not a weight file" analyze --weights afile
row "truncated .npy" analyze --weights trunc.npy
row "net with even d" analyze --weights net8
row "loss overflows (x1e60)" analyze --weights big60
row "loss overflows (x1e120)" analyze --weights big120
row "bad --keys" analyze --weights net7 --keys Ux=a
row "--export without --weights" analyze --run emptyrun --export x.npz
row "bad --dtype" analyze --weights net7 --export x.npz --dtype int8
row "same run twice" analyze --run emptyrun --run emptyrun/.
row "run folder without checkpoints" analyze --run emptyrun
row "run folder missing" analyze --run missing
row "bad --pattern" analyze --run emptyrun --pattern 'model.pt'
row "negative --checkpoint" analyze --run emptyrun --checkpoint -1
row "--out is a file" analyze --run emptyrun --out afile
row "negative --wd" analyze --run emptyrun --wd -1
row "--lr = 0" analyze --run emptyrun --lr 0
row "unknown group" analyze --weights net7 --group Q7
row "group order != d" analyze --weights net7 --group Z5
row "--list on a missing file" analyze --weights missing.pt --list
row "--json with a value" analyze --weights net7 --json=x

# --- category ---
row "misspelt key" category --input misspelt.json
row "misspelt variance key" category --input varience.json
row "two compose entries for one pair" category --input dupcompose.json
row "nesting 5000 deep" category --input deep.json
row "200 000 objects" category --input big.json
row "fibre of 2e9 elements" category --input fibre.json
row "not JSON" category --input notjson.json
row "input missing" category --input missing.json
row "input is a folder" category --input emptyrun
row "--out is a file" category --out afile
row "--out cannot be created" category --out /proc/cogs/x
row "--export is a folder" category --export emptyrun
row "--export cannot be created" category --export /proc/cogs/x.json
row "--export and --input" category --export x.json --input ok.json
row "unknown --model" category --model R3
row "--max-morphisms 0" category --input ok.json --max-morphisms 0
row "--max-elements 0" category --input ok.json --max-elements 0
row "--json with a value" category --json=x

# --- ot ---
row "first row nan" ot nanfirst.csv ok.csv
row "first row 0x10" ot hexfirst.csv ok.csv
row "ragged CSV" ot ragged.csv ok.csv
row "missing file" ot missing.csv ok.csv
row "3-D .npy" ot points3d.npy ok.csv
row "truncated .npy" ot trunc.npy ok.csv
row "one file only" ot ok.csv
row "--p 0" ot --p 0 ok.csv ok.csv
row "--p not a number" ot --p abc ok.csv ok.csv
row "cost overflows" ot huge.csv ok.csv
row "unknown method" ot -m wasserstein ok.csv ok.csv
row "method twice" ot -m exact,exact ok.csv ok.csv
row "sinkhorn without epsilon" ot -m sinkhorn ok.csv ok.csv
row "--epsilon 0" ot -e 0 ok.csv ok.csv
row "--max-iter 0" ot -e 1 --max-iter 0 ok.csv ok.csv
row "--tol -1" ot -e 1 --tol -1 ok.csv ok.csv
row "--log-domain with a value" ot --log-domain=x ok.csv ok.csv
row "--threads 0" ot --threads 0 ok.csv ok.csv
row "--projections 0" ot -m sliced --projections 0 ok.csv ok.csv
row "--seed not a number" ot --seed x ok.csv ok.csv
row "source weights: wrong count" ot --source-weights w2.csv ok.csv ok.csv
row "target weights missing" ot --target-weights missing.csv ok.csv ok.csv
row "weights column on 1 column" ot --weights-column w2.csv w2.csv
row "weights file and column" ot --weights-column --source-weights w2.csv ok.csv ok.csv
row "--max-pairs 0" ot --max-pairs 0 ok.csv ok.csv
row "cost matrix above --max-pairs" ot --max-pairs 4 ok.csv ok.csv
row "--json with a value" ot --json=x ok.csv ok.csv

# --- rgflow (all refused before sampling) ---
row "unknown theory" rgflow --theory PHI6
row "--dim 3" rgflow --dim 3
row "--side 1" rgflow --side 1
row "--side too large" rgflow --dim 2 --side 100
row "--m2 0" rgflow --m2 0
row "--coupling NaN" rgflow --coupling NaN
row "--t-max 0" rgflow --t-max 0
row "--t-points 0" rgflow --t-points 0
row "--tau 0" rgflow --tau 0
row "--samples 1" rgflow --samples 1
row "--inner odd" rgflow --inner 3
row "--seed not a number" rgflow --seed x
row "unknown --jko-maps" rgflow --jko-maps SPLINE
row "--out is a file" rgflow --out afile
row "--out cannot be created" rgflow --out /proc/cogs/x
row "--json with a value" rgflow --json=x

# --- yoneda (all refused before the experiment) ---
row "even d" yoneda --d 12
row "d = 3" yoneda --d 3
row "budget 0" yoneda --budgets 1,0
row "budget not a number" yoneda --budgets 1,x
row "budget twice" yoneda --budgets 1,1
row "--restarts 0" yoneda --restarts 0
row "--steps 0" yoneda --steps 0
row "--out is a file" yoneda --out afile --quick
row "--out cannot be created" yoneda --out /proc/cogs/x --quick
row "--quick with a value" yoneda --quick=x
row "--json with a value" yoneda --json=x

# --- bench ---
row "unknown bench" bench speed
row "bench construct: size 0" bench construct --sizes 0
row "bench construct: --repetitions 0" bench construct --repetitions 0
row "bench construct: --warmup -1" bench construct --warmup -1
row "bench construct: --data-space-max-d x" bench construct --data-space-max-d x
row "bench construct: --no-peer=x" bench construct --no-peer=x
row "bench train: --d x" bench train --d x
row "bench train: even --d" bench train --d 24
row "bench train: --q 0" bench train --q 0
row "bench train: --rounds 0" bench train --rounds 0
row "bench train: --blas-threads 0" bench train --blas-threads 0
row "bench train: --peer-threads 0" bench train --peer-threads 0
row "bench train: --sgemm-size 0" bench train --sgemm-size 0
row "bench train: --peer-script missing" bench train --peer-script missing.py --rounds 1
row "bench category: --repetitions 0" bench category --repetitions 0
row "bench category: --brute-limit x" bench category --brute-limit x
row "bench category: --seed x" bench category --seed x
row "bench category: --json=x" bench category --json=x
row "bench ot: --best-of 0" bench ot --best-of 0
row "bench ot: --runs -1" bench ot --runs -1
row "bench ot: --threads 0" bench ot --threads 0
row "bench ot: --sizes 1" bench ot --sizes 1
row "bench ot: --online-size 1" bench ot --online-size 1
row "bench ot: --online-iterations -1" bench ot --online-iterations -1
row "bench ot: --check-size 1" bench ot --check-size 1
row "bench ot: --python x" bench ot --python x --no-fork --sizes 2 --best-of 1 --online-size 0 --check-size 0
row "bench ot: --no-fork=x" bench ot --no-fork=x
row "bench ot: --no-peer=x" bench ot --no-peer=x
row "bench ot: --json=x" bench ot --json=x

echo "| bad input | command | exit code | message |"
echo "|---|---|---|---|"
java -Djava.awt.headless=true -cp "$dist/lib/*" "$here/ErrorTableRunner.java" "$cases" "$work"
