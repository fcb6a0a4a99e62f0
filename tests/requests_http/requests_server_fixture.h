// RequestsServer: the real HttpServer on a free port serving the portal and
// the API over a fresh temporary SQLite store with two agencies (吴忠市民政局,
// the portal's, and 吴忠市利通区人民政府) and, made through the requests
// domain functions from another address, one application already replied
// (予以公开, with one disclosed file). Built once per test executable; every
// request the tests send comes from 127.0.0.1, so when the executable runs
// all its tests in one process they share that address's budgets: at most 5
// filings an hour and 4 failed look-ups (the 5th locks every look-up out;
// the lock-out test runs on a site of its own).
#pragma once

#include <cstdint>
#include <string>

#include "app/app.h"
#include "http/http_client.h"

namespace gongkai::testing {

// The applicant the portal tests file as: a resident ID whose check digit is
// right (11010119900307123 → weighted sum 174, 174 mod 11 = 9 → '3').
inline constexpr const char* kApplicantName = "欧阳明华";
inline constexpr const char* kApplicantId = "110101199003071233";
inline constexpr const char* kApplicantPhone = "13987654321";
inline constexpr const char* kApplicantAddress = "宁夏吴忠市利通区金积镇团结村五组18号";

// The replied application seeded through the domain.
struct RepliedCase {
  std::string code;      // as stored, 12 characters
  std::string password;
  int64_t file_id = 0;   // the disclosed file
  int64_t extension_event_id = 0;  // its 延期答复告知书
  std::string file_content;
};

class RequestsServer {
 public:
  static RequestsServer& instance();
  uint16_t port() const { return port_; }
  app::App& app() const { return *app_; }
  const RepliedCase& replied() const { return replied_; }

  HttpReply get(const std::string& target, const HeaderList& headers = {}) const;
  HttpReply post(const std::string& target, const std::string& content_type, const std::string& body,
                 const HeaderList& extra = {}) const;
  // POSTs an urlencoded body.
  HttpReply post_form(const std::string& target, const std::string& body, const HeaderList& extra = {}) const;

  int64_t count(const std::string& sql) const;

 private:
  RequestsServer() = default;
  uint16_t port_ = 0;
  app::App* app_ = nullptr;
  RepliedCase replied_;
  friend struct RequestsServerStarter;
};

// A multipart/form-data body: fields, then files (field "attachments").
struct MultipartFile {
  std::string name;
  std::string content_type;
  std::string bytes;
};
inline constexpr const char* kBoundary = "----gongkaiTestBoundary7MA4YWxkTrZu0gW";
std::string multipart_body(const std::vector<std::pair<std::string, std::string>>& fields,
                           const std::vector<MultipartFile>& files = {});
std::string multipart_type();

// The fields of a valid application through the portal form.
std::vector<std::pair<std::string, std::string>> valid_application_fields();

std::string form_encode(const std::string& text);

// The N-th working day after `from`, walked day by day over data/holidays/*.json
// read here (independently of the calendar code): a day is a working day when
// the files list it with "off": false, or it is Monday–Friday and not listed
// with "off": true.
CivilDate nth_working_day_after(CivilDate from, int n);

// Today in China (UTC+8), from the system clock.
CivilDate china_today();

// "2017年3月26日".
std::string chinese_date(CivilDate date);

}  // namespace gongkai::testing
