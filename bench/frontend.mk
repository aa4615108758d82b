# bench/frontend.mk — `make bench-frontend`: minigo's front end on a
# generated 200,000-line program, next to gofmt (peer) and gc (reference).
# Later phases (ssa, escape) are rows of PHASES in bench/frontend.py.

.PHONY: bench-frontend
bench-frontend: minigo
	@$(PYTHON) bench/frontend.py --minigo ./minigo --lines 200000 --runs 5 \
		--out build/bench/frontend.go
