"""Trackers with a Type column, group rows and PCC responses; lead-ins run together with their bullets (test5 round)."""

from oversight.extraction.propose import propose


def found(data, name):
    return [(f["kind"], f["text"], f["due_text"]) for f in propose(data, name, split_items=True)["findings"]]


PLAN = (
    "<table><tr><th>No.</th><th>Inspection</th><th>Type</th><th>Finding</th><th>Lead officer</th>"
    "<th>Progress to date</th><th>Status</th></tr>"
    "<tr><td>1</td><td>2025 inspection</td><td>AFI</td><td>The service should improve the availability of its "
    "on-call fire engines.</td><td>Head of Response</td><td>Availability rose to 78 per cent.</td><td>On track</td></tr>"
    "<tr><td>2</td><td>2025 inspection</td><td>Recommendation</td><td>By 1 June 2027, the service should make sure "
    "that staff can raise concerns in confidence.</td><td>Director of People</td><td>A line went live.</td>"
    "<td>Complete</td></tr>"
    "<tr><td>3</td><td>2025 inspection</td><td>Innovative practice</td><td>The service has shared its approach to "
    "training with other services.</td><td>Head of HR</td><td>—</td><td>—</td></tr></table>"
)


def test_a_type_column_gives_each_rows_kind_beside_a_finding_column():
    assert found(f"<html><body><h1>Improvement plan</h1>{PLAN}</body></html>".encode(), "p.html") == [
        ("area_for_improvement", "The service should improve the availability of its on-call fire engines.", None),
        ("recommendation", "By 1 June 2027, the service should make sure that staff can raise concerns in confidence.",
         "By 1 June 2027"),
    ]


def test_a_commissioners_response_column_is_the_update_not_a_finding():
    html = (
        "<html><body><h1>Response</h1><table><tr><th>Recommendation</th><th>Commissioner’s response</th>"
        "<th>Status</th></tr><tr><td>Police and crime commissioners should make sure that the services they "
        "commission are available in every part of their force area.</td><td>The gap in the north should be closed "
        "when the new contract starts.</td><td>In progress</td></tr></table></body></html>"
    )
    assert found(html.encode(), "r.html") == [
        ("recommendation", "Police and crime commissioners should make sure that the services they commission are "
         "available in every part of their force area.", None),
    ]


def test_a_lead_in_and_its_bullets_run_together_on_one_line_are_one_finding_a_bullet():
    text = (
        "Responding to fires\n\nRecommendation By 31 May 2027, the service should: • review its response standards "
        "so that they reflect the risks; • publish its performance against those standards each quarter; and "
        "• explain to the public how it will improve its attendance times.\n\nWe will review progress.\n"
    )
    assert found(text.encode(), "r.txt") == [
        ("recommendation", "review its response standards so that they reflect the risks", "By 31 May 2027"),
        ("recommendation", "publish its performance against those standards each quarter", "By 31 May 2027"),
        ("recommendation", "explain to the public how it will improve its attendance times.", "By 31 May 2027"),
    ]


def test_a_flattened_plan_starts_each_finding_at_its_labelled_ref():
    text = (
        "HMICFRS action plan: progress report Ref Area for improvement Owner Progress Status AFI 1 The service should "
        "make sure that it works with partners to identify the people at greatest risk from fire. Head of Prevention "
        "A new referral pathway went live in November. On track AFI 2 The service should make sure that it has "
        "enough qualified protection staff. Head of Protection Two posts have been filled. Behind"
    )
    assert [f[1] for f in found(text.encode(), "r.txt")] == [
        "The service should make sure that it works with partners to identify the people at greatest risk from fire.",
        "The service should make sure that it has enough qualified protection staff.",
    ]
