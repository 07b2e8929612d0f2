-- The experiment report of `soudan report --format json`, computed in BigQuery (GoogleSQL; not legacy SQL).
--
-- Per arm: users, conversations, results shown, jobs shown, links opened, users who chose a job, users who
-- converted, conversions; five rates with their 95 % intervals and their lift against the control:
--   results_per_conversation     results shown / conversations         (ratio of per-user sums, delta method)
--   click_through                links opened / jobs shown             (ratio of per-user sums, delta method)
--   choice_rate                  users who chose / users               (Wilson)
--   conversion_rate              users who converted / users           (Wilson)
--   conversions_per_conversation conversions / conversations           (ratio of per-user sums, delta method)
-- Lift = arm / control, interval exp(log L ± z se) with se² = var_arm / r_arm² + var_control / r_control²
-- (binomial p (1 - p) / n for the two shares). The user is the unit: users were randomised.
-- And the sample-ratio-mismatch check over the arms but the holdout, against equal weights: Pearson's χ², its
-- degrees of freedom, and pass = χ² below the critical value at α = 0.001. (For unequal weights use
-- `soudan report --config`.)
--
-- Events of QA users pinned by an override (arm `<name>:forced`) and events outside the experiment are left out;
-- a conversion counts once per application id. The numbers equal the TypeScript report's:
-- test/experiments/report-sql-equivalence.test.ts runs this very text under SQLite on the same events.
--
-- Placeholder, replaced as text before the query runs (BigQuery takes no table names as query parameters):
--   ${events_table}  the events, one row each, columns as in experiment-events.schema.json: the view
--                    experiment-events-view.sql makes of the log sink's table, or a table loaded from
--                    an EVENTS_FILE (see README.md)
-- Named query parameters: @experiment STRING, @control STRING (the control arm's name).
WITH
  consts AS (SELECT 1.959963984540054 AS z),
  events AS (
    SELECT event, user_id, variant, shown, application_id
    FROM `${events_table}`
    WHERE experiment = @experiment AND variant IS NOT NULL AND variant NOT LIKE '%:%'
  ),
  users AS (
    SELECT
      variant,
      user_id,
      SUM(CASE WHEN event = 'conversation_started' THEN 1 ELSE 0 END) AS conversations,
      SUM(CASE WHEN event = 'results_shown' THEN 1 ELSE 0 END) AS results,
      SUM(CASE WHEN event = 'results_shown' THEN COALESCE(shown, 0) ELSE 0 END) AS shown,
      SUM(CASE WHEN event = 'job_opened' THEN 1 ELSE 0 END) AS opened,
      MAX(CASE WHEN event = 'job_chosen' THEN 1 ELSE 0 END) AS chosen,
      COUNT(DISTINCT CASE WHEN event = 'conversion' THEN application_id END) AS conversions
    FROM events
    GROUP BY variant, user_id
  ),
  arms AS (
    SELECT
      variant,
      COUNT(*) AS n,
      SUM(conversations) AS conversations,
      SUM(results) AS results,
      SUM(shown) AS shown,
      SUM(opened) AS opened,
      SUM(chosen) AS choosers,
      SUM(CASE WHEN conversions > 0 THEN 1 ELSE 0 END) AS converters,
      SUM(conversions) AS conversions,
      SUM(results * results) AS rr,
      SUM(conversations * conversations) AS cc,
      SUM(results * conversations) AS rc,
      SUM(opened * opened) AS oo,
      SUM(shown * shown) AS ss,
      SUM(opened * shown) AS os,
      SUM(conversions * conversions) AS kk,
      SUM(conversions * conversations) AS kc
    FROM users
    GROUP BY variant
  ),
  -- One row per arm and metric: its sums (ratios) or its count of users (shares).
  sums AS (
    SELECT variant, 'results_per_conversation' AS metric, 'ratio' AS kind, n,
      CAST(results AS FLOAT64) AS x, CAST(conversations AS FLOAT64) AS y,
      CAST(rr AS FLOAT64) AS xx, CAST(cc AS FLOAT64) AS yy, CAST(rc AS FLOAT64) AS xy
    FROM arms
    UNION ALL
    SELECT variant, 'click_through', 'ratio', n, CAST(opened AS FLOAT64), CAST(shown AS FLOAT64),
      CAST(oo AS FLOAT64), CAST(ss AS FLOAT64), CAST(os AS FLOAT64)
    FROM arms
    UNION ALL
    SELECT variant, 'conversions_per_conversation', 'ratio', n, CAST(conversions AS FLOAT64),
      CAST(conversations AS FLOAT64), CAST(kk AS FLOAT64), CAST(cc AS FLOAT64), CAST(kc AS FLOAT64)
    FROM arms
    UNION ALL
    SELECT variant, 'choice_rate', 'share', n, CAST(choosers AS FLOAT64), CAST(n AS FLOAT64), NULL, NULL, NULL
    FROM arms
    UNION ALL
    SELECT variant, 'conversion_rate', 'share', n, CAST(converters AS FLOAT64), CAST(n AS FLOAT64), NULL, NULL, NULL
    FROM arms
  ),
  -- The estimate and the variance the lift uses (NULL where the data give none).
  estimates AS (
    SELECT
      variant, metric, kind, n,
      CASE WHEN kind = 'share' THEN x / n WHEN n >= 2 AND y > 0 THEN x / y END AS value,
      CASE
        WHEN kind = 'share' THEN (x / n) * (1 - x / n) / n
        WHEN n >= 2 AND y > 0 THEN (
          CASE
            WHEN ((xx - x * x / n) - 2 * (x / y) * (xy - x * y / n) + (x / y) * (x / y) * (yy - y * y / n))
              / (n - 1) < 0 THEN 0
            ELSE ((xx - x * x / n) - 2 * (x / y) * (xy - x * y / n) + (x / y) * (x / y) * (yy - y * y / n))
              / (n - 1)
          END
        ) / (n * (y / n) * (y / n))
      END AS variance
    FROM sums
  ),
  intervals AS (
    SELECT
      e.variant, e.metric, e.value, e.variance,
      CASE
        WHEN e.kind = 'share' THEN
          (e.value + c.z * c.z / (2 * e.n)) / (1 + c.z * c.z / e.n)
          - c.z / (1 + c.z * c.z / e.n) * SQRT(e.value * (1 - e.value) / e.n + c.z * c.z / (4 * e.n * e.n))
        ELSE e.value - c.z * SQRT(e.variance)
      END AS low,
      CASE
        WHEN e.kind = 'share' THEN
          (e.value + c.z * c.z / (2 * e.n)) / (1 + c.z * c.z / e.n)
          + c.z / (1 + c.z * c.z / e.n) * SQRT(e.value * (1 - e.value) / e.n + c.z * c.z / (4 * e.n * e.n))
        ELSE e.value + c.z * SQRT(e.variance)
      END AS high
    FROM estimates AS e CROSS JOIN consts AS c
  ),
  lifts AS (
    SELECT
      t.variant, t.metric,
      t.value / k.value AS lift,
      SQRT(t.variance / (t.value * t.value) + k.variance / (k.value * k.value)) AS se
    FROM estimates AS t
    JOIN estimates AS k ON k.metric = t.metric AND k.variant = @control
    WHERE t.variant <> @control AND t.value > 0 AND k.value > 0
  ),
  metrics AS (
    SELECT
      i.variant, i.metric, i.value, i.low, i.high, l.lift,
      l.lift * EXP(-c.z * l.se) AS lift_low,
      l.lift * EXP(c.z * l.se) AS lift_high
    FROM intervals AS i
    LEFT JOIN lifts AS l ON l.variant = i.variant AND l.metric = i.metric
    CROSS JOIN consts AS c
  ),
  split AS (
    SELECT COUNT(*) AS k, SUM(n) AS total FROM arms WHERE variant <> 'holdout'
  ),
  srm AS (
    SELECT
      SUM((a.n - s.total * 1.0 / s.k) * (a.n - s.total * 1.0 / s.k) / (s.total * 1.0 / s.k)) AS chi_square,
      MAX(s.k) - 1 AS df
    FROM arms AS a CROSS JOIN split AS s
    WHERE a.variant <> 'holdout' AND s.k >= 2
  )
SELECT
  a.variant,
  a.variant = @control AS is_control,
  a.n AS users,
  a.conversations,
  a.results AS results_shown,
  a.shown AS jobs_shown,
  a.opened,
  a.choosers,
  a.converters,
  a.conversions,
  m.metric,
  m.value,
  m.low,
  m.high,
  m.lift,
  m.lift_low,
  m.lift_high,
  r.chi_square AS srm_chi_square,
  r.df AS srm_df,
  r.chi_square < CASE r.df
    WHEN 1 THEN 10.828 WHEN 2 THEN 13.816 WHEN 3 THEN 16.266 WHEN 4 THEN 18.467 WHEN 5 THEN 20.515
    WHEN 6 THEN 22.458 WHEN 7 THEN 24.322 WHEN 8 THEN 26.124 WHEN 9 THEN 27.877 WHEN 10 THEN 29.588
  END AS srm_pass
FROM arms AS a
JOIN metrics AS m ON m.variant = a.variant
CROSS JOIN srm AS r
ORDER BY is_control DESC, a.variant, m.metric
