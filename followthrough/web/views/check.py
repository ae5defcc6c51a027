""""Check before you post": the audit's findings for a text, before it goes on a social network."""

from __future__ import annotations

from django import forms
from django.http import HttpRequest, HttpResponse

from followthrough.web.access import page, prefs_of, render_page

TEXT_MAX = 20_000


class CheckForm(forms.Form):
    text = forms.CharField(label="Your post", max_length=TEXT_MAX,
                           widget=forms.Textarea(attrs={"rows": 8}))


@page
def check_post(request: HttpRequest) -> HttpResponse:
    from followthrough.audit.check import check_text

    form = CheckForm(request.POST or None)
    findings, checked = [], False
    if request.method == "POST" and form.is_valid():
        findings = check_text(form.cleaned_data["text"], region=prefs_of(request).phone_region)
        checked = True
    return render_page(request, "web/check.html", {
        "form": form, "findings": findings, "checked": checked,
    }, status=400 if request.method == "POST" and not form.is_valid() else 200)
