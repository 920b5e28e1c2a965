-- Schema v2: pupils, guardians, consents, staff, classes, enrolments, movements, change history,
-- destruction acts, and the classifiers they refer to. Personal data lives only in this encrypted
-- file. Dates are ISO 8601 text (YYYY-MM-DD); timestamps UTC ISO 8601 with 'Z'.

-- ---------------------------------------------------------------- classifiers (reference tables)
-- Each has a stable code, names in Kyrgyz, Russian and English, an order, and an "active" flag so a
-- retired entry stays readable on old records. They are updated by migrations or the admin, never
-- typed freely on a record.
CREATE TABLE ref_language (
    code TEXT PRIMARY KEY, name_ky TEXT NOT NULL, name_ru TEXT NOT NULL, name_en TEXT NOT NULL,
    sort_order INTEGER NOT NULL DEFAULT 0, active INTEGER NOT NULL DEFAULT 1
);
INSERT INTO ref_language (code, name_ky, name_ru, name_en, sort_order) VALUES
    ('ky', 'кыргыз тили', 'кыргызский', 'Kyrgyz', 1),
    ('ru', 'орус тили', 'русский', 'Russian', 2),
    ('uz', 'өзбек тили', 'узбекский', 'Uzbek', 3),
    ('tg', 'тажик тили', 'таджикский', 'Tajik', 4),
    ('en', 'англис тили', 'английский', 'English', 5);

CREATE TABLE ref_country (
    code TEXT PRIMARY KEY, name_ky TEXT NOT NULL, name_ru TEXT NOT NULL, name_en TEXT NOT NULL,
    sort_order INTEGER NOT NULL DEFAULT 0, active INTEGER NOT NULL DEFAULT 1
);
INSERT INTO ref_country (code, name_ky, name_ru, name_en, sort_order) VALUES
    ('KG', 'Кыргыз Республикасы', 'Кыргызская Республика', 'Kyrgyz Republic', 1),
    ('KZ', 'Казакстан', 'Казахстан', 'Kazakhstan', 2),
    ('RU', 'Россия', 'Россия', 'Russia', 3),
    ('UZ', 'Өзбекстан', 'Узбекистан', 'Uzbekistan', 4),
    ('TJ', 'Тажикстан', 'Таджикистан', 'Tajikistan', 5),
    ('XX', 'жарандыгы жок', 'без гражданства', 'stateless', 9);

CREATE TABLE ref_benefit (
    code TEXT PRIMARY KEY, name_ky TEXT NOT NULL, name_ru TEXT NOT NULL, name_en TEXT NOT NULL,
    sort_order INTEGER NOT NULL DEFAULT 0, active INTEGER NOT NULL DEFAULT 1
);
INSERT INTO ref_benefit (code, name_ky, name_ru, name_en, sort_order) VALUES
    ('orphan', 'жетим', 'сирота', 'orphan', 1),
    ('no_parental_care', 'ата-эненин камкордугусуз калган', 'оставшийся без попечения родителей', 'without parental care', 2),
    ('disability', 'ден соолугунун мүмкүнчүлүгү чектелген', 'ограниченные возможности здоровья', 'disability', 3),
    ('low_income', 'аз камсыз болгон үй-бүлө', 'малообеспеченная семья', 'low-income family', 4),
    ('large_family', 'көп балалуу үй-бүлө', 'многодетная семья', 'large family', 5);

-- Sensitive categories: kept only with a stated purpose (pupil_flag.purpose is required).
CREATE TABLE ref_sensitive_flag (
    code TEXT PRIMARY KEY, name_ky TEXT NOT NULL, name_ru TEXT NOT NULL, name_en TEXT NOT NULL,
    sort_order INTEGER NOT NULL DEFAULT 0, active INTEGER NOT NULL DEFAULT 1
);
INSERT INTO ref_sensitive_flag (code, name_ky, name_ru, name_en, sort_order) VALUES
    ('health_limits', 'ден соолугу боюнча чектөөлөр', 'ограничения по здоровью', 'health limitations', 1),
    ('social_support', 'социалдык колдоо', 'социальная поддержка', 'social support', 2),
    ('home_schooling', 'үйдөн окутуу', 'обучение на дому', 'home schooling', 3);

