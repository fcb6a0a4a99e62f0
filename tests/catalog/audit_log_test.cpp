// The audit log: every change leaves a record in its own transaction, and the
// hash chain shows any record changed or removed afterwards.
#include <gtest/gtest.h>

#include "audit/audit_log.h"
#include "catalog/domain_fixture.h"
#include "core/errors.h"

namespace gongkai::testing {
namespace {

class AuditLogTest : public DomainTest {};

TEST_P(AuditLogTest, EveryChangeIsRecordedAndTheChainHolds) {
  const int64_t agency = create_small_agency();
  create(item(agency, "zcwj", "通知"));
  auto c = db_->lease();
  // agency, department, four categories, one item.
  EXPECT_EQ(count("audit_log"), 7);
  const auto row = c->query_one("SELECT actor, remote_address, action, entity FROM audit_log ORDER BY id DESC LIMIT 1");
  EXPECT_EQ(row->text(0), "tester");
  EXPECT_EQ(row->text(1), "127.0.0.1");
  EXPECT_EQ(row->text(2), "item.create");
  EXPECT_EQ(row->text(3), "item");
  const auto check = audit::verify_audit_chain(*c);
  EXPECT_TRUE(check.intact);
  EXPECT_EQ(check.records, 7);
}

TEST_P(AuditLogTest, AChangedRecordIsDetected) {
  create_small_agency();
  auto c = db_->lease();
  c->execute("UPDATE audit_log SET actor = 'someone else' WHERE id = 3");
  const auto check = audit::verify_audit_chain(*c);
  EXPECT_FALSE(check.intact);
  EXPECT_EQ(check.first_broken_id, 3);
}

TEST_P(AuditLogTest, ARemovedRecordIsDetected) {
  create_small_agency();
  auto c = db_->lease();
  c->execute("DELETE FROM audit_log WHERE id = 2");
  const auto check = audit::verify_audit_chain(*c);
  EXPECT_FALSE(check.intact);
  EXPECT_EQ(check.first_broken_id, 3);  // its predecessor is gone
}

TEST_P(AuditLogTest, RecordingOutsideATransactionIsRefused) {
  auto c = db_->lease();
  EXPECT_THROW(audit::record(*c, actor_, {"x", "y", "1", "", ""}), StoreError);
  EXPECT_EQ(count("audit_log"), 0);
}

INSTANTIATE_TEST_SUITE_P(Engines, AuditLogTest, store::testing::all_engines(), store::testing::engine_name);

}  // namespace
}  // namespace gongkai::testing
