# tests/report.mk — `minigo report` (issue 7), included by the Makefile.
#
#   make test-report   generate the HTML report of examples/maps.go and two
#                      escape test programs, load each in headless Chromium
#                      (chromedriver, W3C WebDriver) and check its sections,
#                      the click-to-highlight of SSA values, no network and
#                      no console errors; then report every tests/run and
#                      tests/escape2 program under the ASan+UBSan build.
#                      Needs chromium, chromium-driver and graphviz
#                      (tools/deps.sh).

.PHONY: test-report
TEST_TARGETS += test-report

test-report: minigo build/debug/minigo
	@$(PYTHON) tests/report/run.py --minigo ./minigo --debug build/debug/minigo
