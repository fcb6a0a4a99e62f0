// search_bench: Xapian (gongkai's search) against SQLite FTS5 on the same
// generated corpus of Chinese civil-affairs items, segmented the same way.
//
//   GONGKAI_BENCH_ITEMS   number of items (default 1,000,000)
//   GONGKAI_BENCH_DIR     where the two indexes are built and kept (default: a
//                         new directory under the system temp dir, removed at
//                         exit); with --benchmark_filter=Query the query
//                         benchmarks reuse indexes an earlier run left there
//
// Benchmarks run in order: build the Xapian index (SearchIndex::rebuild, the
// product path of `gongkai search reindex`), split a build into its two
// halves, build the FTS5 table, then the same ~200 ranked two-word
// queries on each engine, top 10 by BM25. Latency percentiles are reported as
// counters (milliseconds); index sizes are printed.
#include <benchmark/benchmark.h>
#include <sqlite3.h>
#include <xapian.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <random>
#include <string>
#include <vector>

#include "core/segmenter.h"
#include "core/text.h"
#include "search/document_terms.h"
#include "search/query_builder.h"
#include "search/search_index.h"

namespace {

using gongkai::Segmenter;
using gongkai::Token;
using gongkai::TokenKind;
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

// ---- corpus -------------------------------------------------------------

const std::vector<std::string> kAgencies = {"吴忠市民政局", "利通区民政局", "青铜峡市民政局", "同心县民政局",
                                            "盐池县民政局", "红寺堡区民政局", "吴忠市人民政府办公室"};
const std::vector<std::string> kTopics = {
    "城乡低保", "特困供养", "临时救助", "医疗救助", "残疾人两项补贴", "社会组织登记", "养老机构",
    "养老服务", "婚姻登记", "殡葬管理", "双拥工作", "老龄工作", "慈善事业", "区划地名", "社区建设",
    "留守儿童", "孤儿基本生活费", "政务公开", "政府信息公开", "行政许可", "行政处罚", "权力清单",
    "政务服务事项", "意见征集", "建议提案", "退役士兵", "志愿服务", "救助管理", "居家养老", "高龄津贴"};
const std::vector<std::string> kDocTypes = {"工作方案", "实施意见", "管理办法", "通知", "公示", "公告",
                                            "工作总结", "统计报表", "政策解读", "年度报告", "名单公示"};
const std::vector<std::string> kSubjects = {
    "困难群众", "低保对象", "特困人员", "集中供养对象", "分散供养对象", "残疾人", "老年人", "社会组织",
    "民办非企业单位", "养老机构", "各县区民政局", "乡镇人民政府", "街道办事处", "村民委员会",
    "社区居委会", "救助对象", "受助人员", "优抚对象", "志愿者", "慈善组织"};
const std::vector<std::string> kVerbs = {"落实", "发放", "审核", "公开", "公示", "登记", "核查", "办理",
                                         "统筹", "推进", "规范", "监督", "保障", "排查", "申报"};
const std::vector<std::string> kObjects = {
    "低保金", "救助资金", "供养经费", "取暖费", "过节补贴", "护理补贴", "生活补贴", "年检材料",
    "登记信息", "信用信息", "办事流程", "办理时限", "申请材料", "审批事项", "政策文件", "统计数据",
    "公开目录", "公开指南", "资金台账", "服务窗口"};
const std::vector<std::string> kPlaces = {"吴忠市", "利通区", "青铜峡市", "同心县", "盐池县", "红寺堡区",
                                          "金积镇", "古城镇", "上桥镇", "宁夏回族自治区"};
const std::vector<std::string> kTimes = {"开斋节期间", "古尔邦节期间", "春节前", "第一季度", "上半年",
                                         "年底前", "每月", "按季度", "冬季来临之际", "全年"};

template <typename Rng>
const std::string& pick(Rng& rng, const std::vector<std::string>& list) {
  return list[std::uniform_int_distribution<size_t>(0, list.size() - 1)(rng)];
}

struct Item {
  gongkai::search::SearchDocument doc;
};

template <typename Rng>
std::string sentence(Rng& rng) {
  std::uniform_int_distribution<int> number(1, 99999);
  switch (std::uniform_int_distribution<int>(0, 3)(rng)) {
    case 0:
      return pick(rng, kTimes) + "，" + pick(rng, kPlaces) + "向" + pick(rng, kSubjects) + pick(rng, kVerbs) +
             pick(rng, kObjects) + std::to_string(number(rng)) + "万元。";
    case 1:
      return "各单位要认真" + pick(rng, kVerbs) + pick(rng, kTopics) + "政策，及时" + pick(rng, kVerbs) +
             pick(rng, kObjects) + "，确保" + pick(rng, kSubjects) + "应保尽保。";
    case 2:
      return pick(rng, kPlaces) + "累计" + pick(rng, kVerbs) + pick(rng, kTopics) + pick(rng, kSubjects) +
             std::to_string(number(rng)) + "人次，" + pick(rng, kObjects) + "通过政府门户网站公开。";
    default:
      return "依据有关规定，" + pick(rng, kAgencies) + "对" + pick(rng, kTopics) + "的" + pick(rng, kObjects) +
             "进行" + pick(rng, kVerbs) + "，接受社会监督。";
  }
}

std::vector<gongkai::search::SearchDocument> make_corpus(size_t n) {
  std::mt19937_64 rng(20170326);
  std::vector<gongkai::search::SearchDocument> out;
  out.reserve(n);
  const std::vector<std::string> categories = {"zcwj", "tzgg", "zdly", "gzdt", "zcjd", "ndbg"};
  for (size_t i = 0; i < n; ++i) {
    gongkai::search::SearchDocument d;
    d.item_id = static_cast<int64_t>(i + 1);
    d.agency_id = std::uniform_int_distribution<int64_t>(1, 7)(rng);
    d.title = pick(rng, kAgencies) + "关于" + pick(rng, kTopics) + pick(rng, kObjects) + "的" + pick(rng, kDocTypes);
    while (gongkai::utf8_length(d.body) < 300) d.body += sentence(rng);
    d.category_code = pick(rng, categories);
    d.year = std::uniform_int_distribution<int>(2008, 2017)(rng);
    d.published = gongkai::CivilDate{std::chrono::year{d.year},
                                     std::chrono::month{std::uniform_int_distribution<unsigned>(1, 12)(rng)},
                                     std::chrono::day{std::uniform_int_distribution<unsigned>(1, 28)(rng)}};
    out.push_back(std::move(d));
  }
  return out;
}

std::vector<std::string> make_queries() {
  std::mt19937_64 rng(19491001);
  std::vector<std::string> pool;
  for (const auto* list : {&kTopics, &kSubjects, &kObjects, &kPlaces}) pool.insert(pool.end(), list->begin(), list->end());
  std::vector<std::string> queries;
  while (queries.size() < 200) {
    const std::string& a = pick(rng, pool);
    const std::string& b = pick(rng, pool);
    if (a != b) queries.push_back(a + " " + b);
  }
  return queries;
}

// ---- shared state ---------------------------------------------------------

struct State {
  size_t items = 1000000;
  fs::path dir;
  bool remove_dir = false;
  std::unique_ptr<Segmenter> segmenter;
  std::vector<std::string> queries;
  sqlite3* fts = nullptr;

