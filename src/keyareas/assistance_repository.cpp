#include "keyareas/assistance_repository.h"

#include "core/errors.h"

namespace gongkai::keyareas::detail {
namespace {

constexpr const char* kColumns =
    "id, agency_id, programme, period_start, period_end, households, persons, person_times, amount_fen, source, "
    "published_on, entered_by";

store::Value optional_value(const std::optional<int64_t>& value) {
  if (!value) return std::monostate{};
  return *value;
}

CivilDate stored_date(const store::Row& row, const char* column) {
  const auto date = parse_date(row.text(column));
  if (!date) throw StoreError(std::string("assistance_figures.") + column + " is not a date");
  return *date;
}

AssistanceFigures from_row(const store::Row& row) {
  AssistanceFigures f;
  f.id = row.integer("id");
  f.agency_id = row.integer("agency_id");
  f.programme = find_programme(row.text("programme"));
  if (!f.programme) throw StoreError("assistance_figures: unknown programme " + row.text("programme"));
  f.period = {stored_date(row, "period_start"), stored_date(row, "period_end")};
  f.households = row.optional_integer("households");
  f.persons = row.optional_integer("persons");
  f.person_times = row.optional_integer("person_times");
  f.amount = Fen{row.integer("amount_fen")};
  f.source = row.text("source");
  f.published_on = stored_date(row, "published_on");
  f.entered_by = row.text("entered_by");
  return f;
}

}  // namespace

int64_t insert_figures(store::Connection& connection, const AssistanceFigures& f) {
  const auto row = connection.query_one(
      "INSERT INTO assistance_figures (agency_id, programme, period_start, period_end, households, persons, "
      "person_times, amount_fen, source, published_on, entered_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
      "RETURNING id",
      {f.agency_id, std::string(f.programme->key), format_date(f.period.start), format_date(f.period.end),
       optional_value(f.households), optional_value(f.persons), optional_value(f.person_times), f.amount.value,
       f.source, format_date(f.published_on), f.entered_by});
  return row->integer(0);
}

bool figures_exist(store::Connection& connection, int64_t agency_id, std::string_view programme,
                   CivilDate period_start) {
  return connection
      .query_one("SELECT 1 FROM assistance_figures WHERE agency_id = ? AND programme = ? AND period_start = ?",
                 {agency_id, std::string(programme), format_date(period_start)})
      .has_value();
}

std::vector<AssistanceFigures> select_figures(store::Connection& connection, int64_t agency_id,
                                              std::string_view programme, std::optional<CivilDate> from,
                                              std::optional<CivilDate> to) {
  std::string sql = std::string("SELECT ") + kColumns + " FROM assistance_figures WHERE agency_id = ?";
  std::vector<store::Value> params{agency_id};
  if (!programme.empty()) {
    sql += " AND programme = ?";
    params.emplace_back(std::string(programme));
  }
  if (from) {
    sql += " AND period_start >= ?";
    params.emplace_back(format_date(*from));
  }
  if (to) {
    sql += " AND period_start <= ?";
    params.emplace_back(format_date(*to));
  }
  sql += " ORDER BY period_start, programme";
  std::vector<AssistanceFigures> out;
  for (const auto& row : connection.query(sql, params)) out.push_back(from_row(row));
  return out;
}

std::optional<AssistanceFigures> select_figures_by_id(store::Connection& connection, int64_t id) {
  const auto row =
      connection.query_one(std::string("SELECT ") + kColumns + " FROM assistance_figures WHERE id = ?", {id});
  if (!row) return std::nullopt;
  return from_row(*row);
}

}  // namespace gongkai::keyareas::detail
