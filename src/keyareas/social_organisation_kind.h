// gongkai/keyareas/social_organisation_kind.h
//
// The kinds of social organisation (社会组织) a civil-affairs agency keeps in
// its registry: 社会团体, 民办非企业单位, 基金会, and 养老机构 (set up by
// approval, 批复设立). Each kind names the regulation its registration and
// cancellation notices cite. The table lives in social_organisation_kind.cpp.
#pragma once

#include <string_view>
#include <vector>

namespace gongkai::keyareas {

struct OrganisationKind {
  std::string_view key;                 // stored in social_organisations.kind
  std::string_view name;                // 社会团体 …
  std::string_view registration_label;  // 登记 / 批复设立
  std::string_view regulation;          // the regulation the notices cite
};

const std::vector<OrganisationKind>& organisation_kinds();

// By key or by Chinese name; nullptr when unknown.
const OrganisationKind* find_organisation_kind(std::string_view key_or_name);

// Throws InvalidInput("未知的社会组织类型：…").
const OrganisationKind& require_organisation_kind(std::string_view key_or_name);

}  // namespace gongkai::keyareas