  State() {
    if (const char* n = std::getenv("GONGKAI_BENCH_ITEMS")) items = std::stoull(n);
    if (const char* d = std::getenv("GONGKAI_BENCH_DIR")) {
      dir = d;
    } else {
      std::string pattern = (fs::temp_directory_path() / "gongkai-bench-XXXXXX").string();
      dir = mkdtemp(pattern.data());
      remove_dir = true;
    }
    fs::create_directories(dir);
    segmenter = std::make_unique<Segmenter>(Segmenter::default_config(GONGKAI_SOURCE_DIR));
    queries = make_queries();
  }
  ~State() {
    if (fts != nullptr) sqlite3_close(fts);
    std::error_code ec;
    if (remove_dir) fs::remove_all(dir, ec);
  }
  fs::path xapian_path() const { return dir / "xapian"; }
  fs::path fts_path() const { return dir / "fts5.db"; }
};

State& state() {
  static State s;
  return s;
}

uintmax_t disk_size(const fs::path& path) {
  std::error_code ec;
  if (fs::is_regular_file(path, ec)) return fs::file_size(path, ec);
  uintmax_t total = 0;
  for (const auto& entry : fs::recursive_directory_iterator(path, ec)) {
    if (entry.is_regular_file(ec)) total += entry.file_size(ec);
  }
  return total;
}

void report_latencies(benchmark::State& st, std::vector<double> ms, double hits) {
  std::sort(ms.begin(), ms.end());
  auto at = [&](double q) { return ms[std::min(ms.size() - 1, static_cast<size_t>(q * ms.size()))]; };
  st.counters["p50_ms"] = at(0.50);
  st.counters["p90_ms"] = at(0.90);
  st.counters["p99_ms"] = at(0.99);
  st.counters["max_ms"] = ms.back();
  st.counters["queries"] = static_cast<double>(ms.size());
  st.counters["avg_total_hits"] = hits / static_cast<double>(ms.size());
}

void check(int rc, sqlite3* db, const char* what) {
  if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW) {
    std::fprintf(stderr, "sqlite %s: %s\n", what, sqlite3_errmsg(db));
    std::exit(2);
  }
}

