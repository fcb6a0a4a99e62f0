// gongkai/annualreport/agency_voice.cpp
#include "annualreport/agency_voice.h"

#include <array>
#include <string_view>

namespace gongkai::annualreport {
namespace {

constexpr std::array<std::string_view, 5> kRegionEnds{"市", "区", "县", "旗", "州"};
constexpr std::string_view kGovernment = "人民政府";

bool ends_with(std::string_view text, std::string_view end) {
  return text.size() >= end.size() && text.substr(text.size() - end.size()) == end;
}

// The longest prefix ending in one of kRegionEnds (UTF-8: every end is 3 bytes).
std::string region_of(const std::string& name) {
  size_t best = 0;
  for (size_t at = 0; at + 3 <= name.size(); ++at) {
    const std::string_view piece(name.data() + at, 3);
    for (const auto end : kRegionEnds) {
      if (piece == end) best = at + 3;
    }
  }
  return name.substr(0, best);
}

// The last UTF-8 character of a non-empty string of 3-byte characters.
std::string last_character(const std::string& text) { return text.size() >= 3 ? text.substr(text.size() - 3) : text; }

}  // namespace

AgencyVoice voice_of(const org::Agency& agency) {
  AgencyVoice voice;
  voice.region = region_of(agency.name);
  const auto rest = agency.name.substr(voice.region.size());
  voice.locality = voice.region.empty() ? "本地" : "我" + last_character(voice.region);
  voice.portal = voice.region + "政府门户网站";
  if (rest.find(kGovernment) != std::string::npos) {
    voice.self = voice.locality;
    voice.information = "政府信息";
    return voice;
  }
  voice.self = "我单位";
  voice.information = "政府信息";
  for (const std::string_view suffix : {"局", "委", "办", "厅"}) {
    if (!ends_with(rest, suffix)) continue;
    voice.self = "我" + std::string(suffix);
    voice.information = rest.substr(0, rest.size() - suffix.size()) + "信息";
  }
  return voice;
}

}  // namespace gongkai::annualreport
