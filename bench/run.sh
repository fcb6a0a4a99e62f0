#!/usr/bin/env bash
# bench/run.sh BUILD_DIR — the server benchmarks, each figure beside its
# baseline, in one run (see bench/README.md, section "Server").
#
#   1. wrk on /xxgk/item/<id>, /xxgk/ml/ and /search?q= of the demo store
#      against nginx serving the same bytes as static files;
#   2. spawn-to-first-200 of `gongkai serve` (demo and large store) and nginx;
#   3. a generated store of GONGKAI_BENCH_ITEMS items (default 1,000,000):
#      generation, `gongkai search reindex` (items/s), startup, the server's
#      resident memory after warming, and wrk on it;
#   4. bench/search_bench (Xapian vs SQLite FTS5), passed through.
#
# Everything generated goes under var/bench/; the table of results is printed
# at the end and written to var/bench/results.md. Loopback only; every server
# started here is stopped on exit.
#
# Environment: GONGKAI_BENCH_ITEMS (items in the large store),
# GONGKAI_BENCH_INDEX_ITEMS (items for `search reindex` and search_bench; default
# 10,000 or GONGKAI_BENCH_ITEMS if smaller; when smaller than the large store, reindex runs on a separate store of that
# size and the large store's index holds only the demo),
# GONGKAI_BENCH_ROTATE (item pages in the rotating wrk run, default 50),
# GONGKAI_BENCH_DURATION (seconds per wrk run, default 10),
# GONGKAI_BENCH_SKIP_SEARCH=1 (do not run search_bench).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${1:-build-bench}
[[ $BUILD = /* ]] || BUILD="$ROOT/$BUILD"
GONGKAI="$BUILD/gongkai"
MAKE_CORPUS="$BUILD/bench/make_corpus"
FIRST_RESPONSE="$BUILD/bench/first_response"
SEARCH_BENCH="$BUILD/bench/search_bench"
ITEMS=${GONGKAI_BENCH_ITEMS:-1000000}
# Building the search index runs at ~1,300 items/s today (~20 minutes for 1,000,000) (bench/README.md),
# so by default it is timed on 10,000 items: set GONGKAI_BENCH_INDEX_ITEMS=$ITEMS
# for the full-size index and search_bench.
INDEX_ITEMS=${GONGKAI_BENCH_INDEX_ITEMS:-$((ITEMS < 10000 ? ITEMS : 10000))}
DURATION=${GONGKAI_BENCH_DURATION:-10}
ROTATE=${GONGKAI_BENCH_ROTATE:-50}  # distinct item pages in the rotating wrk run on the large store
THREADS=2
OUT="$ROOT/var/bench"
WORK="$OUT/work"
RESULTS="$OUT/results.md"

for tool in "$GONGKAI" "$MAKE_CORPUS" "$FIRST_RESPONSE"; do
  [[ -x $tool ]] || { echo "run.sh: $tool is missing; build with -DGONGKAI_BENCH=ON" >&2; exit 2; }
done
for tool in wrk nginx curl; do
  command -v "$tool" >/dev/null || { echo "run.sh: $tool is not installed (scripts/install-deps.sh)" >&2; exit 2; }
done

rm -rf "$WORK"
mkdir -p "$WORK"
cd "$ROOT"

# ---- bookkeeping ------------------------------------------------------------

PIDS=()
cleanup() {
  local pid
  for pid in "${PIDS[@]}"; do
    kill -TERM "$pid" 2>/dev/null || true
  done
  for pid in "${PIDS[@]}"; do
    wait "$pid" 2>/dev/null || true
  done
}
trap cleanup EXIT

ROWS=()        # table rows, already formatted
row() { ROWS+=("| $1 | $2 | $3 | $4 | $5 |"); }

log() { printf '\n== %s\n' "$*"; }
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }
now_ms() { date +%s%3N; }
LOAD_START=$(loadavg)
LOAD_SAMPLES=("$LOAD_START")

free_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 30000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return
    fi
  done
}

wait_for_200() {  # PORT PATH
  local i
  for i in $(seq 1 3000); do
    if [[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$1$2" || true) == 200 ]]; then return 0; fi
    sleep 0.01
  done
  echo "run.sh: no 200 from 127.0.0.1:$1$2" >&2
  return 1
}

stop_pid() {  # PID: SIGTERM, wait, and forget it
  local pid=$1 kept=() p
  kill -TERM "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  for p in "${PIDS[@]}"; do [[ $p == "$pid" ]] || kept+=("$p"); done
  PIDS=("${kept[@]+"${kept[@]}"}")
}

# ---- servers ----------------------------------------------------------------

GONGKAI_PID=
start_gongkai() {  # DB PORT
  "$GONGKAI" serve --db "$1" --listen "127.0.0.1:$2" --threads "$THREADS" --no-access-log \
    >"$WORK/serve-$2.log" 2>&1 &
  GONGKAI_PID=$!
  PIDS+=("$GONGKAI_PID")
  wait_for_200 "$2" /healthz
}

# nginx.conf in PREFIX serving PREFIX/root on PORT: 2 workers, keep-alive,
# sendfile, every file text/html (the bytes were fetched from gongkai).
write_nginx_conf() {  # PREFIX PORT
  local user_line=""
  [[ $(id -u) -eq 0 ]] && user_line="user root;"
  cat >"$1/nginx.conf" <<EOF
$user_line
worker_processes $THREADS;
daemon off;
pid $1/nginx.pid;
error_log $1/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_timeout 65;
  keepalive_requests 1000000;
  types { }
  default_type "text/html; charset=utf-8";
  client_body_temp_path $1/tmp;
  proxy_temp_path $1/tmp;
  fastcgi_temp_path $1/tmp;
  uwsgi_temp_path $1/tmp;
  scgi_temp_path $1/tmp;
  server {
    listen 127.0.0.1:$2;
    root $1/root;
    index index.html;
    location = /search { try_files /search.html =404; }
  }
}
EOF
  mkdir -p "$1/tmp"
}

NGINX_PID=
start_nginx() {  # PREFIX PORT
  nginx -c "$1/nginx.conf" -p "$1" &
  NGINX_PID=$!
  PIDS+=("$NGINX_PID")
  wait_for_200 "$2" /healthz
}

# Saves the body of gongkai's PATH under PREFIX/root, where nginx serves the
# same path (a trailing slash becomes index.html; /search becomes search.html).
mirror() {  # GONGKAI_PORT PREFIX PATH
  local file="${3%%\?*}"
  [[ $file == */ ]] && file="${file}index.html"
  [[ $file == /search ]] && file=/search.html
  mkdir -p "$(dirname "$2/root$file")"
  curl -sf -o "$2/root$file" "http://127.0.0.1:$1$3"
}

