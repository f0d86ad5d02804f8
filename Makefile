# Set-up entry points; the build itself is CMake.
BUILD_DIR ?= build
BUILD_TYPE ?= Release
CMAKE_FLAGS ?=
CONVLINT := $(BUILD_DIR)/convlint

.PHONY: deps build test demo fuzz clean
FUZZ_DIR ?= build-fuzz
FUZZ_SECONDS ?= 60
FUZZ_BUILD_TYPE ?= RelWithDebInfo

CONFIGURE = cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) $(CMAKE_FLAGS) >/dev/null

deps:
	@bash tools/deps.sh

build: deps
	@$(CONFIGURE)
	@cmake --build $(BUILD_DIR)

test: build
	@cd $(BUILD_DIR) && ctest --output-on-failure -j2

# The demo installs what the binary needs and builds it alone, not the test suite and its tools.
demo:
	@bash tools/deps.sh build
	@$(CONFIGURE)
	@cmake --build $(BUILD_DIR) --target convlint
	@$(CONVLINT) check corpus/ ; status=$$?; [ $$status -le 1 ] || exit $$status

# ASan + UBSan build with clang, the test suite under it, then the fuzz targets for FUZZ_SECONDS in all.
fuzz: deps
	@cmake -S . -B $(FUZZ_DIR) -G Ninja -DCMAKE_BUILD_TYPE=$(FUZZ_BUILD_TYPE) -DCMAKE_CXX_COMPILER=clang++-14 \
	  -DCONVLINT_SANITIZE=ON -DCONVLINT_FUZZ=ON $(CMAKE_FLAGS) >/dev/null
	@cmake --build $(FUZZ_DIR)
	@cd $(FUZZ_DIR) && ctest --output-on-failure -j2
	@bash tools/fuzz/run.sh $(FUZZ_DIR) $(FUZZ_SECONDS)

clean:
	rm -rf $(BUILD_DIR)
