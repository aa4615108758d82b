# tests/examples.mk — the examples' READMEs (issue 7), included by the Makefile.
#
#   make test-examples    re-run every `$ minigo ...` / `$ go ...` command of
#                         the ```console blocks in examples/**/*.md and compare
#                         with the output shown there (go commands and the gc
#                         re-checks of `minigo run` / `minigo escape -m` only
#                         where go is installed); see tests/examples/check.py
#   make regen-examples   rewrite those outputs from the commands (then review
#                         the diff: program output and escape lines must be gc's)

.PHONY: test-examples regen-examples
TEST_TARGETS += test-examples

test-examples: minigo runtime/libminigort.a
	@$(PYTHON) tests/examples/check.py --minigo ./minigo $(if $(shell command -v go 2>/dev/null),,--no-gc)

regen-examples: minigo runtime/libminigort.a
	@$(PYTHON) tests/examples/check.py --update --minigo ./minigo
