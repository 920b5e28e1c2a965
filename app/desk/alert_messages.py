"""The alerts in words (Kyrgyz, Russian, English), for the command line and the window alike; names are
looked up when an alert is told, never stored with it."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from app import clock
from app.i18n import register, translate
from db.connection import Connection

if TYPE_CHECKING:
    from app.desk.alerts import Alert

register({
    "alert.failed_sign_ins": (
        "{who}: {day} күнү кирүүгө {count} ийгиликсиз аракет (бир саат ичинде эң көп: {in_hour}).",
        "{who}: неудачных попыток входа {day} — {count} (за один час — до {in_hour}).",
        "{who}: {count} failed sign-ins on {day} (up to {in_hour} within one hour).",
    ),
    "alert.reveal_spike": (
        "{who}: {day} күнү {count} жазуунун жашыруун талааларын ачты (адатта күнүнө {usual}).",
        "{who}: {day} показаны скрытые поля записей — {count} (обычно {usual} в день).",
        "{who} revealed the hidden fields of {count} records on {day} (usually {usual} a day).",
    ),
    "alert.reveal_spike_first": (
        "{who}: {day} күнү {count} жазуунун жашыруун талааларын ачты (мурунку 30 күндө бирөөнү да ачкан эмес).",
        "{who}: {day} показаны скрытые поля записей — {count} (за 30 дней до этого — ни одной).",
        "{who} revealed the hidden fields of {count} records on {day} (none in the 30 days before).",
    ),
    "alert.removable_export.written": (
        "{who}: {day} күнү алмашма дискке {written} файл жазылды.",
        "{who}: {day} на съёмный диск записано файлов — {written}.",
        "{who}: {written} files written to a removable drive on {day}.",
    ),
    "alert.removable_export.refused": (
        "{who}: {day} күнү алмашма дискке экспорт {refused} жолу четке кагылды.",
        "{who}: {day} выгрузка на съёмный диск отклонена {refused} раз.",
        "{who}: {refused} exports to a removable drive refused on {day}.",
    ),
    "alert.removable_export.both": (
        "{who}: {day} күнү алмашма дискке {written} файл жазылды, {refused} жолу четке кагылды.",
        "{who}: {day} на съёмный диск записано файлов — {written}, отклонено выгрузок — {refused}.",
        "{who}: on {day} {written} files written to a removable drive and {refused} exports refused.",
    ),
    "alert.integrity_finding": (
        "Ачык бүтүндүк табылгасы (табылган убактысы: {when}): {finding}",
        "С {when} открыта находка о целостности: {finding}",
        "Integrity finding open since {when}: {finding}",
    ),
    "alert.backup_stale": (
        "{days} күндөн бери текшерилген камдык көчүрмө жок (акыркысы: {last}).",
        "Проверенной резервной копии нет уже {days} дн. (последняя: {last}).",
        "No verified backup for {days} days (the last one: {last}).",
    ),
    "alert.backup_none": (
        "Мектеп орнотулгандан бери ({days} күн) бир да текшерилген камдык көчүрмө жасалган жок.",
        "С настройки школы ({days} дн.) не сделано ни одной проверенной резервной копии.",
        "Not one verified backup has been made since the school was set up {days} days ago.",
    ),
    "alert.device_revoked": (
        "Район {when} бул компьютердин уруксатын жокко чыгарды: жаңы код менен кайра катталмайынча районго эч"
        " нерсе жөнөтүлбөйт.",
        "Район {when} отозвал доступ этого компьютера: в район ничего не уходит, пока компьютер не"
        " зарегистрируют заново с новым кодом.",
        "The district revoked this computer on {when}: nothing goes to the district until it is enrolled"
        " again with a new code.",
    ),
    "alert.unknown_login": ("жок логин", "несуществующий логин", "a login that does not exist"),
    "alert.unknown_user": ("белгисиз колдонуучу", "неизвестный пользователь", "an unknown user"),
    "alert.acknowledged_by": (
        "{when} {who} тастыктады: {note}",
        "Подтверждено {when}, {who}: {note}",
        "Acknowledged {when} by {who}: {note}",
    ),
    "alert.note_length": (
        "Түшүндүрмөнү {min}–{max} белги менен жазыңыз: эмне болду жана эмне жасалды.",
        "Напишите примечание от {min} до {max} символов: что случилось и что сделано.",
        "Write a note of {min}–{max} characters: what happened and what was done.",
    ),
    "alert.not_found": (
        "Мындай сигнал жок: {id}. Тизмесин көрүү: kense alerts list --all",
        "Такого оповещения нет: {id}. Список: kense alerts list --all",
        "There is no such alert: {id}. To list them: kense alerts list --all",
    ),
    "alert.already_acknowledged": (
        "Бул сигнал мурунтан тастыкталган: {id}.",
        "Это оповещение уже подтверждено: {id}.",
        "This alert was acknowledged already: {id}.",
    ),
    "alert.acknowledged": ("Сигнал тастыкталды: {id}.", "Оповещение подтверждено: {id}.",
                           "Alert acknowledged: {id}."),
    "alert.none": ("Ачык сигнал жок.", "Открытых оповещений нет.", "No open alerts."),
    "alert.open_count": ("Ачык сигналдар: {count}.", "Открытых оповещений: {count}.", "Open alerts: {count}."),
    # the audit viewer's sentences for the two actions
    "audit.say.alert.raised": ("Сигнал түштү", "Появилось оповещение", "An alert was raised"),
    "audit.say.alert.acknowledge": ("{who} сигналды тастыктады", "{who} подтвердил(а) оповещение",
                                    "{who} acknowledged an alert"),
})


def _day(iso: str) -> str:
    try:
        return date.fromisoformat(iso[:10]).strftime("%d.%m.%Y")
    except ValueError:
        return iso


def moment(iso: str | None) -> str:
    """dd.mm.yyyy HH:MM, local time, of a stored UTC moment."""
    if not iso:
        return "—"
    try:
        return clock.parse_iso(iso).astimezone().strftime("%d.%m.%Y %H:%M")
    except ValueError:
        return iso


class Names:
    """Users' names as they are now, read once for a list of alerts."""

    def __init__(self, conn: Connection) -> None:
        self.users = {str(r[0]): str(r[2] or r[1]) for r in conn.execute("SELECT id, login, full_name FROM app_user")}

    @classmethod
    def of(cls, session: Any) -> Names:
        """The names of a session's users (the window never touches a connection itself)."""
        return cls(session.conn)

    def who(self, user_id: str | None, lang: str, *, login_tried: bool = False) -> str:
        if not user_id:
            return translate("alert.unknown_login" if login_tried else "alert.unknown_user", lang)
        return self.users.get(user_id) or translate("alert.unknown_user", lang)