// The text FTS5 indexes: the words, then the bigrams, space-separated; the
// bigrams carry a "b" so that they never collide with words.
std::string fts_text(const Segmenter& segmenter, const std::string& raw) {
  std::string normalized = gongkai::normalize_for_search(raw);
  std::string words, bigrams;
  for (const Token& t : segmenter.index_terms(normalized)) {
    std::string& out = t.kind == TokenKind::kBigram ? bigrams : words;
    if (t.kind == TokenKind::kBigram) out += 'b';
    out += t.text;
    out += ' ';
  }
  return words + bigrams;
}

// The FTS5 queries equivalent to build_query's `words` and `all`: each word
// as a word, or the word or its bigram phrase; words joined with AND.
std::string fts_query(const Segmenter& segmenter, const std::string& text, bool through_bigrams) {
  std::string out;
  for (const Token& w : segmenter.words(gongkai::normalize_for_search(text))) {
    std::string bigram_phrase;
    std::vector<Token> grams = segmenter.index_terms(w.text);
    for (const Token& g : grams) {
      if (g.kind == TokenKind::kBigram) bigram_phrase += (bigram_phrase.empty() ? "b" : " b") + g.text;
    }
    if (!out.empty()) out += " AND ";
    out += "(\"" + w.text + "\"";
    if (through_bigrams && !bigram_phrase.empty()) out += " OR \"" + bigram_phrase + "\"";
    out += ")";
  }
  return out;
}

// ---- benchmarks -----------------------------------------------------------

void BM_XapianIndex(benchmark::State& st) {
  State& s = state();
  for (auto _ : st) {
    fs::remove_all(s.xapian_path());
    auto corpus = make_corpus(s.items);
    auto start = Clock::now();
    gongkai::search::SearchIndex index(s.xapian_path(), *s.segmenter);
    index.rebuild(
        [&](const std::function<void(const gongkai::search::SearchDocument&)>& sink) {
          for (const auto& d : corpus) sink(d);
        },
        1);
    double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    st.SetIterationTime(seconds);
    st.counters["items_per_s"] = static_cast<double>(s.items) / seconds;
    st.counters["items"] = static_cast<double>(s.items);
  }
  double mb = static_cast<double>(disk_size(s.xapian_path())) / 1e6;
  st.counters["index_MB"] = mb;
  std::printf("Xapian index: %zu items, %.1f MB on disk (%s)\n", s.items, mb, s.xapian_path().c_str());
}

