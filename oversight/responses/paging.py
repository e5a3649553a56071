"""Register pages in two steps, so a deep page costs what its sort's index costs (issue 17).

OFFSET 50,000 over the register's full SELECT made the database build, join and compute every
skipped row (its related rows, its "action overdue" subquery) before throwing it away. Here the
page's ids come first, from a SELECT of the id alone (the sort's own index answers it), and only
those rows are then read with everything the table shows.
"""

from django.core.paginator import Paginator
from django.utils.functional import cached_property

# Deeper than this, the register asks for a narrower filter: an offset still walks every row before it.
MAX_PAGES = 1000


class RegisterPaginator(Paginator):
    def __init__(self, object_list, per_page, *, rows_of=None, **kwargs):
        """`rows_of`: the queryset the page's rows are read through (access and columns, no filters),
        as the ids already passed the filters; re-applying a text search there cost as much as
        finding the ids (250 ms at 100,000 for a word of every narrative)."""
        super().__init__(object_list, per_page, **kwargs)
        self.rows_of = rows_of

    @cached_property
    def count(self):
        """Rows counted up to one past what the pages reach: a national COUNT(*) read every row
        (260 ms at 1,000,000); past the cap the page says "more than" instead (issue 17)."""
        return self.object_list.order_by().values("pk")[: self.cap + 1].count()

    @property
    def cap(self):
        return MAX_PAGES * self.per_page

    @cached_property
    def num_pages(self):
        return min(super().num_pages, MAX_PAGES)

    @property
    def capped(self):
        """More rows match than the pages reach: the page says to narrow the filter."""
        return self.count > self.cap

    def page(self, number):
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        top = bottom + self.per_page
        if top + self.orphans >= self.count:
            top = self.count
        ids = list(self.object_list.values_list("pk", flat=True)[bottom:top])
        # Those ids' rows, its joins run for 50 rows, put back in the ids' order.
        source = self.object_list if self.rows_of is None else self.rows_of.order_by()
        place = {pk: i for i, pk in enumerate(ids)}
        rows = sorted(source.filter(pk__in=ids), key=lambda r: place[r.pk]) if ids else []
        return self._get_page(rows, number, self)
