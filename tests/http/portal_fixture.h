// PortalServer: the real HttpServer on a free port, serving the portal and
// the API of an App on a fresh temporary SQLite store, filled through the
// domain functions with a small 吴忠市民政局 (see portal_fixture.cpp for the
// exact records the tests count on). Built once per test executable.
#pragma once

#include <cstdint>
#include <string>

#include "http/http_client.h"

namespace gongkai::testing {

struct PortalIds {
  int64_t agency = 0;
  int64_t rules = 0;           // 吴忠市民政局政务公开制度 (gkzd, 2017-02-10)
  int64_t policy = 0;          // 关于促进慈善事业健康发展的实施意见 (zcwj, 2017-03-26)
  int64_t interpretation = 0;  // its 政策解读 (zcjd, 2017-03-27)
  int64_t partial = 0;         // 部分公开 item (shjz, 2017-04-15)
  int64_t markup = 0;          // title with <b> (zcwj, 2017-05-01)
  int64_t on_request = 0;      // 依申请公开 (never public)
  int64_t withheld = 0;        // 不予公开 (never public)
  int64_t series_first = 0;    // 25 items in shjz, 2016; ids series_first … series_first+24
  int64_t policy_attachment = 0;
  int64_t hidden_attachment = 0;  // an attachment of the 依申请公开 item
};

// Distinctive words that must appear on no public page.
inline constexpr const char* kOnRequestTitle = "依申请公开的内部文件甲乙丙";
inline constexpr const char* kWithheldTitle = "不予公开的秘密名单丁戊己";
inline constexpr const char* kPartialOriginalWord = "庚辛壬原文敏感段落";
inline constexpr const char* kSiteUrl = "https://xxgk.example.gov.cn";

class PortalServer {
 public:
  // Starts the shared server on first use.
  static PortalServer& instance();

  uint16_t port() const { return port_; }
  const PortalIds& ids() const { return ids_; }

  // GET `target` on a fresh connection; fails the test (throws) when the server does not answer.
  HttpReply get(const std::string& target, const HeaderList& headers = {}) const;

 private:
  PortalServer() = default;
  uint16_t port_ = 0;
  PortalIds ids_;
  friend struct PortalServerStarter;
};

// Percent-encodes a UTF-8 string for a query value.
std::string url_encode(const std::string& text);

// Counts non-overlapping occurrences.
size_t count_of(const std::string& haystack, const std::string& needle);

}  // namespace gongkai::testing
