// gongkai/keyareas/recipient_terms.h
//
// The vocabularies of recipient lists (公示名单), as data:
//  - the kinds of publicity (公示类型) with their publicity window (公示期)
//    as spec/regulation.md states it: the approved list (保障名单) is
//    published with no end stated — it stays until withdrawn; the initial
//    opinion (初审意见) of 低保 and 特困 is posted for 7 days, and so is a
//    termination (终止公示) of 特困 support. A window of N days runs from the
//    publication day inclusive (published 2017-12-08, 7 days: to 2017-12-14).
//  - the kind of change each row records (变动情况): 新增, 调整, 停发, 续保.
// `require_*` accepts the key or the Chinese label and throws InvalidInput
// naming the choices.
#pragma once

#include <optional>
#include <span>
#include <string_view>

#include "core/civil_date.h"

namespace gongkai::keyareas {

struct PublicityKind {
  std::string_view key;    // stored: roster, initial_review, termination
  std::string_view label;  // 保障名单公示
  int window_days;         // 0 = shown until withdrawn
  std::string_view basis;  // the rule the window comes from, for the page
};

std::span<const PublicityKind> publicity_kinds();
const PublicityKind& require_publicity_kind(std::string_view key_or_label);
const PublicityKind* find_publicity_kind(std::string_view key);

// The last day a list published on `published_on` is shown; nullopt when it
// stays until withdrawn.
std::optional<CivilDate> window_end(const PublicityKind& kind, CivilDate published_on);

struct ChangeKind {
  std::string_view key;    // new, adjusted, stopped, continued
  std::string_view label;  // 新增
};

std::span<const ChangeKind> change_kinds();
const ChangeKind& require_change_kind(std::string_view key_or_label);
// The label of a stored key; "" when unknown.
std::string_view change_label(std::string_view key);

}  // namespace gongkai::keyareas
