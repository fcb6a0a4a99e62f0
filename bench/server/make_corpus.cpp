// make_corpus: fills a gongkai SQLite store with a large generated catalogue
// for the server benchmarks (bench/run.sh).
//
//   make_corpus --db FILE [--items N] [--seed S] [--no-search-changes]
//
// The store must already hold the demo agency (`gongkai init --db FILE
// --demo`): its agency, departments and categories are reused. Items are
// appended in chronological order of 发布日期 (2008-01-01 .. 2026-06-30), as a
// portal accumulates them, each with a search_changes row, in transactions of
// 20,000 rows, through the store library (the same statements and pragmas the
// product uses). Titles and bodies (~300 characters) are built from
// civil-affairs word lists with a fixed seed, so a given N always yields the
// same store. With --no-search-changes no change rows are written, so a
// server's search index does not try to catch up with the generated items
// (for a memory or page benchmark when the index is built separately). About 95% of the items are 主动公开, 2% 部分公开 (with a redacted
// public body), 2% 依申请公开 and 1% 不予公开 (never published).
//
// Prints one line: the number of items written and the rate.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "core/civil_date.h"
#include "store/database.h"

namespace {

using gongkai::CivilDate;
using gongkai::store::Value;
using Clock = std::chrono::steady_clock;
using Rng = std::mt19937_64;

const std::vector<std::string> kPlaces = {"吴忠市", "利通区", "青铜峡市", "同心县", "盐池县", "红寺堡区",
                                          "金积镇", "古城镇", "上桥镇", "马莲渠乡", "扁担沟镇", "东塔寺乡"};
const std::vector<std::string> kTopics = {
    "城乡低保", "特困人员救助供养", "临时救助", "医疗救助", "残疾人两项补贴", "社会组织登记", "养老机构",
    "居家养老服务", "婚姻登记", "殡葬改革", "双拥工作", "老龄工作", "慈善事业", "区划地名", "社区建设",
    "农村留守儿童关爱", "孤儿基本生活费", "政务公开", "政府信息公开", "行政许可", "行政处罚", "权力清单",
    "政务服务事项", "高龄津贴", "流浪乞讨人员救助", "福利彩票", "优抚安置", "低收入家庭核对"};
const std::vector<std::string> kDocTypes = {"工作方案", "实施意见", "管理办法", "通知", "公示", "公告",
                                            "工作总结", "统计表", "实施细则", "工作要点", "名单公示", "情况通报"};
const std::vector<std::string> kSubjects = {
    "困难群众", "低保对象", "特困人员", "集中供养对象", "分散供养对象", "困难残疾人", "重度残疾人",
    "高龄老人", "社会团体", "民办非企业单位", "养老机构", "各县（市、区）民政局", "乡镇人民政府",
    "街道办事处", "村民委员会", "社区居委会", "临时救助对象", "优抚对象", "志愿者", "慈善组织"};
const std::vector<std::string> kVerbs = {"落实", "发放", "审核", "公开", "公示", "登记", "核查", "办理",
                                         "统筹", "推进", "规范", "监督", "保障", "排查", "审批"};
const std::vector<std::string> kObjects = {
    "低保金", "救助资金", "供养经费", "冬季取暖费", "节日慰问金", "护理补贴", "生活补贴", "年检材料",
    "登记信息", "信用信息", "办事流程", "办理时限", "申请材料", "审批事项", "政策文件", "统计数据",
    "公开目录", "公开指南", "资金台账", "服务窗口"};
const std::vector<std::string> kTimes = {"开斋节期间", "古尔邦节前夕", "春节前", "第一季度", "上半年",
                                         "年底前", "每月", "按季度", "冬季来临之际", "全年"};
const std::vector<std::string> kTopicClasses = {"民政、扶贫、救灾\\社会救助", "民政、扶贫、救灾\\社会福利",
                                                "民政、扶贫、救灾\\社会组织", "综合政务\\政务公开",
                                                "民政、扶贫、救灾\\优抚安置", "综合政务\\其他"};
const std::vector<std::string> kGenres = {"通知", "公告", "意见", "办法", "报告", "其他"};
const std::vector<std::string> kGrounds = {"art15_third_party", "art16_internal_affairs", "art16_process_info"};

const std::string& pick(Rng& rng, const std::vector<std::string>& list) {
  return list[std::uniform_int_distribution<size_t>(0, list.size() - 1)(rng)];
}

// Number of UTF-8 code points.
size_t code_points(std::string_view text) {
  size_t n = 0;
  for (unsigned char c : text) n += (c & 0xC0) != 0x80;
  return n;
}

std::string sentence(Rng& rng) {
  const std::string number = std::to_string(std::uniform_int_distribution<int>(12, 98765)(rng));
  switch (std::uniform_int_distribution<int>(0, 4)(rng)) {
    case 0:
      return pick(rng, kTimes) + "，" + pick(rng, kPlaces) + "向" + pick(rng, kSubjects) + pick(rng, kVerbs) +
             pick(rng, kObjects) + number + "万元。";
    case 1:
      return "各单位要认真" + pick(rng, kVerbs) + pick(rng, kTopics) + "政策，及时" + pick(rng, kVerbs) +
             pick(rng, kObjects) + "，确保" + pick(rng, kSubjects) + "应保尽保、应救尽救。";
    case 2:
      return pick(rng, kPlaces) + "累计" + pick(rng, kVerbs) + pick(rng, kTopics) + pick(rng, kSubjects) + number +
             "人次，" + pick(rng, kObjects) + "通过政府门户网站和公示栏向社会公开。";
    case 3:
      return "按照《" + pick(rng, kTopics) + pick(rng, kDocTypes) + "》的要求，" + pick(rng, kPlaces) + "民政局对" +
             pick(rng, kSubjects) + "的" + pick(rng, kObjects) + "进行" + pick(rng, kVerbs) + "，接受社会监督。";
    default:
      return "联系电话：0953-20" + number.substr(0, 2) + "045，受理时间为法定工作日。";
  }
}

std::string body_text(Rng& rng) {
  std::string body;
  int in_paragraph = 0;
  while (code_points(body) < 300) {
    body += sentence(rng);
    if (++in_paragraph == 3) {
      body += "\n\n";
      in_paragraph = 0;
    }
  }
  return body;
}

struct Options {
  std::string db;
  long long items = 1000000;
  unsigned long long seed = 20170326;
  bool search_changes = true;
};

Options parse_options(int argc, char** argv) {
  Options options;
  for (int i = 1; i < argc; i += 2) {
    const std::string_view flag = argv[i];
    if (flag == "--no-search-changes") {
      options.search_changes = false;
      --i;
      continue;
    }
    if (i + 1 >= argc) break;
    if (flag == "--db") options.db = argv[i + 1];
    else if (flag == "--items") options.items = std::atoll(argv[i + 1]);
    else if (flag == "--seed") options.seed = std::strtoull(argv[i + 1], nullptr, 10);
  }
  if (options.db.empty() || options.items < 0) {
    std::fprintf(stderr, "usage: make_corpus --db FILE [--items N] [--seed S] [--no-search-changes]\n");
    std::exit(2);
  }
  return options;
}

struct Agency {
  int64_t id = 0;
  std::string name;
  std::string index_code;
  std::vector<int64_t> categories;
  std::vector<int64_t> departments;
  std::map<int, int64_t> last_serial;  // per index year
};

Agency load_agency(gongkai::store::Connection& c) {
  auto row = c.query_one("SELECT id, name, index_code FROM agencies WHERE code = 'wzsmzj'");
  if (!row) {
    std::fprintf(stderr, "make_corpus: the store has no demo agency; run `gongkai init --db FILE --demo` first\n");
    std::exit(1);
  }
  Agency agency{row->integer(0), row->text(1), row->text(2), {}, {}, {}};
  for (const auto& r : c.query("SELECT id FROM categories WHERE agency_id = ? ORDER BY id", {agency.id})) {
    agency.categories.push_back(r.integer(0));
  }
  for (const auto& r : c.query("SELECT id FROM departments WHERE agency_id = ? ORDER BY id", {agency.id})) {
    agency.departments.push_back(r.integer(0));
  }
  for (const auto& r : c.query("SELECT index_year, MAX(index_serial) FROM items WHERE agency_id = ? GROUP BY index_year",
                               {agency.id})) {
    agency.last_serial[static_cast<int>(r.integer(0))] = r.integer(1);
  }
  return agency;
}

// The agency's pattern {code}/{year}-{serial:5}.
std::string index_number(const Agency& agency, int year, int64_t serial) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%d-%05lld", year, static_cast<long long>(serial));
  return agency.index_code + "/" + buffer;
}

