# Set-up entry points; the build itself is CMake.
BUILD_DIR ?= build
BUILD_TYPE ?= RelWithDebInfo
CMAKE_FLAGS ?=
CONVLINT := $(BUILD_DIR)/convlint

.PHONY: deps build test demo clean

deps:
	@bash tools/deps.sh

build: deps
	@cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) $(CMAKE_FLAGS) >/dev/null
	@cmake --build $(BUILD_DIR)

test: build
	@cd $(BUILD_DIR) && ctest --output-on-failure -j2

demo: build
	@$(CONVLINT) check corpus/ ; status=$$?; [ $$status -le 1 ] || exit $$status

clean:
	rm -rf $(BUILD_DIR)
