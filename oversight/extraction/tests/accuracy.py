"""Score proposed findings against hand-labelled gold: recall and precision on kind + normalised text."""

import json
from dataclasses import dataclass
from pathlib import Path

DATA = Path(__file__).parent / "data"


def normalise(text):
    return " ".join(text.split())


def load_gold(path):
    """Gold findings from a .gold.json file: the samples' list form or our {"findings": [...]} form."""
    gold = json.loads(Path(path).read_text())
    return gold["findings"] if isinstance(gold, dict) else gold


@dataclass
class Score:
    gold: int
    proposed: int
    matched: int

    @property
    def recall(self):
        return self.matched / self.gold if self.gold else 1.0

    @property
    def precision(self):
        return self.matched / self.proposed if self.proposed else 1.0

    def __add__(self, other):
        return Score(self.gold + other.gold, self.proposed + other.proposed, self.matched + other.matched)


def score(proposed, gold):
    """How many proposed findings match a gold one by kind and whitespace-normalised text."""
    wanted = [(g.get("type") or g.get("kind"), normalise(g["text"])) for g in gold]
    remaining = list(wanted)
    matched = 0
    for finding in proposed:
        key = (finding["kind"], normalise(finding["text"]))
        if key in remaining:
            remaining.remove(key)
            matched += 1
    return Score(len(wanted), len(proposed), matched)


def text_documents():
    """(name, source path, gold path) for every labelled text: the public samples and the seed papers."""
    for gold in sorted(DATA.glob("*.gold.json")):
        source = gold.with_name(gold.name.replace(".gold.json", ".txt"))
        if source.exists():
            yield gold.name.replace(".gold.json", ""), source, gold


def built_cases():
    """(name, html source, gold path) for our own realistic cases, built into every format in the tests."""
    for html in sorted(DATA.glob("case_*.html")):
        yield html.stem, html, html.with_name(html.stem + ".gold.json")
