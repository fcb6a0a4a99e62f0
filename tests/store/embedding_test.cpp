// The migrations compiled into the binary are exactly migrations/*.sql, and
// the embedding script copes with awkward file contents and names.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include "store/migrations.h"
#include "store_fixture.h"

namespace gongkai::store::testing {
namespace {

namespace fs = std::filesystem;

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

void write_file(const fs::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
}

TEST(EmbeddedMigrations, MatchTheSqlFilesByteForByte) {
  const fs::path directory = fs::path(GONGKAI_SOURCE_DIR) / "migrations";
  const std::regex file_name(R"((\d+)_(\w+)\.sql)");
  size_t files = 0;
  for (const auto& entry : fs::directory_iterator(directory)) {
    std::smatch match;
    const std::string name = entry.path().filename().string();
    if (!std::regex_match(name, match, file_name)) continue;
    ++files;
    const int version = std::stoi(match[1].str());
    const Migration* embedded = nullptr;
    for (const Migration& migration : builtin_migrations()) {
      if (migration.version == version) embedded = &migration;
    }
    ASSERT_NE(embedded, nullptr) << name << " is not embedded; re-run the build";
    EXPECT_EQ(embedded->name, match[2].str());
    EXPECT_EQ(embedded->sql, read_file(entry.path())) << name << " differs from its embedded copy";
  }
  EXPECT_EQ(builtin_migrations().size(), files);
}

class EmbedScript : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("gongkai-embed-test-" + random_suffix(12));
    fs::create_directories(dir_);
  }
  void TearDown() override {
    std::error_code ignored;
    fs::remove_all(dir_, ignored);
  }
  // Runs embed_migrations.cmake on `files`; returns its exit status.
  int embed(const std::vector<std::string>& files) {
    std::string command = std::string("\"") + GONGKAI_CMAKE_COMMAND + "\" -DOUTPUT=\"" +
                          (dir_ / "out.cpp").string() + "\" -P \"" + GONGKAI_SOURCE_DIR +
                          "/src/store/embed_migrations.cmake\"";
    for (const auto& file : files) command += " \"" + (dir_ / file).string() + "\"";
    command += " >/dev/null 2>&1";
    return std::system(command.c_str());
  }
  fs::path dir_;
};

TEST_F(EmbedScript, PicksADelimiterTheSqlDoesNotContain) {
  const std::string tricky = "SELECT ')gksql\"', '${HOME}', 'a;b', 'c\\d';\n";
  write_file(dir_ / "007_tricky.sql", tricky);
  write_file(dir_ / "010_plain.sql", "SELECT 1;\n");
  ASSERT_EQ(embed({"007_tricky.sql", "010_plain.sql"}), 0);
  const std::string out = read_file(dir_ / "out.cpp");
  EXPECT_NE(out.find("{7, \"tricky\", R\"gksql1(" + tricky + ")gksql1\"}"), std::string::npos) << out;
  EXPECT_NE(out.find("{10, \"plain\", R\"gksql(SELECT 1;\n)gksql\"}"), std::string::npos) << out;
}

TEST_F(EmbedScript, RefusesBadNamesAndDuplicateVersions) {
  write_file(dir_ / "notes.sql", "SELECT 1;");
  write_file(dir_ / "001_a.sql", "SELECT 1;");
  write_file(dir_ / "01_b.sql", "SELECT 2;");
  EXPECT_NE(embed({"notes.sql"}), 0);
  EXPECT_NE(embed({"001_a.sql", "01_b.sql"}), 0);
  EXPECT_EQ(embed({"001_a.sql"}), 0);
}

}  // namespace
}  // namespace gongkai::store::testing
