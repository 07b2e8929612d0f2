# Global static address of the external Application Load Balancer the GKE Ingress creates
# (annotation kubernetes.io/ingress.global-static-ip-name: soudan-<environment>-ip). The DNS A record
# of var.domain points here.
resource "google_compute_global_address" "ingress" {
  name         = "soudan-${var.environment}-ip"
  address_type = "EXTERNAL"
  ip_version   = "IPV4"

  depends_on = [google_project_service.required]
}

# TLS settings of that load balancer, referenced by the Ingress's FrontendConfig (spec.sslPolicy):
# TLS 1.2 or later with the MODERN cipher profile.
resource "google_compute_ssl_policy" "ingress" {
  name            = "soudan-${var.environment}-ssl-policy"
  profile         = "MODERN"
  min_tls_version = "TLS_1_2"

  depends_on = [google_project_service.required]
}
