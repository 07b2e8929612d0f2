# The app's Google identity. Its Kubernetes ServiceAccount `soudan` impersonates it (annotation
# iam.gke.io/gcp-service-account=<app_service_account_email> in infra/k8s).
resource "google_service_account" "app" {
  account_id   = local.name
  display_name = "soudan ${var.environment} app"
  description  = "Identity of the soudan pods (Workload Identity): reads the models/catalogue bucket."

  depends_on = [google_project_service.required]
}

resource "google_service_account_iam_member" "app_workload_identity" {
  service_account_id = google_service_account.app.name
  role               = "roles/iam.workloadIdentityUser"
  member             = local.app_ksa_member

  # The <project>.svc.id.goog pool only exists once a cluster with Workload Identity does.
  depends_on = [google_container_cluster.this]
}

# Read-only access to the models/catalogue bucket, mounted into the pods with Cloud Storage FUSE.
resource "google_storage_bucket_iam_member" "app_reads_data" {
  bucket = google_storage_bucket.data.name
  role   = "roles/storage.objectViewer"
  member = "serviceAccount:${google_service_account.app.email}"
}

# The External Secrets Operator may read exactly these secrets, one grant per secret, and nothing
# else in the project. The app itself gets no Secret Manager access.
locals {
  external_secrets_readable = {
    redis_url                 = google_secret_manager_secret.redis_url.secret_id
    redis_ca                  = google_secret_manager_secret.redis_ca.secret_id
    log_hash_salt             = google_secret_manager_secret.log_hash_salt.secret_id
    line_channel_secret       = google_secret_manager_secret.line_channel_secret.secret_id
    line_channel_access_token = google_secret_manager_secret.line_channel_access_token.secret_id
    microsoft_app_password    = google_secret_manager_secret.microsoft_app_password.secret_id
    web_conversation_secret   = google_secret_manager_secret.web_conversation_secret.secret_id
    link_secret               = google_secret_manager_secret.link_secret.secret_id
    conversion_secret         = google_secret_manager_secret.conversion_secret.secret_id
  }
}

resource "google_secret_manager_secret_iam_member" "external_secrets" {
  for_each = local.external_secrets_readable

  secret_id = each.value
  role      = "roles/secretmanager.secretAccessor"
  member    = local.external_secrets_principal

  depends_on = [google_container_cluster.this]
}

# Nodes pull the app image from this environment's repository only.
resource "google_artifact_registry_repository_iam_member" "nodes_pull" {
  location   = google_artifact_registry_repository.soudan.location
  repository = google_artifact_registry_repository.soudan.name
  role       = "roles/artifactregistry.reader"
  member     = "serviceAccount:${google_service_account.nodes.email}"
}
