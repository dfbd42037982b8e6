"""Retrain the shipped relation scorer on the real-text corpus: the train split to learn and calibrate
(cross-validation by article), the dev split to check the calibration.

    .venv/bin/python benchmarks/realtext/train.py            # writes seeds/relation_model.json

The texts present here (see ``corpus.py``) are written as JSON Lines beside their gold into
``benchmarks/realtext/work/``, then ``actorgraph train`` does the learning. The test split is
never read.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import HERE, articles, as_jsonl, place_texts

WORK = HERE / "work"


def main() -> int:
    present, missing = place_texts()
    print(f"{present} texts present, {len(missing)} missing")
    WORK.mkdir(exist_ok=True)
    for split in ("train", "dev"):
        n = as_jsonl(articles(split), WORK / f"{split}.jsonl", WORK / f"{split}-gold.jsonl")
        print(f"{split}: {n} articles")
    cmd = [
        str(Path(sys.executable).with_name("actorgraph")),
        "train",
        str(WORK / "train-gold.jsonl"),
        str(WORK / "train.jsonl"),
        "--dev-gold",
        str(WORK / "dev-gold.jsonl"),
        "--dev-texts",
        str(WORK / "dev.jsonl"),
        *sys.argv[1:],
    ]
    return subprocess.run(cmd).returncode


if __name__ == "__main__":
    sys.exit(main())
