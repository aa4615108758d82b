# tests/tests.mk — the front end's test suites (issue 2), included by the
# Makefile. Each target prints `NAME: N passed, N failed` and fails on any
# failure. Where `go` (gc 1.19, the oracle) is installed, every suite also
# re-checks its expectations against gc; without it that half is skipped.
#
#   make test-check     tests/check/*.go: minigo check accepts them silently;
#                       gc: go vet + go build pass, output equals NAME.out
#   make test-errors    tests/errors/*.go: errorcheck (// ERROR "regexp")
#                       against minigo check, and against go tool compile
#   make test-smoke     a few thousand mutated inputs through the ASan build
#   make test-hostile   100k-deep nesting, 10 MB file, 1 MB string, both builds
#   make regen-check-out   rewrite tests/check/*.out from gc (never minigo)

GO_TOOL := $(shell command -v go 2>/dev/null)
GC_COMPILE := go tool compile -complete -p=main -o {out}
CHECK_FILES := $(sort $(wildcard tests/check/*.go))
ERROR_FILES := $(sort $(wildcard tests/errors/*.go))

.PHONY: test-check test-errors test-smoke test-hostile regen-check-out
TEST_TARGETS += test-check test-errors test-smoke test-hostile

test-check: minigo
	@$(PYTHON) tests/check.py --minigo ./minigo $(if $(GO_TOOL),,--no-gc) $(CHECK_FILES)

test-errors: minigo
	@$(if $(GO_TOOL),,echo "errors: go not found, the gc re-check is skipped";) \
	$(PYTHON) tests/errorcheck.py --name errors --cmd '$(CURDIR)/minigo check' \
		$(if $(GO_TOOL),--gc-cmd '$(GC_COMPILE)') $(ERROR_FILES)

test-smoke: build/debug/minigo
	@$(PYTHON) tests/smoke/mutate.py --minigo build/debug/minigo --out build/smoke \
		$(CHECK_FILES) $(ERROR_FILES) $(wildcard examples/*.go)

test-hostile: minigo build/debug/minigo
	@$(PYTHON) tests/hostile/hostile.py --out build/hostile ./minigo build/debug/minigo

regen-check-out:
	@$(PYTHON) tests/check.py --regen $(CHECK_FILES)
