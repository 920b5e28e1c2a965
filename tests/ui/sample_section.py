"""A form section like the ones other subsystems build: a half-filled form and a model holding PD."""

from __future__ import annotations

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QLineEdit, QTableView, QVBoxLayout, QWidget

from app.security.session import Session
from ui.sections import SectionSpec, SectionWidget, register_section

PD_NAME = "Өмүрбекова Жибек Таалайбековна"
cleared: list[str] = []
restored: list[dict] = []


class FormSection(SectionWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("formSection")
        self.surname = QLineEdit()
        self.surname.setObjectName("surname")
        self.model = QStandardItemModel(0, 1, self)
        self.model.appendRow([QStandardItem(PD_NAME)])
        self.view = QTableView()
        self.view.setModel(self.model)
        layout = QVBoxLayout(self)
        layout.addWidget(self.surname)
        layout.addWidget(self.view)

    def save_draft(self) -> dict | None:
        return {"surname": self.surname.text()} if self.surname.text() else None

    def restore_draft(self, draft: dict) -> None:
        restored.append(draft)
        self.surname.setText(draft.get("surname", ""))

    def clear_personal_data(self) -> None:
        cleared.append("form")
        self.model.clear()
        self.surname.clear()


def register() -> None:
    register_section(SectionSpec("pupils", lambda: "Pupils", FormSection, None))
