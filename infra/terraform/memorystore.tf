resource "google_redis_instance" "sessions" {
  name           = local.name
  display_name   = "soudan ${var.environment} sessions"
  region         = var.region
  tier           = "STANDARD_HA" # primary + replica in two zones, automatic failover
  memory_size_gb = var.redis_memory_size_gb
  redis_version  = var.redis_version

  authorized_network = google_compute_network.this.id
  connect_mode       = "PRIVATE_SERVICE_ACCESS"
  reserved_ip_range  = google_compute_global_address.private_services.name

  # AUTH plus TLS: clients connect with rediss://:<auth>@<host>:6378 and must trust the instance's
  # own server CA (published in the soudan-<env>-redis-ca secret), not the public roots.
  auth_enabled            = true
  transit_encryption_mode = "SERVER_AUTHENTICATION"

  read_replicas_mode = var.redis_read_replica_count > 0 ? "READ_REPLICAS_ENABLED" : "READ_REPLICAS_DISABLED"
  replica_count      = max(var.redis_read_replica_count, 1)

  # Weekly maintenance at the quietest hour: Tuesday 18:00 UTC = Wednesday 03:00 JST. A failover
  # drops connections for a few seconds; the app answers 503 with Retry-After and recovers by itself.
  maintenance_policy {
    weekly_maintenance_window {
      day = "TUESDAY"
      start_time {
        hours   = 18
        minutes = 0
        seconds = 0
        nanos   = 0
      }
    }
  }

  deletion_protection = true

  depends_on = [google_service_networking_connection.private_services]

  lifecycle {
    precondition {
      condition     = var.redis_read_replica_count == 0 || var.redis_memory_size_gb >= 5
      error_message = "Memorystore read replicas need an instance of 5 GiB or more."
    }
  }
}
