"""The GOV.UK date input: three boxes, the Design System's messages, the error summary's link."""

import datetime

import pytest
from django import forms
from django.template.loader import render_to_string
from django.urls import reverse

from oversight.core.dates import GovukDateField
from oversight.core.forms import DateInput, GovukFormMixin


class Example(GovukFormMixin, forms.Form):
    target_on = forms.DateField(label="Target date", widget=DateInput())
    reviewed_on = forms.DateField(label="Date reviewed", widget=DateInput(), required=False)


def parts(day, month, year, name="target_on"):
    return {f"{name}_day": day, f"{name}_month": month, f"{name}_year": year}


@pytest.mark.parametrize("data, message, first_box", [
    (parts("", "", ""), "Enter the target date", "day"),
    (parts("1", "", "2027"), "Target date must include a month", "month"),
    (parts("", "", "2027"), "Target date must include a day and month", "day"),
    (parts("31", "2", "2027"), "Target date must be a real date", "day"),
    (parts("x", "2", "2027"), "Target date must be a real date", "day"),
    (parts("3", "2", "27"), "Year must include 4 numbers", "year"),
])
def test_each_mistake_gets_the_design_systems_message_and_a_link_to_its_box(data, message, first_box):
    form = Example(data)
    assert not form.is_valid()
    assert form.errors["target_on"] == [message]
    assert form["target_on"].id_for_label == f"id_target_on_{first_box}"
    summary = render_to_string("components/error_summary.html", {"form": form})
    assert f'href="#id_target_on_{first_box}"' in summary and message in summary
    field = render_to_string("components/field.html", {"field": form["target_on"]})
    assert f'id="id_target_on_{first_box}"' in field and "govuk-input--error" in field


@pytest.mark.parametrize("data", [parts("3", "2", "2027"), parts("03", "Feb", "2027"), parts(" 3 ", "february", "2027"),
                                  {"target_on": "2027-02-03"}, {"target_on": "3/2/2027"}])
def test_a_real_date_is_read_from_boxes_month_names_or_one_typed_value(data):
    form = Example(data)
    assert form.is_valid(), form.errors
    assert form.cleaned_data == {"target_on": datetime.date(2027, 2, 3), "reviewed_on": None}


def test_it_is_drawn_as_a_fieldset_with_three_labelled_boxes_and_the_value():
    form = Example(initial={"target_on": datetime.date(2026, 5, 4)})
    assert isinstance(form.fields["target_on"], GovukDateField)
    html = render_to_string("components/field.html", {"field": form["target_on"]})
    assert '<legend class="govuk-fieldset__legend">Target date</legend>' in html
    assert 'class="govuk-date-input"' in html
    for part, value in (("day", "4"), ("month", "5"), ("year", "2026")):
        assert f'<label class="govuk-label govuk-date-input__label" for="id_target_on_{part}">{part.capitalize()}</label>' in html
        assert f'name="target_on_{part}" value="{value}"' in html
    assert "govuk-input--error" not in html


@pytest.mark.django_db
def test_a_response_edit_with_a_date_missing_its_month_is_refused_and_saves_nothing(client, liaison_officer, scene):
    from oversight.responses.tests.test_views import edit_data

    response = scene["r2"]
    client.force_login(liaison_officer)
    data = edit_data(response, narrative="New plan")
    data.pop("target_on", None)
    data.update(parts("31", "", "2027"))
    reply = client.post(reverse("responses:edit", args=[response.pk]), data)
    assert reply.status_code in (400, 422)
    body = reply.content.decode()
    assert '<a href="#id_target_on_month">Target date must include a month</a>' in body
    response.refresh_from_db()
    assert response.narrative != "New plan" and response.version == 1
    data.update(parts("31", "3", "2027"))
    assert client.post(reverse("responses:edit", args=[response.pk]), data).status_code == 302
    response.refresh_from_db()
    assert response.target_on == datetime.date(2027, 3, 31)


def test_no_select_shows_a_row_of_dashes_and_late_fields_are_styled_too():
    from oversight.organisations.models import Organisation

    class Choosing(GovukFormMixin, forms.Form):
        organisation = forms.ModelChoiceField(queryset=Organisation.objects.none(), label="Organisation")
        kind = forms.TypedChoiceField(choices=[("", "---------"), ("a", "A")], label="Kind", required=False)

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self.fields["grade"] = forms.ChoiceField(choices=[("", "---------"), ("good", "Good")], label="Grade")

    form = Choosing()
    html = "".join(str(form[name]) for name in ("organisation", "kind", "grade"))
    assert "---------" not in html
    assert ">Choose the organisation<" in html and ">Not set<" in html and ">Choose the grade<" in html
    assert html.count('class="govuk-select"') == 3
