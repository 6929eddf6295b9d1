#!/usr/bin/env python3
"""The same job as a short Python script: parse each line with orjson, find status and body, take provider
and code from the five providers' envelopes, insert the errors into SQLite in one transaction, then count
errors per (provider, code).

    Benchmarks/baseline_orjson.py DUMP DATABASE

Prints one JSON object: load_seconds, query_seconds, errors, codes ([provider, code, count] rows).
"""
import gzip, json, os, sqlite3, sys, time

import orjson

STATUS = [p.split(".") for p in ("status", "status_code", "statusCode", "http_status", "response.status",
                                  "response.status_code", "http.status_code")]
BODY = [p.split(".") for p in ("response_body", "body", "response.body", "http.response.body")]
REQUEST_ID = [p.split(".") for p in ("request_id", "requestId", "req_id", "headers.X-Request-Id", "headers.x-request-id",
                                      "request.headers.x-request-id", "response.headers.x-request-id")]
TIME = [p.split(".") for p in ("timestamp", "ts", "time", "@timestamp", "date")]
GRPC = ["OK", "CANCELLED", "UNKNOWN", "INVALID_ARGUMENT", "DEADLINE_EXCEEDED", "NOT_FOUND", "ALREADY_EXISTS",
        "PERMISSION_DENIED", "RESOURCE_EXHAUSTED", "FAILED_PRECONDITION", "ABORTED", "OUT_OF_RANGE", "UNIMPLEMENTED",
        "INTERNAL", "UNAVAILABLE", "DATA_LOSS", "UNAUTHENTICATED"]


def first(obj, paths, want=None):
    for path in paths:
        value = obj
        for key in path:
            value = value.get(key) if isinstance(value, dict) else None
        if value is not None and (want is None or isinstance(value, want)):
            return value
    return None


def classify(status, body, hint):
    """(provider, code, message) of an error body, by its shape; None when the line is not an error."""
    if isinstance(body, dict):
        payment_error = body.get("payment_error")
        if isinstance(payment_error, dict):
            return "synaptopay", payment_error.get("code"), payment_error.get("message")
        if status is None or status < 400:
            return None
        code, error = body.get("code"), body.get("error")
        if isinstance(code, int) and not isinstance(code, bool) and 0 <= code < len(GRPC):
            return "synaptopay", GRPC[code], body.get("message")
        if "title" in body:
            return "cashier", code or body["title"].upper().replace(" ", "_"), body.get("detail")
        if isinstance(error, str):
            return "flexiti", error, body.get("error_description") or body.get("message")
        if isinstance(error, dict):
            provider = "stablegenius" if str(error.get("type", "")).endswith("_error") else "flint"
            return provider, error.get("code"), error.get("message")
        if isinstance(code, str):
            return "flint", code, body.get("message")
    if status is None or status < 400:
        return None
    return hint or "unknown", "HTTP_%d" % status, None


def rows(path):
    opener = gzip.open if open(path, "rb").read(2) == b"\x1f\x8b" else open
    with opener(path, "rb") as f:
        for number, line in enumerate(f, 1):
            try:
                obj = orjson.loads(line)
            except orjson.JSONDecodeError:
                continue
            if not isinstance(obj, dict):
                continue
            status = first(obj, STATUS, int)
            body = first(obj, BODY)
            if isinstance(body, str) and body[:1] in "{[":
                try:
                    body = orjson.loads(body)
                except orjson.JSONDecodeError:
                    pass
            found = classify(status, body, obj.get("provider") or obj.get("service"))
            if found:
                yield (first(obj, TIME), found[0], found[1], status, first(obj, REQUEST_ID), found[2], number)


def main():
    dump, database = sys.argv[1], sys.argv[2]
    for suffix in ("", "-wal", "-shm", "-journal"):
        if os.path.exists(database + suffix):
            os.remove(database + suffix)
    con = sqlite3.connect(database)
    con.execute("CREATE TABLE errors (ts, provider TEXT, code TEXT, status INTEGER, request_id TEXT, message TEXT, line INTEGER)")
    t0 = time.perf_counter()
    with con:
        con.executemany("INSERT INTO errors VALUES (?, ?, ?, ?, ?, ?, ?)", rows(dump))
    t1 = time.perf_counter()
    codes = con.execute("SELECT provider, code, count(*) AS n FROM errors GROUP BY provider, code ORDER BY n DESC").fetchall()
    t2 = time.perf_counter()
    con.close()
    print(json.dumps({"load_seconds": t1 - t0, "query_seconds": t2 - t1, "errors": sum(n for _, _, n in codes),
                      "codes": codes}))


if __name__ == "__main__":
    main()
