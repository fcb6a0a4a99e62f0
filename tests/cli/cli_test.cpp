// The command line as a user runs it: exit codes, what it prints, and what it
// leaves in the store.
#include <gtest/gtest.h>

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>

#include <nlohmann/json.hpp>

#include "store/database.h"

namespace {

struct Run {
  int exit_code = -1;
  std::string out;  // standard output and standard error, in order
};

Run run(const std::string& arguments) {
  const std::string command = std::string(GONGKAI_BINARY) + " " + arguments + " 2>&1";
  Run result;
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return result;
  std::array<char, 4096> buffer{};
  size_t n = 0;
  while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0) result.out.append(buffer.data(), n);
  const int status = pclose(pipe);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

class CliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::random_device random;
    dir_ = std::filesystem::temp_directory_path() / ("gongkai-cli-" + std::to_string(random()));
    std::filesystem::create_directories(dir_);
    db_ = (dir_ / "gongkai.db").string();
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  int64_t count(const std::string& table) {
    auto database = gongkai::store::Database::open(db_);
    auto c = database->lease();
    return c->query_one("SELECT COUNT(*) FROM " + table)->integer(0);
  }

  std::filesystem::path dir_;
  std::string db_;
};

// 2017-09-29 is the Friday before 国庆: 09-30 (Saturday) is a make-up working
// day (1), 10-01..10-08 are off, then 10-09..10-13 (2–6), 10-16..10-20 (7–11),
// 10-23..10-26 (12–15).
TEST_F(CliTest, CalendarDuePrintsTheDateFirst) {
  const auto result = run("calendar due --from 2017-09-29 --days 15");
  EXPECT_EQ(result.exit_code, 0);
  EXPECT_EQ(result.out.substr(0, 11), "2017-10-26\n");
  EXPECT_NE(result.out.find("调休上班"), std::string::npos);
}

TEST_F(CliTest, CalendarDueRefusesABadDate) {
  const auto result = run("calendar due --from 2017-02-30 --days 15");
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.out.find("错误："), std::string::npos);
  EXPECT_NE(result.out.find("起算日期"), std::string::npos);
}

TEST_F(CliTest, NoCommandIsAUsageError) {
  EXPECT_NE(run("").exit_code, 0);
  EXPECT_NE(run("frobnicate").exit_code, 0);
}

TEST_F(CliTest, InitDemoLoadsTheAgencyOnceAndOnlyOnce) {
  const auto first = run("init --db " + db_ + " --demo");
  ASSERT_EQ(first.exit_code, 0) << first.out;
  EXPECT_NE(first.out.find("信息99条，附件2个"), std::string::npos) << first.out;
  EXPECT_EQ(count("items"), 99);
  const int64_t audit = count("audit_log");

  const auto second = run("init --db " + db_ + " --demo");
  EXPECT_EQ(second.exit_code, 1);
  EXPECT_NE(second.out.find("已存在"), std::string::npos) << second.out;
  EXPECT_EQ(count("items"), 99);
  EXPECT_EQ(count("audit_log"), audit);

  const auto verify = run("audit verify --db " + db_);
  EXPECT_EQ(verify.exit_code, 0) << verify.out;
  EXPECT_NE(verify.out.find("审计日志完整：共" + std::to_string(audit) + "条记录"), std::string::npos);

  const auto reindex = run("search reindex --db " + db_);
  EXPECT_EQ(reindex.exit_code, 0) << reindex.out;
  EXPECT_NE(reindex.out.find("搜索索引已重建：94条公开信息"), std::string::npos) << reindex.out;
}

