-- Computed figures (DOMAIN §5): the one source of truth that PDFs, dashboard, CSV and status read.
-- Every run recomputes them all (they are cheap to compute and must follow re-imported rows).

-- One computation: when it ran, as of which date, and for which term.
CREATE TABLE indicator_run (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    computed_at  VARCHAR(30) NOT NULL,
    as_of        CHAR(10)    NOT NULL,
    term_name    VARCHAR(100),
    term_start   CHAR(10),
    term_end     CHAR(10)
);

-- The periods computed: code (2025, 2025H1, 2025Q3), bounds, and the end actually used (as-of).
CREATE TABLE indicator_period (
    period        VARCHAR(10) PRIMARY KEY,
    kind          VARCHAR(10) NOT NULL,   -- YEAR | HALF | QUARTER
    period_start  CHAR(10)    NOT NULL,
    period_end    CHAR(10)    NOT NULL,   -- the as-of date: the period's last day, or --as-of when earlier
    prev_period   VARCHAR(10),            -- previous period of the same length (环比)
    yoy_period    VARCHAR(10)             -- same period one year earlier (同比)
);

-- One figure: unrounded value with its numerator and denominator (NULL where they do not apply);
-- value is NULL where the denominator is 0. person_id is '' except on per-person rows.
CREATE TABLE indicator_value (
    period         VARCHAR(10)  NOT NULL,
    unit_code      VARCHAR(100) NOT NULL,   -- 'ALL' for county-wide
    person_id      VARCHAR(100) NOT NULL,
    indicator      VARCHAR(10)  NOT NULL,
    numerator      DOUBLE PRECISION,
    denominator    DOUBLE PRECISION,
    value          DOUBLE PRECISION,
    prev_value     DOUBLE PRECISION,        -- the same figure in prev_period
    yoy_value      DOUBLE PRECISION,        -- the same figure in yoy_period
    reference_low  DOUBLE PRECISION,        -- the configured interval (DOMAIN §5.9), if any
    reference_high DOUBLE PRECISION,
    meets          INTEGER,                 -- 1 达标, 0 未达标, NULL no interval or no value
    PRIMARY KEY (period, unit_code, person_id, indicator)
);

-- Breakdowns of a figure: S01–S03 by 调查对象, A01 by 监督方式, E10 by 评议结果, Z06 by window.
CREATE TABLE indicator_breakdown (
    period       VARCHAR(10)  NOT NULL,
    unit_code    VARCHAR(100) NOT NULL,
    indicator    VARCHAR(10)  NOT NULL,
    category     VARCHAR(50)  NOT NULL,
    numerator    DOUBLE PRECISION,
    denominator  DOUBLE PRECISION,
    value        DOUBLE PRECISION,
    PRIMARY KEY (period, unit_code, indicator, category)
);

-- Named lists the reports need (E04 未评议, E08 离任未评议, Z04 逾期, Z06 临期, C07 超12个月未结,
-- E-progress 届内逐年进度, E-latest 每人最近一次评议), one item per row; the item's fields as JSON.
CREATE TABLE indicator_list (
    list_code   VARCHAR(20)  NOT NULL,
    period      VARCHAR(10)  NOT NULL,
    unit_code   VARCHAR(100) NOT NULL,
    seq         INTEGER      NOT NULL,
    item_key    VARCHAR(200) NOT NULL,
    item_json   TEXT         NOT NULL,
    PRIMARY KEY (list_code, period, unit_code, seq)
);
