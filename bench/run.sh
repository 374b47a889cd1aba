#!/usr/bin/env bash
# Reproduces the ratings-pipeline benchmark: the Spring Batch jar against a pandas script doing the
# same work, on synthetic ILACS inspection files of 10k, 100k and 1M rows, several shapes of file,
# and the nightly run on the bundled folder input/inspections. See bench/README.md.
#
# Settings (environment):
#   BENCH_REPEATS  runs per size and program, medians are reported (default 3)
#   BENCH_SIZES    row counts to generate (default "10000 100000 1000000")
#   BENCH_SHAPES   other shapes of file run at BENCH_SHAPE_SIZES, each against the unique file of
#                  that size (default "duplicates rejected one-authority wide files"; "" skips them)
#   BENCH_SHAPE_SIZES row counts for the shapes (default "100000"; each should be in BENCH_SIZES)
#   BENCH_COPIES   rows of the visit-copies and spend-copies shapes' visits and spend files (default 20000)
#   BENCH_STARTUP  1 = also time `bin/ratings-pipeline --help` for the JVM start-up cost (default 1)
#   BENCH_FLOOR    1 = also time bench/StoreFloor.java, H2 alone holding the largest size's rows in the
#                  pipeline's table (default 1)
#   BENCH_AS_OF    reporting date (default 2026-03-31)
#   BENCH_SEED     generator seed (default 42)
#   BENCH_REGISTER / BENCH_REGIONS  register and regions CSV (default: found under
#                  src/main/resources or input/)
#   BENCH_PIPELINE the command that runs the pipeline (default bin/ratings-pipeline, the README's;
#                  JAVA_HOME picks the JDK). Every run gets a 256 MB heap cap via RATINGS_JAVA_OPTS.
# Scratch files go to bench/work/ only (ignored by git).
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BENCH_DIR/.." && pwd)"
cd "$ROOT"

REPEATS="${BENCH_REPEATS:-3}"
SIZES="${BENCH_SIZES:-10000 100000 1000000}"
STARTUP="${BENCH_STARTUP:-1}"
FLOOR="${BENCH_FLOOR:-1}"
SHAPES="${BENCH_SHAPES-duplicates rejected one-authority wide files visit-copies spend-copies}"
COPIES="${BENCH_COPIES:-20000}"
BUNDLED_VISITS=input/visits/ofsted-la-visits-2021-to-2025.csv
BUNDLED_SPEND=input/spend.csv
SHAPE_SIZES="${BENCH_SHAPE_SIZES:-100000}"
AS_OF="${BENCH_AS_OF:-2026-03-31}"
SEED="${BENCH_SEED:-42}"
PIPELINE="${BENCH_PIPELINE:-bin/ratings-pipeline}"
JAR=target/ratings-pipeline.jar
export RATINGS_JAVA_OPTS="-Xmx256m"
# The nightly run: the bundled folder of inspection files (with the bundled spend and visits files).
NATIONAL=input/inspections
# The pandas script reads the ILACS summary layout only: of the folder, the Data to Insight summary file.
NATIONAL_PANDAS_FILE=input/inspections/03-ilacs-judgements.csv
WORK=bench/work
PY=/usr/bin/python3
TIME=/usr/bin/time

die() { echo "run.sh: $*" >&2; exit 1; }
log() { echo "$*" >&2; }

[[ "$REPEATS" =~ ^[1-9][0-9]*$ ]] || die "BENCH_REPEATS must be a positive integer, not '$REPEATS'"
for n in $SIZES; do [[ "$n" =~ ^[1-9][0-9]*$ ]] || die "BENCH_SIZES: '$n' is not a row count"; done

# ---------------------------------------------------------------- prerequisites
APT_UPDATED=0
apt_install() {
    [ "$(id -u)" = 0 ] || die "need root to install $* (apt-get)"
    if [ "$APT_UPDATED" = 0 ]; then
        apt-get update -qq >/dev/null
        APT_UPDATED=1
    fi
    log "installing $* (apt-get)"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}
if ! [ -x "$PY" ] || ! "$PY" -c 'import pandas, openpyxl' 2>/dev/null; then
    apt_install python3-pandas python3-openpyxl
fi
[ -x "$TIME" ] || apt_install time

if [ ! -f "$JAR" ] || [ ! -f target/app/ratings-pipeline.jsa ]; then
    log "building $JAR and target/app (./mvnw -B -q -DskipTests package)"
    if [ -x ./mvnw ]; then ./mvnw -B -q -DskipTests package; else sh ./mvnw -B -q -DskipTests package; fi
fi
[ -f "$JAR" ] || die "$JAR not found after the build"

