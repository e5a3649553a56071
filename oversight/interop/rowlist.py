"""Which rows of a register had each result (new, changed, unchanged), kept on the run as ranges
([[first, last], ...]): 100,000 new rows in a row take two numbers, and the preview reads them back
one page at a time (django's Paginator slices `Rows`)."""

from collections.abc import Sequence


def add(ranges, number):
    """Note row `number` (rows come in order); a row following the last range extends it."""
    if ranges and ranges[-1][1] == number - 1:
        ranges[-1][1] = number
    else:
        ranges.append([number, number])


class Rows(Sequence):
    """The row numbers of `ranges` as a sequence, without listing them all."""

    def __init__(self, ranges):
        self.ranges = ranges or []
        self.total = sum(last - first + 1 for first, last in self.ranges)

    def __len__(self):
        return self.total

    def __getitem__(self, index):
        if isinstance(index, slice):
            start, stop, step = index.indices(self.total)
            return list(self._from(start, stop - start))[::step] if stop > start else []
        if not -self.total <= index < self.total:
            raise IndexError(index)
        return next(self._from(index % self.total, 1))

    def _from(self, start, count):
        for first, last in self.ranges:
            size = last - first + 1
            if start >= size:
                start -= size
                continue
            for number in range(first + start, last + 1):
                if count <= 0:
                    return
                yield number
                count -= 1
            start = 0
