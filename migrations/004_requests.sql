-- 依申请公开: applications for government information, their append-only
-- history (from which state, outcome and deadline are derived), the files
-- attached to them, the appeals against the replies (行政复议, 行政诉讼),
-- complaints about disclosure (投诉举报) and the failed look-ups that rate-limit
-- password guessing. See docs/requests.md.

CREATE TABLE applications (
  id {{id}},
  agency_id {{bigint}} NOT NULL REFERENCES agencies(id),
  tracking_code TEXT NOT NULL UNIQUE,
  query_password_hash TEXT NOT NULL,     -- SHA-256 of the random query password shown once
  channel TEXT NOT NULL,                 -- requests/application.h ReceiptChannel keys
  applicant_kind TEXT NOT NULL,          -- natural, business, research, public_interest, legal_service, other
  applicant_name TEXT NOT NULL,
  id_type TEXT NOT NULL,                 -- resident_id, credit_code, passport, other
  id_number_sealed TEXT NOT NULL,        -- libsodium secretbox, base64 (nonce ‖ ciphertext)
  id_number_masked TEXT NOT NULL,        -- what anyone but the office sees
  applicant_digest TEXT NOT NULL,        -- keyed hash of the ID number: one applicant's applications
  phone TEXT NOT NULL DEFAULT '',
  address TEXT NOT NULL DEFAULT '',
  postcode TEXT NOT NULL DEFAULT '',
  email TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL,
  form_wanted TEXT NOT NULL,             -- paper, electronic
  delivery TEXT NOT NULL,                -- post, email, pickup
  received_on TEXT NOT NULL,             -- 收到申请之日 (Art. 31)
  submitted_at TEXT NOT NULL,            -- ISO-8601 UTC instant it was recorded
  remote_address TEXT NOT NULL DEFAULT '',
  registered_by TEXT NOT NULL,           -- 'public' or the staff username
  -- Projections of the event list, kept for lists and dashboards only:
  status TEXT NOT NULL DEFAULT 'processing',
  due_on TEXT,
  outcome TEXT NOT NULL DEFAULT '',
  closed_on TEXT,
  reply_number TEXT NOT NULL DEFAULT '',
  item_id {{bigint}} REFERENCES items(id)  -- the catalogue item made from it (Art. 44)
);
CREATE INDEX applications_by_agency ON applications (agency_id, received_on);
CREATE INDEX applications_by_status ON applications (agency_id, status, due_on);
CREATE INDEX applications_by_applicant ON applications (agency_id, applicant_digest, received_on);

-- The history of an application, append-only: requests/request_event.h.
CREATE TABLE application_events (
  id {{id}},
  application_id {{bigint}} NOT NULL REFERENCES applications(id),
  kind TEXT NOT NULL,
  on_date TEXT NOT NULL,                 -- the civil date the event counts for
  at TEXT NOT NULL,                      -- ISO-8601 UTC instant it was recorded
  actor TEXT NOT NULL,
  comment TEXT NOT NULL DEFAULT '',
  data_json TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX application_events_by_application ON application_events (application_id, id);

-- Files: the applicant's attachments, the scanned paper form, the files
-- disclosed with a reply.
CREATE TABLE application_files (
  id {{id}},
  application_id {{bigint}} NOT NULL REFERENCES applications(id),
  purpose TEXT NOT NULL,                 -- attachment, scanned_form, disclosed
  file_name TEXT NOT NULL,
  media_type TEXT NOT NULL,
  size_bytes {{bigint}} NOT NULL,
  sha256 TEXT NOT NULL,
  content_base64 TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX application_files_by_application ON application_files (application_id);

-- 行政复议 and 行政诉讼 against a reply.
CREATE TABLE application_appeals (
  id {{id}},
  application_id {{bigint}} NOT NULL REFERENCES applications(id),
  kind TEXT NOT NULL,                    -- reconsideration, litigation_direct, litigation_after_reconsideration
  filed_on TEXT NOT NULL,
  body TEXT NOT NULL,                    -- the reconsideration organ or the court
  case_number TEXT NOT NULL DEFAULT '',
  result TEXT NOT NULL DEFAULT 'pending',  -- upheld, corrected, other, pending
  decided_on TEXT,
  note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX application_appeals_by_application ON application_appeals (application_id);

-- 投诉举报 about the agency's disclosure work.
CREATE TABLE disclosure_complaints (
  id {{id}},
  agency_id {{bigint}} NOT NULL REFERENCES agencies(id),
  application_id {{bigint}} REFERENCES applications(id),
  received_on TEXT NOT NULL,
  complainant TEXT NOT NULL,
  phone TEXT NOT NULL DEFAULT '',
  subject TEXT NOT NULL,
  body TEXT NOT NULL,
  handled_on TEXT,
  result TEXT NOT NULL DEFAULT ''
);
CREATE INDEX disclosure_complaints_by_agency ON disclosure_complaints (agency_id, received_on);

-- Failed look-ups with a tracking code and query password, counted to stop guessing.
CREATE TABLE application_lookup_failures (
  id {{id}},
  remote_address TEXT NOT NULL,
  tracking_code TEXT NOT NULL,
  failed_at TEXT NOT NULL
);
CREATE INDEX application_lookup_failures_by_address ON application_lookup_failures (remote_address, failed_at);
CREATE INDEX application_lookup_failures_by_code ON application_lookup_failures (tracking_code, failed_at);