CREATE TABLE ref_relation (
    code TEXT PRIMARY KEY, name_ky TEXT NOT NULL, name_ru TEXT NOT NULL, name_en TEXT NOT NULL,
    sort_order INTEGER NOT NULL DEFAULT 0, active INTEGER NOT NULL DEFAULT 1
);
INSERT INTO ref_relation (code, name_ky, name_ru, name_en, sort_order) VALUES
    ('mother', 'энеси', 'мать', 'mother', 1),
    ('father', 'атасы', 'отец', 'father', 2),
    ('guardian', 'камкорчусу', 'опекун', 'guardian', 3),
    ('grandparent', 'чоң атасы / чоң энеси', 'дедушка / бабушка', 'grandparent', 4),
    ('other', 'башка', 'другое', 'other', 9);

CREATE TABLE ref_consent_scope (
    code TEXT PRIMARY KEY, name_ky TEXT NOT NULL, name_ru TEXT NOT NULL, name_en TEXT NOT NULL,
    sort_order INTEGER NOT NULL DEFAULT 0, active INTEGER NOT NULL DEFAULT 1
);
INSERT INTO ref_consent_scope (code, name_ky, name_ru, name_en, sort_order) VALUES
    ('processing', 'жеке маалыматтарды иштетүү', 'обработка персональных данных', 'processing of personal data', 1),
    ('transfer_district', 'райондук билим берүү бөлүмүнө берүү', 'передача в районный отдел образования', 'transfer to the district education department', 2),
    ('photo', 'сүрөт', 'фотографии', 'photographs', 3);

CREATE TABLE ref_movement_reason (
    code TEXT PRIMARY KEY, name_ky TEXT NOT NULL, name_ru TEXT NOT NULL, name_en TEXT NOT NULL,
    sort_order INTEGER NOT NULL DEFAULT 0, active INTEGER NOT NULL DEFAULT 1
);
INSERT INTO ref_movement_reason (code, name_ky, name_ru, name_en, sort_order) VALUES
    ('family_moved', 'үй-бүлөсү көчүп кеткен', 'переезд семьи', 'family moved', 1),
    ('other_school', 'башка мектепке которулган', 'перевод в другую школу', 'transfer to another school', 2),
    ('abroad', 'чет өлкөгө кеткен', 'выезд за рубеж', 'moved abroad', 3),
    ('vocational', 'кесиптик окуу жайына өткөн', 'поступление в профессиональное учебное заведение', 'vocational school', 4),
    ('health', 'ден соолугу боюнча', 'по состоянию здоровья', 'health', 5),
    ('death', 'каза болгон', 'смерть', 'death', 6),
    ('other', 'башка себеп', 'другая причина', 'other', 9);

CREATE TABLE ref_position (
    code TEXT PRIMARY KEY, name_ky TEXT NOT NULL, name_ru TEXT NOT NULL, name_en TEXT NOT NULL,
    sort_order INTEGER NOT NULL DEFAULT 0, active INTEGER NOT NULL DEFAULT 1
);
INSERT INTO ref_position (code, name_ky, name_ru, name_en, sort_order) VALUES
    ('director', 'мектептин директору', 'директор школы', 'head teacher', 1),
    ('deputy_study', 'окуу иштери боюнча директордун орун басары', 'заместитель директора по учебной работе', 'deputy head (teaching)', 2),
    ('deputy_upbringing', 'тарбия иштери боюнча директордун орун басары', 'заместитель директора по воспитательной работе', 'deputy head (pastoral)', 3),
    ('teacher', 'мугалим', 'учитель', 'teacher', 4),
    ('primary_teacher', 'башталгыч класстардын мугалими', 'учитель начальных классов', 'primary teacher', 5),
    ('librarian', 'китепканачы', 'библиотекарь', 'librarian', 6),
    ('psychologist', 'психолог', 'психолог', 'psychologist', 7),
    ('social_pedagogue', 'социалдык педагог', 'социальный педагог', 'social pedagogue', 8),
    ('secretary', 'катчы', 'секретарь', 'secretary', 9),
    ('accountant', 'бухгалтер', 'бухгалтер', 'accountant', 10),
    ('caretaker', 'чарба башкаруучу', 'завхоз', 'caretaker', 11),
    ('technical', 'техникалык кызматкер', 'технический работник', 'technical staff', 12);

