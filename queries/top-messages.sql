-- name: top-messages
-- answers: Which messages hurt us most? top-errors split by message fingerprint (also `top-errors --by message`).
-- parameters: since, until, provider, code, endpoint, limit
-- columns: rank integer, provider text, code text, fingerprint text, count integer, share real, first_seen time, last_seen time, sample_message text, sample_request_id text
--
-- One row per error code and message fingerprint: the message with ids, numbers, amounts, quoted values
-- and emails replaced by placeholders, so one code whose messages say different things shows as several
-- rows. share is the row's part of all errors in the window (0..1, four places); sample_message and
-- sample_request_id come from the newest event of the row. The window is since <= ts < until.
--
-- Events are picked by their time as an integer, milliseconds since 1970 (hour * 3600000 + ms; NULL
-- without a time, so such events drop out of any window), and counted per kind id and message id
-- (integers) first; the text columns are grouped over those few hundred rows only.
WITH bounds AS (
  -- since and until as milliseconds since 1970, and the hours they fall in (from milliseconds since the
  -- Julian epoch, which are positive, so integer division rounds down; 58574100 hours lie before 1970).
  SELECT CAST(round((julianday(:since) - 2440587.5) * 86400000) AS INTEGER) AS since,
         CAST(round((julianday(:until) - 2440587.5) * 86400000) AS INTEGER) AS until,
         CAST(round(julianday(:since) * 86400000) AS INTEGER) / 3600000 - 58574100 AS since_hour,
         CAST(round(julianday(:until) * 86400000) AS INTEGER) / 3600000 - 58574100 AS until_hour
),
filtered AS (
  SELECT e.kind_id, e.message_id, e.hour * 3600000 + e.ms AS at, nullif(e.request_id, '') AS request_id
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
),
per_message AS (
  SELECT kind_id, message_id, count(*) AS count, min(at) AS first_at, max(at) AS last_at,
         max(CASE WHEN request_id IS NOT NULL THEN at END) AS request_at   -- the newest time with a request id
  FROM filtered
  GROUP BY kind_id, message_id
),
-- The request id at that newest time, the larger one when several share it. Untimed events rank below all
-- timed ones: their ids count only where no timed event has one (request_at NULL).
message_samples AS (
  SELECT f.kind_id, f.message_id, max(f.request_id) AS request_id
  FROM filtered f
  JOIN per_message p ON p.kind_id = f.kind_id AND p.message_id IS f.message_id AND f.at IS p.request_at
  WHERE f.request_id IS NOT NULL
  GROUP BY f.kind_id, f.message_id
),
-- Each report row gathers the kind ids and messages of one provider, code and fingerprint. Its
-- sample_message is the message at the row's newest time (untimed only if all are; the larger text, a
-- missing message as '', on a tie); its sample_request_id the newest sample as ranked above.
ranked AS (
  SELECT k.provider, k.code, coalesce(f.text, m.text, '') AS fingerprint, m.text AS message,
         p.count, p.first_at, p.last_at, s.request_id,
         max(p.last_at) OVER report_row AS newest_at,
         row_number() OVER (report_row ORDER BY s.request_id IS NULL, p.request_at DESC, s.request_id DESC) AS newest_request
  FROM per_message p
  JOIN error_kinds k ON k.id = p.kind_id
  LEFT JOIN messages m ON m.id = p.message_id
  LEFT JOIN fingerprints f ON f.id = m.fingerprint_id
  LEFT JOIN message_samples s ON s.kind_id = p.kind_id AND s.message_id IS p.message_id
  WINDOW report_row AS (PARTITION BY k.provider, k.code, coalesce(f.text, m.text, ''))
),
grouped AS (
  SELECT provider, code, fingerprint, sum(count) AS count, min(first_at) AS first_at, max(last_at) AS last_at,
         max(CASE WHEN last_at IS newest_at THEN coalesce(message, '') END) AS sample_message,
         max(CASE WHEN newest_request = 1 THEN request_id END) AS sample_request_id
  FROM ranked
  GROUP BY provider, code, fingerprint
)
SELECT row_number() OVER (ORDER BY count DESC, provider, code, fingerprint) AS rank,
       provider, code, fingerprint, count,
       round(1.0 * count / sum(count) OVER (), 4) AS share,
       strftime('%Y-%m-%dT%H:%M:%fZ', first_at / 1000.0, 'unixepoch') AS first_seen,
       strftime('%Y-%m-%dT%H:%M:%fZ', last_at / 1000.0, 'unixepoch') AS last_seen,
       sample_message, sample_request_id
FROM grouped
ORDER BY rank
LIMIT coalesce(:limit, -1);