// Where the time of a build goes, on the first GONGKAI_BENCH_SPLIT_ITEMS
// items (default 20,000), on one thread: turning items into Xapian documents
// (xapian_document, as SearchIndex does: normalisation, friso, bigrams,
// positions, stored text), then writing those documents,
// built beforehand, with a commit every 500 (as SearchIndex::rebuild does).
// The second is what Xapian alone allows, whatever the text processing.
void BM_XapianBuildSplit(benchmark::State& st) {
  State& s = state();
  size_t n = std::min<size_t>(s.items, 20000);
  if (const char* v = std::getenv("GONGKAI_BENCH_SPLIT_ITEMS")) n = std::min<size_t>(s.items, std::stoull(v));
  const fs::path path = s.dir / "xapian-split";
  for (auto _ : st) {
    auto corpus = make_corpus(n);
    std::vector<Xapian::Document> documents;
    documents.reserve(n);
    auto start = Clock::now();
    for (const auto& d : corpus) documents.push_back(gongkai::search::xapian_document(d, *s.segmenter));
    double terms_seconds = std::chrono::duration<double>(Clock::now() - start).count();
    fs::remove_all(path);
    Xapian::WritableDatabase db(path.string(), Xapian::DB_CREATE);
    start = Clock::now();
    for (size_t i = 0; i < n; ++i) {
      db.replace_document(static_cast<Xapian::docid>(i + 1), documents[i]);
      if ((i + 1) % 500 == 0) db.commit();
    }
    db.commit();
    double write_seconds = std::chrono::duration<double>(Clock::now() - start).count();
    st.SetIterationTime(terms_seconds + write_seconds);
    st.counters["items"] = static_cast<double>(n);
    st.counters["terms_items_per_s"] = static_cast<double>(n) / terms_seconds;
    st.counters["write_items_per_s"] = static_cast<double>(n) / write_seconds;
    double postings = 0;
    for (const auto& doc : documents) postings += doc.termlist_count();
    st.counters["distinct_terms_per_item"] = postings / static_cast<double>(n);
  }
  fs::remove_all(path);
}

