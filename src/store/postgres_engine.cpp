// The PostgreSQL engine: one libpq connection per Connection. Portable "?"
// placeholders become $1, $2 …; each distinct SQL text is prepared once per
// connection (statements s1, s2 …). Values travel as text, except bytea
// parameters, which are sent as raw bytes; results are typed by column OID.
#include <libpq-fe.h>

#include <charconv>
#include <cstdlib>
#include <cstring>
#include <string>
#include <unordered_map>

#include <fmt/format.h>

#include "core/errors.h"
#include "store/engines.h"
#include "store/placeholders.h"

namespace gongkai::store {
namespace {

// Type OIDs from PostgreSQL's pg_type.dat; stable across releases.
constexpr Oid kBoolOid = 16;
constexpr Oid kByteaOid = 17;
constexpr Oid kInt8Oid = 20;
constexpr Oid kInt2Oid = 21;
constexpr Oid kInt4Oid = 23;
constexpr Oid kOidOid = 26;
constexpr Oid kFloat4Oid = 700;
constexpr Oid kFloat8Oid = 701;
constexpr Oid kNumericOid = 1700;

constexpr const char* kUniqueViolation = "23505";
// SQL built with inlined values would otherwise grow the cache without bound.
constexpr size_t kMaxCachedStatements = 512;

struct ResultDeleter {
  void operator()(PGresult* result) const { PQclear(result); }
};
using Result = std::unique_ptr<PGresult, ResultDeleter>;

std::optional<int64_t> parse_integer(const char* text) {
  int64_t value = 0;
  const char* last = text + std::strlen(text);
  auto [end, error] = std::from_chars(text, last, value);
  if (error != std::errc() || end != last || text == last) return std::nullopt;
  return value;
}

Value convert(const char* text, int length, Oid type) {
  switch (type) {
    case kInt2Oid:
    case kInt4Oid:
    case kInt8Oid:
    case kOidOid:
      if (auto n = parse_integer(text)) return *n;
      break;
    case kFloat4Oid:
    case kFloat8Oid:
      return std::strtod(text, nullptr);
    case kNumericOid:
      // A whole numeric (SUM of integers) stays an integer, as on SQLite.
      if (auto n = parse_integer(text)) return *n;
      return std::strtod(text, nullptr);
    case kBoolOid:
      return int64_t{text[0] == 't' ? 1 : 0};
    case kByteaOid: {
      size_t size = 0;
      unsigned char* bytes = PQunescapeBytea(reinterpret_cast<const unsigned char*>(text), &size);
      if (bytes == nullptr) throw StoreError("cannot decode a bytea value");
      std::string value(reinterpret_cast<const char*>(bytes), size);
      PQfreemem(bytes);
      return value;
    }
    default:
      break;
  }
  return std::string(text, length);
}

void ignore_notice(void*, const char*) {}

class PostgresConnection final : public Connection {
 public:
  explicit PostgresConnection(const std::string& url) : conn_(PQconnectdb(url.c_str())) {
    if (conn_ == nullptr) throw StoreError("cannot allocate a PostgreSQL connection");
    if (PQstatus(conn_) != CONNECTION_OK) {
      std::string message = fmt::format("cannot connect to PostgreSQL: {}", PQerrorMessage(conn_));
      PQfinish(conn_);
      throw StoreError(message);
    }
    PQsetNoticeProcessor(conn_, ignore_notice, nullptr);
    try {
      if (PQsetClientEncoding(conn_, "UTF8") != 0) throw StoreError("cannot set client_encoding to UTF8");
      run("SET TimeZone TO 'Asia/Shanghai'");
    } catch (...) {
      PQfinish(conn_);
      throw;
    }
  }

  ~PostgresConnection() override { PQfinish(conn_); }

  Engine engine() const override { return Engine::kPostgres; }

  Rows query(std::string_view sql, const std::vector<Value>& params) override {
    Result result = run_prepared(sql, params);
    PGresult* r = result.get();
    int column_count = PQnfields(r);
    auto columns = std::make_shared<std::vector<std::string>>();
    for (int c = 0; c < column_count; ++c) columns->emplace_back(PQfname(r, c));
    Rows rows;
    int row_count = PQntuples(r);
    rows.reserve(row_count);
    for (int i = 0; i < row_count; ++i) {
      std::vector<Value> values;
      values.reserve(column_count);
      for (int c = 0; c < column_count; ++c) {
        if (PQgetisnull(r, i, c)) {
          values.emplace_back(std::monostate{});
        } else {
          values.push_back(convert(PQgetvalue(r, i, c), PQgetlength(r, i, c), PQftype(r, c)));
        }
      }
      rows.emplace_back(columns, std::move(values));
    }
    return rows;
  }

  int64_t execute(std::string_view sql, const std::vector<Value>& params) override {
    Result result = run_prepared(sql, params);
    auto changed = parse_integer(PQcmdTuples(result.get()));
    return changed.value_or(0);
  }

