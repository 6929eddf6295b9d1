#!/usr/bin/env python3
"""The same job in DuckDB: load the error lines of a dump into a database file, then count errors per
(provider, code), pulling the code out of the five providers' envelopes with JSON functions.

    Benchmarks/baseline_duckdb.py DUMP DATABASE

Prints one JSON object: load_seconds, query_seconds, errors, codes ([provider, code, count] rows).
"""
import json, os, sys, time

import duckdb

# Every log line as a JSON value; the fields looked up under the names faultline tries (README, "Field
# mapping"); a body that is a string holding JSON is parsed; only error lines are kept.
LOAD = """
CREATE TABLE errors AS
WITH fields AS (
    SELECT
        coalesce(TRY_CAST(json ->> '$.status' AS INTEGER), TRY_CAST(json ->> '$.status_code' AS INTEGER),
                 TRY_CAST(json ->> '$.statusCode' AS INTEGER), TRY_CAST(json ->> '$.http_status' AS INTEGER),
                 TRY_CAST(json ->> '$.response.status' AS INTEGER), TRY_CAST(json ->> '$.response.status_code' AS INTEGER),
                 TRY_CAST(json ->> '$.http.status_code' AS INTEGER)) AS status,
        coalesce(json -> '$.response_body', json -> '$.body', json -> '$.response.body',
                 json -> '$.http.response.body') AS raw_body,
        coalesce(json ->> '$.provider', json ->> '$.service') AS hint,
        coalesce(json ->> '$.request_id', json ->> '$.requestId', json ->> '$.req_id',
                 json ->> '$.headers.X-Request-Id', json ->> '$.headers.x-request-id',
                 json ->> '$.request.headers.x-request-id', json ->> '$.response.headers.x-request-id') AS request_id
    FROM read_ndjson_objects(?, ignore_errors = true)
), bodies AS (
    SELECT status, hint, request_id,
           CASE WHEN json_type(raw_body) = 'VARCHAR' AND json_valid(raw_body ->> '$')
                THEN json(raw_body ->> '$') ELSE raw_body END AS body
    FROM fields
)
SELECT * FROM bodies WHERE status >= 400 OR json_type(body, '$.payment_error') = 'OBJECT'
"""

# Provider by body shape (the hint only for bodies with no shape), code from that provider's envelope:
# Synaptopay payment_error or numeric gRPC code, Cashier problem+json (code member, else the title as a
# code), Flexiti string `error`, StableGenius/Flint `error` object, Flint flat `code`, else HTTP_<status>.
TOP_CODES = """
WITH shaped AS (
    SELECT status, hint, body,
           body ->> '$.payment_error.code' AS payment_code,
           json_type(body, '$.code') AS code_type,
           json_type(body, '$.error') AS error_type,
           body ->> '$.title' AS title
    FROM errors
), coded AS (
    SELECT
        CASE WHEN payment_code IS NOT NULL OR code_type IN ('UBIGINT', 'BIGINT') THEN 'synaptopay'
             WHEN title IS NOT NULL THEN 'cashier'
             WHEN error_type = 'VARCHAR' THEN 'flexiti'
             WHEN body ->> '$.error.type' LIKE '%error' THEN 'stablegenius'
             WHEN error_type = 'OBJECT' OR code_type = 'VARCHAR' THEN 'flint'
             ELSE coalesce(hint, 'unknown') END AS provider,
        CASE WHEN payment_code IS NOT NULL THEN payment_code
             WHEN code_type IN ('UBIGINT', 'BIGINT') THEN
                 ['OK', 'CANCELLED', 'UNKNOWN', 'INVALID_ARGUMENT', 'DEADLINE_EXCEEDED', 'NOT_FOUND', 'ALREADY_EXISTS',
                  'PERMISSION_DENIED', 'RESOURCE_EXHAUSTED', 'FAILED_PRECONDITION', 'ABORTED', 'OUT_OF_RANGE',
                  'UNIMPLEMENTED', 'INTERNAL', 'UNAVAILABLE', 'DATA_LOSS', 'UNAUTHENTICATED'][(body ->> '$.code')::INTEGER + 1]
             WHEN title IS NOT NULL THEN coalesce(body ->> '$.code', upper(replace(title, ' ', '_')))
             WHEN error_type = 'VARCHAR' THEN body ->> '$.error'
             WHEN error_type = 'OBJECT' THEN body ->> '$.error.code'
             WHEN code_type = 'VARCHAR' THEN body ->> '$.code'
             ELSE 'HTTP_' || status END AS code
    FROM shaped
)
SELECT provider, code, count(*) AS n FROM coded GROUP BY ALL ORDER BY n DESC
"""


def main():
    dump, database = sys.argv[1], sys.argv[2]
    for path in (database, database + ".wal"):
        if os.path.exists(path):
            os.remove(path)
    con = duckdb.connect(database)
    t0 = time.perf_counter()
    con.execute(LOAD, [dump])
    con.execute("CHECKPOINT")
    t1 = time.perf_counter()
    codes = con.execute(TOP_CODES).fetchall()
    t2 = time.perf_counter()
    con.close()
    print(json.dumps({"load_seconds": t1 - t0, "query_seconds": t2 - t1, "errors": sum(n for _, _, n in codes),
                      "codes": codes}))


if __name__ == "__main__":
    main()
