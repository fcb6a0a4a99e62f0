// Transaction: begin on construction, roll back on destruction unless committed.
#include "store/database.h"

#include <string>

namespace gongkai::store {

namespace {
// One name serves every depth: RELEASE and ROLLBACK TO name the most recent.
constexpr const char* kSavepoint = "gongkai_nested";
}  // namespace

Transaction::Transaction(Connection& connection)
    : connection_(connection), nested_(connection.in_transaction()) {
  if (nested_) {
    connection_.execute_script(std::string("SAVEPOINT ") + kSavepoint);
    return;
  }
  connection_.begin();
}

Transaction::~Transaction() {
  if (done_) return;
  try {
    if (nested_) {
      connection_.execute_script(std::string("ROLLBACK TO SAVEPOINT ") + kSavepoint);
      connection_.execute_script(std::string("RELEASE SAVEPOINT ") + kSavepoint);
      return;
    }
    connection_.rollback();
  } catch (...) {
    // A destructor must not throw; a failed rollback leaves the connection
    // in a transaction, and the pool discards it when it comes back.
  }
}

void Transaction::commit() {
  if (nested_) {
    connection_.execute_script(std::string("RELEASE SAVEPOINT ") + kSavepoint);
  } else {
    connection_.commit();
  }
  done_ = true;
}

}  // namespace gongkai::store
