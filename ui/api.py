"""The JSON HTTP API on the page's own server, under /api/v1 (FastAPI; docs at /api/v1/docs).

Records come out exactly as `--json` prints them (dataclasses.asdict). Errors are JSON
{"error": message} with the library's own message: 400 for bad input, 401 without the login
the page asks for (HTTP Basic, or the page's own session cookie), 404 for an unknown brief.
"""

# No `from __future__ import annotations`: FastAPI reads the endpoints' annotations, which
# name fastapi's own classes imported inside build_api (fastapi loads only when serving).
import base64
import binascii
import dataclasses
import hmac
from typing import Annotated, Any

from assistant import Assistant, AssistantError, DocumentError, QueryLog

from . import actions

PREFIX = "/api/v1"


def build_api(
    assistant: Assistant,
    logins: list[tuple[str, str]] | None = None,
    session_user: Any = None,
    log: QueryLog | None = None,
) -> Any:  # fastapi.FastAPI
    """The API app, to mount at PREFIX.

    Args:
        logins: (user, password) pairs; none means no login is asked for.
        session_user: request -> user name of a page session (Gradio's cookie), or None.
        log: the audit trail each question is appended to, if asked for.
    """
    from fastapi import FastAPI, Query, Request
    from fastapi.exceptions import RequestValidationError
    from fastapi.responses import JSONResponse, Response

    api = FastAPI(
        title="Spotlight Assistant API",
        version="1",
        description="Verbatim, cited quotes from the institute's briefs.",
        docs_url="/docs",
        redoc_url=None,
        openapi_url="/openapi.json",
    )

    def error(status: int, message: str, **headers: str) -> JSONResponse:
        return JSONResponse({"error": message}, status_code=status, headers=headers or None)

    @api.middleware("http")
    async def login(request: Request, call_next):
        if logins:
            user = _basic_user(request.headers.get("authorization", ""), logins)
            if user is None and session_user is not None:
                user = session_user(request)
            if user is None:
                return error(
                    401,
                    "log in: send the page's user and password (HTTP Basic, curl -u USER:PASS)",
                    **{"WWW-Authenticate": 'Basic realm="Spotlight Assistant"'},
                )
            request.state.user = user
        else:
            request.state.user = ""
        return await call_next(request)

    @api.exception_handler(AssistantError)
    async def assistant_error(request: Request, exc: AssistantError) -> JSONResponse:
        return error(404 if isinstance(exc, DocumentError) else 400, str(exc))

    @api.exception_handler(RequestValidationError)
    async def bad_input(request: Request, exc: RequestValidationError) -> JSONResponse:
        problem = exc.errors()[0]
        field = str(problem.get("loc", ("", "?"))[-1])
        return error(400, f"{field}: {problem.get('msg', 'invalid value')}")

    def filters(since: str, until: str, author: str, series: list[str] | None):
        return actions.filters_from(since, until, author, series or [])

    @api.get("/ask", summary="Answer a question with verbatim quotes")
    def ask(
        request: Request,
        q: str = Query("", description="the question"),
        k: int | None = Query(None, description="most quotes (default: the setting)"),
        since: str = Query("", description="briefs dated on or after YYYY-MM-DD"),
        until: str = Query("", description="briefs dated on or before YYYY-MM-DD"),
        author: str = Query("", description="authors, comma-separated, or part of a name"),
        series: Annotated[list[str] | None, Query(description="series; repeatable")] = None,
    ) -> dict[str, Any]:
        chosen = filters(since, until, author, series)
        answer = assistant.ask(q, k=k, filters=chosen)
        if log is not None:
            log.record(request.state.user, q, chosen, answer)
        return dataclasses.asdict(answer)

    @api.get("/search", summary="The passages that best match a query")
    def search(
        q: str = Query("", description="the query"),
        k: int = Query(10, description="how many passages"),
        since: str = Query(""),
        until: str = Query(""),
        author: str = Query(""),
        series: Annotated[list[str] | None, Query()] = None,
    ) -> list[dict[str, Any]]:
        found = assistant.search(q, k=k, filters=filters(since, until, author, series))
        return [dataclasses.asdict(p) for p in found]

    @api.get("/documents", summary="Every indexed brief, newest first")
    def documents(
        added_since: str = Query("", description="only briefs indexed on or after YYYY-MM-DD"),
    ) -> list[dict[str, Any]]:
        briefs = actions.added_since(assistant.documents(), added_since)
        return [dataclasses.asdict(d) for d in briefs]

    @api.get("/documents/{document_id}", summary="One indexed brief")
    def document(document_id: str) -> dict[str, Any]:
        found = next((d for d in assistant.documents() if d.id == document_id), None)
        if found is None:
            raise DocumentError(f"{document_id}: no indexed brief has this id")
        return dataclasses.asdict(found)

    @api.get(
        "/documents/{document_id}/pages/{page}.png",
        summary="A page of a PDF brief as PNG, the clean text [start, end) boxed",
        response_class=Response,
        responses={200: {"content": {"image/png": {}}}},
    )
    def page_image(
        document_id: str,
        page: int,
        start: int = Query(-1, description="a Quote's start (-1: no box)"),
        end: int = Query(-1, description="a Quote's end"),
        scale: float = Query(2.0, description="pixels per PDF point"),
    ) -> Response:
        data = assistant.page_image(document_id, page, start, end, scale)
        return Response(data, media_type="image/png", headers={"Cache-Control": "private"})

    return api


def mount(server_app: Any, assistant: Assistant, logins=None, log: QueryLog | None = None):
    """Put the API on a launched page's server (gradio's App), ahead of the page's routes."""
    from starlette.routing import Mount

    def session_user(request) -> str | None:  # the page's login cookie, as Gradio reads it
        cookie_id = getattr(server_app, "cookie_id", "")
        token = request.cookies.get(f"access-token-{cookie_id}") or request.cookies.get(
            f"access-token-unsecure-{cookie_id}"
        )
        return server_app.tokens.get(token) if token else None

    api = build_api(assistant, logins, session_user, log)
    server_app.router.routes.insert(0, Mount(PREFIX, app=api))
    return api


def _basic_user(header: str, logins: list[tuple[str, str]]) -> str | None:
    scheme, _, encoded = header.partition(" ")
    if scheme.lower() != "basic":
        return None
    try:
        user, _, password = base64.b64decode(encoded).decode("utf-8").partition(":")
    except (binascii.Error, UnicodeDecodeError):
        return None
    for known, secret in logins:
        # compare_digest: the time taken does not tell how much of a password was right.
        same_user = hmac.compare_digest(user.encode(), known.encode())
        if same_user & hmac.compare_digest(password.encode(), secret.encode()):
            return user
    return None
