"""Messages of the audit subsystem: integrity findings (Kyrgyz, Russian, English)."""

from __future__ import annotations

from app.i18n import register

register({
    "finding.rollback": (
        "Маалымат базасы эски көчүрмөсү менен алмаштырылган (аудит журналы сырттагы текшерүү чекитин"
        " камтыбайт). Акыркы өзгөртүүлөр жоголушу мүмкүн.",
        "База данных заменена более старой копией (журнал аудита не содержит внешнюю контрольную точку)."
        " Последние изменения могли пропасть.",
        "The database was replaced by an older copy (the audit log no longer holds the checkpoint kept"
        " outside it). Recent changes may be lost.",
    ),
    "finding.chain_broken": (
        "Аудит журналы бузулган: жазуу өзгөртүлгөн, өчүрүлгөн же орду алмашкан (№{seq}).",
        "Журнал аудита нарушен: запись изменена, удалена или переставлена (№ {seq}).",
        "The audit log is broken: an entry was edited, removed or moved (entry {seq}).",
    ),
    "finding.checkpoint_missing": (
        "Ачкычтар файлында аудит журналынын текшерүү чекити жок (өчүрүлгөн). Базанын эски көчүрмөгө"
        " алмаштырылганын эми билүүгө болбойт.",
        "В файле ключей нет контрольной точки журнала аудита (удалена). Подмену базы старой копией"
        " теперь не обнаружить.",
        "The audit checkpoint is missing from the key file (removed). A swap of the database for an"
        " older copy could no longer be noticed.",
    ),
    "finding.checkpoint_forged": (
        "Ачкычтар файлындагы аудит текшерүү чекити жасалма (анын коду дал келбейт).",
        "Контрольная точка аудита в файле ключей подделана (её код не сходится).",
        "The audit checkpoint in the key file was forged (its code does not match).",
    ),
    "finding.findings_altered": (
        "Ачкычтар файлындагы табылгалар тизмеси өзгөртүлгөн.",
        "Список находок в файле ключей изменён.",
        "The list of findings in the key file was altered.",
    ),
    "finding.database_damaged": (
        "Маалымат базасынын толук текшерүүсү бузулган барактарды тапты.",
        "Полная проверка базы данных нашла повреждённые страницы.",
        "The whole-database check found damaged pages.",
    ),
    "finding.open_count": (
        "КӨҢҮЛ БУРУҢУЗ: {count} бүтүндүк табылгасы ачык. Администратор карап чыгып, себебин жазып"
        " тастыктасын: kense audit acknowledge --reason \"…\".",
        "ВНИМАНИЕ: открыто находок о целостности: {count}. Администратор должен разобраться и подтвердить"
        " с причиной: kense audit acknowledge --reason \"…\".",
        "ATTENTION: {count} integrity finding(s) open. An administrator must look into them and acknowledge"
        " them with a reason: kense audit acknowledge --reason \"…\".",
    ),
    "finding.reason_length": (
        "Себебин {min}–{max} белги менен жазыңыз.",
        "Укажите причину: от {min} до {max} символов.",
        "Give a reason of {min}–{max} characters.",
    ),
    "finding.none_open": (
        "Тастыктай турган ачык табылга жок.",
        "Нет открытых находок для подтверждения.",
        "There is no open finding to acknowledge.",
    ),
    "finding.panel_title": (
        "Бүтүндүк табылгалары — администратор тастыктамайынча ачык турат",
        "Находки о целостности — открыты, пока администратор их не подтвердит",
        "Integrity findings — open until the administrator acknowledges them",
    ),
    "finding.reason_placeholder": (
        "Эмне табылды жана эмне жасалды",
        "Что обнаружено и что сделано",
        "What was found and what was done about it",
    ),
    "finding.acknowledge_button": ("Тастыктоо", "Подтвердить", "Acknowledge"),
    "finding.acknowledged": (
        "Тастыкталды: {count}.",
        "Подтверждено: {count}.",
        "Acknowledged: {count}.",
    ),
})
