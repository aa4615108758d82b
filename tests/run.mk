# tests/run.mk — code generation's suites (issue 6), included by the Makefile.
#   make test-run     tests/run/*.go, tests/check/*.go, examples/*.go and
#                     examples/*/*.go (golden: tests/run/golden/DIR.out) built
#                     by minigo build, run, compared with gc's expectations
#                     (re-checked against gc's own build where go exists);
#                     tests/run/ir/*.go: IR checks of allocation decisions;
#                     every build runs -verify-escape (escape decisions
#                     checked against the emitted IR, tests/verify.mk)
#   make test-run-N   the same programs built with -N (no LLVM passes)
#   make regen-run    rewrite tests/run/*.{out,err,code} and
#                     tests/run/golden/ from gc (never from minigo)

RUN_FILES := $(sort $(wildcard tests/run/*.go)) $(sort $(wildcard tests/check/*.go)) \
             $(sort $(wildcard examples/*.go)) $(sort $(wildcard examples/*/*.go)) \
             $(sort $(wildcard tests/run/ir/*.go))

.PHONY: test-run test-run-N regen-run
TEST_TARGETS += test-run test-run-N

test-run: minigo runtime/libminigort.a
	@$(PYTHON) tests/run.py --minigo ./minigo --flag=-verify-escape $(if $(shell command -v go 2>/dev/null),,--no-gc) $(RUN_FILES)

# The same programs unoptimised (minigo build -N), minigo side only.
test-run-N: minigo runtime/libminigort.a
	@$(PYTHON) tests/run.py --minigo ./minigo --no-gc --flag=-N --flag=-verify-escape --name run-N $(RUN_FILES)

regen-run:
	@$(PYTHON) tests/run.py --regen $(sort $(wildcard tests/run/*.go)) $(sort $(wildcard examples/*.go)) \
		$(sort $(wildcard examples/*/*.go))

# The mutation smoke test end to end: mutated valid programs through
# minigo build (ASan+UBSan build) and their executables.
.PHONY: test-smoke-build
TEST_TARGETS += test-smoke-build
test-smoke-build: build/debug/minigo runtime/libminigort.a
	@$(PYTHON) tests/smoke/build_mutate.py --minigo build/debug/minigo --out build/smoke-build \
		$(sort $(wildcard tests/run/*.go)) $(sort $(wildcard tests/check/*.go)) $(wildcard examples/*.go)
