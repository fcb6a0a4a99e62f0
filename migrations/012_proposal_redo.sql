-- 建议提案 · 重新办理 (spec/regulation.md): a proposer not satisfied with the
-- reply may object; the item is re-assigned (重新交办) and the reply redone
-- within the session's redo period — 1 month by default, 3 in some
-- provinces. The item's columns always hold the round in hand; each round
-- that ended in an objection is kept whole in proposal_rounds, append-only,
-- so the first reply, its grade and the proposer's objection stay on record.
-- See docs/proposals.md.

ALTER TABLE proposal_sessions ADD COLUMN redo_months INTEGER NOT NULL DEFAULT 1;

ALTER TABLE proposal_items ADD COLUMN reassigned_on TEXT NOT NULL DEFAULT '';  -- the latest 重新交办, '' = never

CREATE TABLE proposal_rounds (
  id {{id}},
  proposal_id {{bigint}} NOT NULL REFERENCES proposal_items(id),
  round_number INTEGER NOT NULL,         -- 1 = the first handling
  assigned_on TEXT NOT NULL,             -- 交办 (round 1) or 重新交办 date
  due_on TEXT NOT NULL,
  extended_on TEXT NOT NULL DEFAULT '',
  reply_grade TEXT NOT NULL,
  reply_text TEXT NOT NULL,
  replied_on TEXT NOT NULL,
  contacted_on TEXT NOT NULL,
  contact_way TEXT NOT NULL,
  satisfaction TEXT NOT NULL,            -- unsatisfied: why the round ended
  objection TEXT NOT NULL,               -- the proposer's objection, as recorded
  reassigned_on TEXT NOT NULL,           -- the 重新交办 that ended the round
  UNIQUE (proposal_id, round_number)
);
