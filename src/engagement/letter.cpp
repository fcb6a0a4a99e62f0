#include "engagement/letter.h"

namespace gongkai::engagement {

std::string_view letter_status_label(LetterStatus status) {
  switch (status) {
    case LetterStatus::kReceived: return "待分办";
    case LetterStatus::kAssigned: return "办理中";
    case LetterStatus::kReplied: return "已答复";
  }
  return "";
}

std::string_view letter_status_key(LetterStatus status) {
  switch (status) {
    case LetterStatus::kReceived: return "received";
    case LetterStatus::kAssigned: return "assigned";
    case LetterStatus::kReplied: return "replied";
  }
  return "";
}

}  // namespace gongkai::engagement
