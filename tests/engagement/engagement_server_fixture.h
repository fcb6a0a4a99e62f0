// EngagementServer: the real HttpServer on a free port serving the portal
// over a fresh temporary SQLite store with a small 吴忠市民政局 and, made
// through the engagement domain functions: an open consultation (opened ten
// days before today, closing in thirty), a closed one from 2017 with its
// 采纳情况 published and linked to a public policy, one not yet open, an
// approved comment whose contact must never appear, and a replied, published
// letter. Built once per test executable.
#pragma once

#include <cstdint>
#include <string>

#include "app/app.h"
#include "http/http_client.h"

namespace gongkai::testing {

struct EngagementIds {
  int64_t policy = 0;
  int64_t open = 0;
  int64_t closed = 0;
  int64_t upcoming = 0;
  int64_t unpublished = 0;
  int64_t published_letter = 0;
  int64_t unpublished_letter = 0;
  std::string unpublished_letter_code;
};

inline constexpr const char* kCommenterContact = "13912340000";
inline constexpr const char* kCommenterName = "王小红";
inline constexpr const char* kLetterWriterPhone = "13812345678";
inline constexpr const char* kLetterWriterName = "张小明";

class EngagementServer {
 public:
  static EngagementServer& instance();
  uint16_t port() const { return port_; }
  const EngagementIds& ids() const { return ids_; }
  // The store behind the server, to check what a request wrote.
  app::App& app() const { return *app_; }

  HttpReply get(const std::string& target) const;
  // POSTs an urlencoded body (every request comes from 127.0.0.1).
  HttpReply post_form(const std::string& target, const std::string& body, const HeaderList& extra = {}) const;

 private:
  EngagementServer() = default;
  uint16_t port_ = 0;
  EngagementIds ids_;
  app::App* app_ = nullptr;
  friend struct EngagementServerStarter;
};

std::string form_encode(const std::string& text);

}  // namespace gongkai::testing
