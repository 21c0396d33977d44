# Halol: the two commands (see README.md).
#   make serve  installs what is missing, then serves the app on http://127.0.0.1:8080
#   make test   installs what is missing, then runs every test layer
#   make size   builds every page and prints the size of each file (student app, then teacher/,
#               ideas/ and jury/)
#   make bench  the size and speed budget: Lighthouse, 5 runs per page (target/bench/)
.PHONY: serve test size bench setup

export PATH := $(CURDIR)/tools/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)

serve:
	scripts/setup.sh
	scripts/build.sh
	node tools/serve.mjs --dir dist --port 8080

test:
	scripts/test.sh

size:
	scripts/setup.sh
	scripts/size.sh

bench:
	scripts/bench.sh

setup:
	scripts/setup.sh --browser
