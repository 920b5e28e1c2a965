"""Routes of the web pages."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from typing import Any
from urllib.parse import parse_qs

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, RedirectResponse, Response, StreamingResponse
from jinja2 import Environment, PackageLoader, select_autoescape

from .. import devices as devmod
from ..body import read_body
from ..db import NOBODY
from ..errors import ApiError
from ..state import ServerState
from . import queries, sessions
from .texts import LANGS, TEXTS

router = APIRouter(include_in_schema=False)
_env = Environment(loader=PackageLoader("server.web", "templates"), autoescape=select_autoescape(["html"]),
                   trim_blocks=True, lstrip_blocks=True)
_CODE = re.compile(r"[A-Za-z0-9._-]{1,32}")
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_SHA = re.compile(r"[0-9a-f]{64}")
_HEADERS = {"Content-Security-Policy": "default-src 'self'; style-src 'self' 'unsafe-inline'; form-action 'self'",
            "X-Frame-Options": "DENY", "Referrer-Policy": "no-referrer", "Cache-Control": "no-store"}


def _state(request: Request) -> ServerState:
    state = request.app.state.kense
    assert isinstance(state, ServerState)
    return state


def _lang(request: Request) -> str:
    lang = request.query_params.get("lang") or request.cookies.get("kense_lang") or "ky"
    return lang if lang in LANGS else "ky"


def _page(request: Request, template: str, status: int = 200, **ctx: Any) -> HTMLResponse:
    lang = _lang(request)
    html = _env.get_template(template).render(t=TEXTS[lang], lang=lang, path=request.url.path, **ctx)
    resp = HTMLResponse(html, status_code=status, headers=_HEADERS)
    if request.query_params.get("lang") in LANGS:
        resp.set_cookie("kense_lang", lang, max_age=365 * 86400, samesite="strict", httponly=True)
    return resp


async def _form(request: Request) -> dict[str, str]:
    try:
        body = await read_body(request, 16 * 1024)
        parsed = parse_qs(body.decode("utf-8"), max_num_fields=20, strict_parsing=False)
    except (ApiError, UnicodeDecodeError, ValueError):
        return {}
    return {k: v[0] for k, v in parsed.items()}


async def _admin(request: Request) -> sessions.Admin | None:
    return await run_in_threadpool(sessions.current, _state(request).db, request)


def _to_login() -> RedirectResponse:
    return RedirectResponse("/login", status_code=303)


@router.get("/login")
async def login_page(request: Request) -> Response:
    return _page(request, "login.html")


@router.post("/login")
async def login(request: Request) -> Response:
    state = _state(request)
    address = request.client.host if request.client else "?"
    if state.enrol_failures.blocked("login:" + address):
        return _page(request, "login.html", 429, error="login_wait")
    form = await _form(request)
    login_name, password = form.get("login", "").strip().lower(), form.get("password", "")
    value = None
    if 0 < len(login_name) <= 64 and 0 < len(password) <= 200:
        value = await run_in_threadpool(sessions.sign_in, state.db, login_name, password)
    if value is None:
        state.enrol_failures.hit("login:" + address)
        return _page(request, "login.html", 401, error="login_failed", login=login_name[:64])
    resp = RedirectResponse("/", status_code=303)
    resp.set_cookie(sessions.COOKIE, value, max_age=sessions.SESSION_HOURS * 3600, httponly=True,
                    samesite="strict", secure=request.url.scheme == "https")
    return resp


@router.post("/logout")
async def logout(request: Request) -> Response:
    await run_in_threadpool(sessions.sign_out, _state(request).db, request)
    resp = _to_login()
    resp.delete_cookie(sessions.COOKIE)
    return resp


@router.get("/")
async def home(request: Request) -> Response:
    admin = await _admin(request)
    if admin is None:
        return _to_login()

    def work() -> list[dict[str, Any]]:
        with _state(request).db.scoped(admin.scope) as cur:
            return queries.schools(cur)

    return _page(request, "schools.html", admin=admin, schools=await run_in_threadpool(work))


def _date(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


@router.get("/schools/{code}")
async def school_page(request: Request, code: str) -> Response:
    admin = await _admin(request)
    if admin is None:
        return _to_login()
    tab = request.query_params.get("tab", "documents")
    tab = tab if tab in ("documents", "certificates", "incidents", "devices") else "documents"
    q = request.query_params.get("q", "")[:200]
    kind = request.query_params.get("kind", "")
    kind = kind if kind in ("incoming", "outgoing", "internal", "order") else ""
    start, end = _date(request.query_params.get("from")), _date(request.query_params.get("to"))

    def work() -> dict[str, Any] | None:
        with _state(request).db.scoped(admin.scope) as cur:
            found = queries.school(cur, code) if _CODE.fullmatch(code) else None
            if found is None:
                return None
            out: dict[str, Any] = {"school": found, "alerts": queries.alerts(cur, code),
                                   "devices": queries.devices(cur, code)}
            if tab == "documents":
                out["rows"] = queries.documents(cur, code, q, kind, start, end)
            elif tab == "certificates":
                out["rows"] = queries.certificates(cur, code, q)
            elif tab == "incidents":
                out["rows"] = queries.incidents(cur, code)
            return out

    data = await run_in_threadpool(work)
    if data is None:
        return _page(request, "message.html", 404, admin=admin, message="not_found")
    return _page(request, "school.html", admin=admin, tab=tab, q=q, kind=kind, start=start or "", end=end or "",
                 new_code=None, **data)


@router.get("/schools/{code}/documents/{rid}")
async def document_page(request: Request, code: str, rid: str) -> Response:
    admin = await _admin(request)
    if admin is None:
        return _to_login()

    def work() -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
        with _state(request).db.scoped(admin.scope) as cur:
            found = queries.school(cur, code) if _CODE.fullmatch(code) else None
            if found is None or not _UUID.fullmatch(rid):
                return None, None
            return found, queries.document(cur, code, rid)

    found, doc = await run_in_threadpool(work)
    if found is None or doc is None:
        return _page(request, "message.html", 404, admin=admin, message="not_found")
    return _page(request, "document.html", admin=admin, school=found, doc=doc)


@router.get("/schools/{code}/files/{sha}")
async def download(request: Request, code: str, sha: str) -> Response:
    admin = await _admin(request)
    if admin is None:
        return _to_login()

    if not (_CODE.fullmatch(code) and _SHA.fullmatch(sha)):
        return _page(request, "message.html", 404, admin=admin, message="not_found")
    db = _state(request).db

    def find() -> tuple[str, int, int] | None:
        with db.scoped(admin.scope) as cur:
            return queries.file_for_download(cur, code, sha)

    found = await run_in_threadpool(find)
    if found is None:
        return _page(request, "message.html", 404, admin=admin, message="not_found")
    name, size, chunks = found

    def body() -> Iterator[bytes]:
        # One short transaction per 256 KiB piece: a slow download on a district's link holds neither a
        # pooled connection nor the whole file in memory.
        for index in range(chunks):
            with db.scoped(admin.scope) as cur:
                piece = queries.file_chunk(cur, code, sha, index)
            yield piece

    from urllib.parse import quote
    return StreamingResponse(body(), media_type="application/octet-stream",
                             headers={"Content-Disposition": f"attachment; filename*=UTF-8''{quote(name)}",
                                      "Content-Length": str(size),
                                      "X-Content-Type-Options": "nosniff", "Cache-Control": "no-store"})


async def _writer(request: Request, code: str) -> sessions.Admin | Response:
    """The admin who may write, or the response refusing the write (not signed in, CSRF, role, code)."""
    admin = await _admin(request)
    if admin is None:
        return _to_login()
    form = await _form(request)
    if not sessions.csrf_ok(admin, form.get("csrf")) or not admin.may_write or not _CODE.fullmatch(code):
        return _page(request, "message.html", 403, admin=admin, message="forbidden")
    return admin


@router.post("/schools/{code}/devices/{device_id}/revoke")
async def revoke(request: Request, code: str, device_id: str) -> Response:
    admin = await _writer(request, code)
    if isinstance(admin, Response):
        return admin

    def work() -> bool:
        with _state(request).db.scoped(admin.scope) as cur:
            if queries.school(cur, code) is None or not _UUID.fullmatch(device_id):
                return False
            cur.execute("UPDATE device SET state = 'revoked', revoked_at = now() WHERE school = %s"
                        " AND device_id::text = %s AND state = 'active'", (code, device_id))
            return cur.rowcount == 1

    if not await run_in_threadpool(work):
        return _page(request, "message.html", 404, admin=admin, message="not_found")
    return RedirectResponse(f"/schools/{code}?tab=devices", status_code=303)


@router.post("/schools/{code}/enrol-code")
async def new_code(request: Request, code: str) -> Response:
    admin = await _writer(request, code)
    if isinstance(admin, Response):
        return admin

    def work() -> dict[str, Any] | None:
        with _state(request).db.scoped(admin.scope) as cur:
            found = queries.school(cur, code)
            if found is None:
                return None
            return {"school": found, "new_code": devmod.issue_enrol_code(cur, code, by=admin.login),
                    "alerts": queries.alerts(cur, code), "devices": queries.devices(cur, code)}

    data = await run_in_threadpool(work)
    if data is None:
        return _page(request, "message.html", 404, admin=admin, message="not_found")
    return _page(request, "school.html", admin=admin, tab="devices", q="", kind="", start="", end="", rows=[],
                 **data)


@router.post("/schools/{code}/alerts/{alert_id}/clear")
async def clear_alert(request: Request, code: str, alert_id: str) -> Response:
    admin = await _writer(request, code)
    if isinstance(admin, Response):
        return admin

    def work() -> None:
        if _UUID.fullmatch(alert_id):
            with _state(request).db.scoped(admin.scope) as cur:
                cur.execute("UPDATE alert SET cleared_at = now(), cleared_by = %s WHERE school = %s AND id::text = %s"
                            " AND cleared_at IS NULL", (admin.login, code, alert_id))

    await run_in_threadpool(work)
    return RedirectResponse(f"/schools/{code}", status_code=303)


_QR = re.compile(r"KENSE1\|[^|]{1,64}\|([SET])\|([^|]{1,64})\|(\d{4}-\d{2}-\d{2})\|([A-Z2-7]{10})")
_SERIES = {"S": "study", "E": "employment", "T": "transfer"}


@router.get("/verify")
async def verify(request: Request) -> Response:
    """Public: genuine / void (with the reason) / not found, and only what the certificate carries."""
    params = request.query_params
    qr, number, check = params.get("qr", "").strip(), params.get("number", "").strip(), params.get("check", "")
    check = re.sub(r"[\s-]", "", check).upper()
    series: str | None = None
    if qr:
        m = _QR.fullmatch(qr)
        if m is None:
            return _page(request, "verify.html", 400, outcome="bad_input", qr=qr[:200], number="", check="")
        series, number, check = _SERIES[m.group(1)], m.group(2), m.group(4)
    if not number and not check:
        return _page(request, "verify.html", outcome=None, qr="", number="", check="")
    if not (0 < len(number) <= 64 and re.fullmatch(r"[A-Z2-7]{10}", check)):
        return _page(request, "verify.html", 400, outcome="bad_input", qr="", number=number[:64], check=check[:10])
    state = _state(request)
    address = request.client.host if request.client else "?"
    wait = state.device_rate.hit("verify:" + address)
    if wait:
        return _page(request, "verify.html", 429, outcome="bad_input", qr="", number=number, check=check)

    def work() -> dict[str, Any] | None:
        with state.db.scoped(NOBODY) as cur:
            cur.execute("SELECT * FROM kense_verify_certificate(%s, %s, %s)", (series, number, check))
            return cur.fetchone()

    found = await run_in_threadpool(work)
    outcome = "unknown_cert" if found is None else ("genuine" if found["state"] == "valid" else "void")
    return _page(request, "verify.html", outcome=outcome, cert=found, qr="", number=number, check=check)