# ---- wrk --------------------------------------------------------------------

# wrk_run URL [LUA] -> sets WRK_RPS WRK_P50 WRK_P99 (ms) WRK_BAD (non-2xx + socket errors)
wrk_run() {
  local out args=(-t2 -c32 "-d${DURATION}s" --latency)
  [[ -n ${2:-} ]] && args+=(-s "$2")
  wrk -t2 -c32 -d2s ${2:+-s "$2"} "$1" >/dev/null 2>&1 || true  # warm-up
  out=$(wrk "${args[@]}" "$1" 2>&1)
  printf '%s\n' "$out" >>"$WORK/wrk.log"
  WRK_RPS=$(awk '/^Requests\/sec:/ {printf "%.0f", $2}' <<<"$out")
  WRK_P50=$(awk '$1 == "50%" {print $2}' <<<"$out" | to_ms)
  WRK_P99=$(awk '$1 == "99%" {print $2}' <<<"$out" | to_ms)
  WRK_BAD=$(awk '/Non-2xx/ {n += $NF} /Socket errors/ {gsub(",", ""); n += $4 + $6 + $8 + $10} END {print n + 0}' <<<"$out")
  echo "  $1 ${2:+($(basename "$2"))}: $WRK_RPS req/s, p50 $WRK_P50 ms, p99 $WRK_P99 ms, errors $WRK_BAD"
}

to_ms() {
  awk '{ v = $1; u = v; sub(/[0-9.]+/, "", u); sub(/[a-z]+$/, "", v);
         if (u == "us") v /= 1000; else if (u == "s") v *= 1000; else if (u == "m") v *= 60000;
         printf "%.2f", v }'
}

# A wrk script that rotates over the paths in FILE (one a line).
write_rotation_script() {  # PATHS_FILE SCRIPT
  {
    echo 'local paths = {}'
    echo "for line in io.lines(\"$1\") do paths[#paths + 1] = line end"
    echo 'local i = 0'
    echo 'request = function()'
    echo '  i = i % #paths + 1'
    echo '  return wrk.format("GET", paths[i])'
    echo 'end'
  } >"$2"
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }
verdict() { awk -v v="$1" -v t="$2" -v op="$3" 'BEGIN { ok = (op == ">=") ? v >= t : v < t; print (ok ? "met" : "**missed**") }'; }

