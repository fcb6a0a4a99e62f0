// `gongkai report check` as a user runs it: exit 0 for consistent tables
// (warnings allowed), 1 with one line per broken rule, 2 with a clear Chinese
// message when the file cannot be read as a report.
#include <gtest/gtest.h>

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>

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

std::string sample(const std::string& name) {
  return std::string(GONGKAI_SOURCE_DIR) + "/tests/reports/data/" + name;
}

nlohmann::json sample_json(const std::string& name) {
  std::ifstream in(sample(name));
  std::ostringstream text;
  text << in.rdbuf();
  return nlohmann::json::parse(text.str());
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

class ReportCheckCli : public ::testing::Test {
 protected:
  void SetUp() override {
    std::random_device random;
    dir_ = std::filesystem::temp_directory_path() / ("gongkai-report-" + std::to_string(random()));
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  std::string write(const std::string& name, const std::string& text) {
    const auto path = (dir_ / name).string();
    std::ofstream(path) << text;
    return path;
  }
  std::string write(const std::string& name, const nlohmann::json& json) { return write(name, json.dump(2)); }

  std::filesystem::path dir_;
};

TEST_F(ReportCheckCli, ConsistentTablesExitZero) {
  const auto result = run("report check " + sample("consistent_2022.json"));
  EXPECT_EQ(result.exit_code, 0) << result.out;
  EXPECT_TRUE(contains(result.out, "错误0条，警告0条，跳过0条")) << result.out;
  EXPECT_TRUE(contains(result.out, "国办公开办函〔2021〕30号")) << result.out;
}

TEST_F(ReportCheckCli, WithLastYearsReportTooExitZero) {
  const auto result =
      run("report check " + sample("consistent_2022.json") + " --previous " + sample("consistent_2021.json"));
  EXPECT_EQ(result.exit_code, 0) << result.out;
  EXPECT_EQ(run("report check " + sample("format2019_2020.json")).exit_code, 0);
}

TEST_F(ReportCheckCli, ABrokenRuleExitsOneWithItsLine) {
  auto json = sample_json("consistent_2022.json");
  json["applications"]["rows"]["new"] = {11, 1, 0, 1, 0, 1, 14};
  const auto result = run("report check " + write("broken.json", json));
  EXPECT_EQ(result.exit_code, 1) << result.out;
  EXPECT_TRUE(contains(result.out,
                       "C1 错误 行“一、本年新收政府信息公开申请数量”(new) 列“自然人”(natural)："
                       "新收 11 + 上年结转 1 ≠ 总计 9 + 结转下年度 2\n"))
      << result.out;
  EXPECT_TRUE(contains(result.out, "C1 错误 行“一、本年新收政府信息公开申请数量”(new) 列“法人或其他组织 商业企业”(business)"))
      << result.out;
  EXPECT_TRUE(contains(result.out, "错误2条")) << result.out;
}

TEST_F(ReportCheckCli, LastYearsCarriedOverIsComparedWithPrevious) {
  auto last_year = sample_json("consistent_2021.json");
  last_year["applications"]["rows"]["carried_over"] = {2, 0, 0, 0, 0, 0, 1};
  const auto result =
      run("report check " + sample("consistent_2022.json") + " --previous " + write("2021.json", last_year));
  EXPECT_EQ(result.exit_code, 1) << result.out;
  EXPECT_TRUE(contains(result.out, "C6 错误 行“二、上年结转政府信息公开申请数量”(carried_in) 列“自然人”(natural)"))
      << result.out;
}

// A negative count is bad input (C5), not an inconsistency: exit 2, the cell named.
TEST_F(ReportCheckCli, ANegativeCountIsBadInputAndNamed) {
  auto json = sample_json("consistent_2022.json");
  json["proactive"]["penalty"]["decisions"] = -2;
  const auto result = run("report check " + write("negative.json", json));
  EXPECT_EQ(result.exit_code, 2) << result.out;
  EXPECT_TRUE(contains(result.out, "错误："));
  EXPECT_TRUE(contains(result.out,
                       "C5 错误 行“第二十条第（六）项 行政处罚”(penalty) 列“本年处理决定数量”(decisions)："
                       "件数应为不小于0的整数，实为 -2"))
      << result.out;
}

// So is a fractional count.
TEST_F(ReportCheckCli, AFractionalCountIsBadInput) {
  auto json = sample_json("consistent_2022.json");
  json["applications"]["rows"]["disclosed"][0] = 1.5;
  const auto result = run("report check " + write("fraction.json", json));
  EXPECT_EQ(result.exit_code, 2) << result.out;
  EXPECT_TRUE(contains(result.out, "(disclosed)")) << result.out;
}

TEST_F(ReportCheckCli, BlankCellsWarnButExitZero) {
  auto json = sample_json("consistent_2022.json");
  json["applications"]["rows"]["disclosed"][0] = nullptr;
  const auto result = run("report check " + write("blank.json", json));
  EXPECT_EQ(result.exit_code, 0) << result.out;
  EXPECT_TRUE(contains(result.out, "C5 警告 行“三、本年度办理结果（一）予以公开”(disclosed) 列“自然人”(natural)：单元格空白"))
      << result.out;
  EXPECT_TRUE(contains(result.out, "C2 跳过 行“三、本年度办理结果（七）总计”(total) 列“自然人”(natural)")) << result.out;
  EXPECT_TRUE(contains(result.out, "错误0条，警告1条，跳过2条")) << result.out;
}

TEST_F(ReportCheckCli, MalformedJsonExitsTwo) {
  const auto path = write("bad.json", std::string("{\"format\": \"2021\", \"year\": "));
  const auto result = run("report check " + path);
  EXPECT_EQ(result.exit_code, 2) << result.out;
  EXPECT_TRUE(contains(result.out, "错误：" + path + " 无法作为年度报告的表格读取：文件不是有效的JSON")) << result.out;
}

TEST_F(ReportCheckCli, AMissingTableExitsTwo) {
  auto json = sample_json("consistent_2022.json");
  json.erase("applications");
  const auto result = run("report check " + write("missing.json", json));
  EXPECT_EQ(result.exit_code, 2) << result.out;
  EXPECT_TRUE(contains(result.out, "缺少表三（收到和处理政府信息公开申请情况）：applications")) << result.out;
}

TEST_F(ReportCheckCli, TextWhereANumberBelongsExitsTwo) {
  auto json = sample_json("consistent_2022.json");
  json["applications"]["rows"]["partial"][3] = "三";
  const auto result = run("report check " + write("text.json", json));
  EXPECT_EQ(result.exit_code, 2) << result.out;
  EXPECT_TRUE(contains(result.out, "applications.rows.partial[3]：应为数字或null（空白），实为文本“三”")) << result.out;
}

TEST_F(ReportCheckCli, AnUnknownFormatOrMissingFileExitsTwo) {
  auto json = sample_json("consistent_2022.json");
  json["format"] = "2017";
  auto result = run("report check " + write("format.json", json));
  EXPECT_EQ(result.exit_code, 2) << result.out;
  EXPECT_TRUE(contains(result.out, "未知的报告格式“2017”")) << result.out;
  result = run("report check " + (dir_ / "nowhere.json").string());
  EXPECT_EQ(result.exit_code, 2) << result.out;
  EXPECT_TRUE(contains(result.out, "无法读取文件")) << result.out;
}

TEST_F(ReportCheckCli, LastYearMustBeTheYearBeforeExitsTwo) {
  const auto result =
      run("report check " + sample("consistent_2022.json") + " --previous " + sample("consistent_2022.json"));
  EXPECT_EQ(result.exit_code, 2) << result.out;
  EXPECT_TRUE(contains(result.out, "上一年度报告应为2021年度，实为2022年度")) << result.out;
}

}  // namespace
