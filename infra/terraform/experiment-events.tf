# Experiment events (src/experiments): the app writes one JSON line per event on stdout
# ({"severity","message":"experiment event","time",...}); this sink copies them into BigQuery, where
# infra/bigquery/experiment-events-view.sql flattens them and infra/bigquery/experiment-report.sql reads them.
# The log is the buffer: Cloud Logging holds the lines while BigQuery is slow, and the app never waits.
resource "google_bigquery_dataset" "events" {
  dataset_id  = replace("${local.name}_events", "-", "_")
  location    = var.region
  description = "Experiment events of soudan ${var.environment}, from the log sink experiment-events."

  # Partitions (one a day, use_partitioned_tables below) older than this are deleted.
  default_partition_expiration_ms = var.events_retention_days * 24 * 3600 * 1000

  depends_on = [google_project_service.required]
}

resource "google_logging_project_sink" "experiment_events" {
  name        = "${local.name}-experiment-events"
  description = "soudan ${var.environment} experiment events to BigQuery"
  destination = "bigquery.googleapis.com/projects/${var.project_id}/datasets/${google_bigquery_dataset.events.dataset_id}"
  filter      = <<-EOT
    resource.type="k8s_container"
    AND resource.labels.namespace_name="${var.k8s_namespace}"
    AND jsonPayload.message="experiment event"
  EOT

  # Its own service account, granted write access to the dataset only (below).
  unique_writer_identity = true

  bigquery_options {
    use_partitioned_tables = true
  }
}

resource "google_bigquery_dataset_iam_member" "experiment_events_writer" {
  dataset_id = google_bigquery_dataset.events.dataset_id
  role       = "roles/bigquery.dataEditor"
  member     = google_logging_project_sink.experiment_events.writer_identity
}