CREATE TABLE ref_qualification (
    code TEXT PRIMARY KEY, name_ky TEXT NOT NULL, name_ru TEXT NOT NULL, name_en TEXT NOT NULL,
    sort_order INTEGER NOT NULL DEFAULT 0, active INTEGER NOT NULL DEFAULT 1
);
INSERT INTO ref_qualification (code, name_ky, name_ru, name_en, sort_order) VALUES
    ('none', 'категориясы жок', 'без категории', 'no category', 1),
    ('second', 'экинчи категория', 'вторая категория', 'second category', 2),
    ('first', 'биринчи категория', 'первая категория', 'first category', 3),
    ('highest', 'жогорку категория', 'высшая категория', 'highest category', 4);

CREATE TABLE ref_education (
    code TEXT PRIMARY KEY, name_ky TEXT NOT NULL, name_ru TEXT NOT NULL, name_en TEXT NOT NULL,
    sort_order INTEGER NOT NULL DEFAULT 0, active INTEGER NOT NULL DEFAULT 1
);
INSERT INTO ref_education (code, name_ky, name_ru, name_en, sort_order) VALUES
    ('higher', 'жогорку', 'высшее', 'higher', 1),
    ('incomplete_higher', 'толук эмес жогорку', 'неполное высшее', 'incomplete higher', 2),
    ('secondary_vocational', 'орто кесиптик', 'среднее профессиональное', 'secondary vocational', 3),
    ('secondary', 'орто', 'среднее', 'secondary', 4);

CREATE TABLE ref_subject (
    code TEXT PRIMARY KEY, name_ky TEXT NOT NULL, name_ru TEXT NOT NULL, name_en TEXT NOT NULL,
    sort_order INTEGER NOT NULL DEFAULT 0, active INTEGER NOT NULL DEFAULT 1
);
INSERT INTO ref_subject (code, name_ky, name_ru, name_en, sort_order) VALUES
    ('kyrgyz', 'кыргыз тили жана адабияты', 'кыргызский язык и литература', 'Kyrgyz language and literature', 1),
    ('russian', 'орус тили жана адабияты', 'русский язык и литература', 'Russian language and literature', 2),
    ('english', 'англис тили', 'английский язык', 'English', 3),
    ('math', 'математика', 'математика', 'mathematics', 4),
    ('physics', 'физика', 'физика', 'physics', 5),
    ('chemistry', 'химия', 'химия', 'chemistry', 6),
    ('biology', 'биология', 'биология', 'biology', 7),
    ('history', 'тарых', 'история', 'history', 8),
    ('geography', 'география', 'география', 'geography', 9),
    ('informatics', 'информатика', 'информатика', 'computer science', 10),
    ('pe', 'дене тарбия', 'физическая культура', 'physical education', 11),
    ('music', 'музыка', 'музыка', 'music', 12),
    ('art', 'сүрөт', 'изобразительное искусство', 'art', 13),
    ('primary', 'башталгыч класстар', 'начальные классы', 'primary classes', 14);

