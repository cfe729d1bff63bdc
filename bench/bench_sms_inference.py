"""SMS batch inference throughput (issue 5 target: >= 20,000 messages/s on 2 cores).

Usage: .venv/bin/python bench/bench_sms_inference.py [--model PATH] [--n 200000]
(--model: any SMS model artefact, linear or stacked; default: the shipped model)
Messages: the UCI SMS collection (if ../shared/data is present) and the Chinese seed
corpus, repeated to ``--n``. Prints a JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import time
from pathlib import Path

from fraudwall.models import zh_seed
from fraudwall.models.sms import load_sms_model

ROOT = Path(__file__).resolve().parents[1]
UCI = ROOT.parent / "shared" / "data" / "sms_spam_uci" / "SMSSpamCollection.tsv"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default=str(ROOT / "src" / "fraudwall" / "models" / "default" / "sms"))
    ap.add_argument("--n", type=int, default=200_000)
    ap.add_argument("--repeats", type=int, default=3)
    args = ap.parse_args()
    texts = [t for t, _ in zh_seed.generate(per_class=60)]
    if UCI.exists():
        from fraudwall.models.io import read_labelled_texts

        texts += read_labelled_texts([UCI], "SMS")[0]
    batch = (texts * (args.n // len(texts) + 1))[: args.n]
    model = load_sms_model(args.model)
    out = {"model": type(model).__name__, "messages": len(batch), "mean_chars": round(sum(map(len, batch)) / len(batch), 1),
           "cpus": os.cpu_count(), "machine": platform.processor() or platform.machine(),
           "load_avg_1m": round(os.getloadavg()[0], 2)}
    for n_jobs in (1, 2):
        best = 0.0
        for _ in range(args.repeats):
            t = time.perf_counter()
            model.predict(batch, n_jobs=n_jobs)
            best = max(best, len(batch) / (time.perf_counter() - t))
        out[f"msgs_per_s_{n_jobs}_proc"] = round(best)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
