# Secret Manager holds every value the pods need; the External Secrets Operator copies them into
# Kubernetes Secrets (infra/k8s). The names are part of that contract: soudan-<environment>-<what>.

resource "google_secret_manager_secret" "redis_url" {
  secret_id = "soudan-${var.environment}-redis-url"
  labels    = { purpose = "redis" }

  replication {
    auto {}
  }

  depends_on = [google_project_service.required]
}

resource "google_secret_manager_secret" "redis_ca" {
  secret_id = "soudan-${var.environment}-redis-ca"
  labels    = { purpose = "redis" }

  replication {
    auto {}
  }

  depends_on = [google_project_service.required]
}

resource "google_secret_manager_secret" "log_hash_salt" {
  secret_id = "soudan-${var.environment}-log-hash-salt"
  labels    = { purpose = "logging" }

  replication {
    auto {}
  }

  depends_on = [google_project_service.required]
}

resource "google_secret_manager_secret" "line_channel_secret" {
  secret_id = "soudan-${var.environment}-line-channel-secret"
  labels    = { purpose = "channel-line" }

  replication {
    auto {}
  }

  depends_on = [google_project_service.required]
}

resource "google_secret_manager_secret" "line_channel_access_token" {
  secret_id = "soudan-${var.environment}-line-channel-access-token"
  labels    = { purpose = "channel-line" }

  replication {
    auto {}
  }

  depends_on = [google_project_service.required]
}

resource "google_secret_manager_secret" "microsoft_app_password" {
  secret_id = "soudan-${var.environment}-microsoft-app-password"
  labels    = { purpose = "channel-teams" }

  replication {
    auto {}
  }

  depends_on = [google_project_service.required]
}

resource "google_secret_manager_secret" "web_conversation_secret" {
  secret_id = "soudan-${var.environment}-web-conversation-secret"
  labels    = { purpose = "channel-web" }

  replication {
    auto {}
  }

  depends_on = [google_project_service.required]
}

# Experiments (README: Experiments): job links through /r/:token are signed with LINK_SECRET, conversion
# reports from the job site with CONVERSION_SECRET. Both are optional for the service: without them links stay
# direct and there is no conversions endpoint; an operator adds versions to switch them on.
resource "google_secret_manager_secret" "link_secret" {
  secret_id = "soudan-${var.environment}-link-secret"
  labels    = { purpose = "experiments" }

  replication {
    auto {}
  }

  depends_on = [google_project_service.required]
}

resource "google_secret_manager_secret" "conversion_secret" {
  secret_id = "soudan-${var.environment}-conversion-secret"
  labels    = { purpose = "experiments" }

  replication {
    auto {}
  }

  depends_on = [google_project_service.required]
}

# Terraform writes the two Redis values itself, because only it knows them when the instance is made.
# NOTE: this puts the Redis AUTH string in the Terraform state (google_redis_instance.auth_string is
# there anyway). The state bucket must therefore be readable only by the people and CI identity that
# apply this configuration.
resource "google_secret_manager_secret_version" "redis_url" {
  secret      = google_secret_manager_secret.redis_url.id
  secret_data = "rediss://:${google_redis_instance.sessions.auth_string}@${google_redis_instance.sessions.host}:${google_redis_instance.sessions.port}"
}

resource "google_secret_manager_secret_version" "redis_ca" {
  secret      = google_secret_manager_secret.redis_ca.id
  secret_data = "${join("\n", [for c in google_redis_instance.sessions.server_ca_certs : trimspace(c.cert)])}\n"
}

# The log salt, the web conversation secret and the channel secrets get no version here: operators add them with
# `gcloud secrets versions add` (README), so their values never pass through Terraform or its state.
