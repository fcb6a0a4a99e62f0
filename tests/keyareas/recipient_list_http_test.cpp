// 社会救助公示名单 over HTTP on the whole demo (init --demo): the programme
// page links its lists; a list shows each row masked as worked out by hand
// from data/demo/recipients/*.csv; a withdrawn list shows the withdrawal and
// no rows; and no page under /xxgk/zdly/shjz/ shows any demo household's
// full name or ID number, nor any unmasked ID number, mobile or bank card.
#include <gtest/gtest.h>

#include <deque>
#include <filesystem>
#include <fstream>
#include <memory>
#include <regex>
#include <set>
#include <sstream>

#include "app/demo_data.h"
#include "core/masking.h"
#include "http/http_client.h"
#include "http/test_site_fixture.h"
#include "portal/portal.h"

namespace gongkai::testing {
namespace {

const std::filesystem::path kDemoDir = std::filesystem::path(GONGKAI_SOURCE_DIR) / "data" / "demo";

class RecipientListHttpTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    site_ = std::make_unique<TestSite>("recipient-lists");
    {
      auto connection = site_->app().database().lease();
      const auto summary =
          app::load_demo(*connection, {"tester", "127.0.0.1"}, kDemoDir, site_->app().request_services(), true);
      lists_loaded_ = summary.recipient_lists;
    }
    portal::register_portal_routes(site_->router(), site_->app());
    port_ = site_->serve();
  }
  static void TearDownTestSuite() { site_.reset(); }

  static HttpReply get(const std::string& target) {
    auto reply = http_request(port_, "GET", target);
    if (!reply) throw std::runtime_error("no answer for " + target);
    return *reply;
  }

  // The list links of a page, in order.
  static std::vector<std::string> list_links(const std::string& html) {
    static const std::regex href(R"re(href="(/xxgk/zdly/shjz/[a-z_]+/gs/[0-9]+)")re");
    std::vector<std::string> out;
    for (auto it = std::sregex_iterator(html.begin(), html.end(), href); it != std::sregex_iterator(); ++it) {
      out.push_back((*it)[1].str());
    }
    return out;
  }

  static inline std::unique_ptr<TestSite> site_;
  static inline uint16_t port_ = 0;
  static inline int lists_loaded_ = 0;
};

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// The demo's households: name and ID number of every row of every list file.
std::vector<std::pair<std::string, std::string>> demo_households() {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& entry : std::filesystem::directory_iterator(kDemoDir / "recipients")) {
    std::ifstream in(entry.path());
    std::string line;
    std::getline(in, line);  // header
    while (std::getline(in, line)) {
      std::stringstream fields(line);
      std::string name, id;
      std::getline(fields, name, ',');
      std::getline(fields, id, ',');
      out.emplace_back(name, id);
    }
  }
  return out;
}

TEST_F(RecipientListHttpTest, TheDemoHasItsListsLinkedFromTheProgrammePage) {
  EXPECT_EQ(lists_loaded_, 6);  // recipient_lists.json: two of 2017-11 (one withdrawn) and four more
  const std::string body = get("/xxgk/zdly/shjz/urban_dibao").decoded_body();
  EXPECT_TRUE(contains(body, "<h2>公示名单</h2>"));
  EXPECT_TRUE(contains(body, "城市低保2017年12月金积镇保障名单公示</a>（2017-12-08，已公示）"));
  EXPECT_TRUE(contains(body, "城市低保2017年11月金积镇保障名单公示</a>（2017-11-09，已撤回）") ||
              contains(body, "城市低保2017年11月金积镇保障名单公示</a>（2017-11-08，已撤回）"));
  EXPECT_EQ(list_links(body).size(), 3u);
  // The section index links the newest lists too.
  EXPECT_FALSE(list_links(get("/xxgk/zdly/shjz/").decoded_body()).empty());
}