TEST_F(CliTest, ABadImportReportsEveryLineAndStoresNothing) {
  ASSERT_EQ(run("init --db " + db_ + " --demo").exit_code, 0);
  const auto file = dir_ / "bad.csv";
  std::ofstream(file) << "category,title,written_date,published_date,body\n"
                         "zcwj,好的通知,2018-03-01,2018-03-02,正文\n"
                         "zcwj,,2018-03-01,2018-03-02,正文\n"
                         "xx,栏目不对,2018-03-01,2018-03-02,正文\n";
  const auto result = run("import items --db " + db_ + " --agency wzsmzj " + file.string());
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.out.find(file.string() + ":3: 标题不能为空"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find(file.string() + ":4: 栏目不存在：xx"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("未导入任何记录"), std::string::npos);
  EXPECT_EQ(count("items"), 99);
}

TEST_F(CliTest, AGoodImportIsSearchableAndExported) {
  ASSERT_EQ(run("init --db " + db_ + " --demo").exit_code, 0);
  const auto file = dir_ / "good.json";
  std::ofstream(file) << R"([{"category":"gzdt","title":"吴忠市民政局开展冬季救助专项行动","written_date":"2018-01-08",
                              "published_date":"2018-01-09","summary":"冬季救助","body":"为做好冬季救助工作……"}])";
  const auto result = run("import items --db " + db_ + " --agency wzsmzj " + file.string());
  ASSERT_EQ(result.exit_code, 0) << result.out;
  EXPECT_NE(result.out.find("已导入1条信息"), std::string::npos);
  EXPECT_EQ(count("items"), 100);

  const auto out = dir_ / "export.json";
  ASSERT_EQ(run("export items --db " + db_ + " --agency 11640300010423576U --out " + out.string()).exit_code, 0);
  std::ifstream in(out);
  const std::string exported((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_NE(exported.find("\"index_number\": \"010423576/2018-00001\""), std::string::npos);
  EXPECT_NE(exported.find("吴忠市民政局开展冬季救助专项行动"), std::string::npos);
}

TEST_F(CliTest, UnknownAgencyIsAClearError) {
  ASSERT_EQ(run("init --db " + db_).exit_code, 0);
  const auto result = run("export items --db " + db_ + " --agency nowhere");
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.out.find("未找到机关：nowhere"), std::string::npos);
}

TEST_F(CliTest, ATamperedAuditLogFailsVerification) {
  ASSERT_EQ(run("init --db " + db_ + " --demo").exit_code, 0);
  {
    auto database = gongkai::store::Database::open(db_);
    auto c = database->lease();
    c->execute("UPDATE audit_log SET after_json = '{}' WHERE id = 10");
  }
  const auto result = run("audit verify --db " + db_);
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.out.find("第10条记录"), std::string::npos) << result.out;
}

}  // namespace

