# minigo — a plain Makefile.
#   make            build ./minigo (optimised)
#   make debug      build build/debug/minigo with ASan + UBSan
#   make test       install what is missing, build, run every test suite
#   make demo       install, build, run minigo on the bundled example
#   make bench      run-time benchmarks (ratios against gc)
#   make bench-frontend   front-end speed on a generated 200,000-line program

CC      ?= cc
PYTHON  ?= /usr/bin/python3
CSTD    := -std=c17 -Wall -Wextra -D_GNU_SOURCE
OPT     ?= -O2 -g
GEN     := build/gen
INC     := -Isrc -I$(GEN)
LIBS    := -lgmp -lxxhash -lpthread -lm
# LLVM 19 (C API) for src/codegen only; its headers are C-clean.
LLVM_CFLAGS := $(shell llvm-config-19 --cflags)
LLVM_LIBS   := $(shell llvm-config-19 --ldflags --libs core analysis target passes native)
LIBS    += $(LLVM_LIBS)

SRC     := $(shell find src -name '*.c' | sort)
GEN_SRC := $(GEN)/go.tab.c $(GEN)/lex.yy.c
OBJ     := $(patsubst %.c,build/rel/%.o,$(SRC)) build/rel/gen/go.tab.o build/rel/gen/lex.yy.o
DOBJ    := $(patsubst %.c,build/debug/%.o,$(SRC)) build/debug/gen/go.tab.o build/debug/gen/lex.yy.o
SAN     := -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined

.PHONY: all debug deps test demo bench bench-frontend clean
all: minigo runtime/libminigort.a

deps:
	@sh tools/deps.sh

$(GEN)/go.tab.c $(GEN)/go.tab.h &: grammar/go.y
	@mkdir -p $(GEN)
	bison -Wall -Werror --defines=$(GEN)/go.tab.h -o $(GEN)/go.tab.c grammar/go.y

$(GEN)/lex.yy.c $(GEN)/lex.yy.h &: grammar/go.l $(GEN)/go.tab.h
	@mkdir -p $(GEN)
	flex --header-file=$(GEN)/lex.yy.h -o $(GEN)/lex.yy.c grammar/go.l

# Generated code is compiled with the same flags; the grammar files keep it
# warning-free (%option noinput nounput, %expect 0).
build/rel/gen/%.o: $(GEN)/%.c $(GEN)/go.tab.h $(GEN)/lex.yy.h
	@mkdir -p $(dir $@)
	$(CC) $(CSTD) $(OPT) $(INC) -MMD -c $< -o $@
build/debug/gen/%.o: $(GEN)/%.c $(GEN)/go.tab.h $(GEN)/lex.yy.h
	@mkdir -p $(dir $@)
	$(CC) $(CSTD) -O1 -g $(SAN) $(INC) -MMD -c $< -o $@

build/rel/%.o: %.c $(GEN)/go.tab.h $(GEN)/lex.yy.h
	@mkdir -p $(dir $@)
	$(CC) $(CSTD) $(OPT) $(INC) -MMD -c $< -o $@
build/debug/%.o: %.c $(GEN)/go.tab.h $(GEN)/lex.yy.h
	@mkdir -p $(dir $@)
	$(CC) $(CSTD) -O1 -g $(SAN) $(INC) -MMD -c $< -o $@

build/rel/src/codegen/%.o build/debug/src/codegen/%.o: INC += $(LLVM_CFLAGS)

minigo: $(OBJ)
	$(CC) $(OPT) -o $@ $(OBJ) $(LIBS)

debug: build/debug/minigo
build/debug/minigo: $(DOBJ)
	$(CC) -g $(SAN) -o $@ $(DOBJ) $(LIBS)

-include $(OBJ:.o=.d) $(DOBJ:.o=.d)

# Each area owns a fragment with its own targets and test suites; each adds
# its test target to TEST_TARGETS.
TEST_TARGETS :=
-include runtime/runtime.mk
-include tests/tests.mk
-include tests/frontend.mk
-include tests/escape.mk
-include tests/ssa.mk
-include tests/run.mk
-include tests/compare.mk
-include tests/verify.mk
-include tests/report.mk
-include tests/examples.mk
-include tests/debug.mk
-include $(wildcard bench/*.mk)

test: deps
	@$(MAKE) --no-print-directory minigo debug
	@$(MAKE) --no-print-directory -k $(TEST_TARGETS)

# The main job on the bundled example: what escapes, what the map-pointer
# forms cost in SSA, then the program itself, compiled and run.
demo: deps
	@$(MAKE) --no-print-directory minigo runtime/libminigort.a
	./minigo escape -m examples/maps.go
	./minigo ssa -func direct examples/maps.go
	./minigo ssa -func viaPtr examples/maps.go
	./minigo run examples/maps.go
	./minigo compare -w 150 examples/maps.go direct viaPtr
	./minigo report examples/maps.go -o build/maps.html
	@echo "demo: open build/maps.html in a browser for every function's source, SSA passes, IR and escape graph"

clean:
	rm -rf build minigo