TEST_F(RecipientListHttpTest, AListShowsEachRowMaskedAsTheRulesSay) {
  const auto links = list_links(get("/xxgk/zdly/shjz/urban_dibao").decoded_body());
  ASSERT_FALSE(links.empty());
  const auto reply = get(links.front());  // newest period first: December
  ASSERT_EQ(reply.status, 200);
  const std::string body = reply.decoded_body();
  EXPECT_TRUE(contains(body, "<h1>城市低保2017年12月金积镇保障名单公示</h1>"));
  // Row 1 of urban_dibao_2017-12_jinji.csv: 马秀兰, 640302199309201388, 金积镇,
  // 汉渠社区, 4, 1528.00, 续保 — the name's middle character starred, no ID.
  EXPECT_TRUE(contains(body, "<tr><td>1</td><th scope=\"row\">马*兰</th><td>金积镇</td><td>汉渠社区</td><td>4</td>"
                             "<td>1,528.00</td><td>续保</td></tr>"));
  // Row 6: 张福 (two characters: the second starred), stopped at 0.
  EXPECT_TRUE(contains(body, "<th scope=\"row\">张*</th><td>金积镇</td><td>新华社区</td><td>3</td><td>0.00</td><td>停发</td>"));
  EXPECT_FALSE(contains(body, "马秀兰"));
  EXPECT_FALSE(contains(body, "640302199309201388"));
  EXPECT_FALSE(contains(body, "1388"));
  EXPECT_TRUE(contains(body, "长期公示"));
}

TEST_F(RecipientListHttpTest, AWithdrawnListShowsTheReasonAndNoRows) {
  const auto links = list_links(get("/xxgk/zdly/shjz/urban_dibao").decoded_body());
  ASSERT_EQ(links.size(), 3u);
  std::string withdrawn;
  for (const auto& link : links) {
    const std::string body = get(link).decoded_body();
    if (contains(body, "撤回理由")) withdrawn = body;
  }
  ASSERT_FALSE(withdrawn.empty());
  EXPECT_TRUE(contains(withdrawn, "该名单已于2017-11-09撤回，不再公示。撤回理由：第7户家庭人口登记有误，核实更正后重新公示"));
  EXPECT_FALSE(contains(withdrawn, "<table"));
  EXPECT_FALSE(contains(withdrawn, "马*兰"));
}

TEST_F(RecipientListHttpTest, UnknownOrMismatchedListsAreNotFound) {
  const auto links = list_links(get("/xxgk/zdly/shjz/urban_dibao").decoded_body());
  ASSERT_FALSE(links.empty());
  const std::string id = links.front().substr(links.front().rfind('/') + 1);
  EXPECT_EQ(get("/xxgk/zdly/shjz/rural_dibao/gs/" + id).status, 404);
  EXPECT_EQ(get("/xxgk/zdly/shjz/urban_dibao/gs/999999").status, 404);
  EXPECT_EQ(get("/xxgk/zdly/shjz/urban_dibao/gs/abc").status, 404);
}

TEST_F(RecipientListHttpTest, NoPageOfTheSectionShowsAHouseholdsNameOrIdNumber) {
  const auto households = demo_households();
  ASSERT_EQ(households.size(), 18u + 18u + 20u + 12u + 4u + 6u);
  std::deque<std::string> queue{"/xxgk/zdly/shjz/"};
  std::set<std::string> seen;
  int lists = 0;
  while (!queue.empty()) {
    const std::string path = queue.front();
    queue.pop_front();
    if (!seen.insert(path).second || path.find(".csv") != std::string::npos) continue;
    const auto reply = get(path);
    if (reply.status != 200) continue;
    const std::string body = reply.decoded_body();
    if (path.find("/gs/") != std::string::npos) ++lists;
    for (const auto& finding : find_personal_data(body)) {
      ADD_FAILURE() << path << " shows " << body.substr(finding.offset, finding.length);
    }
    for (const auto& [name, id] : households) {
      EXPECT_FALSE(contains(body, id)) << path << " shows an ID number";
      if (name.size() > 6) {  // 3+ characters
        EXPECT_FALSE(contains(body, name)) << path << " shows " << name;
      }
    }
    static const std::regex href(R"(href="(/xxgk/zdly/shjz/[^"#]*))");
    for (auto it = std::sregex_iterator(body.begin(), body.end(), href); it != std::sregex_iterator(); ++it) {
      queue.push_back((*it)[1].str());
    }
  }
  EXPECT_EQ(lists, 6);
}

}  // namespace
}  // namespace gongkai::testing
