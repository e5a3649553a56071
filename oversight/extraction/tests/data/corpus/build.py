"""Write the labelled corpus of issue 11: dev/ (tuned on), test/, test2/, test3/, test4/, test5/, test6/, test7/, test8/ and test9/ (labelled first, never tuned on).

Run: .venv/bin/python -m oversight.extraction.tests.data.corpus.build [PART ...]  (every part when none is named)
"""

import sys

from . import (
    dev,
    held_out,
    held_out_2,
    held_out_3,
    held_out_4,
    held_out_5,
    held_out_6,
    held_out_7,
    held_out_8,
    held_out_9,
)
from .labels import HERE, check_texts

PARTS = {"dev": dev, "test": held_out, "test2": held_out_2, "test3": held_out_3, "test4": held_out_4,
         "test5": held_out_5, "test6": held_out_6, "test7": held_out_7, "test8": held_out_8,
         "test9": held_out_9}


def main(names=()):
    unknown = set(names) - set(PARTS)
    if unknown:
        raise SystemExit(f"No corpus part called {', '.join(sorted(unknown))}; the parts are {', '.join(PARTS)}")
    for part, module in PARTS.items():
        if names and part not in names:
            continue
        for make in module.DOCS:
            doc = make()
            check_texts(doc)
            doc.write(HERE / part)


if __name__ == "__main__":
    main(sys.argv[1:])
