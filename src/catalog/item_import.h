// gongkai/catalog/item_import.h
//
// `gongkai import items FILE.csv|FILE.json`: bulk entry of items. The file is
// read and every row validated first; every bad row is reported with its line
// number and reason; only when no row is bad are all rows created, in one
// transaction (all-or-nothing). The columns are the fields of NewItem, by
// their English names (category, title, doc_number, …), plus `key` and
// `interprets` to link an interpretation to a policy in the same file.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "audit/audit_log.h"
#include "catalog/catalog_commands.h"
#include "store/database.h"

namespace gongkai::catalog {

struct ImportRow {
  int line = 0;            // line in the file (CSV) or 1-based record number (JSON)
  std::string key;         // optional, for `interprets`
  std::string interprets;  // the key of the item this one interprets
  NewItem item;
};

struct ImportProblem {
  int line = 0;
  std::string reason;  // Chinese
};

struct ImportResult {
  std::vector<ImportProblem> problems;  // empty on success
  int imported = 0;
  std::map<std::string, int64_t> ids_by_key;  // the new items' ids, by their `key`
};

// Parses a CSV (RFC 4180, UTF-8, header row) or JSON (array of objects) file
// by its extension. Throws InvalidInput when the file cannot be read as such.
std::vector<ImportRow> parse_item_file(const std::filesystem::path& file, int64_t agency_id);

// Validates all rows; if any is bad, returns the problems and changes nothing;
// otherwise creates them all in one transaction.
ImportResult import_items(store::Connection& connection, const audit::Actor& actor,
                          const std::vector<ImportRow>& rows);

// The same inside the caller's transaction (which the caller commits or not).
ImportResult import_rows(store::Connection& connection, const audit::Actor& actor,
                         const std::vector<ImportRow>& rows);

// All items of an agency (every attribute: this is the staff's export) as JSON
// in the import format, so that export → import round-trips.
std::string export_items_json(store::Connection& connection, int64_t agency_id);

}  // namespace gongkai::catalog
