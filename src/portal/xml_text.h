// gongkai/portal/xml_text.h
//
// Text for XML documents (the Atom feed, the sitemap): escapes & < > " ' and
// drops characters XML 1.0 does not allow (C0 controls other than tab, line
// feed and carriage return), so any stored title yields a well-formed document.
#pragma once

#include <string>
#include <string_view>

#include "core/civil_date.h"

namespace gongkai::portal {

std::string xml_escape(std::string_view text);

// RFC 3339 date-time at midnight China time: "2017-03-26T00:00:00+08:00".
std::string rfc3339_midnight(CivilDate date);

}  // namespace gongkai::portal
