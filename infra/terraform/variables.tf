variable "project_id" {
  description = "Google Cloud project that holds one environment (use one project per environment: the Workload Identity pool, the Artifact Registry repository `soudan` and the log metric `soudan/turns` are per project)."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{4,28}[a-z0-9]$", var.project_id))
    error_message = "project_id must be a project ID: 6-30 characters, lower-case letters, digits and hyphens, starting with a letter."
  }
}

variable "environment" {
  description = "Environment name: `staging` or `production`. Part of every resource and secret name (soudan-<environment>-...)."
  type        = string

  validation {
    condition     = contains(["staging", "production"], var.environment)
    error_message = "environment must be \"staging\" or \"production\"."
  }
}

variable "region" {
  description = "Region of the cluster, Memorystore, the bucket and the Artifact Registry repository."
  type        = string
  default     = "asia-northeast1"

  validation {
    condition     = can(regex("^[a-z]+-[a-z]+[0-9]+$", var.region))
    error_message = "region must be a Google Cloud region such as asia-northeast1 (not a zone such as asia-northeast1-a)."
  }
}

variable "domain" {
  description = "Public host name of the service (e.g. soudan.example.jp), without scheme or path. Its DNS A record must point at the `ingress_ip_address` output; the uptime check probes https://<domain>/healthz."
  type        = string

  validation {
    condition     = can(regex("^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$", var.domain))
    error_message = "domain must be a lower-case host name such as soudan.example.jp, without https:// or a path."
  }
}

variable "k8s_namespace" {
  description = "Kubernetes namespace of the app (its ServiceAccount is `soudan`); used by the Workload Identity binding, alert queries and the log metric."
  type        = string
  default     = "soudan"

  validation {
    condition     = can(regex("^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", var.k8s_namespace))
    error_message = "k8s_namespace must be a Kubernetes namespace name (a DNS label)."
  }
}

variable "external_secrets_ksa" {
  description = "Kubernetes ServiceAccount (namespace and name) whose tokens the External Secrets Operator presents to Secret Manager. It is granted secretAccessor on each soudan secret directly, through Workload Identity Federation."
  type = object({
    namespace = string
    name      = string
  })
  default = {
    namespace = "external-secrets"
    name      = "external-secrets"
  }
}

variable "subnet_cidr" {
  description = "Primary range of the cluster subnet (node addresses)."
  type        = string
  default     = "10.0.0.0/20"

  validation {
    condition     = can(cidrhost(var.subnet_cidr, 0))
    error_message = "subnet_cidr must be a CIDR block."
  }
}

variable "pods_cidr" {
  description = "Secondary range of the cluster subnet for Pod addresses."
  type        = string
  default     = "10.16.0.0/14"

  validation {
    condition     = can(cidrhost(var.pods_cidr, 0))
    error_message = "pods_cidr must be a CIDR block."
  }
}

variable "services_cidr" {
  description = "Secondary range of the cluster subnet for Service (ClusterIP) addresses."
  type        = string
  default     = "10.20.0.0/20"

  validation {
    condition     = can(cidrhost(var.services_cidr, 0))
    error_message = "services_cidr must be a CIDR block."
  }
}

variable "private_services_cidr" {
  description = "Range reserved for private services access; Memorystore takes its addresses from it. Stated rather than left to Google so that the app's egress NetworkPolicy can allow exactly this range."
  type        = string
  default     = "10.10.0.0/20"

  validation {
    condition     = can(cidrhost(var.private_services_cidr, 0)) && can(regex("/([89]|1[0-9]|2[0-4])$", var.private_services_cidr))
    error_message = "private_services_cidr must be a CIDR block of /24 or larger."
  }
}

