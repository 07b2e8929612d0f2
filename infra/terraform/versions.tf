terraform {
  # 1.9+ lets a variable's validation refer to other variables; 1.11 is what CI and operators run.
  required_version = ">= 1.11.0, < 2.0.0"

  required_providers {
    # Exact pin: provider upgrades are a reviewed change. `terraform init` on a machine with network
    # writes .terraform.lock.hcl (checksums for every platform); commit it next to these files.
    google = {
      source  = "hashicorp/google"
      version = "7.45.0"
    }
  }

  # Partial configuration: bucket and prefix come from `terraform init -backend-config=...` (README).
  # The state holds the Redis AUTH string, so the bucket must be readable only by the deployers.
  backend "gcs" {}
}

provider "google" {
  project = var.project_id
  region  = var.region

  default_labels = {
    app         = "soudan"
    environment = var.environment
    managed-by  = "terraform"
  }
}
