-- The run (Spring Batch job execution id) that processed the file; NULL for files handled outside a
-- run. A run that completes reports in its exit status (2) the files rejected by earlier runs that
-- never completed — killed, or failed — since the last completed run, because it finishes their work.
ALTER TABLE import_file ADD COLUMN run_id BIGINT;
