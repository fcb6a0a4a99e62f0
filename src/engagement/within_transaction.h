// gongkai/engagement/within_transaction.h
//
// Runs a change in one transaction: the caller's, when the connection is
// already inside one (the demo loader puts everything in one), else a new
// one committed when the change returns and rolled back when it throws.
#pragma once

#include <type_traits>

#include "store/database.h"

namespace gongkai::engagement {

template <typename Change>
auto within_transaction(store::Connection& connection, Change&& change) -> std::invoke_result_t<Change&> {
  if (connection.in_transaction()) return change();
  store::Transaction transaction(connection);
  if constexpr (std::is_void_v<std::invoke_result_t<Change&>>) {
    change();
    transaction.commit();
  } else {
    auto result = change();
    transaction.commit();
    return result;
  }
}

}  // namespace gongkai::engagement
