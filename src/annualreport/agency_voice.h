// gongkai/annualreport/agency_voice.h
//
// How the report names things from the agency's point of view, derived from
// its name as the source document does ("吴忠市民政局" → region 吴忠市, "我局",
// "我市", portal "吴忠市政府门户网站", its information "民政信息"):
//   region      the longest leading part of the name ending in 市, 区, 县, 旗
//               or 州 ("吴忠市利通区人民政府" → 吴忠市利通区);
//   self        "我局" for a bureau (…局), "我委", "我办", else "我单位"
//               ("我区" for a 人民政府 is the region's own voice);
//   locality    "我" + the region's last character ("我市", "我区");
//   portal      region + "政府门户网站";
//   information the name after the region without its 局/委/办 + "信息"
//               ("民政信息"), "政府信息" for a 人民政府.
#pragma once

#include <string>

#include "org/agency.h"

namespace gongkai::annualreport {

struct AgencyVoice {
  std::string region;
  std::string self;
  std::string locality;
  std::string portal;
  std::string information;
};

AgencyVoice voice_of(const org::Agency& agency);

}  // namespace gongkai::annualreport
