#!/bin/sh
# Times `forum-planner alternatives` for every forum of the Surrey year (release build), twice:
# with no plan book (nothing published: every other forum is free to move) and after version 1
# is published on 2027-01-15 (re-planning on 2027-03-01, so published forums stay pinned).
# Prints min / median / max wall-clock seconds of each. Usage: sh Tests/tools/time_alternatives.sh
set -eu
bin=.build/release/forum-planner
config=Fixtures/surrey-2027-28/plan.yaml
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
forums=$(for r in 1 2 3 4; do for a in east-surrey north-west-surrey surrey-downs guildford-waverley farnham-north-east-hants surrey-wide-evening; do echo "2027-r$r-$a"; done; done)

measure() { # $1: label, $2: book, $3: today; forums already held that day are skipped
    : > "$dir/times"
    for f in $forums; do
        start=$(date +%s.%N)
        if "$bin" alternatives "$f" --config "$config" --book "$2" --today "$3" > /dev/null 2> "$dir/err"; then
            end=$(date +%s.%N)
            awk -v a="$start" -v b="$end" "BEGIN { print b - a }" >> "$dir/times"
        fi
    done
    sort -n "$dir/times" | awk -v label="$1" '{ t[NR] = $1 } END {
        m = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2
        printf "%s: %d forums, min %.3f s, median %.3f s, max %.3f s\n", label, NR, t[1], m, t[NR] }'
}

measure "no book (nothing published), --today 2027-01-15" "$dir/none.sqlite" 2027-01-15
"$bin" plan --config "$config" --book "$dir/book.sqlite" --today 2027-01-15 > /dev/null
"$bin" publish --config "$config" --book "$dir/book.sqlite" --today 2027-01-15 > /dev/null
measure "version 1 published, --today 2027-03-01" "$dir/book.sqlite" 2027-03-01
