-- PostgreSQL only: a Flyway callback run after every migrate (not a versioned migration).
--
-- The figures must be the same byte for byte on SQLite and PostgreSQL, so PostgreSQL's columns must
-- store, compare and return values as SQLite does. Rather than asking every portable migration in
-- db/migration/common to spell that out, this script brings any column that differs into line:
--   text (VARCHAR, TEXT)  -> COLLATE "C": ORDER BY and comparisons by bytes, as SQLite does
--                            (a database created with a zh_CN or ICU locale would otherwise sort
--                            unit codes and names differently)
--   CHAR(n)               -> VARCHAR(n) COLLATE "C": no blank padding
--   NUMERIC               -> DOUBLE PRECISION: the application binds Java doubles; SQLite keeps them
--                            as REAL, PostgreSQL's float8 -> numeric cast keeps 15 digits only
-- Only the application's own tables of the current schema (not Spring Batch's, not Flyway's). When
-- every column is in line (the usual case) it only reads the catalog.
DO $$
DECLARE
    c record;
BEGIN
    FOR c IN
        SELECT col.table_name, col.column_name, col.data_type, col.character_maximum_length
        FROM information_schema.columns col
        JOIN information_schema.tables t
          ON t.table_schema = col.table_schema AND t.table_name = col.table_name AND t.table_type = 'BASE TABLE'
        WHERE col.table_schema = current_schema()
          AND col.table_name NOT LIKE 'batch\_%'
          AND col.table_name <> 'flyway_schema_history'
          AND (col.data_type IN ('numeric', 'character')
               OR (col.data_type IN ('character varying', 'text') AND col.collation_name IS DISTINCT FROM 'C'))
        ORDER BY col.table_name, col.ordinal_position
    LOOP
        EXECUTE format('ALTER TABLE %I ALTER COLUMN %I TYPE %s', c.table_name, c.column_name,
            CASE
                WHEN c.data_type = 'numeric' THEN 'DOUBLE PRECISION'
                WHEN c.data_type = 'text' THEN 'TEXT COLLATE "C"'
                WHEN c.character_maximum_length IS NULL THEN 'VARCHAR COLLATE "C"'
                ELSE format('VARCHAR(%s) COLLATE "C"', c.character_maximum_length)
            END);
    END LOOP;
END
$$;
