# Values the Kubernetes manifests (infra/k8s) and operators need. Secret values are not output: read
# them from Secret Manager. Any output that ever carries the Redis URL or AUTH string must be marked
# `sensitive = true` (test/infra/terraform.test.ts checks this).

output "cluster_name" {
  description = "GKE Autopilot cluster (gcloud container clusters get-credentials <name> --region <region>)."
  value       = google_container_cluster.this.name
}

output "cluster_location" {
  description = "Region of the cluster."
  value       = google_container_cluster.this.location
}

output "workload_identity_pool" {
  description = "Workload Identity pool of the project."
  value       = local.workload_pool
}

output "app_service_account_email" {
  description = "Google service account of the app: annotate the KSA soudan with iam.gke.io/gcp-service-account=<this>."
  value       = google_service_account.app.email
}

output "external_secrets_principal" {
  description = "IAM principal of the External Secrets Operator's KSA (var.external_secrets_ksa); granted secretAccessor on each secret directly, so that KSA needs no iam.gke.io annotation."
  value       = local.external_secrets_principal
}

output "secret_ids" {
  description = "Secret Manager secret IDs, for the ExternalSecret manifests."
  value = {
    redis_url                 = google_secret_manager_secret.redis_url.secret_id
    redis_ca                  = google_secret_manager_secret.redis_ca.secret_id
    log_hash_salt             = google_secret_manager_secret.log_hash_salt.secret_id
    line_channel_secret       = google_secret_manager_secret.line_channel_secret.secret_id
    line_channel_access_token = google_secret_manager_secret.line_channel_access_token.secret_id
    microsoft_app_password    = google_secret_manager_secret.microsoft_app_password.secret_id
    web_conversation_secret   = google_secret_manager_secret.web_conversation_secret.secret_id
  }
}

output "redis_host" {
  description = "Private address of the Memorystore primary (the full rediss:// URL is in the redis-url secret)."
  value       = google_redis_instance.sessions.host
}

output "private_services_cidr" {
  description = "Range Memorystore's addresses come from: the destination of the app's egress NetworkPolicy to Redis (port 6378)."
  value       = var.private_services_cidr
}

output "redis_port" {
  description = "TLS port of the Memorystore primary (6378)."
  value       = google_redis_instance.sessions.port
}

output "data_bucket" {
  description = "Bucket with the models and catalogue, mounted with Cloud Storage FUSE (Deployment volume bucketName)."
  value       = google_storage_bucket.data.name
}

output "artifact_registry_repository" {
  description = "Docker repository for the app image: <this>/soudan:<tag>."
  value       = "${google_artifact_registry_repository.soudan.location}-docker.pkg.dev/${var.project_id}/${google_artifact_registry_repository.soudan.repository_id}"
}

output "ingress_ip_name" {
  description = "Name of the global static address, for the Ingress annotation kubernetes.io/ingress.global-static-ip-name."
  value       = google_compute_global_address.ingress.name
}

output "ssl_policy_name" {
  description = "SSL policy for the Ingress's FrontendConfig (spec.sslPolicy)."
  value       = google_compute_ssl_policy.ingress.name
}

output "ingress_ip_address" {
  description = "The address itself: the DNS A record of var.domain."
  value       = google_compute_global_address.ingress.address
}

output "uptime_check_id" {
  description = "ID of the /healthz uptime check."
  value       = google_monitoring_uptime_check_config.healthz.uptime_check_id
}

output "events_dataset" {
  description = "BigQuery dataset the experiment-events log sink writes to (infra/bigquery/README.md)."
  value       = "${var.project_id}.${google_bigquery_dataset.events.dataset_id}"
}
