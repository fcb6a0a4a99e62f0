// gongkai/annualreport/regulatory_genres.cpp
#include "annualreport/regulatory_genres.h"

namespace gongkai::annualreport {

const std::vector<RegulatoryGenre>& regulatory_genres() {
  static const std::vector<RegulatoryGenre> genres{
      {"规章", "rules"},                     // 政府规章 (立法法 Art. 93)
      {"行政规范性文件", "normative_docs"},  // 国办发〔2018〕37号
      {"规范性文件", "normative_docs"},      // the older name
  };
  return genres;
}

std::vector<std::string> genres_of_row(std::string_view row) {
  std::vector<std::string> out;
  for (const auto& genre : regulatory_genres()) {
    if (genre.row == row) out.emplace_back(genre.genre);
  }
  return out;
}

}  // namespace gongkai::annualreport
