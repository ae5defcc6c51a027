"""API tokens: create one (shown once), see when each was last used, revoke."""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.views.decorators.http import require_POST

from followthrough.errors import InvalidInput, NotFound
from followthrough.services.tokens import api_tokens_of, new_api_token, revoke_api_token
from followthrough.web.access import page, render_page
from followthrough.web.forms import TokenForm


@page
def tokens(request: HttpRequest) -> HttpResponse:
    form, secret, status = TokenForm(), "", 200
    if request.method == "POST":
        form = TokenForm(request.POST)
        status = 400
        if form.is_valid():
            try:
                _, secret = new_api_token(owner=request.user, name=form.cleaned_data["name"])
            except InvalidInput as exc:
                form.add_service_error(exc)
            else:
                form, status = TokenForm(), 201
    return render_page(request, "web/tokens.html", {
        "form": form, "secret": secret,
        "tokens": api_tokens_of(request.user),
    }, status=status)


@page
@require_POST
def token_revoke(request: HttpRequest, token_id: int) -> HttpResponse:
    try:
        revoke_api_token(owner=request.user, token_id=token_id)
    except NotFound as exc:
        raise Http404(str(exc)) from None
    messages.success(request, "Token revoked: programs using it can no longer reach the API.")
    return redirect("web:tokens")
