# bench/runtime.mk — `make bench`: run-time benchmarks against gc.
# bench/run.py runs every bench/*/bench.json set; this fragment builds the
# runtime map set (bench/rt). Other sets add their build targets as
# prerequisites of `bench` in their own fragments.

BENCH_RT := build/bench/rt

.PHONY: bench bench-rt
bench: bench-rt
	@$(PYTHON) bench/run.py $(BENCH_ARGS)

bench-rt: $(BENCH_RT)/maps_c $(BENCH_RT)/maps_go

$(BENCH_RT)/maps_c: bench/rt/maps.c $(RT_LIB)
	@mkdir -p $(dir $@)
	$(CC) $(CSTD) -O2 -g -Iruntime $< -o $@ $(RT_LIB) -lgc -lm

$(BENCH_RT)/maps_go: bench/rt/maps.go
	@mkdir -p $(dir $@)
	cd bench/rt && go build -o $(abspath $@) maps.go
