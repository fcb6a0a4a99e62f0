-- 重点领域 · 社会救助: the figures of a period per assistance programme
-- (城乡低保, 特困供养, 临时救助, 医疗救助, 残疾人两项补贴, one-off
-- disbursements). The programmes themselves are a table in code
-- (src/keyareas/assistance_programme.cpp); `programme` holds its key.
-- Counts the programme does not report are NULL. Money is integer fen.
-- A row is public from the day it is entered (published_on): the schedule
-- (src/keyareas/assistance_schedule.h) judges timeliness by that date.
-- See docs/keyareas.md.

CREATE TABLE assistance_figures (
  id {{id}},
  agency_id {{bigint}} NOT NULL REFERENCES agencies(id),
  programme TEXT NOT NULL,
  period_start TEXT NOT NULL,            -- first day of the month/quarter/year, or the disbursement date
  period_end TEXT NOT NULL,              -- last day of the period (= period_start for a disbursement)
  households {{bigint}},                 -- 户 (户次 for 临时救助)
  persons {{bigint}},                    -- 人: covered at the end of the period
  person_times {{bigint}},               -- 人次: for monthly programmes, the persons paid that month
  amount_fen {{bigint}} NOT NULL,        -- 金额, 分
  source TEXT NOT NULL DEFAULT '',       -- 数据来源 (医疗救助: 医疗保障部门 since 2019)
  published_on TEXT NOT NULL,            -- the day the figures were entered and made public
  entered_by TEXT NOT NULL,
  UNIQUE (agency_id, programme, period_start)
);
CREATE INDEX assistance_figures_by_period ON assistance_figures (agency_id, period_start);