-- Oblasts, the two cities of republican significance, and districts (parent = oblast). The official
-- classifier is ГК СОАТЕ; rural municipalities were merged in 2024–25, so this table is updatable.
CREATE TABLE ref_region (
    code TEXT PRIMARY KEY, name_ky TEXT NOT NULL, name_ru TEXT NOT NULL, name_en TEXT NOT NULL,
    sort_order INTEGER NOT NULL DEFAULT 0, active INTEGER NOT NULL DEFAULT 1,
    kind TEXT NOT NULL CHECK (kind IN ('oblast', 'city', 'district')),
    parent_code TEXT REFERENCES ref_region (code)
);
INSERT INTO ref_region (code, name_ky, name_ru, name_en, sort_order, kind, parent_code) VALUES
    ('bishkek', 'Бишкек шаары', 'г. Бишкек', 'Bishkek city', 1, 'city', NULL),
    ('osh_city', 'Ош шаары', 'г. Ош', 'Osh city', 2, 'city', NULL),
    ('batken', 'Баткен облусу', 'Баткенская область', 'Batken region', 3, 'oblast', NULL),
    ('jalal_abad', 'Жалал-Абад облусу', 'Джалал-Абадская область', 'Jalal-Abad region', 4, 'oblast', NULL),
    ('issyk_kul', 'Ысык-Көл облусу', 'Иссык-Кульская область', 'Issyk-Kul region', 5, 'oblast', NULL),
    ('naryn', 'Нарын облусу', 'Нарынская область', 'Naryn region', 6, 'oblast', NULL),
    ('osh', 'Ош облусу', 'Ошская область', 'Osh region', 7, 'oblast', NULL),
    ('talas', 'Талас облусу', 'Таласская область', 'Talas region', 8, 'oblast', NULL),
    ('chui', 'Чүй облусу', 'Чуйская область', 'Chüy region', 9, 'oblast', NULL),
    ('batken.batken', 'Баткен району', 'Баткенский район', 'Batken district', 10, 'district', 'batken'),
    ('batken.leilek', 'Лейлек району', 'Лейлекский район', 'Leilek district', 11, 'district', 'batken'),
    ('batken.kadamjai', 'Кадамжай району', 'Кадамжайский район', 'Kadamjai district', 12, 'district', 'batken'),
    ('jalal_abad.aksy', 'Аксы району', 'Аксыйский район', 'Aksy district', 13, 'district', 'jalal_abad'),
    ('jalal_abad.ala_buka', 'Ала-Бука району', 'Ала-Букинский район', 'Ala-Buka district', 14, 'district', 'jalal_abad'),
    ('jalal_abad.bazar_korgon', 'Базар-Коргон району', 'Базар-Коргонский район', 'Bazar-Korgon district', 15, 'district', 'jalal_abad'),
    ('jalal_abad.nooken', 'Ноокен району', 'Ноокенский район', 'Nooken district', 16, 'district', 'jalal_abad'),
    ('jalal_abad.suzak', 'Сузак району', 'Сузакский район', 'Suzak district', 17, 'district', 'jalal_abad'),
    ('jalal_abad.toguz_toro', 'Тогуз-Торо району', 'Тогуз-Тороуский район', 'Toguz-Toro district', 18, 'district', 'jalal_abad'),
    ('jalal_abad.toktogul', 'Токтогул району', 'Токтогульский район', 'Toktogul district', 19, 'district', 'jalal_abad'),
    ('jalal_abad.chatkal', 'Чаткал району', 'Чаткальский район', 'Chatkal district', 20, 'district', 'jalal_abad'),
    ('issyk_kul.ak_suu', 'Ак-Суу району', 'Ак-Суйский район', 'Ak-Suu district', 21, 'district', 'issyk_kul'),
    ('issyk_kul.jeti_oguz', 'Жети-Өгүз району', 'Джети-Огузский район', 'Jeti-Oguz district', 22, 'district', 'issyk_kul'),
    ('issyk_kul.issyk_kul', 'Ысык-Көл району', 'Иссык-Кульский район', 'Issyk-Kul district', 23, 'district', 'issyk_kul'),
    ('issyk_kul.ton', 'Тоң району', 'Тонский район', 'Ton district', 24, 'district', 'issyk_kul'),
    ('issyk_kul.tup', 'Түп району', 'Тюпский район', 'Tüp district', 25, 'district', 'issyk_kul'),
    ('naryn.ak_talaa', 'Ак-Талаа району', 'Ак-Талинский район', 'Ak-Talaa district', 26, 'district', 'naryn'),
    ('naryn.at_bashy', 'Ат-Башы району', 'Ат-Башинский район', 'At-Bashy district', 27, 'district', 'naryn'),
    ('naryn.jumgal', 'Жумгал району', 'Джумгальский район', 'Jumgal district', 28, 'district', 'naryn'),
    ('naryn.kochkor', 'Кочкор району', 'Кочкорский район', 'Kochkor district', 29, 'district', 'naryn'),
    ('naryn.naryn', 'Нарын району', 'Нарынский район', 'Naryn district', 30, 'district', 'naryn'),
    ('osh.alai', 'Алай району', 'Алайский район', 'Alai district', 31, 'district', 'osh'),
    ('osh.aravan', 'Араван району', 'Араванский район', 'Aravan district', 32, 'district', 'osh'),
    ('osh.kara_kulja', 'Кара-Кулжа району', 'Кара-Кульджинский район', 'Kara-Kulja district', 33, 'district', 'osh'),
    ('osh.kara_suu', 'Кара-Суу району', 'Кара-Суйский район', 'Kara-Suu district', 34, 'district', 'osh'),
    ('osh.nookat', 'Ноокат району', 'Ноокатский район', 'Nookat district', 35, 'district', 'osh'),
    ('osh.uzgen', 'Өзгөн району', 'Узгенский район', 'Özgön district', 36, 'district', 'osh'),
    ('osh.chong_alai', 'Чоң-Алай району', 'Чон-Алайский район', 'Chong-Alai district', 37, 'district', 'osh'),
    ('talas.bakai_ata', 'Бакай-Ата району', 'Бакай-Атинский район', 'Bakai-Ata district', 38, 'district', 'talas'),
    ('talas.kara_buura', 'Кара-Буура району', 'Кара-Бууринский район', 'Kara-Buura district', 39, 'district', 'talas'),
    ('talas.manas', 'Манас району', 'Манасский район', 'Manas district', 40, 'district', 'talas'),
    ('talas.talas', 'Талас району', 'Таласский район', 'Talas district', 41, 'district', 'talas'),
    ('chui.alamudun', 'Аламүдүн району', 'Аламединский район', 'Alamüdün district', 42, 'district', 'chui'),
    ('chui.jaiyl', 'Жайыл району', 'Жайыльский район', 'Jaiyl district', 43, 'district', 'chui'),
    ('chui.kemin', 'Кемин району', 'Кеминский район', 'Kemin district', 44, 'district', 'chui'),
    ('chui.moskva', 'Москва району', 'Московский район', 'Moskva district', 45, 'district', 'chui'),
    ('chui.panfilov', 'Панфилов району', 'Панфиловский район', 'Panfilov district', 46, 'district', 'chui'),
    ('chui.sokuluk', 'Сокулук району', 'Сокулукский район', 'Sokuluk district', 47, 'district', 'chui'),
    ('chui.chui', 'Чүй району', 'Чуйский район', 'Chüy district', 48, 'district', 'chui'),
    ('chui.ysyk_ata', 'Ысык-Ата району', 'Иссык-Атинский район', 'Ysyk-Ata district', 49, 'district', 'chui');

