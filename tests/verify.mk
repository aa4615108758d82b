# tests/verify.mk — `minigo build -verify-escape` (issue 7), included by the
# Makefile. (tests/run.mk passes -verify-escape to every test-run and
# test-run-N build as well.)
#
#   make test-verify-escape   tests/escape/*.go and tests/escape2/*.go that
#                             are programs, built with -verify-escape, -O2 and
#                             -N: no mismatch; a decision flipped through the
#                             MINIGO_VERIFY_ESCAPE_FLIP=1 knob is reported
#                             (exit 1), also under the ASan+UBSan build
#   make test-explain         minigo escape -explain: goldens tests/explain/*.out
#                             (gc lines re-checked against gc where go exists),
#                             and on every escape test: the -m=2 lines unchanged,
#                             a sentence for every decision

.PHONY: test-verify-escape test-explain regen-explain
TEST_TARGETS += test-verify-escape test-explain

test-verify-escape: minigo build/debug/minigo runtime/libminigort.a
	@$(PYTHON) tests/verify/run.py --minigo ./minigo --debug build/debug/minigo \
		$(sort $(wildcard tests/escape/*.go)) $(sort $(wildcard tests/escape2/*.go))

test-explain: minigo build/debug/minigo
	@$(PYTHON) tests/explain/run.py --minigo ./minigo --debug build/debug/minigo \
		--check $(sort $(wildcard tests/escape/*.go)) $(sort $(wildcard tests/escape2/*.go)) $(wildcard examples/*.go)

regen-explain: minigo
	@$(PYTHON) tests/explain/run.py --regen --minigo ./minigo
