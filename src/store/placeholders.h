// gongkai/store/placeholders.h
//
// Rewrites the "?" placeholders of portable SQL into PostgreSQL's numbered
// form: "a = ? AND b = ?" becomes "a = $1 AND b = $2". A "?" inside a
// '…' string literal, a "…" quoted identifier, a -- line comment or a
// /* … */ block comment is left alone.
#pragma once

#include <string>
#include <string_view>

namespace gongkai::store {

struct NumberedSql {
  std::string sql;
  int placeholders = 0;
};

NumberedSql number_placeholders(std::string_view sql);

}  // namespace gongkai::store
