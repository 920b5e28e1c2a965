"""Names the command line and the screens need before anything is printed: the certificate kinds, the
languages a form is printed in and the optional class-list columns. Kept apart from the templates so that
reading them does not load the PDF toolkit (half of every command's start-up time before)."""

from __future__ import annotations

CERTIFICATE_KINDS = ("study", "employment", "transfer")
FORM_LANGS = ("ky", "ru")
CLASS_LIST_COLUMNS = ("sex", "birth_date", "book", "pin", "address")
