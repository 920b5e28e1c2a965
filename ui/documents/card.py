"""A document card: the registered fields, the files, the movement timeline (who, when, what, note)
and the actions this user may take. Buttons are hidden where the role has no right; the services
check again."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.documents import attachments, events, queries
from app.documents.model import CLOSED_STATUSES, Document, Kind, Status
from app.errors import KenseError
from app.security.roles import Permission
from app.security.session import Session
from ui import i18n
from ui.documents.files import FileOpener
from ui.documents.model import status_name
from ui.documents.register_dialog import assignable_users, parse_user_date
from ui.documents.texts import error_text, event_name, kind_name, size_text
from ui.people.actions import RecordAction, record_actions
from ui.tasks import ProgressDialog, Task, manager
from ui.widgets import error_label, label, show_error


class AssignDialog(QDialog):
    """Whom to make responsible, by when, with an optional note."""

    def __init__(self, session: Session, reg_date: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assignDialog")
        self.setWindowTitle(self.tr("Assign to"))
        self.reg_date = date.fromisoformat(reg_date[:10])
        self.person = QComboBox()
        self.person.setObjectName("assignee")
        people = assignable_users(session)
        self.person.setEditable(not people)  # without the user list (a teacher passing it on): type a login
        for login, name in people:
            self.person.addItem(name, login)
        self.due = QLineEdit()
        self.due.setObjectName("assignDue")
        self.due.setPlaceholderText(self.tr("dd.mm.yyyy"))
        self.note = QLineEdit()
        self.note.setObjectName("assignNote")
        self.error = error_label()
        form = QFormLayout(self)
        form.addRow(self.tr("Person responsible:"), self.person)
        form.addRow(self.tr("Due date:"), self.due)
        form.addRow(self.tr("Note:"), self.note)
        form.addRow("", self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.setMinimumWidth(520)

    def login(self) -> str:
        return str(self.person.currentData() or self.person.currentText()).strip()

    def due_date(self) -> date | None:
        return parse_user_date(self.due.text())

    def _accept(self) -> None:
        try:
            due = self.due_date()
        except ValueError:
            show_error(self.error, self.tr("Write the date as 01.09.2025."))
            return
        if due is not None and due < self.reg_date:
            show_error(self.error, self.tr("The due date cannot be before the registration date."))
            return
        if not self.login():
            show_error(self.error, self.tr("Choose the person responsible."))
            return
        self.accept()


class DocumentCard(QWidget):
    backRequested = Signal()
    changed = Signal(str)            # a document changed (refresh the register)
    openRequested = Signal(str)      # open another document (a reply, the letter answered)
    replyRequested = Signal(object)  # the incoming letter's Head: open the reply dialog
    signRequested = Signal(object)   # a reserved order's Head: register the signed order under its number

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentCard")
        self.session = session
        self.document: Document | None = None
        self.opener = FileOpener(session, self)
        self.attach_task: Task | None = None
        self.save_task: Task | None = None

        back = QPushButton(self.tr("← Back to the register"))
        back.setObjectName("backButton")
        back.clicked.connect(self.backRequested)
        self.title = label("", "heading")
        self.title.setObjectName("cardTitle")
        self.status = label("", "subheading")
        self.status.setObjectName("cardStatus")
        top = QHBoxLayout()
        top.addWidget(back)
        top.addWidget(self.title, 1)
        top.addWidget(self.status)

        self.values: dict[str, QLabel] = {}
        fields = QGroupBox(self.tr("Registration"))
        form = QFormLayout(fields)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for key, text in (("reg_date", self.tr("Registration date:")), ("correspondent", self.tr("Correspondent:")),
                          ("their", self.tr("Sender's number and date:")), ("subject", self.tr("Subject:")),
                          ("summary", self.tr("Summary:")), ("responsible", self.tr("Responsible:")),
                          ("due", self.tr("Due date:")), ("access", self.tr("Access:")),
                          ("links", self.tr("Linked letters:"))):
            value = label()
            value.setObjectName(f"value_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.LinksAccessibleByMouse)
            value.linkActivated.connect(self.openRequested)
            self.values[key] = value
            form.addRow(text, value)

        self.files = QListWidget()
        self.files.setObjectName("files")
        self.files.setMaximumHeight(90)
        self.no_files = label(self.tr("No files attached."), "hint")
        self.files.itemDoubleClicked.connect(lambda _: self.preview_file())
        self.preview_button = QPushButton(self.tr("View"))
        self.preview_button.setObjectName("previewFile")
        self.preview_button.clicked.connect(self.preview_file)
        self.open_button = QPushButton(self.tr("Open in another program"))
        self.open_button.setObjectName("openFile")
        self.open_button.clicked.connect(self.open_file)
        self.save_button = QPushButton(self.tr("Save copies…"))
        self.save_button.setObjectName("saveFiles")
        self.save_button.clicked.connect(self.save_files)
        self.attach_button = QPushButton(self.tr("Attach file…"))
        self.attach_button.setObjectName("attachFile")
        self.attach_button.clicked.connect(self.choose_attachment)
        file_buttons = QHBoxLayout()
        for button in (self.preview_button, self.open_button, self.save_button, self.attach_button):
            file_buttons.addWidget(button)
        file_buttons.addStretch(1)
        files_box = QGroupBox(self.tr("Files"))
        files_layout = QVBoxLayout(files_box)
        files_layout.addWidget(self.files)
        files_layout.addWidget(self.no_files)
        files_layout.addLayout(file_buttons)

        self.timeline = QTableWidget(0, 4)
        self.timeline.setObjectName("timeline")
        self.timeline.setHorizontalHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Note")])
        self.timeline.verticalHeader().setVisible(False)
        self.timeline.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.timeline.setWordWrap(True)
        header = self.timeline.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.timeline.setMinimumHeight(230)
        timeline_box = QGroupBox(self.tr("Movement"))
        QVBoxLayout(timeline_box).addWidget(self.timeline)

        self.assign_button = QPushButton(self.tr("Assign to…"))
        self.assign_button.setObjectName("assignButton")
        self.assign_button.clicked.connect(self.assign)
        self.execute_button = QPushButton(self.tr("Mark executed"))
        self.execute_button.setObjectName("executeButton")
        self.execute_button.clicked.connect(self.mark_executed)
        self.comment_button = QPushButton(self.tr("Comment…"))
        self.comment_button.setObjectName("commentButton")
        self.comment_button.clicked.connect(self.comment)
        self.reply_button = QPushButton(self.tr("Reply…"))
        self.reply_button.setObjectName("replyButton")
        self.reply_button.clicked.connect(self._reply)
        self.send_button = QPushButton(self.tr("Mark sent"))
        self.send_button.setObjectName("sendButton")
        self.send_button.clicked.connect(self.mark_sent)
        self.correct_button = QPushButton(self.tr("Correct…"))
        self.correct_button.setObjectName("correctButton")
        self.correct_button.clicked.connect(self.correct)
        self.archive_button = QPushButton(self.tr("To the archive"))
        self.archive_button.setObjectName("archiveButton")
        self.archive_button.clicked.connect(self.archive)
        self.sign_button = QPushButton(self.tr("Register the signed order…"))
        self.sign_button.setObjectName("signButton")
        self.sign_button.clicked.connect(self._sign)
        actions = QHBoxLayout()
        for button in (self.sign_button, self.assign_button, self.execute_button, self.send_button, self.comment_button,
                       self.reply_button, self.correct_button, self.archive_button):
            actions.addWidget(button)
        # actions other subsystems add to records ("Who saw or changed this"), by the same extension point
        for extra in record_actions(session, "document"):
            button = QPushButton(extra.title())
            button.setObjectName(f"action_{extra.key}")
            button.clicked.connect(lambda _=False, a=extra: self._run_record_action(a))
            actions.addWidget(button)
        actions.addStretch(1)
        self.message = error_label()
        self.message.setObjectName("cardMessage")

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addWidget(fields)
        body_layout.addWidget(files_box)
        body_layout.addWidget(timeline_box, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        layout.addWidget(scroll, 1)

    def _run_record_action(self, action: RecordAction) -> None:
        if self.document is None:
            return
        try:
            action.callback(self.session, "document", self.document.row.id, self)
        except KenseError as exc:
            show_error(self.message, error_text(exc))

    # ----------------------------------------------------------------- showing
    def show_document(self, document_id: str) -> bool:
        try:
            doc = queries.get_document(self.session, document_id)
        except KenseError as exc:
            show_error(self.message, error_text(exc))
            return False
        self.document = doc
        show_error(self.message, "")
        row = doc.row
        self.title.setText(self.tr("No. %1 — %2").replace("%1", row.number).replace("%2", kind_name(row.kind)))
        self.status.setText(status_name(row.status) + (" · " + self.tr("overdue") if row.overdue else ""))
        self.status.setStyleSheet("color: #8a0016;" if row.overdue else "")
        their = ""
        if row.their_number:
            their = self.tr("No. %1 of %2").replace("%1", row.their_number).replace("%2", i18n.format_date(
                row.their_date))
        links = []
        if doc.reply_to:
            links.append(self._link(doc.reply_to, self.tr("answers")))
        links += [self._link(r, self.tr("reply")) for r in doc.replies]
        texts = {
            "reg_date": i18n.format_date(row.reg_date), "correspondent": row.correspondent or "—",
            "their": their or "—", "subject": row.subject or "—", "summary": doc.summary or "—",
            "responsible": row.responsible_name or row.responsible_login or "—",
            "due": i18n.format_date(row.due_date) if row.due_date else "—",
            "access": self.tr("restricted (director and administrator)") if row.access_level.value == "restricted"
            else self.tr("normal"),
            "links": ", ".join(links) or "—",
        }
        for key, value in texts.items():
            widget = self.values[key]
            widget.setTextFormat(Qt.TextFormat.RichText if key == "links" else Qt.TextFormat.PlainText)
            widget.setText(value)

        self.files.clear()
        for f in doc.files:
            text = f"{f.filename}  ({size_text(f.size)})"
            if f.type_mismatch:
                text += "  ⚠ " + self.tr("the content does not match the file name")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, f.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, f.media_type)
            self.files.addItem(item)
        if doc.files:
            self.files.setCurrentRow(0)
        self.files.setVisible(bool(doc.files))
        self.no_files.setVisible(not doc.files)

        self.timeline.setRowCount(len(doc.events))
        for n, e in enumerate(doc.events):
            what = event_name(e.kind)
            if e.assignee_login:
                what += " → " + (e.assignee_name or e.assignee_login)
            if e.due_date:
                what += " (" + self.tr("due %1").replace("%1", i18n.format_date(e.due_date)) + ")"
            note = {"reserved": self.tr("number reserved"), "signed": self.tr("signed")}.get(e.note, e.note)
            for column, text in enumerate((_when(e.at), e.actor_name or e.actor_login, what, note)):
                self.timeline.setItem(n, column, QTableWidgetItem(text))
        self.timeline.resizeRowsToContents()
        self._update_buttons()
        return True

    def _link(self, document_id: str, text: str) -> str:
        try:
            number = queries.get_document(self.session, document_id).number
        except KenseError:
            return ""
        return f'<a href="{document_id}">{text} № {number}</a>'

    def _update_buttons(self) -> None:
        doc = self.document
        if doc is None:
            return
        row = doc.row
        me = self.session.user.id
        registers = self.session.can(Permission.REGISTER_DOCUMENTS)
        responsible = row.responsible_id == me
        open_ = row.status not in CLOSED_STATUSES and row.status is not Status.RESERVED
        self.assign_button.setVisible(open_ and (registers or responsible))
        self.execute_button.setVisible(open_ and (registers or responsible))
        self.comment_button.setVisible(row.status is not Status.RESERVED)
        self.reply_button.setVisible(registers and row.kind is Kind.INCOMING)
        self.send_button.setVisible(row.kind is Kind.OUTGOING and (registers or responsible)
                                    and row.status not in (Status.SENT, Status.ARCHIVED, Status.RESERVED))
        self.correct_button.setVisible(registers and row.status is not Status.RESERVED)
        self.sign_button.setVisible(registers and row.status is Status.RESERVED)
        self.archive_button.setVisible(registers and row.status not in (Status.ARCHIVED, Status.RESERVED))
        self.attach_button.setVisible(registers or responsible)
        has_files = bool(doc.files)
        for button in (self.preview_button, self.open_button, self.save_button):
            button.setVisible(has_files)

    def clear(self) -> None:
        """Drop everything shown and every decrypted copy."""
        for task in (self.attach_task, self.save_task):
            if task is not None and not task.done:
                task.cancel()
        self.opener.close_all()
        self.document = None
        self.title.clear()
        self.status.clear()
        for value in self.values.values():
            value.clear()
        self.files.clear()
        self.timeline.clearContents()
        self.timeline.setRowCount(0)
        show_error(self.message, "")

    # ----------------------------------------------------------------- actions
    def _done(self, document_id: str) -> None:
        self.show_document(document_id)
        self.changed.emit(document_id)

    def assign(self) -> None:
        if self.document is None:
            return
        dialog = AssignDialog(self.session, self.document.row.reg_date, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or self.document is None:
            return
        self.do_assign(dialog.login(), dialog.due_date(), dialog.note.text())

    def do_assign(self, login: str, due: date | None = None, note: str = "") -> bool:
        return self.do_event(events.assign, login, due=due, note=note)

    def mark_executed(self) -> None:
        if self.document is None:
            return
        note, ok = QInputDialog.getText(self, self.tr("Mark executed"),
                                        self.tr("What was done (optional):"))
        if ok and self.document is not None:
            self.do_execute(note)

    def do_execute(self, note: str = "") -> bool:
        return self.do_event(events.execute, note=note)

    def mark_sent(self) -> None:
        if self.document is None:
            return
        note, ok = QInputDialog.getText(self, self.tr("Mark sent"), self.tr("How it was sent (optional):"))
        if ok and self.document is not None:
            self.do_event(events.send, note=note)

    def archive(self) -> None:
        if self.document is None:
            return
        answer = QMessageBox.question(self, self.tr("To the archive"),
                                      self.tr("Move %1 to the archive? It can no longer be assigned or executed.")
                                      .replace("%1", self.document.number))
        if answer == QMessageBox.StandardButton.Yes and self.document is not None:
            self.do_event(events.archive)

    def do_event(self, action: Any, *args: Any, **kwargs: Any) -> bool:
        """One of ``app.documents.events`` on the document shown; the card's message says why not."""
        assert self.document is not None
        try:
            action(self.session, self.document.id, *args, **kwargs)
        except KenseError as exc:
            show_error(self.message, error_text(exc))
            return False
        self._done(self.document.id)
        return True

    def correct(self) -> None:
        if self.document is None:
            return
        from ui.documents.correct_dialog import CorrectDialog

        dialog = CorrectDialog(self.session, self.document, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and self.document is not None:
            self._done(self.document.id)

    def comment(self) -> None:
        if self.document is None:
            return
        note, ok = QInputDialog.getMultiLineText(self, self.tr("Comment"), self.tr("Your comment:"))
        if ok and note.strip() and self.document is not None:
            self.do_comment(note)

    def do_comment(self, note: str) -> bool:
        return self.do_event(events.comment, note)

    def _sign(self) -> None:
        if self.document is not None:
            from app.documents.queries import document_head

            self.signRequested.emit(document_head(self.session, self.document.id))

    def _reply(self) -> None:
        if self.document is not None:
            from app.documents.queries import document_head

            self.replyRequested.emit(document_head(self.session, self.document.id))

    # ----------------------------------------------------------------- files
    def _current_file(self) -> tuple[str, str] | None:
        item = self.files.currentItem()
        if item is None:
            return None
        return str(item.data(Qt.ItemDataRole.UserRole)), str(item.data(Qt.ItemDataRole.UserRole + 1))

    def preview_file(self) -> None:
        current = self._current_file()
        if current is None:
            return
        try:
            self.opener.preview(*current)
        except KenseError as exc:
            show_error(self.message, error_text(exc))

    def open_file(self) -> None:
        current = self._current_file()
        if current is None:
            return
        try:
            self.opener.open_external(current[0])
        except KenseError as exc:
            show_error(self.message, error_text(exc))

    def save_files(self) -> None:
        if self.document is None:
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder for the copies"))
        if not folder or self.document is None:
            return
        self.export_files(Path(folder))

    def export_files(self, folder: Path) -> Task | None:
        """Save copies of the files off the GUI thread with a progress bar; all or none are saved."""
        if self.document is None or (self.save_task is not None and not self.save_task.done):
            return None
        document_id = self.document.id

        def work(db, progress, cancelled):  # type: ignore[no-untyped-def]
            # On the database worker: it reads, writes the copies and audits them; a lock or a cancel
            # removes the copies already written.
            return attachments.export_files(db, document_id, folder, cancelled=cancelled,
                                            progress=lambda done, total: progress(done, total, ""))

        def finished_ok(written: list[Path]) -> None:
            show_error(self.message, "")
            QMessageBox.information(self, self.tr("Files saved"),
                                    self.tr("Saved %1 file(s) into %2.").replace("%1", str(len(written)))
                                    .replace("%2", str(folder)))

        def failed(exc: BaseException) -> None:
            show_error(self.message, error_text(exc))

        self.save_task = manager().run_db(self.session, work, on_result=finished_ok, on_error=failed, owner=self)
        dialog = ProgressDialog.attach(self.save_task, self.tr("Saving copies of the files…"), self)
        dialog.setObjectName("saveProgress")
        return self.save_task

    def choose_attachment(self) -> None:
        if self.document is None:
            return
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Choose files to attach"))
        if names and self.document is not None:
            self.attach_files([Path(n) for n in names])

    def attach_files(self, paths: list[Path]) -> Task | None:
        """Store files off the GUI thread with a progress bar; all or none are stored."""
        if self.document is None or (self.attach_task is not None and not self.attach_task.done):
            return None
        document_id = self.document.id

        class Cancelled(Exception):
            pass

        def work(db, progress, cancelled):  # type: ignore[no-untyped-def]
            def report(done: int, total: int) -> None:
                if cancelled():
                    raise Cancelled  # rolls the transaction back: nothing is stored
                progress(done, total, "")
            try:   # on the database worker's own connection: a lock interrupts and rolls it back
                return attachments.attach(db, document_id, paths, report)
            except Cancelled:
                return None

        def finished_ok(result: object) -> None:
            self.attach_button.setEnabled(True)
            if result is not None and self.document is not None and self.document.id == document_id:
                self._done(document_id)

        def failed(exc: BaseException) -> None:
            self.attach_button.setEnabled(True)
            show_error(self.message, error_text(exc))

        self.attach_button.setEnabled(False)
        self.attach_task = manager().run_db(self.session, work, on_result=finished_ok, on_error=failed, owner=self)
        dialog = ProgressDialog.attach(self.attach_task, self.tr("Attaching files…"), self)
        dialog.setObjectName("attachProgress")
        return self.attach_task


def _when(at: str) -> str:
    return i18n.format_moment(at)
