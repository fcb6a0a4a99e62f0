-- 重点领域 · 社会救助: recipient lists (公示名单) of a programme and period
-- for one area (乡镇/街道), and their rows. A list is imported as a draft,
-- then published (公示) and possibly withdrawn (撤回) with a reason; the
-- public page never shows the rows of a draft or withdrawn list, nor of a
-- list whose publicity window (公示期, by kind: src/keyareas/
-- recipient_list_kind.cpp) has ended.
-- A row keeps only what the list may show (户主姓名, 乡镇/街道, 村/社区,
-- 家庭成员数量, 保障金额, 变动情况) and, for de-duplication, a keyed hash of
-- the ID number (requests/identity_seal.h digest): the number itself, the
-- phone and the detailed address are never stored. See docs/keyareas.md.

CREATE TABLE assistance_recipient_lists (
  id {{id}},
  agency_id {{bigint}} NOT NULL REFERENCES agencies(id),
  programme TEXT NOT NULL,               -- keyareas programme key (monthly or quarterly programmes)
  period_start TEXT NOT NULL,
  period_end TEXT NOT NULL,
  area TEXT NOT NULL,                    -- the 乡镇/街道 the list covers
  kind TEXT NOT NULL,                    -- 公示类型: roster, initial_review, termination
  status TEXT NOT NULL DEFAULT 'draft',  -- draft | published | withdrawn
  created_by TEXT NOT NULL,
  created_on TEXT NOT NULL,
  published_on TEXT NOT NULL DEFAULT '',
  window_ends_on TEXT NOT NULL DEFAULT '',   -- last day of the 公示期; '' = shown until withdrawn
  withdrawn_on TEXT NOT NULL DEFAULT '',
  withdrawal_reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX assistance_recipient_lists_by_programme
  ON assistance_recipient_lists (agency_id, programme, period_start);

CREATE TABLE assistance_recipients (
  id {{id}},
  list_id {{bigint}} NOT NULL REFERENCES assistance_recipient_lists(id),
  position INTEGER NOT NULL,             -- order in the list (the import's order)
  head_name TEXT NOT NULL,               -- 户主（申请人）姓名, in clear; masked on public pages
  township TEXT NOT NULL,                -- 乡镇/街道
  village TEXT NOT NULL,                 -- 村/社区 (no house number)
  household_size INTEGER NOT NULL,       -- 家庭成员数量（保障人数）
  amount_fen {{bigint}} NOT NULL,        -- 月保障金额 (quarterly programmes: the amount of the quarter)
  change_kind TEXT NOT NULL,             -- new 新增, stopped 停发, adjusted 调整, continued 续保
  id_digest TEXT NOT NULL,               -- keyed hash of the ID number, for de-duplication only
  UNIQUE (list_id, id_digest)
);
CREATE INDEX assistance_recipients_by_digest ON assistance_recipients (id_digest);

-- 建议提案: the extension of a reply (spec/regulation.md: "where that is
-- impossible, explain progress to the proposer and reply within 6 months").
-- due_on moves to 6 months after assignment; these keep when and why.
ALTER TABLE proposal_items ADD COLUMN extended_on TEXT NOT NULL DEFAULT '';
ALTER TABLE proposal_items ADD COLUMN extension_note TEXT NOT NULL DEFAULT '';
