# gongkai: the two commands a new user needs are `make run` and `make test`.
BUILD_DIR ?= build
DB ?= var/gongkai.db
LISTEN ?= 127.0.0.1:8080
CMAKE_FLAGS ?= -DCMAKE_BUILD_TYPE=Release

.PHONY: all deps configure build run test bench clean

all: build

deps:
	@bash scripts/install-deps.sh

$(BUILD_DIR)/build.ninja:
	cmake -S . -B $(BUILD_DIR) -G Ninja $(CMAKE_FLAGS)

configure: deps $(BUILD_DIR)/build.ninja

build: configure
	cmake --build $(BUILD_DIR)

run: build
	@mkdir -p var
	@test -f $(DB) || $(BUILD_DIR)/gongkai init --db $(DB) --demo
	$(BUILD_DIR)/gongkai serve --db $(DB) --listen $(LISTEN)

test: build
	bash scripts/run-tests.sh $(BUILD_DIR)

bench: deps
	cmake -S . -B $(BUILD_DIR)-bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DGONGKAI_BENCH=ON -DBUILD_TESTING=OFF
	cmake --build $(BUILD_DIR)-bench
	bash bench/run.sh $(BUILD_DIR)-bench

clean:
	rm -rf $(BUILD_DIR) $(BUILD_DIR)-bench
