# Halol: the two commands (see README.md).
#   make serve  installs what is missing, then serves the app on http://127.0.0.1:8080
#   make test   installs what is missing, then runs every test layer
#   make size   builds the release bundle and prints the size of each file
.PHONY: serve test size setup

export PATH := $(CURDIR)/tools/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)

serve:
	scripts/setup.sh
	trunk serve --release

test:
	scripts/test.sh

size:
	scripts/setup.sh
	scripts/size.sh

setup:
	scripts/setup.sh --browser