// Replaces the digits of amounts and phone numbers, as a 部分公开 redaction would.
std::string redact(const std::string& body) {
  std::string out;
  for (char c : body) out += (c >= '0' && c <= '9') ? '*' : c;
  return out;
}

constexpr const char* kInsertItem =
    "INSERT INTO items (agency_id, category_id, index_number, index_year, index_serial, title, doc_number, "
    "publisher, department_id, written_date, published_date, topic, genre, validity, attribute, "
    "withholding_ground, summary, body, public_body, status, version, created_at, updated_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?) RETURNING id";

void insert_item(gongkai::store::Connection& c, Agency& agency, Rng& rng, CivilDate published, const std::string& now,
                 bool search_change) {
  const int roll = std::uniform_int_distribution<int>(0, 99)(rng);
  const std::string attribute = roll < 95 ? "proactive" : roll < 97 ? "partial" : roll < 99 ? "on_request" : "withheld";
  const bool is_public = attribute == "proactive" || attribute == "partial";
  const CivilDate written = gongkai::from_days_since_epoch(gongkai::days_since_epoch(published) -
                                                           std::uniform_int_distribution<int>(0, 12)(rng));
  const int year = static_cast<int>(written.year());
  const int64_t serial = ++agency.last_serial[year];
  const std::string topic = pick(rng, kTopics);
  const std::string title = pick(rng, kPlaces) + "民政局关于" + topic + pick(rng, kObjects) + "的" + pick(rng, kDocTypes);
  const std::string doc_number =
      std::uniform_int_distribution<int>(0, 2)(rng) == 0 ? "吴民发〔" + std::to_string(year) + "〕" + std::to_string(serial % 200 + 1) + "号" : "";
  std::string body = body_text(rng);
  const std::string summary = "本文公布" + topic + "有关" + pick(rng, kObjects) + "情况。";
  const int64_t category = agency.categories[std::uniform_int_distribution<size_t>(0, agency.categories.size() - 1)(rng)];
  Value department;
  if (!agency.departments.empty() && std::uniform_int_distribution<int>(0, 3)(rng) != 0) {
    department = agency.departments[std::uniform_int_distribution<size_t>(0, agency.departments.size() - 1)(rng)];
  }
  const auto row = c.query_one(
      kInsertItem,
      {agency.id, category, index_number(agency, year, serial), static_cast<int64_t>(year), serial, title, doc_number,
       agency.name, department, gongkai::format_date(written),
       is_public ? Value{gongkai::format_date(published)} : Value{}, pick(rng, kTopicClasses), pick(rng, kGenres),
       std::string(std::uniform_int_distribution<int>(0, 19)(rng) == 0 ? "expired" : "valid"), attribute,
       attribute == "withheld" ? Value{pick(rng, kGrounds)} : Value{}, summary, body,
       attribute == "partial" ? Value{redact(body)} : Value{}, std::string(is_public ? "published" : "draft"), now,
       now});
  if (search_change) c.execute("INSERT INTO search_changes (item_id, changed_at) VALUES (?, ?)", {row->integer(0), now});
}

}  // namespace

