-- name: endpoints
-- answers: Which endpoints fail most? Requests, errors and error rate per endpoint and method.
-- parameters: since, until, provider, code, endpoint, limit
-- columns: endpoint text, method text, requests integer, errors integer, error_rate real, top_code text
--
-- requests = error lines + other (counted) lines for the endpoint and method; error_rate = errors /
-- requests (0..1, four places); top_code is the most frequent error, written "code (provider)". endpoint
-- is host and path as logged, NULL for lines without one. A code filter narrows the errors only, so the
-- rate becomes that code's share of the endpoint's requests. Non-error lines are counted per hour, so
-- since and until select whole hours for them: an hour counts if it overlaps the window. Error events are
-- picked by their time as an integer, milliseconds since 1970 (hour * 3600000 + ms; NULL without a time,
-- so such events drop out of any window).
WITH bounds AS (
  -- since and until as milliseconds since 1970, and the hours they fall in (from milliseconds since the
  -- Julian epoch, which are positive, so integer division rounds down; 58574100 hours lie before 1970).
  SELECT CAST(round((julianday(:since) - 2440587.5) * 86400000) AS INTEGER) AS since,
         CAST(round((julianday(:until) - 2440587.5) * 86400000) AS INTEGER) AS until,
         CAST(round(julianday(:since) * 86400000) AS INTEGER) / 3600000 - 58574100 AS since_hour,
         CAST(round(julianday(:until) * 86400000) AS INTEGER) / 3600000 - 58574100 AS until_hour
),
-- Counted per endpoint, method and kind id (integers) first; the codes' text is joined in over those rows.
error_events AS (
  SELECT coalesce(e.endpoint_id, 0) AS endpoint_id, coalesce(e.method, '') AS method, e.kind_id, count(*) AS count
  FROM events e
  WHERE (:since IS NULL OR e.hour * 3600000 + e.ms >= (SELECT since FROM bounds))
    AND (:until IS NULL OR e.hour * 3600000 + e.ms < (SELECT until FROM bounds))
    -- The same window as a range of events' key, so only its hours are read. The untimed hour '' is text,
    -- which sorts after every number: inside the range unless until is given (since drops it above).
    AND e.hour >= coalesce((SELECT since_hour FROM bounds), -1e18)
    AND e.hour <= coalesce((SELECT until_hour FROM bounds), '')
    AND e.kind_id IN (SELECT id FROM error_kinds
                      WHERE (:provider IS NULL OR provider = :provider) AND (:code IS NULL OR code = :code))
    AND (:endpoint IS NULL
         OR e.endpoint_id IN (SELECT id FROM endpoints WHERE path = :endpoint OR host || path = :endpoint))
  GROUP BY 1, 2, e.kind_id
),
counted AS (
  SELECT t.endpoint_id, t.method, sum(t.count) AS count
  FROM traffic t
  LEFT JOIN endpoints ep ON ep.id = t.endpoint_id
  WHERE (:since IS NULL OR t.hour >= strftime('%Y-%m-%dT%H:00:00Z', :since))
    AND (:until IS NULL OR t.hour < :until)
    AND (:provider IS NULL OR t.provider = :provider)
    AND (:endpoint IS NULL OR ep.path = :endpoint OR ep.host || ep.path = :endpoint)
  GROUP BY t.endpoint_id, t.method
),
per_code AS (
  SELECT x.endpoint_id, x.method, k.provider, k.code, sum(x.count) AS count,
         row_number() OVER (PARTITION BY x.endpoint_id, x.method ORDER BY sum(x.count) DESC, k.provider, k.code) AS place
  FROM error_events x
  JOIN error_kinds k ON k.id = x.kind_id
  GROUP BY x.endpoint_id, x.method, k.provider, k.code
),
failed AS (
  SELECT endpoint_id, method, sum(count) AS errors,
         max(CASE WHEN place = 1 THEN code || ' (' || provider || ')' END) AS top_code
  FROM per_code
  GROUP BY endpoint_id, method
),
pairs AS (
  SELECT endpoint_id, method FROM counted
  UNION
  SELECT endpoint_id, method FROM failed
),
totals AS (
  SELECT ep.host || ep.path AS endpoint, nullif(p.method, '') AS method,
         coalesce(c.count, 0) + coalesce(f.errors, 0) AS requests,
         coalesce(f.errors, 0) AS errors, f.top_code
  FROM pairs p
  LEFT JOIN endpoints ep ON ep.id = p.endpoint_id
  LEFT JOIN counted c ON c.endpoint_id = p.endpoint_id AND c.method = p.method
  LEFT JOIN failed f ON f.endpoint_id = p.endpoint_id AND f.method = p.method
)
SELECT endpoint, method, requests, errors,
       round(1.0 * errors / nullif(requests, 0), 4) AS error_rate, top_code
FROM totals
ORDER BY errors DESC, requests DESC, endpoint IS NULL, endpoint, method
LIMIT coalesce(:limit, -1);
