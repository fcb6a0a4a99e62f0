#include "core/html_escape.h"
#include "render/templates.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>

#include "core/errors.h"

namespace gongkai::render {
namespace {

using nlohmann::json;

TemplateSet set_of(std::map<std::string, std::string> sources) { return TemplateSet::from_sources(std::move(sources)); }

TEST(Templates, EscapesVariablesByDefault) {
  auto set = set_of({{"page", "<p>{{title}}</p>"}});
  EXPECT_EQ(set.render("page", json{{"title", "<script>alert(\"x\")</script>"}}),
            "<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</p>");
}

TEST(Templates, TripleBracesAreRaw) {
  auto set = set_of({{"page", "<div>{{{snippet}}}</div>"}});
  EXPECT_EQ(set.render("page", json{{"snippet", "<em>低保</em>"}}), "<div><em>低保</em></div>");
}

TEST(Templates, ListsNumbersAndBooleans) {
  auto set = set_of({{"list", "{{#items}}[{{name}}:{{count}}]{{/items}}{{^items}}无{{/items}}{{#flag}}!{{/flag}}"}});
  json data = {{"items", json::array({{{"name", "城市低保"}, {"count", 398090}}, {{"name", "均值"}, {"count", 365.5}}})},
               {"flag", true}};
  EXPECT_EQ(set.render("list", data), "[城市低保:398090][均值:365.5]!");
  EXPECT_EQ(set.render("list", json{{"items", json::array()}, {"flag", false}}), "无");
}

TEST(Templates, NullIsFalse) {
  auto set = set_of({{"t", "{{#doc_number}}文号：{{doc_number}}{{/doc_number}}{{^doc_number}}无文号{{/doc_number}}"}});
  EXPECT_EQ(set.render("t", json{{"doc_number", nullptr}}), "无文号");
  EXPECT_EQ(set.render("t", json{{"doc_number", "吴民发〔2017〕12号"}}), "文号：吴民发〔2017〕12号");
}

// A field left empty is "not there" for a section, as in the Mustache spec:
// "已于{{extended_on}}延期" must not print when nothing was extended.
TEST(Templates, TheEmptyStringIsFalse) {
  auto set = set_of({{"t", "[{{note}}]{{#note}}说明：{{note}}{{/note}}{{^note}}无说明{{/note}}"}});
  EXPECT_EQ(set.render("t", json{{"note", ""}}), "[]无说明");
  EXPECT_EQ(set.render("t", json{{"note", "已电话说明"}}), "[已电话说明]说明：已电话说明");
  auto list = set_of({{"t", "{{#rows}}<{{.}}>{{/rows}}"}});
  EXPECT_EQ(list.render("t", json{{"rows", json::array({"甲", "", "乙"})}}), "<甲><><乙>");
}

TEST(Templates, DottedNamesAndNestedObjects) {
  auto set = set_of({{"t", "{{agency.name}}/{{#agency}}{{phone}}{{/agency}}"}});
  EXPECT_EQ(set.render("t", json{{"agency", {{"name", "吴忠市民政局"}, {"phone", "0953-1234567"}}}}),
            "吴忠市民政局/0953-1234567");
}

// A digit part indexes a list: {{#years.0}} guards markup that only makes
// sense when the list has an element (the year links of a figures page).
TEST(Templates, DigitPartIndexesAList) {
  auto set = set_of({{"t", "{{#years.0}}<nav>{{#years}}{{year}}年 {{/years}}</nav>{{/years.0}}|{{years.1.year}}"}});
  EXPECT_EQ(set.render("t", json{{"years", json::array({{{"year", 2017}}, {{"year", 2016}}})}}),
            "<nav>2017年 2016年 </nav>|2016");
  EXPECT_EQ(set.render("t", json{{"years", json::array()}}), "|");
}

TEST(Templates, PartialsComeFromTheSameSet) {
  auto set = set_of({
      {"layout/head", "<title>{{title}}</title>"},
      {"portal/item", "{{> layout/head}}<h1>{{title}}</h1>"},
  });
  EXPECT_EQ(set.render("portal/item", json{{"title", "A&B"}}), "<title>A&amp;B</title><h1>A&amp;B</h1>");
}

TEST(Templates, PartialIsNotShadowedByData) {
  auto set = set_of({{"head", "H"}, {"page", "{{> head}}|{{head}}"}});
  EXPECT_EQ(set.render("page", json{{"head", "data"}}), "H|data");
}

TEST(Templates, RecursivePartialRendersATree) {
  auto set = set_of({{"node", "<li>{{name}}{{#children}}<ul>{{> node}}</ul>{{/children}}</li>"},
                     {"tree", "<ul>{{#roots}}{{> node}}{{/roots}}</ul>"}});
  json data = {{"roots", json::array({{{"name", "政策文件"},
                                       {"children", json::array({{{"name", "规范性文件"}, {"children", json::array()}}})}}})}};
  EXPECT_EQ(set.render("tree", data), "<ul><li>政策文件<ul><li>规范性文件</li></ul></li></ul>");
}

TEST(Templates, ParseErrorNamesTheTemplate) {
  try {
    set_of({{"ok", "fine"}, {"portal/broken", "{{#open}}never closed"}});
    FAIL() << "expected InvalidInput";
  } catch (const InvalidInput& error) {
    EXPECT_NE(std::string(error.what()).find("portal/broken"), std::string::npos) << error.what();
  }
}

TEST(Templates, UnknownTemplateIsNotFound) {
  auto set = set_of({{"a", "x"}});
  EXPECT_TRUE(set.has("a"));
  EXPECT_FALSE(set.has("b"));
  EXPECT_THROW(set.render("b", json::object()), NotFound);
}

TEST(Templates, LoadsFilesByRelativeName) {
  std::mt19937_64 random{std::random_device{}()};
  auto dir = std::filesystem::temp_directory_path() / ("gongkai-tpl-" + std::to_string(random()));
  std::filesystem::create_directories(dir / "portal");
  std::ofstream(dir / "layout.mustache") << "<main>{{title}}</main>";
  std::ofstream(dir / "portal" / "item.mustache") << "{{> layout}}";
  std::ofstream(dir / "portal" / "notes.txt") << "not a template";
  auto set = TemplateSet::load(dir);
  EXPECT_TRUE(set.has("layout"));
  EXPECT_TRUE(set.has("portal/item"));
  EXPECT_FALSE(set.has("portal/notes"));
  EXPECT_EQ(set.render("portal/item", json{{"title", "公开指南"}}), "<main>公开指南</main>");
  std::filesystem::remove_all(dir);
}

TEST(EscapeHtml, EscapesTheFiveCharacters) {
  EXPECT_EQ(escape_html("<a href=\"x\">'&'</a>"), "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  EXPECT_EQ(escape_html("吴忠市"), "吴忠市");
}

}  // namespace
}  // namespace gongkai::render
