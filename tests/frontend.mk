# tests/frontend.mk — more of the front end's tests (issue 2), included by
# the Makefile after tests/tests.mk.
#
#   make test-types-gc   src/types/testdata/*.go: minigo check prints exactly
#                        gc's whole output (NAME.out, from gc; re-checked
#                        against gc where go is installed)
#   make regen-types-gc  rewrite those NAME.out files from gc (never minigo)
#   make syntax-agree    a measurement, not a test: random token-level
#                        mutations of the test programs, minigo check's
#                        syntax errors against gc's (needs go)

.PHONY: test-types-gc regen-types-gc syntax-agree
TEST_TARGETS += test-types-gc

test-types-gc: minigo
	@$(PYTHON) src/types/testdata/compare_gc.py --name types-gc --minigo ./minigo

regen-types-gc:
	@$(PYTHON) src/types/testdata/compare_gc.py --regen

syntax-agree: minigo
	@$(PYTHON) src/parser/testdata/syntax_agree.py --minigo ./minigo --n 1000 \
		$(wildcard tests/check/*.go) $(wildcard examples/*.go) $(wildcard tests/errors/*.go)
