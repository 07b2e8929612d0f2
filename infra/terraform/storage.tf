# Models and catalogue (models/<version>/model.json, catalog/<version>/...), mounted read-only into
# the pods with Cloud Storage FUSE. Versioned, so a bad upload is undone by restoring the previous version.
resource "google_storage_bucket" "data" {
  name          = "${var.project_id}-data" # bucket names are global: the project ID makes it unique
  location      = var.region
  storage_class = "STANDARD"
  force_destroy = false

  uniform_bucket_level_access = true
  public_access_prevention    = "enforced"

  versioning {
    enabled = true
  }

  # Old versions go after 90 days, but the five newest ones are always kept for a rollback.
  lifecycle_rule {
    condition {
      days_since_noncurrent_time = 90
      num_newer_versions         = 5
      with_state                 = "ARCHIVED"
    }
    action {
      type = "Delete"
    }
  }

  depends_on = [google_project_service.required]
}
