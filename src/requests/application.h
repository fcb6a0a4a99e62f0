// gongkai/requests/application.h
//
// An application for government information (政府信息公开申请, Art. 29 of the
// 2019 regulation): who applies, how to reach them, what they seek, in what
// form and how they want it delivered, how and when it was received. The
// vocabularies are tables (application.cpp) whose keys are what the store,
// the JSON API and the annual report's columns use, and whose names are what
// the pages show.
//
// The applicant's ID number is never held here in clear: the store keeps it
// sealed (identity_seal.h) and a masked form; only the office role unseals it.
// Status, deadline and outcome are derived from the event list
// (request_event.h, request_clock.h); the fields below marked "projection" are
// copies kept for lists.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/civil_date.h"

namespace gongkai::requests {

// A keyed vocabulary entry: the stored key and the Chinese name.
struct Term {
  std::string_view key;
  std::string_view name;
};

// 申请人类型: the seven columns of the annual report's table 三 without the
// total. 自然人, then 法人或其他组织 in five kinds.
const std::vector<Term>& applicant_kinds();     // natural, business, research, public_interest, legal_service, other
const std::vector<Term>& id_types();            // resident_id, credit_code, passport, other
const std::vector<Term>& forms_wanted();        // paper, electronic
const std::vector<Term>& deliveries();          // post, email, pickup
// 收到申请的方式 (Art. 31 sets the day of receipt for each).
const std::vector<Term>& receipt_channels();    // online, api, letter, in_person, fax, email

// The name for `key` in `terms`; the key itself when unknown.
std::string_view term_name(const std::vector<Term>& terms, std::string_view key);
bool has_term(const std::vector<Term>& terms, std::string_view key);

// What an applicant (or the office, for one received on paper) fills in.
struct ApplicationForm {
  std::string applicant_kind;  // applicant_kinds() key
  std::string name;            // 姓名 or 名称
  std::string id_type;         // id_types() key
  std::string id_number;       // 证件号码, in clear on input only
  std::string phone;
  std::string address;
  std::string postcode;
  std::string email;
  std::string description;     // 所需信息的名称、文号或者描述
  std::string form_wanted;     // forms_wanted() key
  std::string delivery;        // deliveries() key
};

// An application as the store holds it.
struct DisclosureRequest {
  int64_t id = 0;
  int64_t agency_id = 0;
  std::string tracking_code;
  std::string channel;             // receipt_channels() key
  std::string applicant_kind;
  std::string applicant_name;
  std::string id_type;
  std::string id_number_masked;    // e.g. 64*************123
  std::string id_number_sealed;    // identity_seal.h; unseal for the office only
  std::string phone;
  std::string address;
  std::string postcode;
  std::string email;
  std::string description;
  std::string form_wanted;
  std::string delivery;
  CivilDate received_on;
  std::string submitted_at;        // ISO-8601 instant recorded
  std::string registered_by;       // "public" or a staff username
  std::optional<int64_t> item_id;  // the catalogue item made from it (Art. 44)
  // Projections (request_clock.h is the truth):
  std::string status;
  std::optional<CivilDate> due_on;
  std::string outcome;
  std::optional<CivilDate> closed_on;
  std::string reply_number;
};

}  // namespace gongkai::requests
