# tests/compare.mk — `minigo compare` (issue 7), included by the Makefile.
#
#   make test-compare     tests/compare/cases.txt against the reviewed
#                         goldens tests/compare/*.out, with gc re-checks of
#                         the escape lines and map runtime calls (skipped
#                         without go), then every case again under the
#                         ASan+UBSan build (output must be the same)
#   make regen-compare    rewrite the goldens (then review the diff!)

.PHONY: test-compare regen-compare
TEST_TARGETS += test-compare

test-compare: minigo build/debug/minigo
	@$(PYTHON) tests/compare/run.py --minigo ./minigo --debug build/debug/minigo

regen-compare: minigo
	@$(PYTHON) tests/compare/run.py --update --minigo ./minigo
