-- DOMAIN §4.13: the annual joint supervision plan (art. 7), and the link from 监督活动 to its item.
-- Same conventions as V2: bookkeeping columns first, dates as ISO text, enumerations as their
-- canonical Chinese value. methods holds the chosen 监督方式 in the order 查听谈测评议 joined by 、
-- (e.g. 查、听、评). Standard SQL only (SQLite and PostgreSQL).

CREATE TABLE supervision_plan (
    row_key VARCHAR(500) PRIMARY KEY, source_file_id INTEGER, source_sheet VARCHAR(200), source_row INTEGER,
    plan_no   VARCHAR(200)  NOT NULL,
    plan_year INTEGER       NOT NULL,
    subject   VARCHAR(1000) NOT NULL,
    plan_type VARCHAR(20),
    unit_code VARCHAR(100),
    methods   VARCHAR(50),
    lead      VARCHAR(20),
    due_on    CHAR(10)      NOT NULL,
    done_on   CHAR(10),
    remarks   VARCHAR(2000)
);

-- the 计划编号 of the plan item an activity carries out (blank: not part of the plan)
ALTER TABLE activity ADD COLUMN plan_no VARCHAR(200);
CREATE INDEX activity_plan ON activity (plan_no);
