"""Demo documents: a year of plausible letters and orders in Kyrgyz and Russian, moving through the
hands of the demo director, secretary and teacher. Every name is an institution or a role, never a person."""

from __future__ import annotations

import contextlib
import random
import shutil
import tempfile
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from app import demo
from app.documents import correspondents, events
from app.documents import register as reg
from app.documents.model import CorrespondentKind, Kind, Series
from app.security.session import Session

CORRESPONDENTS = (
    ("Ак-Суу райондук билим берүү бөлүмү", CorrespondentKind.DISTRICT),
    ("Кыргыз Республикасынын Агартуу министрлиги", CorrespondentKind.MINISTRY),
    ("Ысык-Көл облустук билим берүү башкармалыгы", CorrespondentKind.OTHER),
    ("Ак-Суу районундагы №1 орто мектеби", CorrespondentKind.SCHOOL),
    ("Теплоключенка айылындагы №5 орто мектеби", CorrespondentKind.SCHOOL),
    ("Школа-гимназия №12 г. Каракол", CorrespondentKind.SCHOOL),
    ("Ата-энелер комитети", CorrespondentKind.PARENT),
    ("Ак-Суу айыл өкмөтү", CorrespondentKind.OTHER),
    ("Центр семейной медицины Ак-Суйского района", CorrespondentKind.OTHER),
)
INCOMING = (
    "Окуу жылынын башталышына даярдык жөнүндө маалымат берүү тууралуу",
    "Мугалимдердин квалификациясын жогорулатуу курстары жөнүндө",
    "Окуучулардын саны боюнча отчетту тапшыруу жөнүндө",
    "Кыш мезгилине даярдык (жылуулук системасы) жөнүндө",
    "Жалпы республикалык тестирлөөгө катышуучулардын тизмеси жөнүндө",
    "Мамлекеттик тилдин күнүн өткөрүү жөнүндө",
    "Өрткө каршы коопсуздук боюнча текшерүү жөнүндө",
    "О проведении районной олимпиады школьников",
    "О предоставлении сведений о педагогических кадрах",
    "О мерах по профилактике гриппа и ОРВИ",
    "О подготовке к итоговой аттестации выпускников 9 и 11 классов",
    "О летнем отдыхе и оздоровлении учащихся",
    "Окуу китептерин бөлүштүрүү жөнүндө",
    "Просьба о выдаче справки для перевода учащегося",
)
OUTGOING = (
    "Окуучулардын саны боюнча маалымат",
    "Мугалимдердин тизмеси (квалификация курстарына)",
    "Отчет о готовности школы к новому учебному году",
    "Сведения о педагогических кадрах на 1 сентября",
    "Олимпиадага катышуучулардын тизмеси",
    "Информация о выпускниках и их трудоустройстве",
    "Жылуулук системасынын абалы жөнүндө маалымат",
    "Ответ на запрос о переводе учащегося",
)
INTERNAL = (
    "Педагогикалык кеңештин протоколу",
    "Методикалык бирикменин иш планы",
    "Служебная записка о ремонте кабинета химии",
    "Акт проверки состояния учебников",
)
ORDERS = {
    Series.ORDER_MAIN: (
        "2025/2026-окуу жылынын башталышы жөнүндө",
        "Өрткө каршы коопсуздук үчүн жооптууну дайындоо жөнүндө",
        "Мектепте кезметчиликти уюштуруу жөнүндө",
        "О проведении родительских собраний",
        "Об организации горячего питания учащихся 1–4 классов",
        "Чейректик текшерүү иштерин өткөрүү жөнүндө",
    ),
    Series.ORDER_STAFF: (
        "Мугалимди жумушка кабыл алуу жөнүндө",
        "Жыл сайынкы эмгек өргүүсүн берүү жөнүндө",
        "О возложении обязанностей классного руководителя",
        "О премировании работников к Дню учителя",
    ),
    Series.ORDER_PUPILS: (
        "1-класска окуучуларды кабыл алуу жөнүндө",
        "Окуучуну башка мектепке которуу жөнүндө",
        "Окуучуларды кийинки класска которуу жөнүндө",
        "9-класстын бүтүрүүчүлөрүн чыгаруу жөнүндө",
        "О зачислении учащегося в 5-Б класс",
    ),
}
EXECUTORS = ("director", "secretary", "teacher")


