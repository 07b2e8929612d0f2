-- The same view over an EVENTS_FILE loaded as it is (a laptop's or a test deployment's events; see README.md):
--   bq load --source_format=NEWLINE_DELIMITED_JSON --ignore_unknown_values \
--     my-project:soudan.events_raw events.jsonl infra/bigquery/experiment-events-file.schema.json
-- Placeholders: ${raw_table} (the loaded table), ${events_table} (the view to create).
CREATE OR REPLACE VIEW `${events_table}` AS
SELECT
  event,
  TIMESTAMP(`at`) AS event_time,
  user AS user_id,
  conversation AS conversation_id,
  channel,
  experiment,
  variant,
  shown,
  exact,
  listing AS listing_id,
  click AS click_id,
  application AS application_id
FROM `${raw_table}`
WHERE message = 'experiment event'
