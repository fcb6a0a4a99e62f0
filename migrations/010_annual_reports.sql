-- The annual report (政府信息公开工作年度报告) as published: one report per
-- agency and year, and its versions. A version is a full copy — the text part
-- by part (sections_json), the figures the text quotes as it writes them
-- (figures_json), the national tables (tables_json, '' for the legacy years
-- 2008–2018) — so that a published version is frozen: pages, PDF and XLSX are
-- rendered from it, never from the records as they stand later. Every edit
-- adds a version (number 1, 2, …) and keeps the old ones. status: draft,
-- published (at most one per report), superseded (a published version a
-- correction 更正 replaced; still reachable). See docs/annual-report.md.

CREATE TABLE annual_reports (
  id {{id}},
  agency_id {{bigint}} NOT NULL REFERENCES agencies(id),
  year INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  UNIQUE (agency_id, year)
);

CREATE TABLE annual_report_versions (
  id {{id}},
  report_id {{bigint}} NOT NULL REFERENCES annual_reports(id),
  number INTEGER NOT NULL,
  status TEXT NOT NULL,                   -- draft | published | superseded
  format TEXT NOT NULL,                   -- legacy | 2019 | 2021
  agency_name TEXT NOT NULL,              -- as the title and signature print it
  sections_json TEXT NOT NULL,
  figures_json TEXT NOT NULL,
  tables_json TEXT NOT NULL DEFAULT '',
  change_note TEXT NOT NULL DEFAULT '',   -- 起草 / 修改… / 更新数字 / 更正：reason
  author TEXT NOT NULL,                   -- the staff member's username
  created_at TEXT NOT NULL,
  published_on TEXT NOT NULL DEFAULT '',  -- 发布日期 (YYYY-MM-DD)
  superseded_on TEXT NOT NULL DEFAULT '',
  UNIQUE (report_id, number)
);
CREATE INDEX annual_report_versions_by_status ON annual_report_versions (report_id, status);
