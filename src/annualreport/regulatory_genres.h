// gongkai/annualreport/regulatory_genres.h
//
// Which catalogue items are counted in table 二's first block (第二十条第（一）项):
// 规章 and 行政规范性文件 (规范性文件 in the 2019 format). The catalogue has no
// separate flag; an item belongs to a row by its 体裁 (genre), as this table
// says. One table, in regulatory_genres.cpp: a genre an agency uses for such
// documents is a row there, nothing else. Items of other genres (通知, 公告,
// 意见 …) are not counted, even when they happen to be normative: the office
// sets the genre when it drafts the item.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace gongkai::annualreport {

struct RegulatoryGenre {
  std::string_view genre;  // items.genre, exactly
  std::string_view row;    // the table 二 row key: "rules" or "normative_docs"
};

const std::vector<RegulatoryGenre>& regulatory_genres();

// The genres counted in `row` ("rules" or "normative_docs").
std::vector<std::string> genres_of_row(std::string_view row);

}  // namespace gongkai::annualreport
