// gongkai/engagement/letter_queries.h
//
// The read side of 行政首长信箱: the staff lists (all, overdue, assigned to
// someone), the writer's lookup by tracking code (status and reply, none of
// the writer's personal data), and the public list of published exchanges,
// which holds only the masked texts.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/civil_date.h"
#include "engagement/letter.h"
#include "store/database.h"

namespace gongkai::engagement {

std::optional<Letter> find_letter(store::Connection& connection, int64_t id);

struct LetterFilter {
  bool overdue_only = false;              // not replied, due before `today`
  std::optional<int64_t> assigned_to;     // a user's letters
  bool unreplied_only = false;
};

// The agency's letters, newest first.
std::vector<Letter> list_letters(store::Connection& connection, int64_t agency_id, const LetterFilter& filter,
                                 CivilDate today);

struct LetterLookup {
  std::string tracking_code;  // formatted ABCD-EFGH-JKMN
  std::string subject;
  CivilDate received_on;
  CivilDate due_on;
  LetterStatus status = LetterStatus::kReceived;
  std::string reply;          // "" until replied
  std::optional<CivilDate> replied_on;
};

// The letter with this tracking code (as typed: case and dashes ignored),
// or nullopt when the code is malformed or unknown.
std::optional<LetterLookup> lookup_letter(store::Connection& connection, int64_t agency_id,
                                          const std::string& typed_code);

struct PublishedLetter {
  int64_t id = 0;
  std::string subject;  // masked
  std::string body;     // masked
  std::string reply;    // masked
  CivilDate received_on;
  CivilDate replied_on;
};

// The published exchanges, latest reply first.
std::vector<PublishedLetter> published_letters(store::Connection& connection, int64_t agency_id);
std::optional<PublishedLetter> find_published_letter(store::Connection& connection, int64_t agency_id, int64_t id);

struct LetterHandler {
  int64_t user_id = 0;
  std::string display_name;
};

// The active users of the agency whose role handles letters (assignees).
std::vector<LetterHandler> letter_handlers(store::Connection& connection, int64_t agency_id);

}  // namespace gongkai::engagement
