-- Domain tables, one per sheet kind of DOMAIN §4 (columns as in lianjian/sheet-kinds.yml).
-- Every table has the same bookkeeping columns:
--   row_key         the natural key (DOMAIN §4) joined with '|' — one generic upsert for every kind
--   source_file_id  import_file.id of the file the current version came from
--   source_sheet / source_row   where in that file (row numbers as Excel shows them)
-- Dates are ISO text (YYYY-MM-DD), yes/no is 1/0/NULL, enumerations hold the canonical Chinese value.
-- Standard SQL only, so the same schema can be pointed at PostgreSQL.

CREATE TABLE import_file (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    file_name       VARCHAR(500) NOT NULL,
    sha256          CHAR(64)     NOT NULL,
    size_bytes      BIGINT       NOT NULL,
    started_at      VARCHAR(30)  NOT NULL,
    finished_at     VARCHAR(30),
    outcome         VARCHAR(20)  NOT NULL,  -- IMPORTED | PARTIAL | REJECTED | DUPLICATE
    rows_read       INTEGER      NOT NULL DEFAULT 0,
    rows_imported   INTEGER      NOT NULL DEFAULT 0,
    rows_rejected   INTEGER      NOT NULL DEFAULT 0,
    warnings        INTEGER      NOT NULL DEFAULT 0,
    sheets          TEXT,                   -- one line per sheet: name, kind or why skipped, rows
    message         TEXT,                   -- one-line summary in Chinese
    moved_to        VARCHAR(1000),          -- where the original went (archive/ or rejected/)
    error_workbook  VARCHAR(1000)
);
CREATE INDEX import_file_sha ON import_file (sha256);

CREATE TABLE import_message (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    file_id     INTEGER      NOT NULL REFERENCES import_file (id),
    level       VARCHAR(10)  NOT NULL,      -- ERROR | WARNING | NOTICE
    sheet       VARCHAR(200),
    row_number  INTEGER,
    column_name VARCHAR(200),               -- the header as written in the file
    column_letter VARCHAR(5),               -- A, B, …
    cell_value  VARCHAR(1000),
    rule        VARCHAR(1000) NOT NULL,
    text        VARCHAR(2000) NOT NULL
);
CREATE INDEX import_message_file ON import_message (file_id);

-- Earlier versions of rows replaced by a later file (DOMAIN §3.4 "kept in history").
CREATE TABLE row_history (
    id                  INTEGER PRIMARY KEY AUTOINCREMENT,
    kind                VARCHAR(40)  NOT NULL,
    row_key             VARCHAR(500) NOT NULL,
    row_json            TEXT         NOT NULL,
    source_file_id      INTEGER,
    replaced_by_file_id INTEGER      NOT NULL,
    replaced_at         VARCHAR(30)  NOT NULL
);
CREATE INDEX row_history_key ON row_history (kind, row_key);

CREATE TABLE unit (
    row_key VARCHAR(500) PRIMARY KEY, source_file_id INTEGER, source_sheet VARCHAR(200), source_row INTEGER,
    unit_code VARCHAR(100) NOT NULL,
    unit_name VARCHAR(200) NOT NULL,
    unit_type VARCHAR(20)  NOT NULL,
    aliases   VARCHAR(1000)
);

CREATE TABLE person (
    row_key VARCHAR(500) PRIMARY KEY, source_file_id INTEGER, source_sheet VARCHAR(200), source_row INTEGER,
    person_id    VARCHAR(100) NOT NULL,
    person_name  VARCHAR(100) NOT NULL,
    unit_code    VARCHAR(100) NOT NULL,
    category     VARCHAR(20)  NOT NULL,
    position     VARCHAR(100),
    is_quota     INTEGER,
    appointed_on CHAR(10)     NOT NULL,
    left_on      CHAR(10),
    leave_reason VARCHAR(200)
);
CREATE INDEX person_unit ON person (unit_code);

CREATE TABLE court_case (
    row_key VARCHAR(500) PRIMARY KEY, source_file_id INTEGER, source_sheet VARCHAR(200), source_row INTEGER,
    case_no          VARCHAR(200) NOT NULL,
    unit_code        VARCHAR(100),
    case_type        VARCHAR(20)  NOT NULL,
    procedure        VARCHAR(20)  NOT NULL,
    trial_procedure  VARCHAR(20),
    cause            VARCHAR(200),
    filed_on         CHAR(10)     NOT NULL,
    closed_on        CHAR(10),
    judge_name       VARCHAR(100),
    person_id        VARCHAR(100),
    statutory_days   INTEGER,
    extended_days    INTEGER,
    deducted_days    INTEGER,
    within_limit     INTEGER,
    closing_method   VARCHAR(20),
    verdict_in_court INTEGER,
    appealed         INTEGER,
    appeal_result    VARCHAR(20),
    exec_applied     NUMERIC,
    exec_recovered   NUMERIC,
    complaints       INTEGER
);

