-- The experiment events as the report reads them (columns of experiment-events.schema.json), from the table the
-- log sink `soudan-<env>-experiment-events` writes (infra/terraform/experiment-events.tf). GoogleSQL.
--
-- The sink writes each log line's JSON into jsonPayload, one partitioned table per log (for GKE containers'
-- stdout: `stdout`). Numbers arrive as FLOAT64, hence the casts.
--
-- Placeholders, replaced as text (envsubst) before the statement runs:
--   ${sink_table}    project.dataset.stdout, the sink's table (it exists once the first event was written)
--   ${events_table}  project.dataset.experiment_events, the view to create
CREATE OR REPLACE VIEW `${events_table}` AS
SELECT
  jsonPayload.event AS event,
  TIMESTAMP(jsonPayload.at) AS event_time,
  jsonPayload.user AS user_id,
  jsonPayload.conversation AS conversation_id,
  jsonPayload.channel AS channel,
  jsonPayload.experiment AS experiment,
  jsonPayload.variant AS variant,
  SAFE_CAST(jsonPayload.shown AS INT64) AS shown,
  SAFE_CAST(jsonPayload.exact AS INT64) AS exact,
  jsonPayload.listing AS listing_id,
  jsonPayload.click AS click_id,
  jsonPayload.application AS application_id
FROM `${sink_table}`
WHERE jsonPayload.message = 'experiment event'