variable "master_authorized_networks" {
  description = "CIDR blocks allowed to reach the cluster's public control-plane endpoint (e.g. the office or CI egress). Empty: the endpoint stays reachable from anywhere, still guarded by IAM."
  type = list(object({
    cidr_block   = string
    display_name = string
  }))
  default = []

  validation {
    condition     = alltrue([for n in var.master_authorized_networks : can(cidrhost(n.cidr_block, 0))])
    error_message = "Every master_authorized_networks entry needs a valid cidr_block."
  }
}

variable "redis_memory_size_gb" {
  description = "Memorystore capacity in GiB. Sessions are small JSON documents with a 30-minute TTL; 1 GiB holds several hundred thousand."
  type        = number
  default     = 1

  validation {
    condition     = var.redis_memory_size_gb >= 1 && var.redis_memory_size_gb <= 300 && floor(var.redis_memory_size_gb) == var.redis_memory_size_gb
    error_message = "redis_memory_size_gb must be a whole number between 1 and 300."
  }
}

variable "redis_version" {
  description = "Memorystore Redis version (REDIS_7_0 or later)."
  type        = string
  default     = "REDIS_7_2"

  validation {
    condition     = contains(["REDIS_7_0", "REDIS_7_2"], var.redis_version)
    error_message = "redis_version must be REDIS_7_0 or REDIS_7_2."
  }
}

variable "redis_read_replica_count" {
  description = "Read replicas (0-5). 0 keeps the STANDARD_HA pair (one failover replica, no read endpoint); the app reads and writes the primary only. Read replicas need 5 GiB or more and can only be chosen when the instance is created."
  type        = number
  default     = 0

  validation {
    condition     = var.redis_read_replica_count >= 0 && var.redis_read_replica_count <= 5 && floor(var.redis_read_replica_count) == var.redis_read_replica_count
    error_message = "redis_read_replica_count must be a whole number between 0 and 5."
  }
}

variable "notification_channels" {
  description = "Cloud Monitoring notification channels every alert notifies, as full names (projects/<project>/notificationChannels/<id>). Created outside Terraform because they hold webhook URLs and keys. Required non-empty in production."
  type        = list(string)

  validation {
    condition     = alltrue([for c in var.notification_channels : can(regex("^projects/[^/]+/notificationChannels/[0-9]+$", c))])
    error_message = "Each notification channel must look like projects/<project>/notificationChannels/<numeric id>."
  }

  validation {
    condition     = var.environment != "production" || length(var.notification_channels) > 0
    error_message = "Production alerts must notify someone: give at least one notification channel."
  }
}

variable "runbook_base_url" {
  description = "Web address under which the repository's files can be read (e.g. https://github.com/<org>/soudan/blob/main). Alert documentation links to <runbook_base_url>/docs/operations.md#<anchor>."
  type        = string

  validation {
    condition     = can(regex("^https://[^ ]+[^/]$", var.runbook_base_url))
    error_message = "runbook_base_url must be an https:// address without a trailing slash."
  }
}

variable "uptime_check_regions" {
  description = "Regions the uptime check probes from; at least three (ASIA_PACIFIC is closest to the users, the others tell a local outage from a global one)."
  type        = list(string)
  default     = ["ASIA_PACIFIC", "EUROPE", "USA_OREGON", "USA_VIRGINIA"]

  validation {
    condition = alltrue([
      for r in var.uptime_check_regions : contains(["USA", "EUROPE", "SOUTH_AMERICA", "ASIA_PACIFIC", "USA_OREGON", "USA_IOWA", "USA_VIRGINIA"], r)
    ]) && length(var.uptime_check_regions) >= 3
    error_message = "uptime_check_regions must list at least three of USA, EUROPE, SOUTH_AMERICA, ASIA_PACIFIC, USA_OREGON, USA_IOWA, USA_VIRGINIA."
  }
}

variable "events_retention_days" {
  description = "Days experiment events are kept in BigQuery (partitions older than this are deleted)."
  type        = number
  default     = 400

  validation {
    condition     = var.events_retention_days >= 30 && var.events_retention_days <= 3650
    error_message = "events_retention_days must be between 30 and 3650."
  }
}
