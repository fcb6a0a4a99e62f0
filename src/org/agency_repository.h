// gongkai/org/agency_repository.h
//
// Reading and creating agencies, departments and guide sections. Creation
// validates (short code [a-z0-9_-]{2,32}, a 统一社会信用代码 with a valid check
// character, a valid 索引号 pattern) and audits in the caller's transaction.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "audit/audit_log.h"
#include "org/agency.h"
#include "store/database.h"

namespace gongkai::org {

std::vector<Agency> list_agencies(store::Connection& connection);

// By short code or by 统一社会信用代码; nullopt when unknown.
std::optional<Agency> find_agency(store::Connection& connection, const std::string& code_or_credit_code);
std::optional<Agency> find_agency_by_id(store::Connection& connection, int64_t id);

// Like find_agency, but throws NotFound ("未找到机关：…").
Agency require_agency(store::Connection& connection, const std::string& code_or_credit_code);

std::vector<Department> list_departments(store::Connection& connection, int64_t agency_id);
std::vector<GuideSection> guide_sections(store::Connection& connection, int64_t agency_id);

// Must run inside a transaction; returns the new ids.
int64_t create_agency(store::Connection& connection, const audit::Actor& actor, const Agency& agency);
int64_t create_department(store::Connection& connection, const audit::Actor& actor,
                          const Department& department);
void put_guide_section(store::Connection& connection, const audit::Actor& actor, int64_t agency_id,
                       const GuideSection& section, int sort_order);

}  // namespace gongkai::org
