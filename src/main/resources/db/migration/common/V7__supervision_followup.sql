-- Supervision follow-up (DOMAIN §5.1, §5.8a, §6, §8): the lists behind the figures with the columns of
-- lists.csv, values before a family's data, warnings (预警), 督办 items and 数据时效. All written by the
-- indicators step, replaced as a whole by each computation, and only read afterwards.

-- A figure of a period that ends before its family's first data for the unit (§5.1 "before the data"):
-- its value is empty and pages say 本期无数据 rather than 0 件.
ALTER TABLE indicator_value ADD COLUMN no_data INTEGER NOT NULL DEFAULT 0;

-- The columns of site/data/lists.csv (§6): what a member is, whose it is, the date that put it on the
-- list and the count of days that matters (NULL where none does). item_json keeps further fields pages show.
ALTER TABLE indicator_list ADD COLUMN item_label VARCHAR(1000);
ALTER TABLE indicator_list ADD COLUMN person_id VARCHAR(100);
ALTER TABLE indicator_list ADD COLUMN person_name VARCHAR(100);
ALTER TABLE indicator_list ADD COLUMN item_date CHAR(10);
ALTER TABLE indicator_list ADD COLUMN days INTEGER;
CREATE INDEX indicator_list_period ON indicator_list (period, list_code);

-- 预警 (§8.3), per period and unit ('ALL' included). indicator is the figure's code (for the rule 清单,
-- the code of the listed figure); example = 1 when judged against a shipped example interval (示例).
CREATE TABLE indicator_warning (
    period          VARCHAR(10)  NOT NULL,
    unit_code       VARCHAR(100) NOT NULL,
    indicator       VARCHAR(10)  NOT NULL,
    rule            VARCHAR(20)  NOT NULL,   -- 未达标 | 连续变差 | 清单
    value           DOUBLE PRECISION,
    previous        DOUBLE PRECISION,
    before_previous DOUBLE PRECISION,
    reference_low   DOUBLE PRECISION,
    reference_high  DOUBLE PRECISION,
    example         INTEGER      NOT NULL DEFAULT 0,
    PRIMARY KEY (period, unit_code, indicator, rule)
);

-- 督办 (§8.4): the overdue items of each responsible unit as of the run's as-of date, with their level,
-- and the problems due soon (临期提醒, source Z06A / Z06B, no level). unit_code 'ALL' for a plan item
-- without 对象单位.
CREATE TABLE followup_item (
    source       VARCHAR(10)   NOT NULL,   -- Z04 | D05 | X05 | A06 | Z06A | Z06B
    item_key     VARCHAR(200)  NOT NULL,
    unit_code    VARCHAR(100)  NOT NULL,
    as_of        CHAR(10)      NOT NULL,
    item_label   VARCHAR(1000),
    item_date    CHAR(10),                 -- the date the deadline runs from (发现日期, 交办日期, 收到日期, 计划完成日期)
    deadline     CHAR(10)      NOT NULL,
    days         INTEGER       NOT NULL,   -- overdue days (A − deadline); days left for Z06A / Z06B
    level        VARCHAR(20),              -- 一般督办 | 重点督办 | 提请专题报告; NULL for 临期提醒
    common_issue INTEGER,
    item_json    TEXT,
    PRIMARY KEY (source, item_key)
);

-- 数据时效 (§8.5): per unit and sheet kind, the latest event date in the data and the latest import of a
-- file whose rows of that unit and kind are stored; stale = 1 when cases are marked 可能不全.
CREATE TABLE data_currency (
    unit_code     VARCHAR(100) NOT NULL,
    kind          VARCHAR(40)  NOT NULL,
    latest_event  CHAR(10),
    latest_import VARCHAR(30),
    rows_stored   INTEGER      NOT NULL,
    stale         INTEGER      NOT NULL DEFAULT 0,
    PRIMARY KEY (unit_code, kind)
);
