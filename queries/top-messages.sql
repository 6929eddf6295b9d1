-- name: top-messages
-- answers: Which messages hurt us most? top-errors split by message fingerprint (also `top-errors --by message`).
-- parameters: since, until, provider, code, endpoint, limit
-- columns: rank integer, provider text, code text, fingerprint text, count integer, share real, first_seen time, last_seen time, sample_message text, sample_request_id text
--
-- One row per error code and message fingerprint: the message with ids, numbers, amounts, quoted values
-- and emails replaced by placeholders, so one code whose messages say different things shows as several
-- rows. share is the row's part of all errors in the window (0..1, four places); sample_message and
-- sample_request_id come from the newest event of the row. The window is since <= ts < until.
WITH filtered AS (
  SELECT e.ts, k.provider, k.code, e.request_id, m.text AS message, coalesce(f.text, m.text, '') AS fingerprint
  FROM events e
  JOIN error_kinds k ON k.id = e.kind_id
  LEFT JOIN endpoints ep ON ep.id = e.endpoint_id
  LEFT JOIN messages m ON m.id = e.message_id
  LEFT JOIN fingerprints f ON f.id = m.fingerprint_id
  WHERE (:since IS NULL OR e.ts >= :since)
    AND (:until IS NULL OR e.ts < :until)
    AND (:provider IS NULL OR k.provider = :provider)
    AND (:code IS NULL OR k.code = :code)
    AND (:endpoint IS NULL OR ep.path = :endpoint OR ep.host || ep.path = :endpoint)
),
grouped AS (
  SELECT provider, code, fingerprint, count(*) AS count, min(ts) AS first_seen, max(ts) AS last_seen,
         substr(max(coalesce(ts, '0000-00-00T00:00:00.000Z') || coalesce(message, '')), 25) AS sample_message,
         substr(max(coalesce(ts, '0000-00-00T00:00:00.000Z') || request_id), 25) AS sample_request_id
  FROM filtered
  GROUP BY provider, code, fingerprint
)
SELECT row_number() OVER (ORDER BY count DESC, provider, code, fingerprint) AS rank,
       provider, code, fingerprint, count,
       round(1.0 * count / sum(count) OVER (), 4) AS share,
       first_seen, last_seen, sample_message, sample_request_id
FROM grouped
ORDER BY rank
LIMIT coalesce(:limit, -1);
