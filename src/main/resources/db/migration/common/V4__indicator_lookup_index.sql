-- Trend charts read one indicator of one unit across periods (IndicatorRepository.series): without
-- this index each such read scans every stored figure.
CREATE INDEX indicator_value_series ON indicator_value (indicator, unit_code, person_id);
