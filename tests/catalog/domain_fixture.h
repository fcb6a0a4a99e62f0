// DomainTest: a migrated, empty store on each engine, with helpers to create
// a small agency and items through the domain functions.
#pragma once

#include <string>

#include "audit/audit_log.h"
#include "catalog/catalog_commands.h"
#include "core/civil_date.h"
#include "store/store_fixture.h"

namespace gongkai::testing {

class DomainTest : public store::testing::StoreTest {
 protected:
  void SetUp() override;

  // Agency "test" (index code 000014349, pattern {code}/{year}-{serial:5})
  // with categories zcwj, zcjd, zdly > shjz, and department bgs.
  int64_t create_small_agency();

  // A valid 主动公开 item of `agency_id` in `category`, published on `published`.
  catalog::NewItem item(int64_t agency_id, const std::string& category, const std::string& title,
                        const std::string& published = "2017-03-01");

  int64_t create(const catalog::NewItem& item);

  const audit::Actor actor_{"tester", "127.0.0.1"};
  const CivilDate today_ = *parse_date("2026-11-27");
};

}  // namespace gongkai::testing
