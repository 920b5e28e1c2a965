"""The sign-in screen, which is also the lock screen.

It shows the school's name, a login and a password field, and says plainly what went wrong: a wrong
password (with the growing wait counted down on screen), a temporary lock-out, or a missing device
key — never "wrong password" for that, but a way to the recovery sheet. On the lock screen the locked
user's login is filled in; another user may type their own login and sign in (shared PC).
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import DeviceKeyMissing, DeviceKeyUnavailable, KenseError, LockedOut, WrongCredentials
from app.security.session import UserInfo
from ui import i18n
from ui.widgets import label, notice_frame, password_field, primary

Authenticate = Callable[[str, str], None]


class SignInScreen(QWidget):
    """``authenticate(login, password)`` does the work and raises a KenseError when refused."""

    recoveryRequested = Signal()
    restoreRequested = Signal()   # the database is beyond use: restore it from a backup
    languageChosen = Signal(str)
    helpRequested = Signal(str)
    incidentRequested = Signal()   # "I saw something": the incident report form (regulation 6.10)

    def __init__(self, authenticate: Authenticate, school_name: str | None, *, login: str = "",
                 locked_user: UserInfo | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signin")
        self._authenticate = authenticate
        self.locked_user = locked_user
        self._retry_at = 0.0
        self._countdown = QTimer(self, interval=250)
        self._countdown.timeout.connect(self._tick)

        self.language = QComboBox()
        for code, name in i18n.LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.current_language())))
        self.language.currentIndexChanged.connect(lambda _: self.languageChosen.emit(self.language.currentData()))
        self.language.setAccessibleName(self.tr("Language"))

        title = label(school_name or self.tr("Kense — the school office"), "heading")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        subtitle = label(self.tr("Kense — the school office") if school_name else "", "hint")
        subtitle.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.state_text = label("", "subheading")
        self.state_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        if locked_user is not None:
            self.state_text.setText(self.tr("Kense is locked. %1 was working.").replace("%1", locked_user.full_name
                                                                                      or locked_user.login))

        self.login = QLineEdit(locked_user.login if locked_user else login)
        self.login.setObjectName("login")
        self.login.setPlaceholderText(self.tr("for example: aigerim"))
        self.password = password_field()
        self.password.setObjectName("password")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Login:"), self.login)
        form.addRow(self.tr("Password:"), self.password)

        self.message_frame = notice_frame("danger")
        self.message = label()
        self.message.setObjectName("message")
        self.countdown_text = label()
        self.countdown_text.setObjectName("countdown")
        self.recovery_button = QPushButton(self.tr("Use the recovery code…"))
        self.recovery_button.setObjectName("recoveryButton")
        self.recovery_button.clicked.connect(self.recoveryRequested)
        self.restore_button = QPushButton(self.tr("Restore from a backup…"))
        self.restore_button.setObjectName("restoreFromBackup")
        self.restore_button.clicked.connect(self.restoreRequested)
        self.restore_button.setVisible(False)
        frame_layout = QVBoxLayout(self.message_frame)
        frame_layout.addWidget(self.message)
        frame_layout.addWidget(self.countdown_text)
        frame_layout.addWidget(self.restore_button)
        self.message_frame.setVisible(False)

        self.sign_in_button = primary(QPushButton(self.tr("Sign in")))
        self.sign_in_button.setObjectName("signInButton")
        self.sign_in_button.setDefault(True)
        self.sign_in_button.clicked.connect(self.submit)
        self.password.returnPressed.connect(self.submit)
        self.login.returnPressed.connect(
            lambda: self.password.setFocus() if not self.password.text() else self.submit())
        self.other_user_button = QPushButton(self.tr("Sign in as another user"))
        self.other_user_button.setObjectName("otherUserButton")
        self.other_user_button.clicked.connect(self._other_user)
        self.other_user_button.setVisible(locked_user is not None)
        forgot = QPushButton(self.tr("Forgot the password or moved to another computer?"))
        forgot.setFlat(True)
        forgot.clicked.connect(self.recoveryRequested)
        self.incident_button = QPushButton(self.tr("I saw something…"))
        self.incident_button.setObjectName("incidentButton")
        self.incident_button.setFlat(True)
        self.incident_button.setToolTip(self.tr("Report an incident with personal data to the person responsible"))
        self.incident_button.clicked.connect(self.incidentRequested)

        card = QWidget()
        card.setFixedWidth(580)  # a fixed width lets wrapped messages know their height
        column = QVBoxLayout(card)
        column.addWidget(title)
        column.addWidget(subtitle)
        column.addSpacing(12)
        column.addWidget(self.state_text)
        column.addLayout(form)
        column.addWidget(self.message_frame)
        column.addWidget(self.recovery_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.other_user_button)
        buttons.addStretch(1)
        buttons.addWidget(self.sign_in_button)
        column.addLayout(buttons)
        column.addWidget(forgot, alignment=Qt.AlignmentFlag.AlignRight)
        column.addWidget(self.incident_button, alignment=Qt.AlignmentFlag.AlignRight)
        self.recovery_button.setVisible(False)

        top = QHBoxLayout()
        top.addStretch(1)
        top.addWidget(label(self.tr("Language:"), wrap=False))
        top.addWidget(self.language)
        outer = QVBoxLayout(self)
        outer.addLayout(top)
        # The card hangs from a fixed place, not centred: a message appearing under the fields makes it
        # grow downwards, so the fields never jump while the user is typing.
        outer.addSpacing(40)
        centred = QHBoxLayout()  # stretches, not an alignment flag: the card may then grow with its message
        centred.addStretch(1)
        centred.addWidget(card)
        centred.addStretch(1)
        outer.addLayout(centred)
        outer.addStretch(1)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self.focus_first_field)

    def focus_first_field(self) -> None:
        (self.password if self.login.text() else self.login).setFocus(Qt.FocusReason.OtherFocusReason)

    def _other_user(self) -> None:
        self.login.clear()
        self.password.clear()
        self.login.setFocus()

    # ----------------------------------------------------------------- signing in
    def submit(self) -> None:
        if self._retry_at > time.monotonic():
            return
        login, password = self.login.text().strip(), self.password.text()
        if not login:
            self.show_message(self.tr("Type your login."))
            self.login.setFocus()
            return
        if not password:
            self.show_message(self.tr("Type your password."))
            self.password.setFocus()
            return
        self.sign_in_button.setEnabled(False)
        self.sign_in_button.setText(self.tr("Checking…"))
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        self.repaint()
        try:
            self._authenticate(login, password)
        except KenseError as exc:
            self.password.clear()
            self.show_error(exc)
        except Exception:  # never a traceback on this screen
            self.password.clear()
            self.show_message(self.tr("Something unexpected went wrong. Try again; if it repeats, call the "
                                      "person responsible for information security."))
        else:
            self.password.clear()
        finally:
            QGuiApplication.restoreOverrideCursor()
            if self._retry_at <= time.monotonic():
                self.sign_in_button.setEnabled(True)
            self.sign_in_button.setText(self.tr("Sign in"))

    def show_message(self, text: str, *, recovery: bool = False) -> None:
        self.message.setText(text)
        self._fit_message()
        self.message_frame.setVisible(bool(text))
        self.recovery_button.setVisible(recovery)
        if not recovery:
            self.countdown_text.setText("")

    def _fit_message(self) -> None:
        """Wrapped labels in a centred card do not grow by themselves: size the message box from its text
        (measured a little narrower than it is, so a long Kyrgyz word never leaves a line cut off)."""
        line = self.message.fontMetrics().height()
        text_height = self.message.heightForWidth(480)
        self.message.setMinimumHeight(text_height)
        self.countdown_text.setMinimumHeight(line if self.countdown_text.text() else 0)
        margins = self.message_frame.layout().contentsMargins()
        spacing = self.message_frame.layout().spacing()
        extra = (line + spacing) if self.countdown_text.text() else 0
        self.message_frame.setMinimumHeight(text_height + extra + margins.top() + margins.bottom() + 4)

    def show_error(self, exc: KenseError) -> None:
        lang = i18n.current_language()
        # the device key is missing, unreachable or not this profile's: the recovery sheet binds it again
        if isinstance(exc, DeviceKeyMissing | DeviceKeyUnavailable) or exc.key == "auth.device_key_wrong":
            self.show_message(exc.message(lang), recovery=True)
            self.recovery_button.setFocus()
            return
        self.show_message(exc.message(lang))
        self.restore_button.setVisible(exc.key == "db.damaged")   # beyond use: the last backup is the way on
        wait = 0.0
        if isinstance(exc, (WrongCredentials, LockedOut)):
            wait = exc.retry_after
        if wait > 0:
            self._retry_at = time.monotonic() + wait
            self.sign_in_button.setEnabled(False)
            self._tick()
            self._countdown.start()
        self.password.setFocus()

    def _tick(self) -> None:
        left = self._retry_at - time.monotonic()
        if left <= 0:
            self._countdown.stop()
            self.countdown_text.setText(self.tr("You can try again now."))
            self._fit_message()
            self.sign_in_button.setEnabled(True)
            return
        self.countdown_text.setText(self.tr("Next attempt possible in %1 s.").replace("%1", str(math.ceil(left))))
        self._fit_message()
