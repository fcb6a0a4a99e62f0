// gongkai/portal/public_form.h
//
// A form the public posts to the portal (意见征集 comments, 行政首长信箱
// letters), where there is no session and so no CSRF token. What protects
// it instead:
//   - the body must be application/x-www-form-urlencoded (what the
//     portal's forms send) and well formed, else InvalidInput (400);
//   - a browser's Origin header, when present, must name this site's host,
//     else Forbidden (403): a page elsewhere cannot post in a visitor's name;
//   - a honeypot field (kHoneypotField), hidden from people and left empty
//     by them, that form-filling robots fill: `is_robot()` is then true and
//     the route answers as if it had accepted the submission, storing nothing;
//   - the per-address rate limit of the domain (engagement/public_submission.h).
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "web/http.h"

namespace gongkai::portal {

inline constexpr std::string_view kHoneypotField = "website";

// The Origin check above on its own, for forms that carry files and are read
// with web::Form (依申请公开): throws Forbidden when another site posts.
void check_public_origin(const web::Request& request);

class PublicForm {
 public:
  // Parses and checks the request as above.
  static PublicForm parse(const web::Request& request);

  // The first value of a field, "" when absent.
  std::string value(std::string_view name) const;
  bool is_robot() const { return !value(kHoneypotField).empty(); }

 private:
  std::vector<std::pair<std::string, std::string>> fields_;
};

}  // namespace gongkai::portal
