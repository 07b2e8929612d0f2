-- Co-view counts for `soudan train --counts`, computed in BigQuery (GoogleSQL; not legacy SQL).
--
-- The numbers are exactly those `soudan train --views` counts from the same log:
--   n     users with at least one view of a listing or job type the catalogue knows
--   c_i   users who viewed job type i at least once
--   c_ij  users who viewed both i and j (i <> j), at any times and in any order
-- A listing view is a view of each of the listing's job types. Repeated views count once per user, for types
-- and for pairs alike. A row with both ids is a listing view (its job_type_id is ignored), as in the file
-- trainer. Ids are trimmed and an empty id is no id, as the CSV reader does; the timestamp is not used.
--
-- Output: one row per count, columns job_type_a, job_type_b, users:
--   NULL, NULL, n      the total (exported as ",,n")
--   i,    i,    c_i    one per job type with c_i > 0
--   i,    j,    c_ij   one per pair with c_ij > 0, i < j as strings (the reader accepts either order)
--
-- Placeholders, replaced as text before the query runs (BigQuery takes no table names as query parameters):
--   ${views_table}    the view log: STRING columns user_id, listing_id, job_type_id (NULL or empty when
--                     absent; other columns ignored). A log with only one id column: select NULL as the other.
--   ${catalog_table}  the catalogue, STRING columns listing_id, job_type_id: `soudan export-catalog-types`
--                     writes it as CSV (a row with an empty listing_id declares a job type)
-- Both are full ids, project.dataset.table. Named query parameter:
--   @skip_unknown BOOL  false: the query fails when a view names a listing or job type the catalogue does not
--                       know (soudan train's default); true: such views are dropped, and a user left with no
--                       view is no user (soudan train --skip-unknown). A view without a user_id, or without
--                       both ids, fails the query either way, as it fails the file trainer.
--
-- Run, export and fetch (see infra/bigquery/README.md):
--   views_table=my-project.soudan.view_log catalog_table=my-project.soudan.catalog_types \
--     envsubst '${views_table} ${catalog_table}' < infra/bigquery/co-views.sql \
--     | bq query --use_legacy_sql=false --parameter=skip_unknown:BOOL:false \
--         --destination_table=my-project:soudan.co_view_counts --replace --max_rows=0
--   bq extract --destination_format=CSV my-project:soudan.co_view_counts gs://my-bucket/co-views.csv
--   gsutil cp gs://my-bucket/co-views.csv co-views.csv
--   soudan train --catalog DIR --counts co-views.csv --out model.json
--
-- Cost: every step is a scan, a join on an id or a GROUP BY, except the self-join in pair_users, which makes
-- k(k-1)/2 rows for a user with k distinct job types. k is bounded by the catalogue's type count, and is a
-- handful for real users; a crawler that viewed every type would add T(T-1)/2 rows, so filter such users out
-- of ${views_table} (and out of the log `soudan train --views` reads, to keep the two equal) if there are many.

WITH
  views AS (
    SELECT
      NULLIF(TRIM(user_id), '') AS user_id,
      NULLIF(TRIM(listing_id), '') AS listing_id,
      NULLIF(TRIM(job_type_id), '') AS job_type_id
    FROM `${views_table}`
  ),
  catalog AS (
    SELECT NULLIF(TRIM(listing_id), '') AS listing_id, NULLIF(TRIM(job_type_id), '') AS job_type_id
    FROM `${catalog_table}`
  ),
  known_types AS (
    SELECT DISTINCT job_type_id FROM catalog WHERE job_type_id IS NOT NULL
  ),
  -- One row per view and job type it stands for; type_id is NULL when the view's id is unknown.
  resolved AS (
    SELECT v.user_id, v.listing_id, v.job_type_id, COALESCE(l.job_type_id, t.job_type_id) AS type_id
    FROM views AS v
    LEFT JOIN catalog AS l ON l.listing_id = v.listing_id
    LEFT JOIN known_types AS t ON v.listing_id IS NULL AND t.job_type_id = v.job_type_id
  ),
  problems AS (
    SELECT
      (
        SELECT COUNT(*) FROM views WHERE user_id IS NULL OR (listing_id IS NULL AND job_type_id IS NULL)
      ) AS incomplete_views,
      (
        SELECT COUNT(*) FROM resolved WHERE type_id IS NULL AND (listing_id IS NOT NULL OR job_type_id IS NOT NULL)
      ) AS unknown_views,
      (
        SELECT MIN(CASE WHEN listing_id IS NOT NULL THEN 'listing ' || listing_id ELSE 'job type ' || job_type_id END)
        FROM resolved
        WHERE type_id IS NULL AND (listing_id IS NOT NULL OR job_type_id IS NOT NULL)
      ) AS unknown_example
  ),
  -- Distinct (user, type) first: everything after it is per user, never per view.
  user_types AS (
    SELECT DISTINCT user_id, type_id AS job_type_id FROM resolved WHERE user_id IS NOT NULL AND type_id IS NOT NULL
  ),
  type_users AS (
    SELECT job_type_id, COUNT(*) AS users FROM user_types GROUP BY job_type_id
  ),
  pair_users AS (
    SELECT a.job_type_id AS job_type_a, b.job_type_id AS job_type_b, COUNT(*) AS users
    FROM user_types AS a
    JOIN user_types AS b ON a.user_id = b.user_id AND a.job_type_id < b.job_type_id
    GROUP BY a.job_type_id, b.job_type_id
  ),
  counts AS (
    SELECT CAST(NULL AS STRING) AS job_type_a, CAST(NULL AS STRING) AS job_type_b, COUNT(DISTINCT user_id) AS users
    FROM user_types
    UNION ALL
    SELECT job_type_id, job_type_id, users FROM type_users
    UNION ALL
    SELECT job_type_a, job_type_b, users FROM pair_users
  )
SELECT counts.job_type_a, counts.job_type_b, counts.users
FROM counts
CROSS JOIN problems
-- CASE evaluates ERROR only in the branch it takes, so a clean log never fails.
WHERE
  CASE
    WHEN problems.incomplete_views > 0 THEN ERROR(
      'co-views.sql: ' || CAST(problems.incomplete_views AS STRING)
      || ' view rows have no user_id, or neither a listing_id nor a job_type_id'
    )
    WHEN problems.unknown_views > 0 AND NOT @skip_unknown THEN ERROR(
      'co-views.sql: ' || CAST(problems.unknown_views AS STRING)
      || ' view rows name an id the catalogue does not know, e.g. ' || problems.unknown_example
      || '; load the catalogue you train with, or run with --parameter=skip_unknown:BOOL:true'
    )
    ELSE TRUE
  END
