// gongkai/keyareas/assistance_csv.h
//
// The figures as a CSV download (数据下载): UTF-8 with a BOM, CRLF, RFC 4180
// quoting, in the columns of the import file (assistance_import.h) plus
// 公开日期, so a download can be read back by the import.
#pragma once

#include <string>
#include <vector>

#include "keyareas/assistance_figures.h"

namespace gongkai::keyareas {

std::string figures_csv(const std::vector<AssistanceFigures>& records);

}  // namespace gongkai::keyareas