CREATE TABLE prosecution_case (
    row_key VARCHAR(500) PRIMARY KEY, source_file_id INTEGER, source_sheet VARCHAR(200), source_row INTEGER,
    case_no            VARCHAR(200) NOT NULL,
    case_name          VARCHAR(500),
    unit_code          VARCHAR(100),
    category           VARCHAR(20)  NOT NULL,
    prosecutor_name    VARCHAR(100),
    person_id          VARCHAR(100),
    received_on        CHAR(10)     NOT NULL,
    closed_on          CHAR(10),
    arrested           INTEGER,
    arrest_result      VARCHAR(20),
    prosecution_result VARCHAR(20),
    returned_count     INTEGER,
    extension_count    INTEGER,
    other_procedures   INTEGER,
    plea_accepted      INTEGER,
    sentencing_type    VARCHAR(20),
    sentencing_adopted INTEGER,
    withdrawn          INTEGER,
    judgment           VARCHAR(20)
);

CREATE TABLE case_review (
    row_key VARCHAR(500) PRIMARY KEY, source_file_id INTEGER, source_sheet VARCHAR(200), source_row INTEGER,
    review_no    VARCHAR(200) NOT NULL,
    case_no      VARCHAR(200) NOT NULL,
    reviewed_on  CHAR(10)     NOT NULL,
    review_type  VARCHAR(20),
    reviewer     VARCHAR(200),
    score        NUMERIC,
    grade        VARCHAR(20)  NOT NULL,
    main_issues  VARCHAR(2000),
    unit_code    VARCHAR(100),
    handler_name VARCHAR(100),
    person_id    VARCHAR(100)
);
CREATE INDEX case_review_case ON case_review (case_no);

CREATE TABLE evaluation (
    row_key VARCHAR(500) PRIMARY KEY, source_file_id INTEGER, source_sheet VARCHAR(200), source_row INTEGER,
    evaluation_no     VARCHAR(200) NOT NULL,
    person_id         VARCHAR(100) NOT NULL,
    evaluated_on      CHAR(10)     NOT NULL,
    method            VARCHAR(20),
    votes_satisfied   INTEGER,
    votes_basic       INTEGER,
    votes_unsatisfied INTEGER,
    score             NUMERIC,
    result            VARCHAR(20)  NOT NULL,
    opinion           VARCHAR(2000)
);
CREATE INDEX evaluation_person ON evaluation (person_id);

CREATE TABLE survey (
    row_key VARCHAR(500) PRIMARY KEY, source_file_id INTEGER, source_sheet VARCHAR(200), source_row INTEGER,
    survey_no        VARCHAR(200) NOT NULL,
    survey_name      VARCHAR(500),
    unit_code        VARCHAR(100) NOT NULL,
    started_on       CHAR(10)     NOT NULL,
    ended_on         CHAR(10)     NOT NULL,
    respondent_group VARCHAR(20),
    satisfied        INTEGER      NOT NULL,
    basic            INTEGER      NOT NULL,
    unsatisfied      INTEGER      NOT NULL,
    unknown          INTEGER
);

CREATE TABLE problem (
    row_key VARCHAR(500) PRIMARY KEY, source_file_id INTEGER, source_sheet VARCHAR(200), source_row INTEGER,
    problem_no   VARCHAR(200) NOT NULL,
    found_on     CHAR(10)     NOT NULL,
    source       VARCHAR(20)  NOT NULL,
    unit_code    VARCHAR(100) NOT NULL,
    category     VARCHAR(20),
    description  VARCHAR(4000) NOT NULL,
    measures     VARCHAR(4000),
    deadline     CHAR(10)     NOT NULL,
    status       VARCHAR(20)  NOT NULL,
    done_on      CHAR(10),
    common_issue INTEGER
);

CREATE TABLE suggestion (
    row_key VARCHAR(500) PRIMARY KEY, source_file_id INTEGER, source_sheet VARCHAR(200), source_row INTEGER,
    suggestion_no VARCHAR(200) NOT NULL,
    deputy_name   VARCHAR(100),
    title         VARCHAR(1000) NOT NULL,
    unit_code     VARCHAR(100) NOT NULL,
    assigned_on   CHAR(10)     NOT NULL,
    replied_on    CHAR(10),
    result        VARCHAR(2),
    feedback      VARCHAR(20)
);

CREATE TABLE petition (
    row_key VARCHAR(500) PRIMARY KEY, source_file_id INTEGER, source_sheet VARCHAR(200), source_row INTEGER,
    petition_no VARCHAR(200) NOT NULL,
    received_on CHAR(10)     NOT NULL,
    source      VARCHAR(20),
    unit_code   VARCHAR(100) NOT NULL,
    case_no     VARCHAR(200),
    closed_on   CHAR(10),
    resolution  VARCHAR(20)
);

CREATE TABLE hearing (
    row_key VARCHAR(500) PRIMARY KEY, source_file_id INTEGER, source_sheet VARCHAR(200), source_row INTEGER,
    record_no  VARCHAR(200) NOT NULL,
    hearing_on CHAR(10)     NOT NULL,
    unit_code  VARCHAR(100) NOT NULL,
    case_no    VARCHAR(200),
    deputies   INTEGER      NOT NULL,
    score      NUMERIC,
    comments   VARCHAR(2000)
);

CREATE TABLE activity (
    row_key VARCHAR(500) PRIMARY KEY, source_file_id INTEGER, source_sheet VARCHAR(200), source_row INTEGER,
    activity_no    VARCHAR(200) NOT NULL,
    activity_on    CHAR(10)     NOT NULL,
    method         VARCHAR(20)  NOT NULL,
    title          VARCHAR(1000) NOT NULL,
    unit_code      VARCHAR(100),
    lead           VARCHAR(20),
    deputies       INTEGER,
    problems_found INTEGER
);
