"""Messages of the people subsystem (Kyrgyz, Russian, English)."""

from __future__ import annotations

from app.i18n import register

register({
    # PIN
    "pin.format": ("ПИН сандардан гана турушу керек.", "ПИН должен состоять только из цифр.",
                   "The PIN must consist of digits only."),
    "pin.length": ("ПИН 14 сандан турушу керек (азыр {length}).", "ПИН должен содержать 14 цифр (сейчас {length}).",
                   "The PIN must have 14 digits (it has {length})."),
    "pin.first_digit": ("ПИНдин биринчи саны 1 (аял) же 2 (эркек) болушу керек.",
                        "Первая цифра ПИН должна быть 1 (женский) или 2 (мужской).",
                        "The first digit of the PIN must be 1 (female) or 2 (male)."),
    "pin.bad_date": ("ПИНдин 2–9-сандары чыныгы туулган күн эмес (ККААЖЖЖЖ).",
                     "Цифры 2–9 ПИН не являются реальной датой рождения (ДДММГГГГ).",
                     "Digits 2–9 of the PIN are not a real birth date (DDMMYYYY)."),
    "pin.digits_lost": ("ПИН илимий жазылышта сакталган (мисалы 2,06E+13) — сандары жоголгон. ПИНди"
                        " документтен кайра териңиз.",
                        "ПИН сохранён в экспоненциальной записи (например 2,06E+13) — цифры потеряны."
                        " Введите ПИН заново по документу.",
                        "The PIN was stored in scientific notation (e.g. 2.06E+13) and its digits are lost."
                        " Type it again from the document."),
    "pin.warn_birth_date": ("ПИНдеги туулган күн жазуудагы туулган күнгө дал келбейт.",
                            "Дата рождения в ПИН не совпадает с датой рождения в записи.",
                            "The birth date in the PIN differs from the record's birth date."),
    "pin.warn_sex": ("ПИНдеги жынысы жазуудагы жынысына дал келбейт.",
                     "Пол по ПИН не совпадает с полом в записи.",
                     "The sex in the PIN differs from the record's sex."),
    "pin.duplicate": ("Бул ПИН менен жазуу мурунтан бар.", "Запись с таким ПИН уже есть.",
                      "A record with this PIN already exists."),
    # values
    "value.bad_date": ("{field}: туура эмес дата (мисалы 01.09.2015).", "{field}: неверная дата (например 01.09.2015).",
                       "{field}: not a valid date (e.g. 01.09.2015)."),
    "value.future_date": ("{field}: дата келечекте болбошу керек.", "{field}: дата не может быть в будущем.",
                          "{field}: the date cannot be in the future."),
    "value.sex_missing": ("Жынысын көрсөтүңүз.", "Укажите пол.", "Give the sex."),
    "value.bad_sex": ("Жынысы туура эмес (Э/К, М/Ж же M/F).", "Пол указан неверно (М/Ж, Э/К или M/F).",
                      "Sex not recognised (M/F, М/Ж or Э/К)."),
    "value.letters_lost": ("{field}: кээ бир тамгалар «?» болуп калган — файл Windows-1251 коддоосунда сакталып,"
                           " Ң Ө Ү жоголгон. Файлды xlsx же UTF-8 CSV катары кайра сактаңыз.",
                           "{field}: часть букв превратилась в «?» — файл сохранён в Windows-1251, и Ң Ө Ү"
                           " потеряны. Сохраните файл заново как xlsx или CSV в UTF-8.",
                           "{field}: some letters became '?' — the file was saved as Windows-1251, which has no"
                           " Ң Ө Ү. Save it again as xlsx or UTF-8 CSV."),
    "value.required": ("{field}: толтуруу милдеттүү.", "{field}: обязательное поле.", "{field}: required."),
    "value.too_long": ("{field}: өтө узун.", "{field}: слишком длинное значение.", "{field}: too long."),
    "value.unknown_code": ("{field}: маалымдамада жок маани.", "{field}: значения нет в справочнике.",
                           "{field}: not in the reference list."),
    "value.bad_number": ("{field}: сан болушу керек.", "{field}: должно быть числом.", "{field}: must be a number."),
    "value.birth_after_today": ("Туулган күн бүгүндөн кийин болбойт.", "Дата рождения не может быть позже сегодняшней.",
                                "The birth date cannot be after today."),
    "value.suspicious": ("{field}: формула сыяктуу маани («=», «+», «-», «@» менен башталат) — кабыл алынбайт.",
                         "{field}: значение похоже на формулу (начинается с «=», «+», «-», «@») — не принимается.",
                         "{field}: looks like a formula (starts with =, +, - or @) — refused."),
    # classes
    "class.bad_name": ("Класстын аталышы туура эмес: «{name}» (мисалы 5-А).", "Неверное название класса: «{name}»"
                       " (например 5-А).", "Not a class name: '{name}' (e.g. 5-А)."),
    "class.bad_year": ("Окуу жылы туура эмес: «{year}» (мисалы 2025/2026).", "Неверный учебный год: «{year}»"
                       " (например 2025/2026).", "Not an academic year: '{year}' (e.g. 2025/2026)."),
    "class.not_found": ("Класс табылган жок: {name}.", "Класс не найден: {name}.", "Class not found: {name}."),
    "class.exists": ("Бул класс бул окуу жылында мурунтан бар: {name}.", "Такой класс в этом учебном году уже есть:"
                     " {name}.", "This class already exists in this academic year: {name}."),
    # people
    "person.not_found": ("Жазуу табылган жок.", "Запись не найдена.", "Record not found."),
    "person.blocked": ("Жазуу бөгөттөлгөн: аны өзгөртүүгө болбойт.", "Запись заблокирована: изменять её нельзя.",
                       "The record is blocked: it cannot be changed."),
    "person.depersonalised": ("Жазуу жеке маалыматтардан ажыратылган.", "Запись обезличена.",
                              "The record has been depersonalised."),
    "person.possible_duplicate": ("Ушундай аты-жөнү жана туулган күнү бар жазуу мурунтан бар. Бул башка адам"
                                  " болсо, ырастаңыз.", "Запись с такими ФИО и датой рождения уже есть. Если это"
                                  " другой человек, подтвердите.", "A record with the same name and birth date"
                                  " already exists. Confirm if this is a different person."),
    "class.not_yours": ("Бул класс сиздики эмес: анын тизмесин басып чыгара албайсыз.",
                        "Это не ваш класс: его список вам не напечатать.",
                        "This is not your class: you cannot print its list."),
    "person.not_in_your_class": ("Бул окуучу сиздин классыңызда эмес.", "Этот ученик не из вашего класса.",
                                 "This pupil is not in your class."),
    "person.reason_required": ("Себебин жазыңыз.", "Укажите причину.", "Give the reason."),
    "person.purpose_required": ("Бул маалыматты сактоонун максатын жазыңыз.", "Укажите цель хранения этих данных.",
                                "State the purpose for keeping this data."),
    # movements
    "movement.bad_type": ("Кыймылдын түрү белгисиз: {kind}. Мүмкүн: {kinds}.", "Неизвестный вид движения: {kind}."
                          " Возможные: {kinds}.", "Unknown movement type: {kind}. Possible: {kinds}."),
    "movement.needs_class": ("Бул кыймыл үчүн класс керек (--class).", "Для этого движения нужен класс (--class).",
                             "This movement needs a class (--class)."),
    "movement.needs_school": ("Кайсы мектепке кеткенин көрсөтүңүз (--to).", "Укажите школу назначения (--to).",
                              "Give the destination school (--to)."),
    "movement.not_enrolled": ("Окуучу азыр эч бир класста эмес.", "Ученик сейчас не числится ни в одном классе.",
                              "The pupil is not in any class now."),
    "movement.already_enrolled": ("Окуучу азыр класста окуйт.", "Ученик уже числится в классе.",
                                  "The pupil is already in a class."),
    "movement.bad_jump": ("Класстан секирүү: {from_grade}→{to_grade} болбойт (3→5 же 6→8 гана).",
                          "Переход {from_grade}→{to_grade} невозможен (только 3→5 или 6→8).",
                          "A grade jump {from_grade}→{to_grade} is not allowed (only 3→5 or 6→8)."),
    "movement.bad_graduation": ("Бүтүрүү 9- же 12-класстан гана (же 11-класстан, эски программа).",
                                "Выпуск только из 9-го или 12-го класса (или 11-го по старой программе).",
                                "Graduation only from grade 9 or 12 (or 11 under the old programme)."),
    "movement.order_required": ("Буйруктун номерин көрсөтүңүз (--order).", "Укажите номер приказа (--order).",
                                "Give the order number (--order)."),
    # rollover
    "rollover.same_year": ("Жаңы окуу жылы азыркыдан кийин болушу керек ({current}).",
                           "Новый учебный год должен идти после текущего ({current}).",
                           "The new academic year must come after the current one ({current})."),
    "rollover.target_not_empty": ("{year} окуу жылында класстарда окуучулар мурунтан бар.",
                                  "В {year} учебном году в классах уже есть ученики.",
                                  "Classes of {year} already have pupils."),
    # import / export
    "import.too_big": ("Файл өтө чоң ({size} МБ, эң көп {limit} МБ).", "Файл слишком большой ({size} МБ, максимум"
                       " {limit} МБ).", "The file is too big ({size} MB; at most {limit} MB)."),
    "import.expands_too_much": ("Файл ачылганда өтө чоң болуп кетет (эң көп {limit} МБ): ал бузулган же атайын"
                                " жасалган. Эч нерсе импорттолгон жок.",
                                "Файл при распаковке становится слишком большим (максимум {limit} МБ): он"
                                " повреждён или подделан. Ничего не импортировано.",
                                "The file unpacks to more than {limit} MB: it is damaged or crafted."
                                " Nothing was imported."),
    "import.cell_too_long": ("Уячада белгилер өтө көп (эң көп {limit}, {row}-сап). Эч нерсе импорттолгон жок.",
                             "В ячейке слишком много символов (максимум {limit}, строка {row})."
                             " Ничего не импортировано.",
                             "A cell holds more than {limit} characters (row {row}). Nothing was imported."),
    "import.too_many_rows": ("Файлда саптар өтө көп (эң көп {limit}).", "В файле слишком много строк (максимум"
                             " {limit}).", "The file has too many rows (at most {limit})."),
    "import.unknown_format": ("Бул файлдын түрү колдоого алынбайт (xlsx, xls, ods, csv гана).",
                              "Этот формат файла не поддерживается (только xlsx, xls, ods, csv).",
                              "This file type is not supported (xlsx, xls, ods or csv only)."),
    "import.unreadable": ("Файлды окуй албадым: ал бузулган же башка түрдө ({format}).",
                          "Не удалось прочитать файл: он повреждён или другого формата ({format}).",
                          "Could not read the file: it is damaged or not really {format}."),
    "import.no_header": ("Файлдан баш сап табылган жок (Фамилиясы, Аты, …).", "В файле не найдена строка"
                         " заголовков (Фамилия, Имя, …).", "No header row found (Surname, Name, …)."),
    "import.missing_columns": ("Милдеттүү тилкелер жок: {columns}. --map менен көрсөтүңүз.",
                               "Нет обязательных столбцов: {columns}. Укажите их через --map.",
                               "Required columns are missing: {columns}. Map them with --map."),
    "import.bad_map": ("--map туура эмес: «{item}» (Тилке=талаа).", "Неверный --map: «{item}» (Столбец=поле).",
                       "Bad --map item: '{item}' (Column=field)."),
    "import.unknown_field": ("Белгисиз талаа: {field}. Мүмкүн: {fields}.", "Неизвестное поле: {field}."
                             " Возможные: {fields}.", "Unknown field: {field}. Possible: {fields}."),
    "import.refused": ("Импорт аткарылган жок: {count} катасы бар сап. Эч нерсе өзгөртүлгөн жок.",
                       "Импорт не выполнен: строк с ошибками — {count}. Ничего не изменено.",
                       "Import refused: {count} rows have errors. Nothing was changed."),
    "import.empty": ("Файлда маалымат жок.", "В файле нет данных.", "The file holds no data."),
    "import.cancelled": ("Импорт токтотулду. Эч нерсе өзгөртүлгөн жок.", "Импорт отменён. Ничего не изменено.",
                         "Import cancelled. Nothing was changed."),
    "import.duplicate_in_file": ("Файлда кайталанат: {other}-сап менен бирдей.", "Повтор в файле: совпадает со"
                                 " строкой {other}.", "Repeated in the file: same as row {other}."),
    "export.removable_refused": ("Жеке маалыматтарды алынуучу дискке (флешкага) жазууга тыюу салынган"
                                 " (жобонун 6.5-пункту). Администратор уруксат бере алат.",
                                 "Запись персональных данных на съёмный носитель запрещена (п. 6.5 положения)."
                                 " Администратор может это разрешить.",
                                 "Writing personal data to a removable drive is not allowed (regulation 6.5)."
                                 " An administrator can allow it."),
    "export.bad_format": ("Экспорт xlsx же csv гана.", "Экспорт только в xlsx или csv.", "Export to xlsx or csv only."),
})
