"""Reference fit for `rehearse-bench optimize`: fsrs-rs (through fsrs-rs-python 0.9.3).

Reads a review log written by the bench (JSON: {"cards": [[[rating, delta_t], ...], ...],
"items": [[card, position], ...]} with items in time order), fits it with
FSRS.compute_parameters (card ids given, short-term on, one relearning step, default training
config), times the fit, and scores default and fitted parameters with FSRS.evaluate and
evaluate_with_time_series_splits. Prints one JSON object on stdout.

    python fsrs_rs_reference.py LOG.json [--repeat N] [--no-split] [--fit-only] [--score JSON]

--fit-only times the fit and prints only "items", "fit_seconds" and "parameters".

--score takes a JSON object of named parameter lists (e.g. Rehearse's fit) to score with
FSRS.evaluate on the same items; the results come back under "scored".
"""

import json
import sys
import time

from fsrs_rs_python import (
    DEFAULT_PARAMETERS,
    FSRS,
    FSRSItem,
    FSRSReview,
    evaluate_with_time_series_splits,
)


def main() -> None:
    path = sys.argv[1]
    repeat = int(sys.argv[sys.argv.index("--repeat") + 1]) if "--repeat" in sys.argv else 3
    split = "--no-split" not in sys.argv
    with open(path) as f:
        log = json.load(f)
    cards = log["cards"]
    items = []
    card_ids = []
    for card, position in log["items"]:
        reviews = [FSRSReview(r, d) for r, d in cards[card][: position + 1]]
        items.append(FSRSItem(reviews))
        card_ids.append(card)

    model = FSRS(DEFAULT_PARAMETERS)
    times = []
    fitted = None
    for _ in range(repeat):
        start = time.perf_counter()
        fitted = model.compute_parameters(items, card_ids=card_ids)
        times.append(time.perf_counter() - start)

    if "--fit-only" in sys.argv:
        print(json.dumps({"items": len(items), "fit_seconds": times, "parameters": list(fitted)}))
        return

    def score(parameters):
        e = FSRS(parameters).evaluate(items)
        return {"log_loss": e.log_loss, "rmse_bins": e.rmse_bins}

    out = {
        "fsrs_rs_python": "0.9.3",
        "items": len(items),
        "fit_seconds": sorted(times),
        "parameters": list(fitted),
        "default": score(list(DEFAULT_PARAMETERS)),
        "fitted": score(list(fitted)),
    }
    if "--score" in sys.argv:
        extra = json.loads(sys.argv[sys.argv.index("--score") + 1])
        out["scored"] = {name: score(values) for name, values in extra.items()}
    if split:
        start = time.perf_counter()
        e = evaluate_with_time_series_splits(items, card_ids=card_ids)
        out["split"] = {"log_loss": e.log_loss, "rmse_bins": e.rmse_bins}
        out["split_seconds"] = time.perf_counter() - start
    print(json.dumps(out))


if __name__ == "__main__":
    main()