int main(int argc, char** argv) {
  const Options options = parse_options(argc, argv);
  try {
    auto database = gongkai::store::Database::open(options.db);
    auto lease = database->lease();
    auto& c = *lease;
    c.execute_script("PRAGMA cache_size = -262144;");  // 256 MiB while loading
    Agency agency = load_agency(c);
    Rng rng(options.seed);
    const int first_day = gongkai::days_since_epoch(CivilDate{std::chrono::year{2008}, std::chrono::January, std::chrono::day{1}});
    const int last_day = gongkai::days_since_epoch(CivilDate{std::chrono::year{2026}, std::chrono::June, std::chrono::day{30}});
    const std::string now = gongkai::now_iso8601_china();
    constexpr long long kBatch = 20000;
    const auto start = Clock::now();
    for (long long done = 0; done < options.items;) {
      gongkai::store::Transaction transaction(c);
      const long long end = std::min(options.items, done + kBatch);
      for (; done < end; ++done) {
        const int day = first_day + static_cast<int>((last_day - first_day) * (done + 0.5) / options.items);
        insert_item(c, agency, rng, gongkai::from_days_since_epoch(day), now, options.search_changes);
      }
      transaction.commit();
    }
    c.execute_script("PRAGMA wal_checkpoint(TRUNCATE);");
    const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    std::printf("make_corpus: %lld items in %.1f s (%.0f items/s)\n", options.items, seconds,
                seconds > 0 ? options.items / seconds : 0.0);
    return 0;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "make_corpus: %s\n", e.what());
    return 1;
  }
}