void BM_Fts5Index(benchmark::State& st) {
  State& s = state();
  for (auto _ : st) {
    if (s.fts != nullptr) sqlite3_close(s.fts);
    fs::remove(s.fts_path());
    auto corpus = make_corpus(s.items);
    auto start = Clock::now();
    sqlite3_open(s.fts_path().c_str(), &s.fts);
    check(sqlite3_exec(s.fts, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
                              "CREATE VIRTUAL TABLE docs USING fts5(title, body, tokenize='unicode61');",
                       nullptr, nullptr, nullptr), s.fts, "create");
    sqlite3_stmt* insert = nullptr;
    check(sqlite3_prepare_v2(s.fts, "INSERT INTO docs(rowid, title, body) VALUES (?, ?, ?)", -1, &insert, nullptr),
          s.fts, "prepare");
    check(sqlite3_exec(s.fts, "BEGIN", nullptr, nullptr, nullptr), s.fts, "begin");
    for (const auto& d : corpus) {
      std::string title = fts_text(*s.segmenter, d.title);
      std::string body = fts_text(*s.segmenter, d.summary + " " + d.body);
      sqlite3_bind_int64(insert, 1, d.item_id);
      sqlite3_bind_text(insert, 2, title.data(), static_cast<int>(title.size()), SQLITE_TRANSIENT);
      sqlite3_bind_text(insert, 3, body.data(), static_cast<int>(body.size()), SQLITE_TRANSIENT);
      check(sqlite3_step(insert), s.fts, "insert");
      sqlite3_reset(insert);
    }
    sqlite3_finalize(insert);
    check(sqlite3_exec(s.fts, "COMMIT", nullptr, nullptr, nullptr), s.fts, "commit");
    double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    st.SetIterationTime(seconds);
    st.counters["items_per_s"] = static_cast<double>(s.items) / seconds;
    st.counters["items"] = static_cast<double>(s.items);
  }
  sqlite3_exec(s.fts, "PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr);
  double mb = static_cast<double>(disk_size(s.fts_path())) / 1e6;
  st.counters["index_MB"] = mb;
  std::printf("FTS5 index: %zu items, %.1f MB on disk (%s)\n", s.items, mb, s.fts_path().c_str());
}

// Times each query of the set on the generated Xapian index: `make_queries`
// builds the queries tried in turn until one matches, as SearchReader does;
// the matcher ranks the top 10 by BM25.
template <typename MakeQueries>
void time_xapian_queries(benchmark::State& st, MakeQueries make_queries) {
  State& s = state();
  Xapian::Database db(s.xapian_path().string());
  std::vector<double> ms;
  double hits = 0;
  for (auto _ : st) {
    for (const auto& text : s.queries) {
      auto start = Clock::now();
      for (const Xapian::Query& query : make_queries(text, *s.segmenter)) {
        Xapian::Enquire enquire(db);
        enquire.set_query(query);
        enquire.set_weighting_scheme(Xapian::BM25Weight());
        Xapian::MSet mset = enquire.get_mset(0, 10);
        if (mset.empty()) continue;
        hits += mset.get_matches_estimated();
        break;
      }
      ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    }
  }
  report_latencies(st, ms, hits);
}

// Ranked top 10 on Xapian, BM25, no facets: the queries gongkai builds, the
// dictionary words as words first, then through their bigrams.
void BM_XapianQuery(benchmark::State& st) {
  time_xapian_queries(st, [](const std::string& text, const Segmenter& segmenter) {
    gongkai::search::BuiltQuery built = gongkai::search::build_query(text, segmenter);
    return std::vector<Xapian::Query>{built.words, built.all};
  });
}

// For comparison: every query through the bigrams (`all`), as gongkai
// searched before it matched dictionary words as words first.
void BM_XapianQueryThroughBigrams(benchmark::State& st) {
  time_xapian_queries(st, [](const std::string& text, const Segmenter& segmenter) {
    return std::vector<Xapian::Query>{gongkai::search::build_query(text, segmenter).all};
  });
}

// The product search: the same plus facets (exact up to 1,000 matches),
// titles and snippets with <mark>.
void BM_SearchReader(benchmark::State& st) {
  State& s = state();
  gongkai::search::SearchReader reader(s.xapian_path(), *s.segmenter);
  std::vector<double> ms;
  double hits = 0;
  for (auto _ : st) {
    for (const auto& text : s.queries) {
      auto start = Clock::now();
      gongkai::search::SearchQuery q;
      q.text = text;
      q.per_page = 10;
      hits += static_cast<double>(reader.search(q).total);
      ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    }
  }
  report_latencies(st, ms, hits);
}

// Ranked top 10 on FTS5: bm25() with the title weighted 3; the words as
// words first, then through their bigram phrases, as gongkai does.
void BM_Fts5Query(benchmark::State& st) {
  State& s = state();
  if (s.fts == nullptr) sqlite3_open(s.fts_path().c_str(), &s.fts);  // built by an earlier run
  sqlite3_stmt* select = nullptr;
  check(sqlite3_prepare_v2(s.fts,
                           "SELECT rowid FROM docs WHERE docs MATCH ? ORDER BY bm25(docs, 3.0, 1.0) LIMIT 10",
                           -1, &select, nullptr),
        s.fts, "prepare");
  std::vector<double> ms;
  double hits = 0;
  for (auto _ : st) {
    for (const auto& text : s.queries) {
      auto start = Clock::now();
      for (bool through_bigrams : {false, true}) {
        std::string match = fts_query(*s.segmenter, text, through_bigrams);
        sqlite3_bind_text(select, 1, match.data(), static_cast<int>(match.size()), SQLITE_TRANSIENT);
        int rc;
        int rows = 0;
        while ((rc = sqlite3_step(select)) == SQLITE_ROW) ++rows;
        check(rc, s.fts, "query");
        sqlite3_reset(select);
        hits += rows;
        if (rows > 0) break;
      }
      ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    }
  }
  sqlite3_finalize(select);
  report_latencies(st, ms, hits);
  st.counters.erase("avg_total_hits");
  st.counters["avg_returned"] = hits / static_cast<double>(ms.size());
}

BENCHMARK(BM_XapianIndex)->Iterations(1)->UseManualTime()->Unit(benchmark::kSecond);
BENCHMARK(BM_XapianBuildSplit)->Iterations(1)->UseManualTime()->Unit(benchmark::kSecond);
BENCHMARK(BM_Fts5Index)->Iterations(1)->UseManualTime()->Unit(benchmark::kSecond);
BENCHMARK(BM_XapianQuery)->Iterations(1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_XapianQueryThroughBigrams)->Iterations(1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SearchReader)->Iterations(1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Fts5Query)->Iterations(1)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
