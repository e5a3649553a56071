"""Recording how an organisation took part in an inspection (inspected in fieldwork, noted force, data
contributor, not involved): the report page's task list links here; reports.services writes it and
opens the PCC's statutory response where the rule requires one (issue 13)."""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_http_methods

from oversight.accounts import access
from oversight.core.exceptions import InvalidInput, NotAllowed
from oversight.core.forms import GovukFormMixin

from . import services
from .models import Report, ReportInvolvement


class InvolvementForm(GovukFormMixin, forms.Form):
    organisation = forms.ModelChoiceField(queryset=None, label="Organisation", empty_label=None)
    involvement = forms.ChoiceField(choices=ReportInvolvement.Involvement.choices, widget=forms.RadioSelect,
                                    label="How did the organisation take part?",
                                    error_messages={"required": "Choose how the organisation took part."})
    notes = forms.CharField(required=False, label="Notes (optional)", max_length=2000,
                            widget=forms.Textarea(attrs={"rows": 3}),
                            help_text="For example: fieldwork 4 to 8 March; hot debrief 15 March.")

    def __init__(self, *args, organisations, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = organisations


@login_required
@require_http_methods(["GET", "POST"])
def record_involvement(request, pk):
    report = get_object_or_404(access.visible(Report.objects.all(), request.user), pk=pk)
    organisations = access.organisations_for(request.user, "manage_register")
    if not organisations.exists():
        raise PermissionDenied("Only a liaison officer or administrator records how the force took part.")
    current = access.visible(report.involvements.all(), request.user).filter(organisation__in=organisations).first()
    initial = {"organisation": current.organisation_id, "involvement": current.involvement,
               "notes": current.notes} if current else {"organisation": organisations.first()}
    form = InvolvementForm(request.POST or None, organisations=organisations, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.record_involvement(report, data["organisation"], data["involvement"], notes=data["notes"],
                                        by=request.user)
        except (InvalidInput, NotAllowed) as problem:
            form.add_error(None, str(problem))
        else:
            messages.success(request, f"Recorded: {data['organisation'].short_name} – "
                                      f"{ReportInvolvement.Involvement(data['involvement']).label.lower()}.")
            return redirect(report)
    return render(request, "reports/involvement_form.html", {"report": report, "form": form},
                  status=422 if form.errors else 200)
