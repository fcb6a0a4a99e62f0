// gongkai/keyareas/assistance_repository.h (internal to keyareas/)
//
// The SQL of the social-assistance figures: every statement on
// assistance_figures lives here. Callers hold the transaction.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "keyareas/assistance_figures.h"
#include "store/database.h"

namespace gongkai::keyareas::detail {

int64_t insert_figures(store::Connection& connection, const AssistanceFigures& figures);

bool figures_exist(store::Connection& connection, int64_t agency_id, std::string_view programme,
                   CivilDate period_start);

// The agency's figures, oldest period first; `programme` "" = every programme;
// periods starting in [from, to] when given.
std::vector<AssistanceFigures> select_figures(store::Connection& connection, int64_t agency_id,
                                              std::string_view programme, std::optional<CivilDate> from = std::nullopt,
                                              std::optional<CivilDate> to = std::nullopt);

std::optional<AssistanceFigures> select_figures_by_id(store::Connection& connection, int64_t id);

}  // namespace gongkai::keyareas::detail
