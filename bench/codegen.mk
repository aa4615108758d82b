# bench/codegen.mk — compiled-Go benchmarks (issue 6): bench/go/*.go built by
# minigo build and by go build, timed side by side by bench/go/run.py, after
# the runtime's own set (bench/run.py). Compile time is measured on the
# largest test program and on the generated 200,000-line program.
#   make bench            everything (both drivers)
#   make bench-go         only the compiled-Go set
#   BENCH_GO_ARGS=--no-compile make bench-go   run time only

BENCH_BIG := build/bench/frontend_200k.go

.PHONY: bench-go
bench: bench-go

$(BENCH_BIG): bench/gen_frontend.py
	@mkdir -p $(dir $@)
	$(PYTHON) bench/gen_frontend.py --lines 200000 -o $@

bench-go: minigo runtime/libminigort.a $(BENCH_BIG)
	@$(PYTHON) bench/go/run.py --minigo ./minigo --out build/bench/go --big $(BENCH_BIG) $(BENCH_GO_ARGS)
