// Transaction: begin on construction, roll back on destruction unless committed.
#include "store/database.h"

namespace gongkai::store {

Transaction::Transaction(Connection& connection) : connection_(connection) { connection_.begin(); }

Transaction::~Transaction() {
  if (done_) return;
  try {
    connection_.rollback();
  } catch (...) {
    // A destructor must not throw; a failed rollback leaves the connection
    // in a transaction, and the pool discards it when it comes back.
  }
}

void Transaction::commit() {
  connection_.commit();
  done_ = true;
}

}  // namespace gongkai::store
