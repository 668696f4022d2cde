# The two quick-start commands: `make plan` and `make test`. Each installs what is missing first.
SWIFT ?= swift
BIN := .build/debug/forum-planner

.PHONY: deps build plan test bench

deps:
	@bash .ci/install-deps

build: deps
	$(SWIFT) build --product forum-planner

# Plans the default year (Fixtures/surrey-2027-28), writes Calendars/ and prints the schedule.
plan: build
	$(BIN) plan --out Calendars

# Builds everything and runs every test, then checks the committed calendars with Python's icalendar.
test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	python3 Tests/tools/check_calendars.py Calendars

# Times the solver on the default fixture and generated instances, then writing the calendars of
# 10,000 forums and checking 100,000 claim lines (release build; see README).
bench: deps
	$(SWIFT) build -c release --product forum-planner
	.build/release/forum-planner bench --areas 5,20,50,200,500 --node-budget 200000 --calendar-events 10000 --claim-lines 100000