namespace {

int64_t count_where(const std::string& db, const std::string& sql) {
  auto database = gongkai::store::Database::open(db);
  auto c = database->lease();
  return c->query_one(sql)->integer(0);
}

TEST_F(CliTest, UserAddCreatesAnAccountThatMustChangeItsPassword) {
  ASSERT_EQ(run("init --db " + db_).exit_code, 0);
  const auto no_agency = run("user add --db " + db_ + " --username wangwu --role office --name 王五");
  EXPECT_EQ(no_agency.exit_code, 1);
  EXPECT_NE(no_agency.out.find("数据库中还没有机关"), std::string::npos) << no_agency.out;

  ASSERT_EQ(run("init --db " + db_ + " --demo").exit_code, 0);
  // The demo has two agencies: which one must be said.
  const auto which = run("user add --db " + db_ + " --username wangwu --role office --name 王五");
  EXPECT_EQ(which.exit_code, 1);
  EXPECT_NE(which.out.find("数据库中有多个机关"), std::string::npos) << which.out;
  const auto added = run("user add --db " + db_ + " --agency wzsmzj --username wangwu --role office --name 王五 "
                         "--password Wangwu-2026 --department bgs");
  ASSERT_EQ(added.exit_code, 0) << added.out;
  EXPECT_NE(added.out.find("已创建账号：wangwu（办公室，吴忠市民政局"), std::string::npos) << added.out;
  EXPECT_EQ(added.out.find("初始密码："), std::string::npos);
  EXPECT_EQ(count_where(db_, "SELECT COUNT(*) FROM users WHERE username = 'wangwu' AND role = 'office' AND "
                             "must_change_password = 1 AND department_id IS NOT NULL"),
            1);

  const auto generated = run("user add --db " + db_ + " --agency wzsmzj --username zhaoliu --role administrator --name 赵六");
  ASSERT_EQ(generated.exit_code, 0) << generated.out;
  EXPECT_NE(generated.out.find("初始密码：Gk-"), std::string::npos) << generated.out;

  const auto bad_role = run("user add --db " + db_ + " --agency wzsmzj --username king --role king --name 国王");
  EXPECT_EQ(bad_role.exit_code, 1);
  EXPECT_NE(bad_role.out.find("未知角色：king"), std::string::npos) << bad_role.out;
  const auto taken =
      run("user add --db " + db_ + " --agency wzsmzj --username wangwu --role office --name 王五 --password Wangwu-2026");
  EXPECT_EQ(taken.exit_code, 1);
  EXPECT_NE(taken.out.find("用户名已被使用：wangwu"), std::string::npos) << taken.out;
  const auto weak = run("user add --db " + db_ + " --agency wzsmzj --username weak --role office --name 弱 --password password1");
  EXPECT_EQ(weak.exit_code, 1);
  EXPECT_EQ(count("users"), 14);  // six demo accounts in each of the two agencies, wangwu, zhaoliu
}

TEST_F(CliTest, DemoAccountsMustChangeTheirPasswordUnlessDemoMode) {
  ASSERT_EQ(run("init --db " + db_ + " --demo").exit_code, 0);
  EXPECT_EQ(count_where(db_, "SELECT COUNT(*) FROM users WHERE must_change_password = 1"), 12);
  EXPECT_EQ(count_where(db_, "SELECT COUNT(*) FROM users WHERE username IN ('xinxiyuan', 'baomi', 'fenguan', "
                             "'zhuyao', 'bangongshi', 'admin')"),
            6);
  const std::string ready_db = (dir_ / "ready.db").string();
  const auto ready = run("init --db " + ready_db + " --demo --demo-accounts-ready");
  ASSERT_EQ(ready.exit_code, 0) << ready.out;
  EXPECT_NE(ready.out.find("依申请公开48件，工作人员账号12个（演示模式：无需修改初始密码）"), std::string::npos)
      << ready.out;
  EXPECT_EQ(count_where(ready_db, "SELECT COUNT(*) FROM users WHERE must_change_password = 0"), 12);
}

// `report build`: the demo's 2023 draft of 利通区 as JSON is a report `report
// check` reads and finds consistent (0); a broken rule in it exits 1, a
// negative count or malformed JSON exits 2. The 2017 draft of 吴忠市民政局 as
// text quotes the source's figures.
TEST_F(CliTest, ReportBuildWritesTablesThatReportCheckReads) {
  ASSERT_EQ(run("init --db " + db_ + " --demo").exit_code, 0);
  const auto built = (dir_ / "ltq-2023.json").string();
  ASSERT_EQ(run("report build --db " + db_ + " --agency ltqzf --year 2023 --format json > " + built).exit_code, 0);
  std::ifstream in(built);
  const auto json = nlohmann::json::parse(in);
  EXPECT_EQ(json["format"], "2021");
  EXPECT_EQ(json["agency"], "吴忠市利通区人民政府");
  EXPECT_EQ(json["applications"]["rows"]["new"], nlohmann::json({29, 7, 2, 2, 4, 1, 45}));
  EXPECT_EQ(json["proactive"]["licensing"]["decisions"], 4);
  EXPECT_EQ(json["fees_collected"]["amount_yuan"], 1250);
  EXPECT_EQ(json["sections"][1]["heading"], "一、总体情况");
  EXPECT_TRUE(json["figures"].is_array());
  EXPECT_EQ(json["figures"][0]["key"], "proactive.portal");

  const auto consistent = run("report check " + built);
  EXPECT_EQ(consistent.exit_code, 0) << consistent.out;
  EXPECT_NE(consistent.out.find("错误0条，警告0条，跳过0条"), std::string::npos) << consistent.out;

  const auto write = [&](const std::string& name, const std::string& text) {
    const auto path = (dir_ / name).string();
    std::ofstream(path) << text;
    return path;
  };
  auto broken = json;
  broken["applications"]["rows"]["new"][0] = 30;  // 30 + 2 ≠ 29 + 2, and the total column no longer adds up
  const auto inconsistent = run("report check " + write("broken.json", broken.dump()));
  EXPECT_EQ(inconsistent.exit_code, 1) << inconsistent.out;
  EXPECT_NE(inconsistent.out.find("C1 错误"), std::string::npos) << inconsistent.out;

  auto negative = json;
  negative["appeals"]["reconsideration"]["upheld"] = -1;
  const auto bad_cell = run("report check " + write("negative.json", negative.dump()));
  EXPECT_EQ(bad_cell.exit_code, 2) << bad_cell.out;
  EXPECT_NE(bad_cell.out.find("(reconsideration)"), std::string::npos) << bad_cell.out;

  const auto malformed = run("report check " + write("malformed.json", json.dump().substr(0, 200)));
  EXPECT_EQ(malformed.exit_code, 2) << malformed.out;
  EXPECT_NE(malformed.out.find("错误："), std::string::npos) << malformed.out;

  auto missing = json;
  missing.erase("appeals");
  EXPECT_EQ(run("report check " + write("missing.json", missing.dump())).exit_code, 2);
  auto text = json;
  text["applications"]["rows"]["partial"][3] = "三";
  EXPECT_EQ(run("report check " + write("text.json", text.dump())).exit_code, 2);
}

TEST_F(CliTest, ReportBuildTextOfTheDemo2017ReadsLikeTheSource) {
  ASSERT_EQ(run("init --db " + db_ + " --demo").exit_code, 0);
  const auto text = run("report build --db " + db_ + " --agency wzsmzj --year 2017 --format text");
  ASSERT_EQ(text.exit_code, 0) << text.out;
  EXPECT_EQ(text.out.rfind("吴忠市民政局2017年政府信息公开工作年度报告\n", 0), 0u) << text.out;
  EXPECT_NE(text.out.find("全年通过吴忠市政府门户网站公开公示民政信息88条"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("公开公示各类政务信息63条"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("六、政府信息公开存在的主要问题及改进措施"), std::string::npos) << text.out;

  // A legacy year's JSON has no national tables: `report check` refuses it as bad input.
  const auto legacy = (dir_ / "wzsmzj-2017.json").string();
  ASSERT_EQ(run("report build --db " + db_ + " --agency wzsmzj --year 2017 > " + legacy).exit_code, 0);
  std::ifstream legacy_in(legacy);
  const auto legacy_json = nlohmann::json::parse(legacy_in);
  EXPECT_EQ(legacy_json["format"], "legacy");
  EXPECT_FALSE(legacy_json.contains("applications"));
  EXPECT_EQ(run("report check " + legacy).exit_code, 2);

  const auto too_early = run("report build --db " + db_ + " --agency wzsmzj --year 2007");
  EXPECT_EQ(too_early.exit_code, 1) << too_early.out;
  EXPECT_NE(too_early.out.find("错误："), std::string::npos) << too_early.out;
  EXPECT_EQ(run("report build --db " + db_ + " --agency nowhere --year 2017").exit_code, 1);
  EXPECT_NE(run("report build --db " + db_ + " --agency wzsmzj --year 2017 --format doc").exit_code, 0);
  // pdf: the published version when there is one, else the draft (docs/annual-report.md, Publication).
  const std::string pdf = (dir_ / "report.pdf").string();
  ASSERT_EQ(run("report build --db " + db_ + " --agency wzsmzj --year 2017 --format pdf --out " + pdf).exit_code, 0);
  std::ifstream pdf_file(pdf, std::ios::binary);
  std::string magic(4, '\0');
  pdf_file.read(magic.data(), 4);
  EXPECT_EQ(magic, "%PDF");
  // xlsx: the 2017 report has no national tables; its workbook is the sheet of its figures (a zip: "PK").
  const std::string xlsx = pdf + ".xlsx";
  ASSERT_EQ(run("report build --db " + db_ + " --agency wzsmzj --year 2017 --format xlsx --out " + xlsx).exit_code, 0);
  std::ifstream xlsx_file(xlsx, std::ios::binary);
  std::string zip(2, '\0');
  xlsx_file.read(zip.data(), 2);
  EXPECT_EQ(zip, "PK");
}

}  // namespace