def describe(alert: Alert, lang: str, names: Names) -> str:
    """The alert as one sentence in ``lang``."""
    p = alert.params
    day = _day(alert.period)
    if alert.kind == "failed_sign_ins":
        return translate("alert.failed_sign_ins", lang, who=names.who(alert.subject, lang, login_tried=True),
                         day=day, count=alert.count, in_hour=p.get("in_hour", 0))
    if alert.kind == "reveal_spike":
        key = "alert.reveal_spike" if p.get("usual") else "alert.reveal_spike_first"
        return translate(key, lang, who=names.who(alert.subject, lang), day=day,
                         count=alert.count, usual=p.get("usual", 0))
    if alert.kind == "removable_export":
        written, refused = int(p.get("written", 0)), int(p.get("refused", 0))
        form = "both" if written and refused else "written" if written else "refused"
        return translate(f"alert.removable_export.{form}", lang, who=names.who(alert.subject, lang), day=day,
                         written=written, refused=refused)
    if alert.kind == "integrity_finding":
        finding = translate(f"finding.{p.get('finding', '')}", lang, seq=p.get("seq", 0))
        return translate("alert.integrity_finding", lang, when=moment(alert.first_seen), finding=finding)
    if alert.kind == "backup_stale":
        if p.get("last"):
            return translate("alert.backup_stale", lang, days=alert.count, last=moment(str(p["last"])))
        return translate("alert.backup_none", lang, days=alert.count)
    if alert.kind == "device_revoked":
        return translate("alert.device_revoked", lang, when=moment(alert.first_seen))
    return alert.kind


def acknowledgement(alert: Alert, lang: str, names: Names) -> str:
    """Who acknowledged it, when, and her note ("" while open)."""
    if alert.open:
        return ""
    return translate("alert.acknowledged_by", lang, when=moment(alert.acknowledged_at),
                     who=names.who(alert.acknowledged_by, lang), note=alert.note or "")
