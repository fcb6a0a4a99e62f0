#include "engagement/engagement_inbox.h"

namespace gongkai::engagement {
namespace {

int64_t count(store::Connection& connection, const char* sql, const std::vector<store::Value>& params) {
  return connection.query_one(sql, params)->integer(0);
}

}  // namespace

std::vector<EngagementTask> engagement_tasks(store::Connection& connection, const org::StaffActor& staff,
                                             CivilDate today) {
  const int64_t agency = staff.agency_id;
  const std::string day = format_date(today);
  std::vector<EngagementTask> all;
  if (staff.may(org::Permission::kManageConsultations)) {
    all.push_back({"comments_to_moderate", "待审核的征集意见",
                   count(connection,
                         "SELECT COUNT(*) FROM consultation_comments cc JOIN consultations c ON c.id = cc.consultation_id "
                         "WHERE c.agency_id = ? AND cc.moderation = 'pending'",
                         {agency})});
    all.push_back({"adoption_due", "已截止、待公布采纳情况的意见征集",
                   count(connection,
                         "SELECT COUNT(*) FROM consultations WHERE agency_id = ? AND closes_on < ? "
                         "AND adoption_published_on IS NULL",
                         {agency, day})});
  }
  if (staff.may(org::Permission::kHandleLetters)) {
    all.push_back({"letters_unassigned", "待分办的来信",
                   count(connection,
                         "SELECT COUNT(*) FROM letters WHERE agency_id = ? AND assigned_user_id IS NULL "
                         "AND replied_on IS NULL",
                         {agency})});
    all.push_back({"letters_mine", "分办给我、尚未答复的来信",
                   count(connection,
                         "SELECT COUNT(*) FROM letters WHERE agency_id = ? AND assigned_user_id = ? "
                         "AND replied_on IS NULL",
                         {agency, staff.user_id})});
    all.push_back({"letters_overdue", "超期未答复的来信",
                   count(connection,
                         "SELECT COUNT(*) FROM letters WHERE agency_id = ? AND replied_on IS NULL AND due_on < ?",
                         {agency, day})});
  }
  if (staff.may(org::Permission::kRecordOpinion)) {
    all.push_back({"opinion_unanswered", "尚未回应的舆情",
                   count(connection,
                         "SELECT COUNT(*) FROM opinion_records WHERE agency_id = ? AND responded_on IS NULL",
                         {agency})});
  }
  std::vector<EngagementTask> waiting;
  for (auto& task : all) {
    if (task.count > 0) waiting.push_back(std::move(task));
  }
  return waiting;
}

}  // namespace gongkai::engagement
