# runtime/runtime.mk — the C runtime (libminigort.a) and its test suite.
#   make runtime          runtime/libminigort.a (optimised, -g) and the
#                         ASan+UBSan variant build/runtime/libminigort-san.a
#   make test-runtime     tests/runtime (part of `make test`)
# The runtime is built from runtime/*.c only; it includes no compiler header.

RT_SRC    := $(sort $(wildcard runtime/*.c))
RT_CFLAGS := $(CSTD) -fno-strict-aliasing -Iruntime
RT_OBJ    := $(patsubst runtime/%.c,build/runtime/rel/%.o,$(RT_SRC))
RT_SOBJ   := $(patsubst runtime/%.c,build/runtime/san/%.o,$(RT_SRC))
RT_LIB    := runtime/libminigort.a
RT_SANLIB := build/runtime/libminigort-san.a
RT_LIBS   := -lgc -lm

.PHONY: runtime test-runtime
runtime: $(RT_LIB) $(RT_SANLIB)

build/runtime/rel/%.o: runtime/%.c runtime/minigort.h runtime/rt.h runtime/fmt.h
	@mkdir -p $(dir $@)
	$(CC) $(RT_CFLAGS) -O2 -g -c $< -o $@
build/runtime/san/%.o: runtime/%.c runtime/minigort.h runtime/rt.h runtime/fmt.h
	@mkdir -p $(dir $@)
	$(CC) $(RT_CFLAGS) -O1 -g $(SAN) -c $< -o $@

$(RT_LIB): $(RT_OBJ)
	@rm -f $@
	ar rcs $@ $(RT_OBJ)
$(RT_SANLIB): $(RT_SOBJ)
	@mkdir -p $(dir $@)
	@rm -f $@
	ar rcs $@ $(RT_SOBJ)

# Test drivers: each tests/runtime/*.c is linked three ways — optimised
# (rel), ASan+UBSan (san), and optimised for valgrind (same binary as rel).
RT_TEST_SRC := $(sort $(wildcard tests/runtime/*.c))
RT_TEST_REL := $(patsubst tests/runtime/%.c,build/runtime/tests/rel/%,$(RT_TEST_SRC))
RT_TEST_SAN := $(patsubst tests/runtime/%.c,build/runtime/tests/san/%,$(RT_TEST_SRC))

build/runtime/tests/rel/%: tests/runtime/%.c $(RT_LIB) tests/runtime/testutil.h
	@mkdir -p $(dir $@)
	$(CC) $(RT_CFLAGS) -O2 -g $< -o $@ $(RT_LIB) $(RT_LIBS)
build/runtime/tests/san/%: tests/runtime/%.c $(RT_SANLIB) tests/runtime/testutil.h
	@mkdir -p $(dir $@)
	$(CC) $(RT_CFLAGS) -O1 -g $(SAN) $< -o $@ $(RT_SANLIB) $(RT_LIBS)

TEST_TARGETS += test-runtime
test-runtime: $(RT_LIB) $(RT_SANLIB) $(RT_TEST_REL) $(RT_TEST_SAN)
	@$(PYTHON) tests/runtime/run.py