-- ---------------------------------------------------------------- classes
CREATE TABLE class (
    id              TEXT PRIMARY KEY,
    academic_year   TEXT NOT NULL CHECK (academic_year GLOB '[0-9][0-9][0-9][0-9]/[0-9][0-9][0-9][0-9]'),
    grade           INTEGER NOT NULL CHECK (grade BETWEEN 1 AND 12),
    letter          TEXT NOT NULL CHECK (length(letter) BETWEEN 1 AND 3),
    language        TEXT NOT NULL REFERENCES ref_language (code),
    teacher_user_id TEXT REFERENCES app_user (id),  -- the class teacher sees this class only
    created_at      TEXT NOT NULL,
    UNIQUE (academic_year, grade, letter)
);

-- ---------------------------------------------------------------- pupils
CREATE TABLE pupil (
    id                TEXT PRIMARY KEY,
    surname           TEXT NOT NULL CHECK (length(surname) > 0),
    given_name        TEXT NOT NULL CHECK (length(given_name) > 0),
    patronymic        TEXT NOT NULL DEFAULT '',
    sex               TEXT NOT NULL CHECK (sex IN ('F', 'M')),
    birth_date        TEXT,
    birth_place       TEXT NOT NULL DEFAULT '',
    citizenship       TEXT REFERENCES ref_country (code),
    pin               TEXT UNIQUE CHECK (pin IS NULL OR (length(pin) = 14 AND pin NOT GLOB '*[^0-9]*')),
    birth_cert_series TEXT NOT NULL DEFAULT '',
    birth_cert_number TEXT NOT NULL DEFAULT '',
    birth_cert_date   TEXT,
    birth_cert_issuer TEXT NOT NULL DEFAULT '',
    book_letter       TEXT,                     -- alphabetical book: "Ө/7" = letter Ө, number 7
    book_number       INTEGER,
    reg_region        TEXT REFERENCES ref_region (code),
    reg_address       TEXT NOT NULL DEFAULT '',
    act_region        TEXT REFERENCES ref_region (code),
    act_address       TEXT NOT NULL DEFAULT '',
    language          TEXT REFERENCES ref_language (code),
    benefit           TEXT REFERENCES ref_benefit (code),
    mektep_app_number TEXT NOT NULL DEFAULT '', -- AIS "Mektep" first-grade application number
    status            TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'left', 'graduated')),
    sort_key          TEXT NOT NULL,            -- Kyrgyz-alphabet collation key of the full name
    search_rowid      INTEGER NOT NULL UNIQUE,  -- this record's row in pupil_search (stable: not rowid)
    blocked_at        TEXT,                     -- blocked: frozen, hidden from lists, still auditable
    blocked_by        TEXT REFERENCES app_user (id),
    depersonalised_at TEXT,
    created_at        TEXT NOT NULL,
    created_by        TEXT REFERENCES app_user (id),
    updated_at        TEXT NOT NULL,
    UNIQUE (book_letter, book_number)
);
-- Covering indexes for the list and the search: ids come out in alphabetical order without reading
-- the (large, encrypted) table pages; measured 6x faster at 20,000 pupils (bench/people_bench.py).
CREATE INDEX pupil_list ON pupil (status, blocked_at, sort_key, id, search_rowid);
CREATE INDEX pupil_search_cover ON pupil (search_rowid, status, blocked_at, sort_key, id);
CREATE INDEX pupil_name_birth ON pupil (birth_date, sort_key);

