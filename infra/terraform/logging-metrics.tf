# Turns per channel, from the one JSON log line the app writes per turn ({"severity","message":"turn",
# "channel","act","outcome",...}). On GKE the line arrives as jsonPayload.
resource "google_logging_metric" "turns" {
  name        = "soudan/turns"
  description = "Dialogue turns of soudan ${var.environment}, by channel, act and outcome."
  filter      = <<-EOT
    resource.type="k8s_container"
    AND resource.labels.namespace_name="${var.k8s_namespace}"
    AND jsonPayload.message="turn"
  EOT

  metric_descriptor {
    metric_kind  = "DELTA"
    value_type   = "INT64"
    unit         = "1"
    display_name = "soudan turns"

    labels {
      key         = "channel"
      value_type  = "STRING"
      description = "web, alexa, google, line or teams"
    }

    labels {
      key         = "act"
      value_type  = "STRING"
      description = "What the turn did (ask a job type, ask a condition, show results ...)"
    }

    labels {
      key         = "outcome"
      value_type  = "STRING"
      description = "How the turn ended, as logged by the app"
    }
  }

  label_extractors = {
    channel = "EXTRACT(jsonPayload.channel)"
    act     = "EXTRACT(jsonPayload.act)"
    outcome = "EXTRACT(jsonPayload.outcome)"
  }

  depends_on = [google_project_service.required]
}
