// gongkai/annualreport/annual_queries.h
//
// The SQL of the annual report: the counts and titles of one agency's year
// that no other module already tallies — consultations (意见征集), policy
// interpretations (政策解读), letters (行政首长信箱), opinion records (舆情),
// the outlets of news-media publications, the disclosure rules it issued
// (公开制度), applications, appeals and complaints counted plainly (the
// legacy years have no national tables), the 政务服务 items published, the documents of table 二 with
// their validity history, and the first date on record of each kind (for
// the comparison with the previous year). Read-only. A year is
// [YYYY-01-01, YYYY-12-31] of civil dates.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/database.h"

namespace gongkai::annualreport {

// 意见征集 opened in the year: the draft's title, the adopted policy's title
// ("" when not linked yet), the approved comments and how many were adopted
// wholly or partly.
struct ConsultationFact {
  std::string title;
  std::string policy_title;
  int64_t comments = 0;
  int64_t adopted = 0;
};
std::vector<ConsultationFact> consultations_of_year(store::Connection& connection, int64_t agency_id, int year);

// Published interpretations (an item that interprets another) with a 发布日期
// in the year: the titles of the policies they interpret, in order of publication.
std::vector<std::string> interpreted_policies_of_year(store::Connection& connection, int64_t agency_id,
                                                      int year);

struct LetterFacts {
  int64_t received = 0;  // 收到日期 in the year
  int64_t replied = 0;   // of those, replied
};
LetterFacts letters_of_year(store::Connection& connection, int64_t agency_id, int year);

struct OpinionFacts {
  int64_t found = 0;           // 发现日期 in the year
  int64_t responded = 0;       // of those, with a response
  int64_t reported_upward = 0; // of those, reported to a higher authority
  int64_t via_mailbox = 0;     // of those, seen in the 行政首长信箱
};
OpinionFacts opinions_of_year(store::Connection& connection, int64_t agency_id, int year);

// The outlets (吴忠日报, 《宁夏双拥》 …) of publications on the given channels
// dated in the year, most used first, then by name.
std::vector<std::string> outlets_of_year(store::Connection& connection, int64_t agency_id, int year,
                                         const std::vector<std::string>& channel_keys);

// A published document of a category, with its 文号.
struct DocumentTitle {
  std::string title;
  std::string doc_number;
};
// The agency's published items of category `category_code` with a 成文日期
// in the year, oldest first.
std::vector<DocumentTitle> documents_of_year(store::Connection& connection, int64_t agency_id, int year,
                                             const std::string& category_code);

struct RequestCounts {
  int64_t received = 0;           // applications received in the year
  int64_t reconsiderations = 0;   // 行政复议 filed in the year
  int64_t lawsuits = 0;           // 行政诉讼 filed in the year (both kinds)
  int64_t complaints = 0;         // 投诉举报 received in the year
  int64_t fee_applications = 0;   // applications with a 缴纳信息处理费 event in the year
  int64_t fee_fen = 0;            // the sum of those events' amounts
};
RequestCounts requests_of_year(store::Connection& connection, int64_t agency_id, int year);

// An item of one of `genres` (体裁) that is not a draft, with the validity
// changes recorded on it (标注有效性, oldest first).
struct ValidityChange {
  std::string on_date;
  std::string from;  // valid | expired | repealed
  std::string to;
};
struct RegulatoryDocument {
  int64_t id = 0;
  std::string genre;
  std::string written_date;    // 成文日期
  std::string published_date;  // 发布日期 ("" when none)
  std::string status;          // published | revoked
  std::string validity;        // now
  std::vector<ValidityChange> changes;
};
std::vector<RegulatoryDocument> regulatory_documents(store::Connection& connection, int64_t agency_id,
                                                     const std::vector<std::string>& genres);

// 政务服务 items (the power list) published on 31 December of the year and
// still published now (an item withdrawn since is not counted), and of
// those the 行政许可 (what the source calls 行政审批事项).
struct ServiceItemCounts {
  int64_t published = 0;
  int64_t licensing = 0;
};
ServiceItemCounts service_items_of_year(store::Connection& connection, int64_t agency_id, int year);

// The first date on record of a kind, for the comparison with last year:
// nullopt when the agency has no record of that kind.
enum class RecordKind { portal_publication, channel_publication, application, letter, consultation };
std::optional<std::string> first_record_date(store::Connection& connection, int64_t agency_id, RecordKind kind);

}  // namespace gongkai::annualreport
