// number_placeholders: "?" → "$1", "$2" … outside literals and comments.
#include "store/placeholders.h"

namespace gongkai::store {
namespace {

// Copies sql[i] up to and including the `close` that ends a quoted run which
// starts at sql[i]; returns the index after it. A doubled quote ('' or "")
// inside is simply two runs back to back, which comes out the same.
size_t copy_quoted(std::string_view sql, size_t i, char close, std::string& out) {
  size_t end = sql.find(close, i + 1);
  end = (end == std::string_view::npos) ? sql.size() : end + 1;
  out.append(sql.substr(i, end - i));
  return end;
}

size_t copy_until(std::string_view sql, size_t i, std::string_view terminator, std::string& out) {
  size_t end = sql.find(terminator, i + 2);
  end = (end == std::string_view::npos) ? sql.size() : end + terminator.size();
  out.append(sql.substr(i, end - i));
  return end;
}

}  // namespace

NumberedSql number_placeholders(std::string_view sql) {
  NumberedSql result;
  result.sql.reserve(sql.size() + 16);
  size_t i = 0;
  while (i < sql.size()) {
    char c = sql[i];
    if (c == '\'' || c == '"') {
      i = copy_quoted(sql, i, c, result.sql);
    } else if (c == '-' && i + 1 < sql.size() && sql[i + 1] == '-') {
      i = copy_until(sql, i, "\n", result.sql);
    } else if (c == '/' && i + 1 < sql.size() && sql[i + 1] == '*') {
      i = copy_until(sql, i, "*/", result.sql);
    } else if (c == '?') {
      result.sql += '$';
      result.sql += std::to_string(++result.placeholders);
      ++i;
    } else {
      result.sql += c;
      ++i;
    }
  }
  return result;
}

}  // namespace gongkai::store
