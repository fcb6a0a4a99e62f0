#!/usr/bin/env bash
# Runs every test suite: starts a throw-away PostgreSQL 15 cluster on a
# loopback port for the PostgreSQL runs of the store and domain suites, runs
# CTest, and stops the cluster whatever happens.
set -euo pipefail
build_dir=${1:-build}
here=$(cd "$(dirname "$0")" && pwd)

eval "$("$here/pg-test-cluster.sh" start)"
trap '"$here/pg-test-cluster.sh" stop' EXIT
export GONGKAI_TEST_PG_URL GONGKAI_REQUIRE_PG=1

ctest --test-dir "$build_dir" --output-on-failure --timeout 600 -j2