# compare LABEL GONGKAI_PORT NGINX_PORT PATH|@PATHS_FILE [informational]
compare() {
  local label=$1 gport=$2 nport=$3 target=$4 informational=${5:-} script="" g_rps g_lat n_rps n_lat r
  if [[ $target == @* ]]; then
    script="$WORK/rotate-$(basename "${target#@}").lua"
    write_rotation_script "${target#@}" "$script"
    target=/
  fi
  wrk_run "http://127.0.0.1:$gport$target" "$script"
  g_rps=$WRK_RPS
  g_lat="$WRK_P50 / $WRK_P99"
  [[ $WRK_BAD == 0 ]] || g_lat="$g_lat ($WRK_BAD errors)"
  wrk_run "http://127.0.0.1:$nport$target" "$script"
  n_rps=$WRK_RPS
  n_lat="$WRK_P50 / $WRK_P99"
  [[ $WRK_BAD == 0 ]] || n_lat="$n_lat ($WRK_BAD errors)"
  r=$(ratio "$g_rps" "$n_rps")
  if [[ -n $informational ]]; then
    row "wrk $label, req/s (p50 / p99 ms)" "$g_rps ($g_lat)" "nginx $n_rps ($n_lat)" "— (not a target)" "$r ×"
  else
    row "wrk $label, req/s (p50 / p99 ms)" "$g_rps ($g_lat)" "nginx $n_rps ($n_lat)" "≥ 0.5 × nginx" \
      "$r × — $(verdict "$r" 0.5 ">=")"
  fi
  LOAD_SAMPLES+=("$(loadavg)")
}

# first_response of COMMAND on PORT, RUNS times; prints the median in ms.
startup_median() {  # RUNS PORT COMMAND...
  local runs=$1 port=$2 i ms=()
  shift 2
  for i in $(seq 1 "$runs"); do
    ms+=("$("$FIRST_RESPONSE" --port "$port" --path /healthz -- "$@" | awk '/first_response_ms/ {print $2}')")
  done
  printf '%s\n' "${ms[@]}" | sort -n | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'
}

urlencode() {  # percent-encodes every byte outside [A-Za-z0-9._~-]
  local LC_ALL=C text=$1 i c out=""
  for ((i = 0; i < ${#text}; i++)); do
    c=${text:i:1}
    if [[ $c == [A-Za-z0-9._~-] ]]; then out+=$c; else printf -v c '%%%02X' "'$c"; out+=$c; fi
  done
  printf '%s' "$out"
}

rss_kb() { awk -v k="$2" '$1 == k":" {print $2}' "/proc/$1/status"; }
mb() { awk -v kb="$1" 'BEGIN {printf "%.1f", kb / 1024}'; }

# ---- 1. demo store: wrk against nginx -----------------------------------------

log "demo store"
DEMO_DB="$WORK/demo.db"
"$GONGKAI" init --db "$DEMO_DB" --demo >/dev/null
GPORT=$(free_port)
start_gongkai "$DEMO_DB" "$GPORT"
DEMO_PID=$GONGKAI_PID

NGINX_DEMO="$WORK/nginx-demo"
mkdir -p "$NGINX_DEMO/root"
ITEM_PATH=$(curl -sf "http://127.0.0.1:$GPORT/xxgk/ml/" | grep -o '/xxgk/item/[0-9]*' | head -1)
[[ -n $ITEM_PATH ]] || { echo "run.sh: no item link on /xxgk/ml/" >&2; exit 1; }
SEARCH_PATH="/search?q=%E4%BD%8E%E4%BF%9D"  # 低保
DEMO_ITEMS="$WORK/demo-items.txt"
curl -sf "http://127.0.0.1:$GPORT/sitemap.xml" | grep -o '/xxgk/item/[0-9]*' | sort -u >"$DEMO_ITEMS"
for path in /healthz "$ITEM_PATH" /xxgk/ml/ "$SEARCH_PATH" $(cat "$DEMO_ITEMS"); do
  mirror "$GPORT" "$NGINX_DEMO" "$path"
done
NPORT=$(free_port)
write_nginx_conf "$NGINX_DEMO" "$NPORT"
start_nginx "$NGINX_DEMO" "$NPORT"
echo "  gongkai on :$GPORT, nginx on :$NPORT; item $ITEM_PATH ($(stat -c %s "$NGINX_DEMO/root$ITEM_PATH") bytes), list $(stat -c %s "$NGINX_DEMO/root/xxgk/ml/index.html") bytes, $(wc -l <"$DEMO_ITEMS") items in the sitemap"

compare "$ITEM_PATH (demo)" "$GPORT" "$NPORT" "$ITEM_PATH"
compare "/xxgk/ml/ (demo)" "$GPORT" "$NPORT" /xxgk/ml/
compare "/search?q=低保 (demo)" "$GPORT" "$NPORT" "$SEARCH_PATH" informational
compare "all $(wc -l <"$DEMO_ITEMS") demo items in turn" "$GPORT" "$NPORT" "@$DEMO_ITEMS"
stop_pid "$NGINX_PID"
stop_pid "$DEMO_PID"

# ---- 2. startup ---------------------------------------------------------------

log "startup (median of 5)"
SPORT=$(free_port)
G_START=$(startup_median 5 "$SPORT" "$GONGKAI" serve --db "$DEMO_DB" --listen "127.0.0.1:$SPORT" --threads "$THREADS" --no-access-log)
write_nginx_conf "$NGINX_DEMO" "$SPORT"
N_START=$(startup_median 5 "$SPORT" nginx -c "$NGINX_DEMO/nginx.conf" -p "$NGINX_DEMO")
echo "  gongkai $G_START ms, nginx $N_START ms"
row "spawn to first 200 on /healthz, demo store (median of 5)" "$G_START ms" "nginx $N_START ms" "< 300 ms" \
  "$(verdict "$G_START" 300 '<')"

# ---- 3. the large store -----------------------------------------------------------

log "large store: $ITEMS generated items; search index over $INDEX_ITEMS"

# generate_store DB N [--no-search-changes]: the demo, then N generated items.
generate_store() {
  rm -rf "$1" "$1-wal" "$1-shm" "$1.search"
  "$GONGKAI" init --db "$1" --demo >/dev/null
  local t0 t1
  t0=$(now_ms)
  "$MAKE_CORPUS" --db "$1" --items "$2" ${3:-}
  t1=$(now_ms)
  row "generate a store of $2 items (make_corpus, SQLite)" \
    "$(awk -v ms=$((t1 - t0)) 'BEGIN {printf "%.1f", ms / 1000}') s ($(awk -v n="$2" -v ms=$((t1 - t0)) 'BEGIN {printf "%.0f", n / (ms / 1000)}') items/s), $(awk -v b="$(stat -c %s "$1")" 'BEGIN {printf "%.0f", b / 1e6}') MB" \
    "—" "—" "—"
  LOAD_SAMPLES+=("$(loadavg)")
}

BIG_DB="$OUT/corpus-$ITEMS.db"
INDEX_DB="$BIG_DB"
if ((INDEX_ITEMS == ITEMS)); then
  generate_store "$BIG_DB" "$ITEMS"
else
  INDEX_DB="$OUT/corpus-$INDEX_ITEMS.db"
  generate_store "$INDEX_DB" "$INDEX_ITEMS"
fi

t0=$(now_ms)
REINDEX_OUT=$("$GONGKAI" search reindex --db "$INDEX_DB")
t1=$(now_ms)
INDEXED=$(grep -o '[0-9]\+' <<<"$REINDEX_OUT" | head -1)
REINDEX_RATE=$(awk -v n="$INDEXED" -v ms=$((t1 - t0)) 'BEGIN {printf "%.0f", n / (ms / 1000)}')
INDEX_MB=$(du -sm "$INDEX_DB.search" | cut -f1)
echo "  $REINDEX_OUT in $(((t1 - t0) / 1000)) s: $REINDEX_RATE items/s, index $INDEX_MB MB"
row "gongkai search reindex, $INDEX_ITEMS-item store" "$REINDEX_RATE items/s ($INDEXED public items, $(((t1 - t0) / 1000)) s, $INDEX_MB MB)" "—" \
  "≥ 20,000 items/s" "$(verdict "$REINDEX_RATE" 20000 '>=')"
LOAD_SAMPLES+=("$(loadavg)")

# A larger store than the index: its items get no change rows, so the server's
# index (the demo's) does not start catching up with them in the background.
if ((INDEX_ITEMS != ITEMS)); then
  rm -rf "$INDEX_DB" "$INDEX_DB-wal" "$INDEX_DB-shm" "$INDEX_DB.search"
  generate_store "$BIG_DB" "$ITEMS" --no-search-changes
fi

SPORT=$(free_port)
B_START=$(startup_median 3 "$SPORT" "$GONGKAI" serve --db "$BIG_DB" --listen "127.0.0.1:$SPORT" --threads "$THREADS" --no-access-log)
echo "  startup on the large store: $B_START ms"
row "spawn to first 200 on /healthz, $ITEMS-item store (median of 3)" "$B_START ms" "nginx $N_START ms" "< 300 ms" \
  "$(verdict "$B_START" 300 '<')"

GPORT=$(free_port)
start_gongkai "$BIG_DB" "$GPORT"
BIG_PID=$GONGKAI_PID
RSS_IDLE=$(rss_kb "$BIG_PID" VmRSS)

# Warm: list pages (catalogue, categories, years, deep pages), item pages and
# searches, a few hundred in all, over one keep-alive connection.
WARM="$WORK/warm.curl"
: >"$WARM"
warm_url() { printf 'url = "http://127.0.0.1:%s%s"\noutput = "/dev/null"\n' "$GPORT" "$1" >>"$WARM"; }
RANDOM=42
for i in $(seq 1 40); do warm_url "/xxgk/ml/?page=$((1 + RANDOM % 2000))"; done
for code in jgzn zcwj zcjd ghjh czxx rsxx zdly shjz shzz ylfw sgs gzdt; do
  warm_url "/xxgk/ml/$code"
  warm_url "/xxgk/ml/$code?year=$((2008 + RANDOM % 19))&page=$((1 + RANDOM % 20))"
done
for i in $(seq 1 150); do warm_url "/xxgk/item/$((1 + (RANDOM * 32768 + RANDOM) % ITEMS))"; done
QUERIES=(低保 "养老 机构" "临时救助 资金" 吴忠市 "社会组织 登记" "残疾人 补贴" 政府信息公开 "古尔邦节 慰问" 婚姻登记 "高龄津贴 发放")
for i in $(seq 1 80); do
  q=${QUERIES[$((i % ${#QUERIES[@]}))]}
  warm_url "/search?q=$(urlencode "$q")&page=$((1 + i % 5))"
done
for path in / /xxgk/ /xxgk/zn /xxgk/zd /feed.xml /api/v1/items /api/v1/categories; do warm_url "$path"; done
WARM_COUNT=$(grep -c '^url' "$WARM")
t0=$(now_ms)
curl -s --no-progress-meter -Z --parallel-max 2 --max-time 60 -K "$WARM" || true
t1=$(now_ms)
RSS_WARM=$(rss_kb "$BIG_PID" VmRSS)
HWM_WARM=$(rss_kb "$BIG_PID" VmHWM)
echo "  warmed with $WARM_COUNT requests in $(((t1 - t0) / 1000)) s; RSS idle $(mb "$RSS_IDLE") MB, warm $(mb "$RSS_WARM") MB, peak $(mb "$HWM_WARM") MB"
row "resident memory, $ITEMS items, after $WARM_COUNT warm-up requests (VmRSS; peak VmHWM)" \
  "$(mb "$RSS_WARM") MB (idle at start $(mb "$RSS_IDLE") MB; peak $(mb "$HWM_WARM") MB)" "—" "< 150 MB" \
  "$(verdict "$(mb "$RSS_WARM")" 150 '<')"
LOAD_SAMPLES+=("$(loadavg)")

# wrk on the large store: the same pages, and ROTATE item pages in turn (the
# one-second page cache mostly misses), against nginx with the same bytes.
NGINX_BIG="$WORK/nginx-big"
mkdir -p "$NGINX_BIG/root"
BIG_ITEMS="$WORK/big-items.txt"
for i in $(seq 1 "$ROTATE"); do echo "/xxgk/item/$((1 + (RANDOM * 32768 + RANDOM) % ITEMS))"; done | sort -u >"$BIG_ITEMS.all"
: >"$BIG_ITEMS"
MIRROR_CURL="$WORK/mirror.curl"
: >"$MIRROR_CURL"
while read -r path; do
  mkdir -p "$NGINX_BIG/root/xxgk/item"
  printf 'url = "http://127.0.0.1:%s%s"\noutput = "%s"\n' "$GPORT" "$path" "$NGINX_BIG/root$path" >>"$MIRROR_CURL"
done <"$BIG_ITEMS.all"
curl -s --no-progress-meter -Z --parallel-max 2 --max-time 60 -K "$MIRROR_CURL" || true
while read -r path; do  # keep the public ones (the others answer 404 on both)
  grep -q "索引号" "$NGINX_BIG/root$path" 2>/dev/null && echo "$path" >>"$BIG_ITEMS"
done <"$BIG_ITEMS.all"
BIG_ITEM=$(head -1 "$BIG_ITEMS")
for path in /healthz /xxgk/ml/ "$SEARCH_PATH"; do mirror "$GPORT" "$NGINX_BIG" "$path"; done
NPORT=$(free_port)
write_nginx_conf "$NGINX_BIG" "$NPORT"
start_nginx "$NGINX_BIG" "$NPORT"
compare "$BIG_ITEM ($ITEMS items)" "$GPORT" "$NPORT" "$BIG_ITEM"
compare "/xxgk/ml/ ($ITEMS items)" "$GPORT" "$NPORT" /xxgk/ml/
compare "/search?q=低保 ($ITEMS items)" "$GPORT" "$NPORT" "$SEARCH_PATH" informational
compare "$(wc -l <"$BIG_ITEMS") items in turn ($ITEMS items)" "$GPORT" "$NPORT" "@$BIG_ITEMS"
RSS_LOAD=$(rss_kb "$BIG_PID" VmRSS)
HWM_LOAD=$(rss_kb "$BIG_PID" VmHWM)
row "resident memory, $ITEMS items, after the wrk runs (VmRSS; peak VmHWM)" \
  "$(mb "$RSS_LOAD") MB (peak $(mb "$HWM_LOAD") MB)" "—" "< 150 MB" "$(verdict "$(mb "$RSS_LOAD")" 150 '<')"
stop_pid "$NGINX_PID"
stop_pid "$BIG_PID"

# ---- 4. search_bench (owned by search; passed through) ------------------------------

SEARCH_ROWS=()
if [[ -x $SEARCH_BENCH && ${GONGKAI_BENCH_SKIP_SEARCH:-0} != 1 ]]; then
  log "search_bench ($INDEX_ITEMS items)"
  SB_JSON="$WORK/search_bench.json"
  GONGKAI_BENCH_ITEMS=$INDEX_ITEMS GONGKAI_BENCH_DIR="$OUT/search_bench" \
    "$SEARCH_BENCH" --benchmark_out="$SB_JSON" --benchmark_out_format=json
  rm -rf "$OUT/search_bench"
  LOAD_SAMPLES+=("$(loadavg)")
  if [[ -s $SB_JSON ]]; then
    while IFS=$'\t' read -r name figure; do
      SEARCH_ROWS+=("| $name | $figure |")
    done < <(awk '
      function num(line) { sub(/.*: */, "", line); sub(/,$/, "", line); return line + 0 }
      /"name":/ { name = $0; sub(/.*"name": *"/, "", name); sub(/".*/, "", name); rate = p50 = p99 = "" }
      /"items_per_s":/ { rate = num($0) }
      /"p50_ms":/ { p50 = num($0) }
      /"p99_ms":/ { p99 = num($0) }
      /^    }/ && name != "" {
        if (rate != "") printf "%s\t%.0f items/s\n", name, rate
        else if (p50 != "") printf "%s\tp50 %.2f ms / p99 %.2f ms\n", name, p50, p99
        name = ""
      }' "$SB_JSON")
  fi
fi

# ---- the table ------------------------------------------------------------------------

LOAD_END=$(loadavg)
{
  echo "# gongkai server benchmarks"
  echo
  echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $THREADS server threads (gongkai --threads $THREADS, nginx worker_processes $THREADS),"
  echo "wrk -t2 -c32 -d${DURATION}s on loopback; large store: $ITEMS generated items; search index and search_bench: $INDEX_ITEMS items."
  ((INDEX_ITEMS == ITEMS)) || echo "The large store's search index holds only the demo items (the index was built and timed on a separate $INDEX_ITEMS-item store)."
  echo "Load average (1/5/15 min) at start: $LOAD_START; at end: $LOAD_END; samples: $(IFS=';'; echo "${LOAD_SAMPLES[*]}")."
  echo "wrk, the servers and any other work on the machine share the same cores."
  echo
  echo "| measure | gongkai | baseline | target | result |"
  echo "|---|---|---|---|---|"
  printf '%s\n' "${ROWS[@]}"
  if ((${#SEARCH_ROWS[@]})); then
    echo
    echo "| search_bench (Xapian vs SQLite FTS5, same corpus) | figure |"
    echo "|---|---|"
    printf '%s\n' "${SEARCH_ROWS[@]}"
  fi
} >"$RESULTS"
log "results (also in ${RESULTS#"$ROOT"/})"
cat "$RESULTS"