-- Search: Cyrillic-case-folding tokens (unicode61 folds case; remove_diacritics 0 keeps ө ү ң apart
-- from о у н). The text is normalised in Python first (ё -> е, look-alikes -> Kyrgyz letters).
CREATE VIRTUAL TABLE pupil_search USING fts5 (
    names, pin, book, tokenize = 'unicode61 remove_diacritics 0'
);

CREATE TABLE pupil_flag (
    pupil_id TEXT NOT NULL REFERENCES pupil (id) ON DELETE CASCADE,
    flag     TEXT NOT NULL REFERENCES ref_sensitive_flag (code),
    purpose  TEXT NOT NULL CHECK (length(trim(purpose)) > 0),
    set_at   TEXT NOT NULL,
    set_by   TEXT REFERENCES app_user (id),
    PRIMARY KEY (pupil_id, flag)
);

CREATE TABLE guardian (
    id         TEXT PRIMARY KEY,
    pupil_id   TEXT NOT NULL REFERENCES pupil (id) ON DELETE CASCADE,
    relation   TEXT NOT NULL REFERENCES ref_relation (code),
    surname    TEXT NOT NULL CHECK (length(surname) > 0),
    given_name TEXT NOT NULL DEFAULT '',
    patronymic TEXT NOT NULL DEFAULT '',
    pin        TEXT CHECK (pin IS NULL OR length(pin) = 14),
    phone      TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE INDEX guardian_pupil ON guardian (pupil_id);

-- ---------------------------------------------------------------- staff
CREATE TABLE staff (
    id                TEXT PRIMARY KEY,
    surname           TEXT NOT NULL CHECK (length(surname) > 0),
    given_name        TEXT NOT NULL CHECK (length(given_name) > 0),
    patronymic        TEXT NOT NULL DEFAULT '',
    sex               TEXT NOT NULL CHECK (sex IN ('F', 'M')),
    birth_date        TEXT,
    pin               TEXT UNIQUE CHECK (pin IS NULL OR (length(pin) = 14 AND pin NOT GLOB '*[^0-9]*')),
    id_card_series    TEXT NOT NULL DEFAULT '',
    id_card_number    TEXT NOT NULL DEFAULT '',
    reg_region        TEXT REFERENCES ref_region (code),
    address           TEXT NOT NULL DEFAULT '',
    phone             TEXT NOT NULL DEFAULT '',
    education         TEXT REFERENCES ref_education (code),
    diploma           TEXT NOT NULL DEFAULT '',  -- institution, specialty, number, year
    qualification     TEXT REFERENCES ref_qualification (code),
    position          TEXT REFERENCES ref_position (code),
    workload_hours    REAL CHECK (workload_hours IS NULL OR workload_hours BETWEEN 0 AND 60),
    hire_date         TEXT,
    hire_order        TEXT NOT NULL DEFAULT '',
    dismissal_date    TEXT,
    dismissal_order   TEXT NOT NULL DEFAULT '',
    prior_service_months INTEGER NOT NULL DEFAULT 0 CHECK (prior_service_months >= 0),
    sort_key          TEXT NOT NULL,
    search_rowid      INTEGER NOT NULL UNIQUE,
    blocked_at        TEXT,
    blocked_by        TEXT REFERENCES app_user (id),
    depersonalised_at TEXT,
    created_at        TEXT NOT NULL,
    created_by        TEXT REFERENCES app_user (id),
    updated_at        TEXT NOT NULL
);
CREATE INDEX staff_sort ON staff (sort_key);
CREATE VIRTUAL TABLE staff_search USING fts5 (
    names, pin, tokenize = 'unicode61 remove_diacritics 0'
);

CREATE TABLE staff_subject (
    staff_id TEXT NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
    subject  TEXT NOT NULL REFERENCES ref_subject (code),
    PRIMARY KEY (staff_id, subject)
);

-- ---------------------------------------------------------------- consent (Resolution No. 759)
CREATE TABLE consent (
    id            TEXT PRIMARY KEY,
    pupil_id      TEXT REFERENCES pupil (id) ON DELETE CASCADE,
    staff_id      TEXT REFERENCES staff (id) ON DELETE CASCADE,
    guardian_id   TEXT REFERENCES guardian (id) ON DELETE SET NULL,  -- who signed (NULL: the person)
    signer_name   TEXT NOT NULL CHECK (length(signer_name) > 0),
    signed_on     TEXT NOT NULL,
    text_version  TEXT NOT NULL CHECK (length(text_version) > 0),
    scope         TEXT NOT NULL REFERENCES ref_consent_scope (code),
    withdrawn_on  TEXT,
    created_at    TEXT NOT NULL,
    created_by    TEXT REFERENCES app_user (id),
    CHECK ((pupil_id IS NULL) <> (staff_id IS NULL))
);
CREATE INDEX consent_pupil ON consent (pupil_id);
CREATE INDEX consent_staff ON consent (staff_id);

-- ---------------------------------------------------------------- enrolment and movement
CREATE TABLE movement (
    id            TEXT PRIMARY KEY,
    pupil_id      TEXT NOT NULL REFERENCES pupil (id) ON DELETE CASCADE,
    kind          TEXT NOT NULL CHECK (kind IN ('admission', 'transfer_in', 'transfer_out', 'promotion',
                                                'grade_jump', 'repeat', 'graduation', 'withdrawal')),
    date          TEXT NOT NULL,
    order_number  TEXT NOT NULL DEFAULT '',
    from_class_id TEXT REFERENCES class (id),
    to_class_id   TEXT REFERENCES class (id),
    other_school  TEXT NOT NULL DEFAULT '',   -- destination (transfer out) or origin (transfer in)
    reason        TEXT REFERENCES ref_movement_reason (code),
    created_at    TEXT NOT NULL,
    created_by    TEXT REFERENCES app_user (id)
);
CREATE INDEX movement_pupil ON movement (pupil_id, date);

CREATE TABLE enrolment (
    id          TEXT PRIMARY KEY,
    pupil_id    TEXT NOT NULL REFERENCES pupil (id) ON DELETE CASCADE,
    class_id    TEXT NOT NULL REFERENCES class (id),
    start_date  TEXT NOT NULL,
    end_date    TEXT,                         -- NULL: current
    start_movement_id TEXT REFERENCES movement (id) ON DELETE SET NULL,
    end_movement_id   TEXT REFERENCES movement (id) ON DELETE SET NULL
);
CREATE INDEX enrolment_class ON enrolment (class_id, end_date);
CREATE INDEX enrolment_pupil ON enrolment (pupil_id, end_date);
-- One current enrolment per pupil.
CREATE UNIQUE INDEX enrolment_current ON enrolment (pupil_id) WHERE end_date IS NULL;

-- ---------------------------------------------------------------- history and PD operations
-- Every change to a person: who, when, which fields; the previous values are kept for correction
-- history (inside the encrypted file) and wiped by depersonalisation or destruction.
CREATE TABLE person_history (
    id          TEXT PRIMARY KEY,
    person_kind TEXT NOT NULL CHECK (person_kind IN ('pupil', 'staff')),
    person_id   TEXT NOT NULL,
    at          TEXT NOT NULL,
    user_id     TEXT REFERENCES app_user (id),
    action      TEXT NOT NULL,
    fields      TEXT NOT NULL DEFAULT '[]',   -- JSON list of field names
    old_values  TEXT                          -- JSON object, NULL once depersonalised
);
CREATE INDEX person_history_person ON person_history (person_kind, person_id, at);

-- What stays after a destruction: an act, naming no one (the destroyed record is gone).
CREATE TABLE destruction_act (
    id           TEXT PRIMARY KEY,
    number       INTEGER NOT NULL UNIQUE,
    person_kind  TEXT NOT NULL CHECK (person_kind IN ('pupil', 'staff')),
    person_id    TEXT NOT NULL,
    destroyed_at TEXT NOT NULL,
    destroyed_by TEXT REFERENCES app_user (id),
    reason       TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    items        TEXT NOT NULL                -- JSON: what was destroyed (table names and counts)
);