def _attachment(folder: Path, n: int, subject: str) -> Path:
    """A small synthetic scan: a one-page PDF with the letter's subject."""
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    from app.forms.fonts import SANS, register_fonts

    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, initialFontName=SANS)
    canvas.setFont(SANS, 12)
    canvas.drawString(60, 760, subject[:90])
    canvas.drawString(60, 740, f"№ {n}")
    canvas.save()
    path = folder / f"letter-{n:03d}.pdf"
    path.write_bytes(buffer.getvalue())
    return path


def fill(session: Session, options: demo.DemoOptions) -> None:
    rng = random.Random(2026)  # noqa: S311 — reproducible synthetic data, not security
    for name, kind in CORRESPONDENTS:
        with contextlib.suppress(Exception):
            correspondents.add(session, name, kind)
    sessions: dict[str, Session] = {}

    def as_user(login: str) -> Session:
        if login not in sessions:
            sessions[login] = session.profile.sign_in(login, demo.DEMO_PASSWORD)
        return sessions[login]

    today = date.today()
    start = today - timedelta(days=365)
    plan: list[tuple[date, str]] = []
    for _ in range(180):
        plan.append((start + timedelta(days=rng.randrange(365)), "incoming"))
    for _ in range(30):
        plan.append((start + timedelta(days=rng.randrange(365)), "internal"))
    for _ in range(100):
        plan.append((start + timedelta(days=rng.randrange(365)), "order"))
    plan.sort()
    folder = Path(tempfile.mkdtemp(prefix="kense-demo-files-"))
    try:
        secretary = as_user("secretary")
        total = len(plan)
        for done, (day, what) in enumerate(plan, 1):
            options.check()
            _one(secretary, as_user, rng, day, what, today, folder, done)
            if options.progress and (done % 10 == 0 or done == total):
                options.progress(done, total, "documents")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
        for opened in sessions.values():
            opened.close()


def _one(secretary: Session, as_user: Callable[[str], Session], rng: random.Random, day: date, what: str, today: date,
         folder: Path, n: int) -> None:
    stamp = f"{day.isoformat()}T0{rng.randrange(3, 9)}:{rng.randrange(60):02d}:00Z"
    executor = rng.choice(EXECUTORS)
    due = day + timedelta(days=rng.randrange(3, 21))
    if what == "incoming":
        corr, _ = CORRESPONDENTS[rng.randrange(len(CORRESPONDENTS))]
        subject = rng.choice(INCOMING)
        files = [_attachment(folder, n, subject)] if rng.random() < 0.15 else []
        result = reg.register(secretary, kind=Kind.INCOMING, subject=subject, correspondent=corr,
                              their_number=f"{rng.randrange(1, 40):02d}-{rng.randrange(1, 30)}/{rng.randrange(1, 900)}",
                              their_date=day - timedelta(days=rng.randrange(0, 4)), reg_date=day, files=files,
                              executor=executor, due=due, index_prefix="02-15" if rng.random() < 0.3 else None,
                              at=stamp)
        _move(secretary, as_user, result.id, executor, due, today, stamp, rng)
        if rng.random() < 0.4 and due < today:
            reply = reg.reply(secretary, result.id, subject=rng.choice(OUTGOING), reg_date=due)
            events.send(secretary, reply.id, at=f"{due.isoformat()}T12:00:00Z")
    elif what == "internal":
        reg.register(secretary, kind=Kind.INTERNAL, subject=rng.choice(INTERNAL), reg_date=day, at=stamp)
    else:
        series = rng.choice(list(ORDERS))
        reg.register(as_user("director"), kind=Kind.ORDER, series=series,
                     subject=rng.choice(ORDERS[series]), reg_date=day, at=stamp)


def _move(secretary: Session, as_user: Callable[[str], Session], doc_id: str, executor: str, due: date,
          today: date, stamp: str, rng: random.Random) -> None:
    if due >= today:
        return  # still open, not yet due
    if rng.random() < 0.08:
        return  # left open past its due date: the overdue items a real office has
    actor = as_user(executor)
    if rng.random() < 0.1:
        events.comment(actor, doc_id, "Маалымат чогултулууда / Собираем сведения")
    finished = min(due, today) - timedelta(days=rng.randrange(0, 3))
    events.execute(actor, doc_id, note="", at=f"{max(finished, date.fromisoformat(stamp[:10])).isoformat()}T15:00:00Z")


demo.register_filler(fill)
