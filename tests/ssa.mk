# tests/ssa.mk — the SSA test suites (issue 3), included by the Makefile.
# Each target prints `NAME: N passed, N failed` and fails on any failure.
#
#   make test-ssa          tests/ssa/*.go dumps against their reviewed
#                          .ssa golden files, then every program under
#                          tests/ and examples/ through `minigo ssa -check`
#                          (the verifier after construction and every pass);
#                          rejected programs must stop in the front end
#   make test-ssa-calls    per function, the runtime map entry points of
#                          minigo's lowered SSA against gc's `go tool
#                          compile -S` (skipped without go)
#   make test-ssa-smoke    mutated inputs through `minigo ssa -check`, ASan build
#   make regen-ssa         rewrite tests/ssa/*.ssa (then review the diff!)

SSA_TESTS := $(sort $(wildcard tests/ssa/*.go))
SSA_ALL_GO := $(sort $(wildcard tests/*/*.go examples/*.go))
SSA_CALL_FILES := $(SSA_TESTS) $(sort $(wildcard tests/check/*.go tests/run/*.go examples/*.go))

.PHONY: test-ssa test-ssa-calls test-ssa-smoke regen-ssa
TEST_TARGETS += test-ssa test-ssa-calls test-ssa-smoke

test-ssa: minigo
	@$(PYTHON) tests/ssa/run.py golden --minigo ./minigo $(SSA_TESTS); g=$$?; \
	$(PYTHON) tests/ssa/run.py verify --minigo ./minigo $(SSA_ALL_GO); v=$$?; \
	test $$g -eq 0 -a $$v -eq 0

test-ssa-calls: minigo
	@$(PYTHON) tests/ssa/check_calls.py --minigo ./minigo $(SSA_CALL_FILES)

test-ssa-smoke: build/debug/minigo
	@$(PYTHON) tests/ssa/smoke.py --minigo build/debug/minigo --out build/ssa-smoke \
		$(SSA_TESTS) $(sort $(wildcard tests/check/*.go examples/*.go))

regen-ssa: minigo
	@$(PYTHON) tests/ssa/run.py golden --update --minigo ./minigo $(SSA_TESTS)
