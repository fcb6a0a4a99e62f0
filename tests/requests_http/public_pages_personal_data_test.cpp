// The whole demo loaded (both agencies, 48 applications with their
// applicants, the mailbox letters, the registries, the service window's
// cases), then every public page
// reachable from the home page, the sitemap and the section indexes is read:
// none may hold an applicant's name, ID number, phone or address, nor any
// unmasked resident ID, mobile number or bank-card number at all.
#include <gtest/gtest.h>

#include <deque>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>

#include <nlohmann/json.hpp>

#include "api/api.h"
#include "app/demo_data.h"
#include "core/masking.h"
#include "http/http_client.h"
#include "http/test_site_fixture.h"
#include "portal/portal.h"

namespace gongkai::testing {
namespace {

const std::filesystem::path kSourceDir = GONGKAI_SOURCE_DIR;
constexpr size_t kMaxPages = 1500;

// Every same-site path linked from `html` (href="/…"), without fragment.
std::vector<std::string> links(const std::string& html) {
  static const std::regex href(R"(href="(/[^"#]*))");
  std::vector<std::string> found;
  for (auto it = std::sregex_iterator(html.begin(), html.end(), href); it != std::sregex_iterator(); ++it) {
    std::string path = (*it)[1].str();
    size_t amp;
    while ((amp = path.find("&amp;")) != std::string::npos) path.replace(amp, 5, "&");
    found.push_back(path);
  }
  return found;
}

bool crawlable(const std::string& path) {
  return path.rfind("/static/", 0) != 0 && path.rfind("/admin", 0) != 0 && path.find("/file") == std::string::npos &&
         path.rfind("/xxgk/attachment", 0) != 0 && path.find(".csv") == std::string::npos;
}

nlohmann::json demo_json(const std::filesystem::path& relative) {
  std::ifstream in(kSourceDir / "data" / "demo" / relative);
  return nlohmann::json::parse(in);
}

// Legal representatives of registered organisations are public by law; a
// fictional applicant who shares such a name is not found by name.
std::set<std::string> public_names() {
  std::set<std::string> names;
  const auto registry = demo_json("social_organisations.json");
  for (const auto& o : registry["organisations"]) {
    names.insert(o.value("legal_representative", ""));
  }
  return names;
}

std::vector<std::string> applicant_strings() {
  const auto data = demo_json(std::filesystem::path("ltq") / "applications.json");
  const auto registered = public_names();
  std::vector<std::string> strings;
  for (const auto& a : data["applications"]) {
    const auto& who = a["applicant"];
    const std::string name = who.value("name", "");
    if (who.value("kind", "") == "natural" && !registered.count(name)) strings.push_back(name);
    for (const char* field : {"id_number", "phone", "address"}) {
      const std::string value = who.value(field, "");
      if (!value.empty()) strings.push_back(value);
    }
  }
  // The applicants of the service window's cases (data/demo/services.json).
  for (const auto& c : demo_json("services.json")["cases"]) {
    for (const char* field : {"name", "id_number", "phone"}) strings.push_back(c["applicant"].value(field, ""));
  }
  return strings;
}

TEST(PublicPagesPersonalData, NoPublicPageOfTheWholeDemoShowsPersonalData) {
  TestSite site("personal-data-scan");
  {
    auto connection = site.app().database().lease();
    app::load_demo(*connection, {"tester", "127.0.0.1"}, kSourceDir / "data" / "demo",
                   site.app().request_services(), true);
  }
  portal::register_portal_routes(site.router(), site.app());
  api::register_api_routes(site.router(), site.app());
  const uint16_t port = site.serve();

  const auto secrets = applicant_strings();
  ASSERT_GT(secrets.size(), 100u);

  std::deque<std::string> queue = {"/", "/xxgk/", "/xxgk/ysq/", "/hdjl/", "/hdjl/xzxx/", "/xxgk/zdly/shjz/",
                                   "/xxgk/zdly/shzz/", "/xxgk/jyta/", "/xxgk/sgs/", "/xxgk/qlqd/", "/bszn/", "/feed.xml", "/api/v1/items"};
  const auto sitemap = http_request(port, "GET", "/sitemap.xml");
  ASSERT_TRUE(sitemap && sitemap->status == 200);
  static const std::regex loc(R"(<loc>https?://[^/<]+(/[^<]*)</loc>)");
  const std::string sitemap_body = sitemap->decoded_body();
  for (auto it = std::sregex_iterator(sitemap_body.begin(), sitemap_body.end(), loc); it != std::sregex_iterator();
       ++it) {
    queue.push_back((*it)[1].str());
  }
  std::set<std::string> seen;
  size_t pages = 0;
  while (!queue.empty() && pages < kMaxPages) {
    const std::string path = queue.front();
    queue.pop_front();
    if (!seen.insert(path).second || !crawlable(path)) continue;
    const auto reply = http_request(port, "GET", path);
    ASSERT_TRUE(reply.has_value()) << path;
    if (reply->status != 200) continue;
    ++pages;
    const std::string body = reply->decoded_body();
    for (const auto& finding : find_personal_data(body)) {
      ADD_FAILURE() << path << " shows unmasked personal data: " << body.substr(finding.offset, finding.length);
    }
    for (const auto& secret : secrets) {
      EXPECT_EQ(body.find(secret), std::string::npos) << path << " shows an applicant's " << secret;
    }
    for (auto& next : links(body)) queue.push_back(std::move(next));
  }
  EXPECT_GT(pages, 150u);  // the catalogue alone has 94 public items
}

}  // namespace
}  // namespace gongkai::testing
