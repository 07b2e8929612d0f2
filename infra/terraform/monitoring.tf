# Alert policies. Each points at its runbook section in docs/operations.md and notifies
# var.notification_channels. The PromQL ones read the app's own metrics, scraped by Managed Service
# for Prometheus from the app's metrics port (a PodMonitoring in infra/k8s); metric validation is off
# so that they can be created before the first scrape has happened.

locals {
  runbook = "${var.runbook_base_url}/docs/operations.md"
}

resource "google_monitoring_alert_policy" "http_5xx_rate" {
  display_name = "soudan ${var.environment}: more than 1% of HTTP responses are 5xx"
  combiner     = "OR"
  severity     = "CRITICAL"

  conditions {
    display_name = "5xx share of HTTP responses > 1% for 5 minutes"
    condition_prometheus_query_language {
      query                     = "sum(rate(soudan_http_responses_total{namespace=\"${var.k8s_namespace}\",status_class=\"5xx\"}[5m])) / clamp_min(sum(rate(soudan_http_responses_total{namespace=\"${var.k8s_namespace}\"}[5m])), 1e-9) > 0.01"
      duration                  = "300s"
      evaluation_interval       = "60s"
      disable_metric_validation = true
    }
  }

  documentation {
    mime_type = "text/markdown"
    subject   = "soudan ${var.environment}: 5xx rate above 1%"
    content   = <<-EOT
      More than 1% of soudan's HTTP responses (all channels) were server errors for 5 minutes.
      503 usually means the session store (Redis) is unreachable; 500 a bug.

      Runbook: [docs/operations.md#alert-5xx-rate](${local.runbook}#alert-5xx-rate)
    EOT
    links {
      display_name = "Runbook: 5xx rate"
      url          = "${local.runbook}#alert-5xx-rate"
    }
  }

  notification_channels = var.notification_channels
  user_labels           = { service = "soudan", environment = var.environment }

  alert_strategy {
    auto_close = "1800s"
  }
}

resource "google_monitoring_alert_policy" "turn_latency_p99" {
  display_name = "soudan ${var.environment}: p99 turn latency above 250 ms"
  combiner     = "OR"
  severity     = "WARNING"

  conditions {
    display_name = "p99 of soudan_turn_duration_seconds > 0.25 s for 5 minutes"
    condition_prometheus_query_language {
      query                     = "histogram_quantile(0.99, sum by (le) (rate(soudan_turn_duration_seconds_bucket{namespace=\"${var.k8s_namespace}\"}[5m]))) > 0.25"
      duration                  = "300s"
      evaluation_interval       = "60s"
      disable_metric_validation = true
    }
  }

  documentation {
    mime_type = "text/markdown"
    subject   = "soudan ${var.environment}: p99 turn latency above 250 ms"
    content   = <<-EOT
      The 99th percentile of a dialogue turn took longer than 250 ms for 5 minutes
      (measured p99: 34 ms at 500 turns/s). Voice channels time out after a few seconds.

      Runbook: [docs/operations.md#alert-turn-latency](${local.runbook}#alert-turn-latency)
    EOT
    links {
      display_name = "Runbook: turn latency"
      url          = "${local.runbook}#alert-turn-latency"
    }
  }

  notification_channels = var.notification_channels
  user_labels           = { service = "soudan", environment = var.environment }

  alert_strategy {
    auto_close = "1800s"
  }
}

resource "google_monitoring_alert_policy" "session_store_errors" {
  display_name = "soudan ${var.environment}: session store (Redis) errors"
  combiner     = "OR"
  severity     = "CRITICAL"

  conditions {
    display_name = "Session store errors > 0.1/s for 5 minutes"
    condition_prometheus_query_language {
      query                     = "sum(rate(soudan_session_store_errors_total{namespace=\"${var.k8s_namespace}\"}[5m])) > 0.1"
      duration                  = "300s"
      evaluation_interval       = "60s"
      disable_metric_validation = true
    }
  }

  documentation {
    mime_type = "text/markdown"
    subject   = "soudan ${var.environment}: session store errors"
    content   = <<-EOT
      soudan failed to read or write sessions in Memorystore more than 0.1 times a second for
      5 minutes; users get "please try again". Check the Memorystore instance (failover, maintenance,
      memory) and the redis-url / redis-ca secrets.

      Runbook: [docs/operations.md#alert-session-store-errors](${local.runbook}#alert-session-store-errors)
    EOT
    links {
      display_name = "Runbook: session store errors"
      url          = "${local.runbook}#alert-session-store-errors"
    }
  }

  notification_channels = var.notification_channels
  user_labels           = { service = "soudan", environment = var.environment }

  alert_strategy {
    auto_close = "1800s"
  }
}

# Pod restarts use GKE's own system metric rather than a PromQL query on the app's metrics: a pod that
# crash-loops never gets scraped, while kubelet still counts its restarts. ALIGN_DELTA over 15 minutes
# turns the cumulative counter into "restarts in the last 15 minutes", summed over the namespace.
resource "google_monitoring_alert_policy" "pod_restarts" {
  display_name = "soudan ${var.environment}: containers restarting"
  combiner     = "OR"
  severity     = "WARNING"

  conditions {
    display_name = "More than 3 container restarts in 15 minutes"
    condition_threshold {
      filter          = "metric.type=\"kubernetes.io/container/restart_count\" AND resource.type=\"k8s_container\" AND resource.label.namespace_name=\"${var.k8s_namespace}\""
      comparison      = "COMPARISON_GT"
      threshold_value = 3
      duration        = "0s"

      aggregations {
        alignment_period     = "900s"
        per_series_aligner   = "ALIGN_DELTA"
        cross_series_reducer = "REDUCE_SUM"
        group_by_fields      = ["resource.label.namespace_name"]
      }

      trigger {
        count = 1
      }
    }
  }

  documentation {
    mime_type = "text/markdown"
    subject   = "soudan ${var.environment}: containers restarting"
    content   = <<-EOT
      Containers in namespace `${var.k8s_namespace}` restarted more than 3 times in 15 minutes:
      crashes, OOM kills or failing liveness probes. `kubectl -n ${var.k8s_namespace} describe pods`
      shows the last state and reason.

      Runbook: [docs/operations.md#alert-pod-restarts](${local.runbook}#alert-pod-restarts)
    EOT
    links {
      display_name = "Runbook: pod restarts"
      url          = "${local.runbook}#alert-pod-restarts"
    }
  }

  notification_channels = var.notification_channels
  user_labels           = { service = "soudan", environment = var.environment }

  alert_strategy {
    auto_close = "3600s"
  }
}

resource "google_monitoring_uptime_check_config" "healthz" {
  display_name = "soudan ${var.environment} https://${var.domain}/healthz"
  timeout      = "10s"
  period       = "60s"

  http_check {
    path           = "/healthz"
    port           = 443
    request_method = "GET"
    use_ssl        = true
    validate_ssl   = true

    accepted_response_status_codes {
      status_class = "STATUS_CLASS_2XX"
    }
  }

  monitored_resource {
    type = "uptime_url"
    labels = {
      project_id = var.project_id
      host       = var.domain
    }
  }

  selected_regions = var.uptime_check_regions
  user_labels      = { service = "soudan", environment = var.environment }

  depends_on = [google_project_service.required]
}

resource "google_monitoring_alert_policy" "uptime_healthz" {
  display_name = "soudan ${var.environment}: https://${var.domain}/healthz failing"
  combiner     = "OR"
  severity     = "CRITICAL"

  conditions {
    display_name = "Uptime check fails from more than one region"
    condition_threshold {
      filter          = "metric.type=\"monitoring.googleapis.com/uptime_check/check_passed\" AND resource.type=\"uptime_url\" AND metric.label.check_id=\"${google_monitoring_uptime_check_config.healthz.uptime_check_id}\""
      comparison      = "COMPARISON_GT"
      threshold_value = 1
      duration        = "60s"

      aggregations {
        alignment_period     = "1200s"
        per_series_aligner   = "ALIGN_NEXT_OLDER"
        cross_series_reducer = "REDUCE_COUNT_FALSE"
        group_by_fields      = ["resource.label.*"]
      }

      trigger {
        count = 1
      }
    }
  }

  documentation {
    mime_type = "text/markdown"
    subject   = "soudan ${var.environment}: /healthz unreachable"
    content   = <<-EOT
      https://${var.domain}/healthz failed from more than one uptime checker region: the service,
      its Ingress / load balancer, DNS or the certificate is broken for users.

      Runbook: [docs/operations.md#alert-uptime-healthz](${local.runbook}#alert-uptime-healthz)
    EOT
    links {
      display_name = "Runbook: uptime check"
      url          = "${local.runbook}#alert-uptime-healthz"
    }
  }

  notification_channels = var.notification_channels
  user_labels           = { service = "soudan", environment = var.environment }

  alert_strategy {
    auto_close = "1800s"
  }
}

# The uptime check reports the days left on the certificate the load balancer actually serves. Both
# cert-manager and Google-managed certificates renew about 30 days before expiry, so under 14 days
# means renewal has been failing for two weeks.
resource "google_monitoring_alert_policy" "certificate_expiry" {
  display_name = "soudan ${var.environment}: TLS certificate of ${var.domain} expires in under 14 days"
  combiner     = "OR"
  severity     = "WARNING"

  conditions {
    display_name = "time_until_ssl_cert_expires < 14 days"
    condition_threshold {
      filter          = "metric.type=\"monitoring.googleapis.com/uptime_check/time_until_ssl_cert_expires\" AND resource.type=\"uptime_url\" AND metric.label.check_id=\"${google_monitoring_uptime_check_config.healthz.uptime_check_id}\""
      comparison      = "COMPARISON_LT"
      threshold_value = 14 # days
      duration        = "600s"

      aggregations {
        alignment_period     = "1200s"
        per_series_aligner   = "ALIGN_NEXT_OLDER"
        cross_series_reducer = "REDUCE_MIN"
        group_by_fields      = ["resource.label.*"]
      }

      trigger {
        count = 1
      }
    }
  }

  documentation {
    mime_type = "text/markdown"
    subject   = "soudan ${var.environment}: certificate expires soon"
    content   = <<-EOT
      The certificate served for ${var.domain} expires in less than 14 days; it should have been
      renewed about 30 days before expiry. Check the cert-manager Certificate and its Order/Challenge
      or the ManagedCertificate (`kubectl -n ${var.k8s_namespace} describe certificate,managedcertificate`).

      Runbook: [docs/operations.md#alert-certificate-expiry](${local.runbook}#alert-certificate-expiry)
    EOT
    links {
      display_name = "Runbook: certificate expiry"
      url          = "${local.runbook}#alert-certificate-expiry"
    }
  }

  notification_channels = var.notification_channels
  user_labels           = { service = "soudan", environment = var.environment }

  alert_strategy {
    auto_close = "86400s"
  }
}

# The nightly model refresh (infra/k8s/components/model-refresh) publishes nothing when a step fails or
# `soudan gate-model` refuses the new model; each of those writes a line at ERROR (the gate's JSON line, or a
# step's stderr, which GKE logs at ERROR). One notification a day at most: the job runs nightly.
resource "google_monitoring_alert_policy" "model_refresh_failed" {
  display_name = "soudan ${var.environment}: model refresh refused or failed"
  combiner     = "OR"
  severity     = "WARNING"

  conditions {
    display_name = "An ERROR line from the model refresh job"
    condition_matched_log {
      filter = "resource.type=\"k8s_container\" AND resource.labels.namespace_name=\"${var.k8s_namespace}\" AND labels.\"k8s-pod/app_kubernetes_io/component\"=\"model-refresh\" AND severity>=ERROR"
    }
  }

  documentation {
    mime_type = "text/markdown"
    subject   = "soudan ${var.environment}: model refresh refused or failed"
    content   = <<-EOT
      The nightly model refresh in namespace `${var.k8s_namespace}` published no new model: the regression
      gate refused the candidate (`model gate refused`, with both models' figures) or a step failed. The
      serving model is unchanged.

      Runbook: [docs/operations.md#alert-model-refresh](${local.runbook}#alert-model-refresh)
    EOT
    links {
      display_name = "Runbook: model refresh"
      url          = "${local.runbook}#alert-model-refresh"
    }
  }

  notification_channels = var.notification_channels
  user_labels           = { service = "soudan", environment = var.environment }

  alert_strategy {
    notification_rate_limit {
      period = "86400s"
    }
    auto_close = "86400s"
  }
}
