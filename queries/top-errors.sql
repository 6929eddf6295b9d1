-- name: top-errors
-- answers: Which errors hurt us most? One row per error code, most frequent first.
-- parameters: since, until, provider, code, endpoint, limit
-- columns: rank integer, provider text, code text, category text, retryable boolean, count integer, share real, first_seen time, last_seen time, sample_request_id text, guidance text
--
-- One row per error kind as stored (provider, code, category, retryability, guidance): a code that was
-- classified two ways shows up twice. share is the row's part of all errors in the window (0..1, four
-- places); sample_request_id is the newest event's request id, ready for `faultline report request ID`.
-- The window is since <= ts < until; events without a time count only when neither is given.
-- `faultline report top-messages` splits each code by message instead.
--
-- Fast on any store size: whole hours of the window are read from error_hours (counts per hour, kind and
-- endpoint, kept by ingest), and only the part-hours at its edges from events, found by their hour (the
-- first column of events' key) and the milliseconds into it. Times are compared as integers and become
-- text only on the few output rows.
-- Run by hand: sqlite3 faultline.db < queries/top-errors.sql
WITH bounds AS (
  -- since and until as milliseconds since the Julian epoch (julianday reads the tool's times and bare dates
  -- alike). They are positive, so integer division rounds down: / 3600000 is the hour, and minus 58574100
  -- (the hours from that epoch to 1970) the hour as events and error_hours number it.
  SELECT since, until,
         (since + 3599999) / 3600000 - 58574100 AS first_hour,   -- the first whole hour (since, rounded up)
         until / 3600000 - 58574100 AS end_hour                  -- whole hours end here (until, rounded down)
  FROM (SELECT CAST(round(julianday(:since) * 86400000) AS INTEGER) AS since,
               CAST(round(julianday(:until) * 86400000) AS INTEGER) AS until)
),
parts(hour, from_ms, to_ms) AS (
  -- The part-hours at the window's edges, each an hour and [from_ms, to_ms) in milliseconds into it.
  -- since's hour, unless since is on the hour: from since to the hour's end, or to until if sooner.
  SELECT since / 3600000 - 58574100, since % 3600000,
         min(coalesce(until - since / 3600000 * 3600000, 3600000), 3600000)
  FROM bounds WHERE since % 3600000 > 0
  UNION ALL
  -- until's hour, unless until is on the hour or in since's hour (done above): from its start to until.
  SELECT end_hour, 0, until % 3600000
  FROM bounds WHERE until % 3600000 > 0 AND (since IS NULL OR end_hour >= first_hour)
),
-- Times below are milliseconds since 1970 (hour * 3600000 + ms), NULL for events without a time.
-- request_at and request_id belong to the newest event with a request id (of an error_hours row's hour).
counted AS (
  SELECT h.kind_id, h.endpoint_id, h.count,
         h.hour * 3600000 + h.first_ms AS first_at, h.hour * 3600000 + h.last_ms AS last_at,
         h.hour * 3600000 + h.last_request_ms AS request_at, h.last_request_id AS request_id
  FROM error_hours h, bounds b
  WHERE (:since IS NULL OR h.hour >= b.first_hour)
    AND (:until IS NULL OR h.hour < b.end_hour)
    AND ((:since IS NULL AND :until IS NULL) OR h.hour <> '')
  UNION ALL
  SELECT e.kind_id, coalesce(e.endpoint_id, 0), 1, e.hour * 3600000 + e.ms, e.hour * 3600000 + e.ms,
         CASE WHEN e.request_id <> '' THEN e.hour * 3600000 + e.ms END, nullif(e.request_id, '')
  FROM parts p
  JOIN events e ON e.hour = p.hour AND e.ms >= p.from_ms AND e.ms < p.to_ms
),
-- Summed per kind id first (integers), so the long text columns are grouped over a few hundred rows only.
per_kind AS (
  SELECT kind_id, sum(count) AS count, min(first_at) AS first_at, max(last_at) AS last_at,
         max(request_at) AS request_at   -- the newest time with a request id; NULL if none or only untimed
  FROM counted
  WHERE :endpoint IS NULL
     OR endpoint_id IN (SELECT id FROM endpoints WHERE path = :endpoint OR host || path = :endpoint)
  GROUP BY kind_id
),
-- The request id at that newest time, the larger one when several share it. Untimed events rank below all
-- timed ones: their ids count only for a kind with no timed event that has one (request_at NULL).
kind_samples AS (
  SELECT c.kind_id, max(c.request_id) AS request_id
  FROM counted c
  JOIN per_kind p ON p.kind_id = c.kind_id AND c.request_at IS p.request_at
  WHERE c.request_id IS NOT NULL
    AND (:endpoint IS NULL
         OR c.endpoint_id IN (SELECT id FROM endpoints WHERE path = :endpoint OR host || path = :endpoint))
  GROUP BY c.kind_id
),
-- Kind ids alike in the columns shown (they differ in retry_basis or known) make one row; its sample is
-- the newest of theirs, ranked as above.
ranked AS (
  SELECT k.provider, k.code, k.category, k.retryable, k.guidance, p.count, p.first_at, p.last_at,
         s.request_id,
         row_number() OVER (PARTITION BY k.provider, k.code, k.category, k.retryable, k.guidance
                            ORDER BY s.request_id IS NULL, p.request_at DESC, s.request_id DESC) AS newest
  FROM per_kind p
  JOIN error_kinds k ON k.id = p.kind_id
  LEFT JOIN kind_samples s ON s.kind_id = p.kind_id
  WHERE (:provider IS NULL OR k.provider = :provider)
    AND (:code IS NULL OR k.code = :code)
),
kinds AS (
  SELECT provider, code, category, retryable, guidance,
         sum(count) AS count, min(first_at) AS first_at, max(last_at) AS last_at,
         max(CASE WHEN newest = 1 THEN request_id END) AS sample_request_id
  FROM ranked
  GROUP BY provider, code, category, retryable, guidance
)
SELECT row_number() OVER (ORDER BY count DESC, provider, code, category, retryable, guidance) AS rank,
       provider, code, category, retryable, count,
       round(1.0 * count / sum(count) OVER (), 4) AS share,
       strftime('%Y-%m-%dT%H:%M:%fZ', first_at / 1000.0, 'unixepoch') AS first_seen,
       strftime('%Y-%m-%dT%H:%M:%fZ', last_at / 1000.0, 'unixepoch') AS last_seen,
       sample_request_id, guidance
FROM kinds
ORDER BY rank
LIMIT coalesce(:limit, -1);
