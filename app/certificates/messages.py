"""Messages of the certificates subsystem (Kyrgyz, Russian, English)."""

from __future__ import annotations

from app.i18n import register

register({
    "certificate.bad_template": (
        "«{template}» деген үлгү жок. Болгону: {templates}.",
        "Шаблона «{template}» нет. Есть: {templates}.",
        "There is no template \"{template}\". Available: {templates}."),
    "certificate.bad_lang": (
        "Маалым кат кыргызча (ky) же орусча (ru) гана чыгарылат, «{lang}» эмес.",
        "Справка выдаётся только на кыргызском (ky) или русском (ru), не «{lang}».",
        "Certificates are issued in Kyrgyz (ky) or Russian (ru) only, not \"{lang}\"."),
    "certificate.purpose_too_long": (
        "Текст өтө узун: {limit} белгиден ашпашы керек.",
        "Текст слишком длинный: не более {limit} знаков.",
        "The text is too long: at most {limit} characters."),
    "certificate.not_enrolled": (
        "Окуучу азыр эч бир класста окубайт: окуу жайынан маалым кат берүүгө болбойт.",
        "Учащийся сейчас не числится ни в одном классе: справку с места учебы выдать нельзя.",
        "The pupil is not in any class now: a study certificate cannot be issued."),
    "certificate.no_transfer": (
        "Окуучунун башка мектепке кетиши (буйрук менен) катталган эмес. Адегенде кыймылды кошуңуз.",
        "Выбытие учащегося в другую школу (по приказу) не записано. Сначала добавьте движение.",
        "The pupil's transfer to another school (by order) is not recorded. Add the movement first."),
    "certificate.staff_dismissed": (
        "Кызматкер иштен бошогон: иш ордунан маалым кат берилбейт.",
        "Сотрудник уволен: справку с места работы выдать нельзя.",
        "The employee has left: an employment certificate cannot be issued."),
    "certificate.empty_class": (
        "Бул класста окуучулар жок.", "В этом классе нет учащихся.", "This class has no pupils."),
    "certificate.not_found": (
        "№ {number} маалым кат реестрде жок.", "Справки № {number} в реестре нет.",
        "Certificate No. {number} is not in the register."),
    "certificate.ambiguous": (
        "№ {number} бир нече сериядa же жылда бар: үлгүнү (--template) же жылды (--year) көрсөтүңүз.",
        "Номер {number} есть в нескольких сериях или годах: укажите шаблон (--template) или год (--year).",
        "Number {number} exists in several series or years: give the template (--template) or year (--year)."),
    "certificate.voided": (
        "№ {number} маалым кат жокко чыгарылган: кайра басылбайт.",
        "Справка № {number} аннулирована: повторная печать невозможна.",
        "Certificate No. {number} is void: it cannot be printed again."),
    "certificate.already_void": (
        "№ {number} маалым кат мурун эле жокко чыгарылган.", "Справка № {number} уже аннулирована.",
        "Certificate No. {number} is already void."),
    "certificate.reason_required": (
        "Жокко чыгаруунун себебин жазыңыз.", "Укажите причину аннулирования.",
        "Give the reason for voiding."),
    "certificate.reprint_differs": (
        "№ {number} маалым катты так ошондой кайра түзүүгө болбой калды (программа жаңыртылганда шрифттер"
        " өзгөргөн болушу мүмкүн). Жокко чыгарып, жаңысын бериңиз.",
        "Справку № {number} не удалось воссоздать байт в байт (при обновлении программы могли измениться"
        " шрифты). Аннулируйте её и выдайте новую.",
        "Certificate No. {number} could not be recreated byte for byte (an update may have changed the fonts)."
        " Void it and issue a new one."),
    "legal.certificate_needs_name": (
        "Маалым каттын биринчи абзацында {name} деген орун болушу керек: ал жерге адамдын аты-жөнү жазылат.",
        "В первом абзаце справки должно быть место {name}: туда подставляется фамилия, имя и отчество.",
        "The certificate's first paragraph must contain {name}: the person's full name goes there."),
    "certificate.kept_pdf_damaged": (
        "№ {number} маалым каттын сакталган нускасы бузулган: эч нерсе басылган жок. Администраторго"
        " кайрылыңыз (резервдик көчүрмөдөн калыбына келтирсе болот).",
        "Сохранённый экземпляр справки № {number} повреждён: ничего не напечатано. Обратитесь к"
        " администратору (его можно восстановить из резервной копии).",
        "The kept copy of certificate No. {number} is damaged: nothing was printed. Tell the administrator"
        " (a backup can restore it)."),
    "certificate.numbers_taken": (
        "Ушул убакта башка жерден да маалым кат берилди, номерлер бош эмес. Кайра аракет кылыңыз: эч нерсе"
        " катталган жок.",
        "В это же время справку выдали и в другом месте, номера заняты. Повторите: ничего не зарегистрировано.",
        "Another certificate was issued elsewhere at the same time and took the numbers. Try again: nothing"
        " was registered."),
    "certificate.cancelled": (
        "Токтотулду: эч бир маалым кат катталган жок.", "Отменено: ни одна справка не зарегистрирована.",
        "Cancelled: no certificate was registered."),
    "certificate.verify_valid": (
        "ЧЫНЫГЫ: № {number}, {issued_on}, {template}, {person_name}.",
        "ПОДЛИННАЯ: № {number}, {issued_on}, {template}, {person_name}.",
        "VALID: No. {number}, {issued_on}, {template}, {person_name}."),
    "certificate.verify_void": (
        "ЖОККО ЧЫГАРЫЛГАН: № {number}, {issued_on}. Себеби: {void_reason}.",
        "АННУЛИРОВАНА: № {number}, {issued_on}. Причина: {void_reason}.",
        "VOID: No. {number}, {issued_on}. Reason: {void_reason}."),
    "certificate.verify_forged.malformed": (
        "ЖАСАЛМА: QR коддогу текст Kense маалым катыныкы эмес.",
        "ПОДДЕЛКА: текст QR-кода не является справкой Kense.",
        "FORGED: the QR text is not a Kense certificate."),
    "certificate.verify_forged.other_school": (
        "ЖАСАЛМА же башка мектептики: маалым кат бул мектептен берилген эмес.",
        "ПОДДЕЛКА или справка другой школы: выдана не этой школой.",
        "FORGED or another school's: this school did not issue it."),
    "certificate.verify_forged.bad_checksum": (
        "ЖАСАЛМА: текшерүү коду дал келбейт (номер, күн же код өзгөртүлгөн).",
        "ПОДДЕЛКА: код проверки не совпадает (номер, дата или код изменены).",
        "FORGED: the check code does not match (the number, date or code was changed)."),
    "certificate.verify_forged.not_in_register": (
        "ЖАСАЛМА же реестрден жоголгон: № {number} ({issued_on}) реестрде жок.",
        "ПОДДЕЛКА или утрачена в реестре: № {number} ({issued_on}) в реестре нет.",
        "FORGED or missing from the register: No. {number} ({issued_on}) is not there."),
    "legal.unknown": (
        "«{key}» деген мыйзамдык текст жок.", "Юридического текста «{key}» нет.",
        "There is no legal text \"{key}\"."),
    "legal.empty": ("Текст бош болбошу керек.", "Текст не может быть пустым.", "The text cannot be empty."),
    "print.removable_refused": (
        "Жеке маалыматтарды алынма дискке (флешкага) жазууга тыюу салынган (жобо, 6.5-пункт). Администратор"
        " уруксат бериши керек: allow_removable_export. Басып чыгаруу — кадимки жол.",
        "Запись персональных данных на съёмный диск (флешку) запрещена (положение, п. 6.5). Разрешить может"
        " администратор: allow_removable_export. Обычный путь — печать.",
        "Writing personal data to a removable drive is forbidden (regulation 6.5) unless the administrator"
        " allows it: allow_removable_export. Printing is the normal way out."),
    "print.bad_period": (
        "Мөөнөт туура эмес: башталышы аягынан кийин болбошу керек.",
        "Неверный период: начало не может быть позже конца.",
        "Wrong period: the start cannot be after the end."),
    "print.bad_column": (
        "«{column}» деген тилке жок. Болгону: {columns}.", "Столбца «{column}» нет. Есть: {columns}.",
        "There is no column \"{column}\". Available: {columns}."),
    "print.no_classes": (
        "Бул окуу жылында класстар жок.", "В этом учебном году нет классов.", "There are no classes this year."),
})
