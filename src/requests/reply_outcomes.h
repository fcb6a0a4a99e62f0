// gongkai/requests/reply_outcomes.h
//
// How an application is answered (办理结果), exactly as the national annual
// report counts it (table 三 of 国办公开办函〔2021〕30号): 予以公开, 部分公开,
// 不予公开 with eight grounds, 无法提供 with three, 不予处理 with five, 其他处理
// with three. One row per outcome; the article a reply letter cites depends on
// the day of receipt (reply_citations.h). The keys are the report JSON's row keys
// (spec/annual-report-format.md), so counting is a lookup.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gongkai::requests {

struct ReplyOutcome {
  std::string_view key;             // "withheld.third_party"
  std::string_view category;        // "不予公开"
  std::string_view ground;          // "保护第三方合法权益" ("" for 予以公开 and 部分公开)
  std::string_view letter_kind;     // which letter template answers it: see reply_letter.h
  std::string_view standard_reason; // the letter's sentence stating the ground; staff add the particulars
  bool closes_without_reply = false;  // 其他处理 of an abandoned application: a notice, not an answer on substance
};

// Every outcome, in the order of table 三.
const std::vector<ReplyOutcome>& reply_outcomes();

std::optional<ReplyOutcome> find_reply_outcome(std::string_view key);

// "不予公开（保护第三方合法权益）", the category alone when it has no ground;
// "" for an unknown key.
std::string outcome_label(std::string_view key);

// The categories in order, for grouping in forms: "予以公开", "部分公开", …
const std::vector<std::string_view>& reply_outcome_categories();

}  // namespace gongkai::requests
