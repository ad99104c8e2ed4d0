"""Each rule once: open and overdue actions, open and overdue requests, promises kept.

One function per rule returns the rows it selects
(:mod:`kit.analysis.measures.actions`, :mod:`kit.analysis.measures.requests`);
the figures count those rows, the monthly report lists exactly them, and
the pilot's tables count them across buurten.  On the demo, for every buurt
and month, counts and lists agree.
"""

from __future__ import annotations

import re

import pandas as pd
import pytest
from helpers import show

from kit.analysis.figures import figures
from kit.analysis.measures.actions import closed, open_actions, overdue_actions
from kit.analysis.measures.requests import (
    OVERDUE_DAYS,
    kept_promises,
    open_requests,
    overdue_requests,
    promises,
    promises_kept,
)
from kit.analysis.pilot import action_state, institutions
from kit.analysis.snapshot import history
from kit.data.spans import dataset_months
from kit.report.maandrapport import Maandrapport
from kit.report.maandrapport.gevraagd import lang_open


def _table_after(html: str, heading: str) -> list[str]:
    """The body rows of the table that follows ``<h3>heading</h3>``; none when the heading is absent."""
    part = html.split(f"<h3>{heading}</h3>", 1)
    if len(part) == 1:
        return []
    body = part[1].split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    return re.findall(r"<tr>.*?</tr>", body)


def test_the_figures_count_the_rows_of_their_rules(demo):
    """acties open and te_laat, verzoeken open and open_30, nagekomen: the number of the rule's rows, every month;
    null where the buurt keeps no such register (it has no rows)."""
    for buurt in demo.buurten["id"]:
        rows = history(demo, buurt)
        for month in dataset_months(demo):
            first, last = month.start_time, month.end_time.normalize()
            f = figures(demo, buurt, month)
            if rows.actions.empty or rows.requests.empty:
                assert f["acties"] is None and f["verzoeken"] is None and f["nagekomen"] is None, buurt
                continue
            assert f["acties"]["open"] == len(open_actions(rows.actions, last))
            assert f["acties"]["te_laat"] == len(overdue_actions(rows.actions, last))
            assert f["acties"]["gedaan"] == len(closed(rows.actions, first, last, "gedaan"))
            assert f["afspraken"]["open"] == len(open_actions(rows.agreements, last))
            assert f["verzoeken"]["open"] == len(open_requests(rows.requests, last))
            assert f["verzoeken"]["open_30"] == len(overdue_requests(rows.requests, last))
            made = promises(rows.requests, last)
            assert f["nagekomen"] == (len(kept_promises(rows.requests, last)) / len(made) if len(made) else None)


def test_overdue_is_open_and_waiting_longer_than_the_threshold():
    """Asked 31, 30 and 29 days before the last day, none answered: only the first waits longer than 30 days.
    An answer on the last day closes a request; one the day after does not."""
    last = pd.Timestamp("2024-04-30")
    requests = pd.DataFrame(
        {
            "gevraagd": [
                last - pd.Timedelta(days=d) for d in (OVERDUE_DAYS + 1, OVERDUE_DAYS, OVERDUE_DAYS - 1, 40, 40)
            ],
            "antwoord": pd.to_datetime([None, None, None, "2024-04-30", "2024-05-01"]),
            "uitkomst": ["open", "open", "open", "afgewezen", "afgewezen"],
        }
    )
    assert open_requests(requests, last).index.tolist() == [0, 1, 2, 4]
    assert overdue_requests(requests, last).index.tolist() == [0, 4]


def test_promises_are_answers_of_toegezegd_or_deels_by_the_day():
    frame = pd.DataFrame(
        {
            "uitkomst": ["toegezegd", "deels", "toegezegd", "afgewezen"],
            "antwoord": pd.to_datetime(["2024-03-01", "2024-03-02", "2024-05-01", "2024-03-03"]),
            "nagekomen": pd.to_datetime(["2024-04-01", "2024-05-10", None, None]),
        }
    )
    day = pd.Timestamp("2024-04-30")
    assert promises(frame, day).index.tolist() == [0, 1]
    assert kept_promises(frame, day).index.tolist() == [0]
    assert promises_kept(frame, day) == 0.5


@pytest.mark.parametrize("maand", ["2025-04", "2025-09", "2025-12"])
def test_the_report_lists_exactly_the_rows_it_counts(demo, maand):
    """The action list's open table has a row per open action, marked late for each overdue one; the requests'
    waiting table a row per open request, in bold for each that waits too long; the summary's point on long waits
    names their number."""
    for buurt in demo.buurten["id"]:
        report = Maandrapport(demo, buurt, maand)
        if not (report.doet_mee and report.bijgehouden["acties"] and report.bijgehouden["verzoeken"]):
            continue
        f = report.figuren
        acties = str(show(report, "acties"))
        open_rows = _table_after(acties, "Open")
        assert len(open_rows) == f["acties"]["open"], buurt
        assert sum("te laat" in row for row in open_rows) == f["acties"]["te_laat"], buurt
        waiting = _table_after(str(show(report, "gevraagd")), "Wachten op antwoord")
        assert len(waiting) == f["verzoeken"]["open"], buurt
        assert sum("<strong>" in row.split("</td>")[-2] for row in waiting) == f["verzoeken"]["open_30"], buurt
        assert len(lang_open(report)) == f["verzoeken"]["open_30"]


def test_the_pilots_tables_count_the_same_rows(demo):
    """Where an action stood on a day (the overview, the synthesis) and how institutions answered count the rows of
    the figures' rules: summed over buurten, the figures of the month."""
    month = dataset_months(demo)[-1]
    last = month.end_time.normalize()
    every = [f for f in (figures(demo, buurt, month) for buurt in demo.buurten["id"]) if f["acties"] and f["verzoeken"]]
    state = action_state(demo.acties, last)
    assert int((state == "te_laat").sum()) == sum(f["acties"]["te_laat"] for f in every)
    assert int(state.isin(["open", "te_laat"]).sum()) == sum(f["acties"]["open"] for f in every)
    table = institutions(demo.verzoeken, last)
    assert int(table["open"].sum()) == sum(f["verzoeken"]["open"] for f in every)
    kept = sum(len(kept_promises(history(demo, b).requests, last)) for b in demo.buurten["id"])
    assert int(table["nagekomen"].sum()) == kept