# The project's own copies of the reference data (the benchmark does not read ../shared).
find_ref() { # name...: first match under src/main/resources or input/
    local name
    for name in "$@"; do
        { find src/main/resources input -type f -name "$name" 2>/dev/null || true; } | sort | sed -n 1p
    done | sed -n 1p
}
REGISTER="${BENCH_REGISTER:-$(find_ref local-authorities.csv las.csv)}"
REGIONS="${BENCH_REGIONS:-$(find_ref regions.csv)}"
[ -n "$REGISTER" ] && [ -f "$REGISTER" ] || die "no local-authorities.csv under src/main/resources or input/; set BENCH_REGISTER"
[ -n "$REGIONS" ] && [ -f "$REGIONS" ] || die "no regions.csv under src/main/resources or input/; set BENCH_REGIONS"

mkdir -p "$WORK"

# ---------------------------------------------------------------- helpers
# time_run PREFIX CMD...: runs CMD under /usr/bin/time -v; stdout, stderr and the timing report go
# to PREFIX.out, PREFIX.err, PREFIX.time. Sets WALL (s) and RSS_MB; returns CMD's exit status.
time_run() {
    local prefix=$1; shift
    local status=0
    "$TIME" -v -o "$prefix.time" "$@" >"$prefix.out" 2>"$prefix.err" || status=$?
    WALL=$(awk -F': ' '/Elapsed \(wall clock\) time/ {
              n = split($NF, p, ":"); s = 0
              for (i = 1; i <= n; i++) s = s * 60 + p[i]
              printf "%.2f", s }' "$prefix.time")
    RSS_MB=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $NF / 1024 }' "$prefix.time")
    WALL=${WALL:-0}; RSS_MB=${RSS_MB:-0}
    return "$status"
}

median() { # numbers as arguments
    printf '%s\n' "$@" | sort -g | awk '{ a[NR] = $1 } END {
        if (NR == 0) exit
        if (NR % 2) printf "%.2f", a[(NR + 1) / 2]; else printf "%.2f", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
}

# Rejected-row count from a program's stdout: the last line mentioning "rejected" that carries a
# number ("rejected 100", "rejected: 100", "rejected=1,000", "100 rejected", "100 rows rejected").
parse_rejected() {
    local line n
    while IFS= read -r line; do
        n=$(grep -oiE 'rejected( rows)?[ :=]*[0-9][0-9,]*' <<<"$line" | sed -n 1p | grep -oE '[0-9][0-9,]*$' || true)
        [ -n "$n" ] || n=$(grep -oiE '[0-9][0-9,]*( [a-z]+)? rejected' <<<"$line" | sed -n 1p | grep -oE '^[0-9][0-9,]*' || true)
        if [ -n "$n" ]; then echo "${n//,/}"; return; fi
    done < <(grep -i 'rejected' "$1" | tac || true)
    echo "?"
}

# "loaded | rejected | taken" summed over the inspection files of the run's summary line (not the spend file).
inspection_counts() {
    grep -E '^ratings-pipeline: run' "$1" | tail -n 1 | tr ';' '\n' | grep -v 'spend' | awk '
        { for (i = 1; i <= NF; i++) {
              if ($(i + 1) ~ /^loaded/) l += $i
              if ($(i + 1) ~ /^rejected/) r += $i
              if ($(i + 1) == "taken") t += $i } }
        END { printf "%d | %d | %d", l, r, t }'
}

count_rows() { # CSV records after the header (quoted line breaks allowed)
    "$PY" -c 'import csv, sys
with open(sys.argv[1], newline="", encoding="utf-8-sig", errors="replace") as f:
    print(max(sum(1 for _ in csv.reader(f)) - 1, 0))' "$1"
}

declare -A ROWS WALLS RSSES REJ STATUS BEYOND
FAILED=0

