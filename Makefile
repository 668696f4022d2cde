# The two quick-start commands: `make plan` and `make test`. Each installs what is missing first
# (Debian packages, and the pinned Python test tools in the project's own .venv/).
SWIFT ?= swift
BIN := .build/debug/forum-planner
PYTHON := .venv/bin/python

.PHONY: deps build plan test bench readme

deps:
	@bash .ci/install-deps

build: deps
	$(SWIFT) build --product forum-planner

# Plans the default year (Fixtures/surrey-2027-28), prints the schedule and publishes it into
# Calendars/, on the plan file's stamp date so that any day gives the same files; the plan book is
# Fixtures/surrey-2027-28/plan-book.sqlite (not in git). Run again, it finds nothing changed.
# Tests/CLITests/ReadmeSampleTests.swift runs the same plan command for the README's sample.
plan: build
	$(BIN) plan --today $$(sed -n 's/^stamp: *//p' Fixtures/surrey-2027-28/plan.yaml)
	$(BIN) publish --today $$(sed -n 's/^stamp: *//p' Fixtures/surrey-2027-28/plan.yaml) --out Calendars

# Builds everything and runs every test, then checks the committed calendars with Python's icalendar.
test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	$(PYTHON) Tests/tools/check_calendars.py Calendars

# Refreshes the generated quick-start sample in README.md (a test checks that it is current).
readme: deps
	$(SWIFT) build --build-tests
	FORUM_PLANNER_UPDATE_README=1 $(SWIFT) test --skip-build --filter ReadmeSampleTests

# Times the solver on the default fixture and generated instances, then writing the calendars of
# 10,000 forums and checking 100,000 claim lines (release build), and writes the tables to
# Documentation/Benchmarks.md with the machine and the date.
BENCH_ARGS := --areas 5,20,50,200,500 --node-budget 200000 --calendar-events 10000 --claim-lines 100000
bench: deps
	$(SWIFT) build -c release --product forum-planner
	.build/release/forum-planner bench $(BENCH_ARGS) | tee .build/bench.txt
	$(PYTHON) Tests/tools/write_benchmarks.py .build/bench.txt Documentation/Benchmarks.md \
		--command "make bench (.build/release/forum-planner bench $(BENCH_ARGS))"
