-- 建议提案: 人大代表建议 and 政协提案 handled by the agency. A session (届次
-- 会议, e.g. 自治区第十一届人大七次会议) carries the body (npc 人大 / cppcc
-- 政协), the level (region 自治区 / city 市) and its reply period in months
-- (3 by default; some provinces give CPPCC plenary proposals 5). An item's
-- due_on is assigned_on plus the session's months, same day of the month,
-- clamped to the month's last day (2017-01-31 + 3 → 2017-04-30); it is kept
-- as assigned so a later change of the session's period does not move it.
-- Grades, satisfaction, handling roles, bodies and levels are tables in code
-- (src/proposals/proposal_terms.cpp); the columns hold their keys.
-- See docs/proposals.md.

CREATE TABLE proposal_sessions (
  id {{id}},
  agency_id {{bigint}} NOT NULL REFERENCES agencies(id),
  name TEXT NOT NULL,                    -- 自治区第十一届人大七次会议
  body TEXT NOT NULL,                    -- npc, cppcc
  level TEXT NOT NULL,                   -- region, city
  reply_months INTEGER NOT NULL DEFAULT 3,
  UNIQUE (agency_id, name)
);

CREATE TABLE proposal_items (
  id {{id}},
  agency_id {{bigint}} NOT NULL REFERENCES agencies(id),
  session_id {{bigint}} NOT NULL REFERENCES proposal_sessions(id),
  number TEXT NOT NULL,                  -- 建议/提案编号 as the session numbers it
  title TEXT NOT NULL,
  proposers TEXT NOT NULL,               -- 代表/委员 names, "、"-separated
  topics TEXT NOT NULL,                  -- topic tags, "、"-separated
  handling_role TEXT NOT NULL,           -- lead 主办, co 会办, separate 分办
  assigned_on TEXT NOT NULL,             -- 交办日期
  due_on TEXT NOT NULL,                  -- 答复期限
  reply_text TEXT NOT NULL DEFAULT '',
  reply_grade TEXT NOT NULL DEFAULT '',  -- A B C D, '' = not replied
  replied_on TEXT NOT NULL DEFAULT '',
  contacted_on TEXT NOT NULL DEFAULT '', -- 与代表委员沟通
  contact_way TEXT NOT NULL DEFAULT '',
  satisfaction TEXT NOT NULL DEFAULT '', -- satisfied, basically, unsatisfied
  result_summary TEXT NOT NULL DEFAULT '',
  published INTEGER NOT NULL DEFAULT 0,
  published_on TEXT NOT NULL DEFAULT '',
  UNIQUE (session_id, number)
);
CREATE INDEX proposal_items_by_due ON proposal_items (agency_id, due_on);
