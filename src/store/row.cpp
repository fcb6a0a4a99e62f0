// Row: typed access to one result row, by position or by column name.
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <limits>

#include <fmt/format.h>

#include "core/errors.h"
#include "store/database.h"

namespace gongkai::store {
namespace {

std::optional<int64_t> parse_integer(const std::string& text) {
  int64_t value = 0;
  const char* first = text.data();
  const char* last = first + text.size();
  auto [end, error] = std::from_chars(first, last, value);
  if (error != std::errc() || end != last || text.empty()) return std::nullopt;
  return value;
}

std::optional<double> parse_real(const std::string& text) {
  if (text.empty()) return std::nullopt;
  char* end = nullptr;
  double value = std::strtod(text.c_str(), &end);
  if (end != text.c_str() + text.size()) return std::nullopt;
  return value;
}

// True when `value` is a whole number that int64_t can hold exactly.
bool is_integral(double value) {
  return std::isfinite(value) && std::trunc(value) == value && value >= -9223372036854775808.0 &&
         value < 9223372036854775808.0;
}

}  // namespace

Row::Row(std::shared_ptr<const std::vector<std::string>> columns, std::vector<Value> values)
    : columns_(std::move(columns)), values_(std::move(values)) {}

bool Row::is_null(size_t i) const {
  if (i >= values_.size()) throw StoreError(fmt::format("column index {} out of range", i));
  return std::holds_alternative<std::monostate>(values_[i]);
}

int64_t Row::integer(size_t i) const {
  if (is_null(i)) throw StoreError(fmt::format("column {} is NULL, not an integer", i));
  const Value& value = values_[i];
  if (const auto* n = std::get_if<int64_t>(&value)) return *n;
  if (const auto* d = std::get_if<double>(&value)) {
    if (is_integral(*d)) return static_cast<int64_t>(*d);
    throw StoreError(fmt::format("column {} holds {}, not an integer", i, *d));
  }
  const auto& text = std::get<std::string>(value);
  if (auto n = parse_integer(text)) return *n;
  throw StoreError(fmt::format("column {} holds '{}', not an integer", i, text));
}

double Row::real(size_t i) const {
  if (is_null(i)) throw StoreError(fmt::format("column {} is NULL, not a number", i));
  const Value& value = values_[i];
  if (const auto* d = std::get_if<double>(&value)) return *d;
  if (const auto* n = std::get_if<int64_t>(&value)) return static_cast<double>(*n);
  const auto& text = std::get<std::string>(value);
  if (auto d = parse_real(text)) return *d;
  throw StoreError(fmt::format("column {} holds '{}', not a number", i, text));
}

std::string Row::text(size_t i) const {
  if (is_null(i)) return "";
  const Value& value = values_[i];
  if (const auto* s = std::get_if<std::string>(&value)) return *s;
  if (const auto* n = std::get_if<int64_t>(&value)) return std::to_string(*n);
  return fmt::format("{}", std::get<double>(value));
}

std::optional<std::string> Row::optional_text(size_t i) const {
  if (is_null(i)) return std::nullopt;
  return text(i);
}

std::optional<int64_t> Row::optional_integer(size_t i) const {
  if (is_null(i)) return std::nullopt;
  return integer(i);
}

size_t Row::index_of(std::string_view column) const {
  if (columns_) {
    for (size_t i = 0; i < columns_->size(); ++i) {
      if ((*columns_)[i] == column) return i;
    }
  }
  throw StoreError(fmt::format("no column named '{}' in the result", column));
}

}  // namespace gongkai::store
