# tests/debug.mk — gdb on minigo executables (issue 8), included by the Makefile.
#   make test-debug   tests/debug/*.gdb: gdb -batch sessions on programs built
#                     by minigo build, each asserting what gdb prints
.PHONY: test-debug
TEST_TARGETS += test-debug

test-debug: minigo runtime/libminigort.a
	@$(PYTHON) tests/debug/run.py ./minigo