# bench LABEL PROGRAM RUN PREFIX CMD...: one timed run, recorded under LABEL|PROGRAM.
bench() {
    local label=$1 prog=$2 run=$3 prefix=$4; shift 4
    local key="$label|$prog"
    [ "${STATUS[$key]:-ok}" = ok ] || return 0   # an earlier run of this pair failed: skip
    if time_run "$prefix" "$@"; then
        WALLS[$key]="${WALLS[$key]:-} $WALL"
        # Spring Boot logs when the application is up: "(process running for 1.05)"; the rest of the
        # wall time is the job itself, beyond JVM and Spring start-up
        local up
        up=$(grep -oE 'process running for [0-9.]+' "$prefix.out" | sed -n 1p | grep -oE '[0-9.]+$' || true)
        [ -z "$up" ] || BEYOND[$key]="${BEYOND[$key]:-} $(awk -v w="$WALL" -v u="$up" 'BEGIN { printf "%.2f", w - u }')"
        RSSES[$key]="${RSSES[$key]:-} $RSS_MB"
        [ -n "${REJ[$key]:-}" ] || REJ[$key]=$(parse_rejected "$prefix.out")
        STATUS[$key]=ok
        log "  $label $prog run $run/$REPEATS: ${WALL} s, ${RSS_MB} MB"
    else
        local rc=$?
        STATUS[$key]="FAIL($rc)"
        FAILED=1
        log "  $label $prog run $run/$REPEATS FAILED (exit $rc): $*"
        log "  --- stderr tail ($prefix.err) ---"
        tail -n 25 "$prefix.err" >&2 || true
        log "  --- stdout tail ($prefix.out) ---"
        tail -n 5 "$prefix.out" >&2 || true
    fi
}

run_pipeline() { # LABEL FILE [ARG...]: FILE may be a folder of inspection files
    local label=$1 file=$2 r db reports
    shift 2
    for ((r = 1; r <= REPEATS; r++)); do
        db="$WORK/db-$label-$r"
        reports="$WORK/reports-$label"
        rm -rf "$db" "$reports"
        bench "$label" pipeline "$r" "$WORK/pipeline-$label-$r" \
            "$PIPELINE" --inspections="$file" --as-of="$AS_OF" \
            --reports="$reports" --spring.datasource.url="jdbc:h2:file:./$db/ratings" "$@"
    done
}

run_pandas() { # LABEL FILE
    local label=$1 file=$2 r
    for ((r = 1; r <= REPEATS; r++)); do
        bench "$label" pandas "$r" "$WORK/pandas-$label-$r" \
            "$PY" bench/reference_pandas.py --inspections "$file" --register "$REGISTER" \
            --regions "$REGIONS" --as-of "$AS_OF" --out "$WORK/pandas-$label.xlsx"
    done
}

# ---------------------------------------------------------------- JVM start-up (optional)
STARTUP_S=""
if [ "$STARTUP" = 1 ]; then
    log "JVM start-up: $PIPELINE --help"
    for ((r = 1; r <= REPEATS; r++)); do
        bench startup pipeline "$r" "$WORK/startup-$r" "$PIPELINE" --help
    done
    [ "${STATUS[startup|pipeline]}" = ok ] && STARTUP_S=$(median ${WALLS[startup|pipeline]})
fi

# generate OUT ROWS [ARG...]: the generator's file (or folder, with --files) unless it is up to date
generate() {
    local out=$1 n=$2 name
    shift 2
    name=$(basename "$out")
    if [ ! -s "$out" ] || [ bench/generate_inspections.py -nt "$out" ] || [ "$REGISTER" -nt "$out" ]; then
        rm -rf "$out.tmp"
        time_run "$WORK/generate-$name" "$PY" bench/generate_inspections.py --rows "$n" --out "$out.tmp" \
            --seed "$SEED" --register "$REGISTER" "$@" || { tail -n 25 "$WORK/generate-$name.err" >&2; die "generator failed for $name"; }
        rm -rf "$out"
        mv "$out.tmp" "$out"
        log "generated $out: $WALL s, $RSS_MB MB"
    fi
}

# ---------------------------------------------------------------- synthetic sizes
LABELS=()
for n in $SIZES; do
    f="$WORK/inspections-$n.csv"
    generate "$f" "$n"
    ROWS[$n]=$n
    LABELS+=("$n")
    log "size $n"
    run_pipeline "$n" "$f"
    run_pandas "$n" "$f"
done

# ---------------------------------------------------------------- the store's floor (optional)
# H2 alone, holding as many rows as the largest size in the pipeline's own table (schema.sql) through its own
# insert (sql/inspection-insert.sql), chunk by chunk as the import commits them: the part of a run that no
# change to the rest of the pipeline removes. Without the table's index too, for what the index costs.
FLOOR_N=""
if [ "$FLOOR" = 1 ]; then
    FLOOR_N=$(printf '%s\n' $SIZES | sort -n | tail -n 1)
    H2_JAR=$(ls target/app/lib/h2-*.jar | sed -n 1p)
    CHUNK=$(awk '/^  chunk-size:/ { print $2 }' src/main/resources/application.yml)
    log "store floor: $FLOOR_N rows, chunks of $CHUNK ($H2_JAR)"
    for ((r = 1; r <= REPEATS; r++)); do
        if time_run "$WORK/floor-$r" "${JAVA_HOME:+$JAVA_HOME/bin/}java" $RATINGS_JAVA_OPTS -XX:+UseParallelGC \
                -cp "$H2_JAR" bench/StoreFloor.java "$FLOOR_N" "$CHUNK" "$WORK"; then
            read -r _ _ with without < "$WORK/floor-$r.out"
            WALLS[floor|index]="${WALLS[floor|index]:-} $with"
            WALLS[floor|no-index]="${WALLS[floor|no-index]:-} $without"
            log "  floor run $r/$REPEATS: $with s, $without s without the index"
        else
            FAILED=1
            log "  floor run $r/$REPEATS FAILED"; tail -n 25 "$WORK/floor-$r.err" >&2 || true
            break
        fi
    done
