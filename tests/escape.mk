# tests/escape.mk — escape analysis (issue 4), included by the Makefile.
# Each target prints `NAME: N passed, N failed`; where `go` (gc 1.19) is
# installed, expectations are re-checked against gc.
#
#   make test-escape        tests/escape/*.go: errorcheck (// ERROR "regexp") with
#                           `minigo escape -m -l`, and with gc
#   make test-escape2       tests/escape2/*.go: `minigo escape -m=2` equals gc's
#                           stored -m=2 output byte for byte
#   make test-escape-fuzz   the regression files, then 300 generated programs
#                           compared with gc's -m (and -m=2) output
#   make fuzz-escape        5,000 more programs (FUZZ_SEED=N to move on);
#                           disagreements are kept in tests/escape-fuzz/regress
#   make regen-escape2      rewrite tests/escape2/*.out from gc
#   make annotate-escape F=tests/escape/x.go   write gc's -m lines into a test

ESC_GO := $(shell command -v go 2>/dev/null)
ESC_FILES := $(sort $(wildcard tests/escape/*.go))
ESC2_FILES := $(sort $(wildcard tests/escape2/*.go))
FUZZ_SEED ?= 1000

.PHONY: test-escape test-escape2 test-escape-fuzz fuzz-escape regen-escape2 annotate-escape
TEST_TARGETS += test-escape test-escape2 test-escape-fuzz

test-escape: minigo
	@$(if $(ESC_GO),,echo "escape: go not found, the gc re-check is skipped";) \
	$(PYTHON) tests/errorcheck.py --name escape -j 4 --cmd '$(CURDIR)/minigo escape' \
		$(if $(ESC_GO),--gc-cmd '$(CURDIR)/tests/escape/gc-compile.sh') $(ESC_FILES)

test-escape2: minigo
	@$(PYTHON) tests/escape2/run.py --minigo ./minigo $(ESC2_FILES)

test-escape-fuzz: minigo
	@$(PYTHON) tests/escape-fuzz/run.py --minigo ./minigo --count 300 --m2 \
		--regress tests/escape-fuzz/regress --work build/escape-fuzz -j 4

fuzz-escape: minigo
	@$(PYTHON) tests/escape-fuzz/run.py --minigo ./minigo --count 5000 --seed $(FUZZ_SEED) --m2 \
		--save tests/escape-fuzz/regress --work build/escape-fuzz -j 8

regen-escape2:
	@$(PYTHON) tests/escape2/run.py --regen $(ESC2_FILES)

annotate-escape:
	@$(PYTHON) tests/escape/annotate.py $(F)