  void execute_script(std::string_view sql) override {
    run(std::string(sql));
    // A script may change tables that cached statements read ("cached plan
    // must not change result type"): prepare afresh from now on.
    forget_statements();
  }

  void begin() override {
    if (in_transaction()) throw StoreError("begin() inside a transaction: transactions do not nest");
    run("BEGIN");
  }

  void commit() override {
    // PostgreSQL answers COMMIT of a failed transaction with a silent ROLLBACK.
    if (PQtransactionStatus(conn_) == PQTRANS_INERROR) {
      run("ROLLBACK");
      throw StoreError("commit of a transaction that had failed; it was rolled back");
    }
    run("COMMIT");
  }

  void rollback() override { run("ROLLBACK"); }

  bool in_transaction() const override {
    PGTransactionStatusType status = PQtransactionStatus(conn_);
    return status == PQTRANS_INTRANS || status == PQTRANS_INERROR;
  }

  bool healthy() const override { return PQstatus(conn_) == CONNECTION_OK; }

 private:
  struct Prepared {
    std::string name;
    std::vector<Oid> parameter_types;
  };

  void forget_statements() {
    run("DEALLOCATE ALL");
    statements_.clear();
  }

  // Throws the error `result` carries, if any.
  void check(const Result& result) const {
    if (!result) throw StoreError(fmt::format("PostgreSQL: {}", PQerrorMessage(conn_)));
    ExecStatusType status = PQresultStatus(result.get());
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK || status == PGRES_EMPTY_QUERY) return;
    const char* state = PQresultErrorField(result.get(), PG_DIAG_SQLSTATE);
    if (state != nullptr && std::strcmp(state, kUniqueViolation) == 0) throw Conflict(kUniqueViolationMessage);
    throw StoreError(fmt::format("PostgreSQL {}: {}", state ? state : PQresStatus(status),
                                 PQresultErrorMessage(result.get())));
  }

  void run(const std::string& sql) { check(Result(PQexec(conn_, sql.c_str()))); }

  const Prepared& prepare(std::string_view sql) {
    std::string key(sql);
    if (auto found = statements_.find(key); found != statements_.end()) return found->second;
    if (statements_.size() >= kMaxCachedStatements) forget_statements();
    NumberedSql numbered = number_placeholders(sql);
    Prepared prepared{fmt::format("s{}", ++statement_count_), {}};
    check(Result(PQprepare(conn_, prepared.name.c_str(), numbered.sql.c_str(), 0, nullptr)));
    Result description(PQdescribePrepared(conn_, prepared.name.c_str()));
    check(description);
    for (int i = 0; i < PQnparams(description.get()); ++i) {
      prepared.parameter_types.push_back(PQparamtype(description.get(), i));
    }
    return statements_.emplace(std::move(key), std::move(prepared)).first->second;
  }

  Result run_prepared(std::string_view sql, const std::vector<Value>& params) {
    const Prepared& prepared = prepare(sql);
    size_t count = prepared.parameter_types.size();
    if (count != params.size()) {
      throw StoreError(fmt::format("statement has {} placeholders but {} values were given", count,
                                   params.size()));
    }
    std::vector<std::string> texts(count);
    std::vector<const char*> values(count, nullptr);
    std::vector<int> lengths(count, 0);
    std::vector<int> formats(count, 0);
    for (size_t i = 0; i < count; ++i) {
      const Value& value = params[i];
      if (std::holds_alternative<std::monostate>(value)) continue;
      if (const auto* n = std::get_if<int64_t>(&value)) {
        texts[i] = std::to_string(*n);
      } else if (const auto* d = std::get_if<double>(&value)) {
        texts[i] = fmt::format("{}", *d);
      } else {
        texts[i] = std::get<std::string>(value);
      }
      values[i] = texts[i].c_str();
      lengths[i] = static_cast<int>(texts[i].size());
      formats[i] = prepared.parameter_types[i] == kByteaOid ? 1 : 0;  // bytea: raw bytes
    }
    Result result(PQexecPrepared(conn_, prepared.name.c_str(), static_cast<int>(count), values.data(),
                                 lengths.data(), formats.data(), 0));
    check(result);
    return result;
  }

  PGconn* conn_;
  std::unordered_map<std::string, Prepared> statements_;
  int statement_count_ = 0;
};

class PostgresDatabase final : public Database {
 public:
  explicit PostgresDatabase(std::string url) : Database(std::move(url)) {}
  Engine engine() const override { return Engine::kPostgres; }

 protected:
  std::unique_ptr<Connection> connect() override { return std::make_unique<PostgresConnection>(url()); }
};

}  // namespace

std::unique_ptr<Database> open_postgres(const std::string& url) {
  auto database = std::make_unique<PostgresDatabase>(url);
  database->lease();  // connects now, so a bad URL fails here
  return database;
}

}  // namespace gongkai::store