fi

# ---------------------------------------------------------------- shapes of file
# Each shape has as many rows as the unique file of its size (the several-files shape: the unique
# rows split over 4 files by authority, 20% of the rows of files 1-3 repeated in the next file, so
# 15% more rows read); the ratio to the unique file shows a step that grows faster than the rows.
SHAPE_LABELS=()
declare -A SHAPE_OF
for n in $SHAPE_SIZES; do
    for shape in $SHAPES; do
        label="$shape-$n"
        extra=()
        case "$shape" in
            files) f="$WORK/inspections-$n-files"; generate "$f" "$n" --files 4 ;;
            duplicates|rejected|one-authority|wide) f="$WORK/inspections-$n-$shape.csv"; generate "$f" "$n" --shape "$shape" ;;
            visit-copies|spend-copies)
                # The unique inspections with a visits (or spend) file of one bundled row written COPIES times.
                f="$WORK/inspections-$n.csv"
                generate "$f" "$n"
                copies="$WORK/$shape-$COPIES.csv"
                if [ "$shape" = visit-copies ]; then src=$BUNDLED_VISITS; option=--visits; else src=$BUNDLED_SPEND; option=--spend; fi
                [ -f "$src" ] || die "$shape: no $src to copy a row of"
                awk -v n="$COPIES" 'NR == 1 { print; next } NR == 2 { for (i = 0; i < n; i++) print; exit }' "$src" > "$copies"
                extra=("$option=$copies") ;;
            *) die "BENCH_SHAPES: unknown shape '$shape'" ;;
        esac
        # The one-authority shape's 90,000 rows of one authority run one a day to 2264 (see the generator).
        [ "$shape" != one-authority ] || extra=(--ratings.inspection-dates.years-ahead=250)
        if [ -d "$f" ]; then ROWS[$label]=$(( $(cat "$f"/*.csv | wc -l) - $(ls "$f"/*.csv | wc -l) )); else ROWS[$label]=$(count_rows "$f"); fi
        SHAPE_OF[$label]=$n
        SHAPE_LABELS+=("$label")
        log "shape $label"
        run_pipeline "$label" "$f" "${extra[@]}"
    done
done

# ---------------------------------------------------------------- the real national files
if [ -d "$NATIONAL" ]; then
    LABELS+=(national)
    ROWS[national]=0
    for f in "$NATIONAL"/*.csv; do
        ROWS[national]=$(( ${ROWS[national]} + $(count_rows "$f") ))
    done
    log "national ($NATIONAL, ${ROWS[national]} rows in $(ls "$NATIONAL"/*.csv | wc -l) files)"
    run_pipeline national "$NATIONAL"
    if [ -f "$NATIONAL_PANDAS_FILE" ]; then
        log "  pandas reads $NATIONAL_PANDAS_FILE only (the one file of the folder in its layout)"
        run_pandas national "$NATIONAL_PANDAS_FILE"
    fi
else
    log "no $NATIONAL folder: national run skipped"
fi

# ---------------------------------------------------------------- report
{
    echo "## ratings-pipeline benchmark"
    echo
    echo "$(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) cores, $REPEATS runs each (medians), as at $AS_OF," \
        "$("${JAVA_HOME:+$JAVA_HOME/bin/}java" -version 2>&1 | sed -n 1p), pandas $("$PY" -c 'import pandas; print(pandas.__version__)')"
    echo
    if [ -n "$STARTUP_S" ]; then
        echo "JVM start-up (\`$PIPELINE --help\` with $RATINGS_JAVA_OPTS, median): $STARTUP_S s"
        echo
    fi
    echo "| size | program | rows | median wall (s) | rows/s | median peak RSS (MB) | rejected rows |"
    echo "|---|---|---:|---:|---:|---:|---:|"
    for label in "${LABELS[@]}"; do
        for prog in pipeline pandas; do
            key="$label|$prog"
            st="${STATUS[$key]:-}"
            [ -n "$st" ] || continue
            if [ "$st" = ok ]; then
                w=$(median ${WALLS[$key]})
                m=$(median ${RSSES[$key]})
                rps=$(awk -v r="${ROWS[$label]}" -v w="$w" 'BEGIN { if (w > 0) printf "%.0f", r / w; else print "-" }')
                echo "| $label | $prog | ${ROWS[$label]} | $w | $rps | $(printf '%.0f' "$m") | ${REJ[$key]:-?} |"
            else
                echo "| $label | $prog | ${ROWS[$label]} | $st | - | - | - |"
            fi
        done
    done
    echo
    echo "| size | pipeline (s) | pandas (s) | pipeline / pandas | pipeline beyond JVM and Spring start-up (s) |$( [ -n "$STARTUP_S" ] && echo ' pipeline beyond JVM start-up (s) |')"
    echo "|---|---:|---:|---:|---:|$( [ -n "$STARTUP_S" ] && echo '---:|')"
    for label in "${LABELS[@]}"; do
        [ "${STATUS[$label|pipeline]:-}" = ok ] && p=$(median ${WALLS[$label|pipeline]}) || p="${STATUS[$label|pipeline]:--}"
        [ "${STATUS[$label|pandas]:-}" = ok ] && q=$(median ${WALLS[$label|pandas]}) || q="${STATUS[$label|pandas]:--}"
        ratio=$(awk -v p="$p" -v q="$q" 'BEGIN { if (p ~ /^[0-9.]+$/ && q ~ /^[0-9.]+$/ && q > 0) printf "%.2f", p / q; else print "-" }')
        b=$( [ -n "${BEYOND[$label|pipeline]:-}" ] && median ${BEYOND[$label|pipeline]} || echo "-")
        line="| $label | $p | $q | $ratio | $b |"
        if [ -n "$STARTUP_S" ]; then
            line="$line $(awk -v p="$p" -v s="$STARTUP_S" 'BEGIN { if (p ~ /^[0-9.]+$/) printf "%.2f", p - s; else print "-" }') |"
        fi
        echo "$line"
    done
    if [ -n "$FLOOR_N" ] && [ -n "${WALLS[floor|index]:-}" ]; then
        f=$(median ${WALLS[floor|index]})
        g=$(median ${WALLS[floor|no-index]})
        echo
        echo "The store's floor (\`bench/StoreFloor.java\`, median): H2 alone takes $f s to hold $FLOOR_N rows in the" \
            "pipeline's table (schema.sql and sql/inspection-insert.sql, committed chunk by chunk), $g s without its" \
            "index; the whole pipeline takes $( [ "${STATUS[$FLOOR_N|pipeline]:-}" = ok ] && median ${WALLS[$FLOOR_N|pipeline]} || echo -) s" \
            "and pandas $( [ "${STATUS[$FLOOR_N|pandas]:-}" = ok ] && median ${WALLS[$FLOOR_N|pandas]} || echo -) s on that many rows."
    fi
    if [ "${#SHAPE_LABELS[@]}" -gt 0 ]; then
        echo
        echo "Shapes (pipeline only; read = loaded + rejected + taken from another file, summed over the files):"
        echo
        echo "| shape | rows read | median wall (s) | rows/s | median peak RSS (MB) | loaded | rejected | taken from another file | wall / unique file's |"
        echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
        for label in "${SHAPE_LABELS[@]}"; do
            key="$label|pipeline"
            n=${SHAPE_OF[$label]}
            if [ "${STATUS[$key]:-}" = ok ]; then
                w=$(median ${WALLS[$key]})
                m=$(median ${RSSES[$key]})
                rps=$(awk -v r="${ROWS[$label]}" -v w="$w" 'BEGIN { if (w > 0) printf "%.0f", r / w; else print "-" }')
                counts=$(inspection_counts "$WORK/pipeline-$label-1.out")
                ratio="-"
                [ "${STATUS[$n|pipeline]:-}" = ok ] && ratio=$(awk -v p="$w" -v q="$(median ${WALLS[$n|pipeline]})" 'BEGIN { printf "%.2f", p / q }')
                echo "| $label | ${ROWS[$label]} | $w | $rps | $(printf '%.0f' "$m") | $counts | $ratio |"
            else
                echo "| $label | ${ROWS[$label]} | ${STATUS[$key]:-} | - | - | - | - | - | - |"
            fi
        done
    fi
} | tee "$WORK/results.md"

if [ "$FAILED" != 0 ]; then
    log "run.sh: at least one run failed (see FAIL above and the stderr tails)"
    exit 1
fi
