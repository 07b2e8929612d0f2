locals {
  name = "soudan-${var.environment}"

  # The project's Workload Identity pool; it exists once the first cluster with Workload Identity does.
  workload_pool = "${var.project_id}.svc.id.goog"

  # The app's Kubernetes ServiceAccount (infra/k8s names it `soudan`), which impersonates the app's
  # Google service account.
  app_ksa_member = "serviceAccount:${local.workload_pool}[${var.k8s_namespace}/soudan]"

  # The External Secrets Operator's Kubernetes ServiceAccount, granted access directly (Workload
  # Identity Federation principal, no Google service account to impersonate).
  external_secrets_principal = "principal://iam.googleapis.com/projects/${data.google_project.this.number}/locations/global/workloadIdentityPools/${local.workload_pool}/subject/ns/${var.external_secrets_ksa.namespace}/sa/${var.external_secrets_ksa.name}"
}
