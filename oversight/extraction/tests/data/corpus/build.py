"""Write the labelled corpus of issue 11: dev/ (tuned on) and test/ (labelled first, never tuned on).

Run: .venv/bin/python -m oversight.extraction.tests.data.corpus.build
"""

from . import dev, held_out
from .labels import HERE, check_texts


def main():
    for part, module in (("dev", dev), ("test", held_out)):
        for make in module.DOCS:
            doc = make()
            check_texts(doc)
            doc.write(HERE / part)


if __name__ == "__main__":
    main()
