-- name: unknown
-- answers: Which unknown errors are really the same? Errors no catalog knows, grouped by message fingerprint.
-- parameters: since, until, provider, limit
-- columns: provider text, status integer, fingerprint text, count integer, sample_message text, sample_request_id text
--
-- Unknown errors are those whose code is in no provider's catalog (a new code in a known envelope, or
-- HTTP_<status> for a body with no code, such as an HTML error page). The fingerprint is the message with
-- ids, numbers, amounts, quoted values and emails replaced by placeholders (<id>, <n>, <amount>, '<value>',
-- <email>…), so messages that differ only in those are counted together; sample_message and
-- sample_request_id come from the newest event of the group. The window is since <= ts < until.
--
-- Events are picked by their time as an integer, milliseconds since 1970 (hour * 3600000 + ms; NULL
-- without a time, so such events drop out of any window), and counted per kind id, status and message id
-- first; the text columns are grouped over those few rows only.
WITH bounds AS (
  -- since and until as milliseconds since 1970, and the hours they fall in (from milliseconds since the
  -- Julian epoch, which are positive, so integer division rounds down; 58574100 hours lie before 1970).
  SELECT CAST(round((julianday(:since) - 2440587.5) * 86400000) AS INTEGER) AS since,
         CAST(round((julianday(:until) - 2440587.5) * 86400000) AS INTEGER) AS until,
         CAST(round(julianday(:since) * 86400000) AS INTEGER) / 3600000 - 58574100 AS since_hour,
         CAST(round(julianday(:until) * 86400000) AS INTEGER) / 3600000 - 58574100 AS until_hour
),
unknown AS (
  SELECT e.kind_id, e.status, e.message_id, e.hour * 3600000 + e.ms AS at, nullif(e.request_id, '') AS request_id
  FROM events e
  -- the kinds no catalog knows, a short list, tested first
  WHERE e.kind_id IN (SELECT id FROM error_kinds WHERE known = 0 AND (:provider IS NULL OR provider = :provider))
    AND (:since IS NULL OR e.hour * 3600000 + e.ms >= (SELECT since FROM bounds))
    AND (:until IS NULL OR e.hour * 3600000 + e.ms < (SELECT until FROM bounds))
    -- The same window as a range of events' key, so only its hours are read. The untimed hour '' is text,
    -- which sorts after every number: inside the range unless until is given (since drops it above).
    AND e.hour >= coalesce((SELECT since_hour FROM bounds), -1e18)
    AND e.hour <= coalesce((SELECT until_hour FROM bounds), '')
),
per_message AS (
  SELECT kind_id, status, message_id, count(*) AS count, max(at) AS last_at,
         max(CASE WHEN request_id IS NOT NULL THEN at END) AS request_at   -- the newest time with a request id
  FROM unknown
  GROUP BY kind_id, status, message_id
),
-- The request id at that newest time, the larger one when several share it. Untimed events rank below all
-- timed ones: their ids count only where no timed event has one (request_at NULL).
message_samples AS (
  SELECT u.kind_id, u.status, u.message_id, max(u.request_id) AS request_id
  FROM unknown u
  JOIN per_message p ON p.kind_id = u.kind_id AND p.status IS u.status AND p.message_id IS u.message_id
                    AND u.at IS p.request_at
  WHERE u.request_id IS NOT NULL
  GROUP BY u.kind_id, u.status, u.message_id
),
-- Each group gathers the kind ids and messages of one provider, status and fingerprint. Its sample_message
-- is the message at the group's newest time (untimed only if all are; the larger text, a missing message
-- as '', on a tie); its sample_request_id the newest sample as ranked above.
ranked AS (
  SELECT k.provider, p.status, coalesce(f.text, m.text, '') AS fingerprint, m.text AS message,
         p.count, p.last_at, s.request_id,
         max(p.last_at) OVER report_group AS newest_at,
         row_number() OVER (report_group ORDER BY s.request_id IS NULL, p.request_at DESC, s.request_id DESC)
           AS newest_request
  FROM per_message p
  JOIN error_kinds k ON k.id = p.kind_id
  LEFT JOIN messages m ON m.id = p.message_id
  LEFT JOIN fingerprints f ON f.id = m.fingerprint_id
  LEFT JOIN message_samples s ON s.kind_id = p.kind_id AND s.status IS p.status AND s.message_id IS p.message_id
  WINDOW report_group AS (PARTITION BY k.provider, p.status, coalesce(f.text, m.text, ''))
)
SELECT provider, status, fingerprint, sum(count) AS count,
       max(CASE WHEN last_at IS newest_at THEN coalesce(message, '') END) AS sample_message,
       max(CASE WHEN newest_request = 1 THEN request_id END) AS sample_request_id
FROM ranked
GROUP BY provider, status, fingerprint
ORDER BY count DESC, provider, status, fingerprint
LIMIT coalesce(:limit, -1);
