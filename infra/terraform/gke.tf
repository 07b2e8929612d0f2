# Nodes run as a dedicated, minimal service account instead of the Compute Engine default one.
resource "google_service_account" "nodes" {
  account_id   = "${local.name}-nodes"
  display_name = "soudan ${var.environment} GKE nodes"
  description  = "Node identity of the ${local.name} Autopilot cluster: logging, metrics, image pulls."

  depends_on = [google_project_service.required]
}

resource "google_project_iam_member" "nodes_default" {
  project = var.project_id
  role    = "roles/container.defaultNodeServiceAccount"
  member  = "serviceAccount:${google_service_account.nodes.email}"
}

resource "google_container_cluster" "this" {
  name     = local.name
  location = var.region # regional: control plane and nodes spread over the region's zones

  enable_autopilot    = true
  deletion_protection = true

  network         = google_compute_network.this.id
  subnetwork      = google_compute_subnetwork.gke.id
  networking_mode = "VPC_NATIVE"

  ip_allocation_policy {
    cluster_secondary_range_name  = google_compute_subnetwork.gke.secondary_ip_range[0].range_name
    services_secondary_range_name = google_compute_subnetwork.gke.secondary_ip_range[1].range_name
  }

  release_channel {
    channel = "REGULAR"
  }

  private_cluster_config {
    enable_private_nodes    = true
    enable_private_endpoint = false # kubectl and CI use the public endpoint, limited below and by IAM
  }

  dynamic "master_authorized_networks_config" {
    for_each = length(var.master_authorized_networks) > 0 ? [1] : []
    content {
      dynamic "cidr_blocks" {
        for_each = var.master_authorized_networks
        content {
          cidr_block   = cidr_blocks.value.cidr_block
          display_name = cidr_blocks.value.display_name
        }
      }
    }
  }

  # Autopilot always has Workload Identity on; the pool is stated so that the IAM bindings in iam.tf
  # and this cluster visibly agree.
  workload_identity_config {
    workload_pool = local.workload_pool
  }

  # Not configured here because Autopilot turns them on by itself: Google Cloud Managed Service for
  # Prometheus (scrapes what a PodMonitoring in infra/k8s selects; the PromQL alerts read it) and the
  # Cloud Storage FUSE CSI driver (mounts the models bucket).

  cluster_autoscaling {
    auto_provisioning_defaults {
      service_account = google_service_account.nodes.email
      oauth_scopes    = ["https://www.googleapis.com/auth/cloud-platform"]
    }
  }

  # Upgrades only at night in Japan: 17:00-21:00 UTC = 02:00-06:00 JST, every day.
  maintenance_policy {
    recurring_window {
      start_time = "2025-01-01T17:00:00Z"
      end_time   = "2025-01-01T21:00:00Z"
      recurrence = "FREQ=DAILY"
    }
  }

  depends_on = [
    google_project_service.required,
    google_project_iam_member.nodes_default,
    google_compute_router_nat.this,
  ]
}
