# The two quick-start commands: `make plan` and `make test`. Each installs what is missing first
# (Debian packages, and the pinned Python test tools in the project's own .venv/).
SWIFT ?= swift
# Release builds for `plan`, `test` and `bench` (issue 17): the solver's search loops run 20-50
# times slower unoptimised, and the core is no longer compiled with -O in debug builds. The tests
# need @testable imports, hence -enable-testing; every target uses the same flags so that one
# build serves them all (other flags would rebuild everything). Figures in Documentation/Solver-Notes.md.
RELEASE := -c release -Xswiftc -enable-testing
TEST_FLAGS := $(RELEASE)
BIN := .build/release/forum-planner
PYTHON := .venv/bin/python

.PHONY: deps build plan test bench readme

deps:
	@bash .ci/install-deps

build: deps
	$(SWIFT) build $(RELEASE) --product forum-planner

# Plans the default year (Fixtures/surrey-2027-28), prints the schedule and publishes it into
# Calendars/, on the plan file's stamp date so that any day gives the same files; the plan book is
# Fixtures/surrey-2027-28/plan-book.sqlite (not in git). Run again, it finds nothing changed.
# Tests/CLITests/ReadmeSampleTests.swift runs the same plan command for the README's sample.
plan: build
	$(BIN) plan --today $$(sed -n 's/^stamp: *//p' Fixtures/surrey-2027-28/plan.yaml)
	$(BIN) publish --today $$(sed -n 's/^stamp: *//p' Fixtures/surrey-2027-28/plan.yaml) --out Calendars

# Builds everything and runs every test (the attendees' pages among them, in Chromium with axe and
# the Nu HTML checker: Tests/PlanSiteTests), then checks the committed calendars with Python's icalendar.
test: deps
	$(SWIFT) build $(TEST_FLAGS) --build-tests
	$(SWIFT) test $(TEST_FLAGS) --skip-build
	$(PYTHON) Tests/tools/check_calendars.py Calendars

# Refreshes the generated quick-start sample in README.md (a test checks that it is current).
readme: deps
	$(SWIFT) build $(TEST_FLAGS) --build-tests
	FORUM_PLANNER_UPDATE_README=1 $(SWIFT) test $(TEST_FLAGS) --skip-build --filter ReadmeSampleTests

# Times the solver on the default fixture and generated instances, then writing the calendars of
# 10,000 forums and checking 100,000 claim lines (release build); then the planner and HiGHS side
# by side (Tests/tools/highs_bench.py in .venv) on generated 50 areas (seeds 1-3), on 30 + 20
# edited copies of the Surrey year (weights ×0.25–4, then ×0.1–10), and on 30 edited copies each
# of the fixtures with the attendee poll and with governors (the rules the seeds asked for, switched
# on). Writes the tables to Documentation/Benchmarks.md with the machine, the load at the start and end, and the date.
# The planner hands a part its search leaves unproven to CBC, as `plan` does (`--no-mip` in BENCH_ARGS
# measures the search alone). A disagreement between the planner and HiGHS makes bench exit 1 (pipefail), and the file is not written.
BENCH_ARGS := --areas 5,20,50,200,500 --node-budget 200000 --calendar-events 10000 --claim-lines 100000 \
	--highs-areas 50 --highs-seeds 1,2,3 --highs-time-limit 120 --perturb 30 --perturb-wide 20 \
	--perturb-also Fixtures/surrey-2027-28-poll/plan.yaml,Fixtures/surrey-2027-28-governors/plan.yaml
bench: deps
	$(SWIFT) build $(RELEASE) --product forum-planner
	cp /proc/loadavg .build/bench-load.txt
	bash -o pipefail -c '.build/release/forum-planner bench $(BENCH_ARGS) | tee .build/bench.txt'
	$(PYTHON) Tests/tools/write_benchmarks.py .build/bench.txt Documentation/Benchmarks.md \
		--load-at-start .build/bench-load.txt \
		--command "make bench (.build/release/forum-planner bench $(BENCH_ARGS))"
