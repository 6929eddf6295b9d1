#!/usr/bin/env python3
"""Writes a nightly-sized dump (default 550 MB) built from the bundled samples' lines: every layout, every
provider, with fresh request ids so nothing collapses, and errors at a production-like share (default 5 %;
the samples themselves are error-heavy to make the reports interesting). Usage: make-bench-data.py OUT [MB] [ERROR%]"""
import gzip, os, random, re, sys

out = sys.argv[1]
target = int(float(sys.argv[2]) if len(sys.argv) > 2 else 550) * 1_000_000
samples = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "samples")
templates = []
for name in sorted(os.listdir(samples)):
    path = os.path.join(samples, name)
    if name.startswith("bad-lines"):
        continue
    opener = gzip.open if name.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        templates += [line.rstrip("\n") for line in f if line.strip()]
error_share = float(sys.argv[3]) / 100 if len(sys.argv) > 3 else 0.05
status = re.compile(r'"(?:status|status_code)":\s*(\d+)')
def is_error(line):
    m = status.search(line)
    return (m is not None and int(m.group(1)) >= 400) or '"payment_error":{' in line or '\\"payment_error\\": {' in line
errors = [t for t in templates if is_error(t)]
successes = [t for t in templates if not is_error(t)]
random.seed(7)
request_id = re.compile(r"req_[a-z0-9]{14}")
written = 0
counter = 0
with open(out, "w", encoding="utf-8") as f:
    while written < target:
        block = []
        picked = successes + random.sample(errors, min(len(errors), int(len(successes) * error_share / (1 - error_share))))
        random.shuffle(picked)
        for line in picked:
            counter += 1
            block.append(request_id.sub(lambda m: "req_%014x" % counter, line))
        text = "\n".join(block) + "\n"
        f.write(text)
        written += len(text.encode())
print(f"{out}: {written / 1e6:.0f} MB, {counter} lines")
