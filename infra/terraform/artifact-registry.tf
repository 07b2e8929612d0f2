resource "google_artifact_registry_repository" "soudan" {
  repository_id = "soudan"
  location      = var.region
  format        = "DOCKER"
  description   = "soudan container images (${var.environment})"

  # A released tag always means the same image; deploy by tag or digest, never by re-pushing a tag.
  docker_config {
    immutable_tags = true
  }

  depends_on = [google_project_service.required]
}
