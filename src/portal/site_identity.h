// gongkai/portal/site_identity.h
//
// What the footer of a government website must show besides the organiser
// and its contacts (政府网站发展指引): the site identifier code (网站标识码),
// the ICP filing number and the public-security filing number. They are kept
// here, in one place. The values are DEMO values for the 吴忠市民政局 demo
// (plausible forms, not real registrations); a deployment replaces them.
#pragma once

#include <string>

namespace gongkai::portal {

struct SiteIdentity {
  std::string site_code;         // 网站标识码, 10 characters
  std::string icp_number;        // ICP备案号
  std::string police_number;     // 公安机关备案号
  std::string police_number_id;  // the digits, for the beian.gov.cn link
  bool demo = true;              // marks the values as demo values on the page
};

// The identity shown in the footer of every page.
const SiteIdentity& site_identity();

}  // namespace gongkai::portal
