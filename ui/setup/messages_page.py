"""Messages to customers: the text of each event's message in Chinese and English (with the
placeholders it may use, an unknown one refused next to the text, naming the allowed
ones), each template's code registered at the SMS provider, the quiet hours, the SMS
gateway (Aliyun: endpoint, AccessKey ID and secret, 签名), and when a device's follow-up
call is due after its release.

The access key secret is never shown: the page says whether one is saved; typing a new one
replaces it, "Remove" clears it (then the care desk prints the call/SMS list instead).
Ctrl+S saves the settings and every template changed (of any event) in one go, template by
template; a refused one stays on screen with the reason next to its text.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from app.domain.enums import MessageEvent
from app.domain.errors import ValidationError
from app.services import messages
from app.services.context import ServiceContext
from app.services.messages import TemplateRow
from app.services.settings import SettingsSnapshot, settings_snapshot
from app.settings.declared import CONCEALED_MASK
from ui.care.message_labels import event_text
from ui.common.field_errors import mark
from ui.common.keys import add_key, show_key
from ui.common.widgets import hint, title
from ui.setup.messages import field_message
from ui.setup.settings_form import SettingsForm

QUIET_FROM, QUIET_UNTIL = "messages.quiet_from", "messages.quiet_until"
ENDPOINT, KEY_ID, SECRET, SIGN = (
    "sms.endpoint",
    "sms.access_key_id",
    "sms.access_key_secret",
    "sms.sign_name",
)
DEVICE_HOURS = "care.device_followup_hours"
KEYS = (QUIET_FROM, QUIET_UNTIL, ENDPOINT, KEY_ID, SECRET, SIGN, DEVICE_HOURS)
LANGS = messages.LANGS


@dataclass(frozen=True)
class Draft:
    """One template as typed: its text and provider code, and the version it was loaded at
    (None: the shop has none yet)."""

    body: str
    code: str
    version: int | None


class MessagesPage(SettingsForm):
    keys = KEYS
    entities = frozenset({"settings", "message_template"})

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.set_intro(
            self.tr(
                "What customers receive, and when: messages go only to customers whose "
                "consent is in force, never in the quiet hours."
            )
        )
        self.loaded_templates: dict[tuple[MessageEvent, str], Draft] = {}
        self.drafts: dict[tuple[MessageEvent, str], Draft] = {}
        self._showing = False  # filling the fields: no drafts are written
        # --- templates ---
        self.form.addRow(title(self.tr("Templates")))
        self.event = QComboBox()
        self.event.setObjectName("templateEvent")
        for event in MessageEvent:
            self.event.addItem(event_text(event), event.value)
        self.add_row(self.tr("&Message"), None, self.event)
        self.allowed = hint("")
        self.allowed.setObjectName("allowedPlaceholders")
        self.allowed.setWordWrap(False)
        self.add_row("", None, self.allowed)
        self.bodies: dict[str, QPlainTextEdit] = {}
        self.codes: dict[str, QLineEdit] = {}
        for lang, label, code_label in (
            ("zh_CN", self.tr("Text (&Chinese)"), self.tr("Provider code (Chinese)")),
            ("en", self.tr("Text (&English)"), self.tr("Provider code (English)")),
        ):
            body = QPlainTextEdit()
            body.setObjectName(f"templateBody_{lang}")
            body.setTabChangesFocus(True)
            body.setFixedHeight(64)
            self.bodies[lang] = body
            self.add_row(label, f"template.{lang}", body)
            code = QLineEdit()
            code.setObjectName(f"templateCode_{lang}")
            code.setPlaceholderText(self.tr("e.g. SMS_123456789 (Aliyun), empty: none"))
            self.codes[lang] = code
            self.add_row(code_label, f"provider_code.{lang}", code)
            body.textChanged.connect(lambda lang=lang: self._on_template_typed(lang))
            code.textEdited.connect(lambda _t, lang=lang: self._on_template_typed(lang))
        # --- quiet hours ---
        self.form.addRow(title(self.tr("Quiet hours")))
        self.quiet_from = QTimeEdit()
        self.quiet_until = QTimeEdit()
        for edit in (self.quiet_from, self.quiet_until):
            edit.setDisplayFormat("HH:mm")
        hours = QWidget()
        row = QHBoxLayout(hours)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.quiet_from)
        row.addWidget(QLabel("–"))
        row.addWidget(self.quiet_until)
        row.addStretch(1)
        self.add_row(self.tr("&Nothing is sent from / until"), QUIET_FROM, hours)
        self.errors.focus_at(QUIET_FROM, self.quiet_from)
        self.errors.alias(QUIET_UNTIL, QUIET_FROM)
        self.errors.focus_at(QUIET_UNTIL, self.quiet_until)
        hours.setFocusProxy(self.quiet_from)  # the label's Alt+N
        # --- the gateway ---
        self.form.addRow(title(self.tr("SMS gateway (Aliyun)")))
        self.endpoint = QLineEdit()
        self.endpoint.setObjectName("smsEndpoint")
        self.key_id = QLineEdit()
        self.key_id.setObjectName("smsKeyId")
        self.secret = QLineEdit()
        self.secret.setObjectName("smsSecret")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.remove_secret = QCheckBox(self.tr("Remove the saved secret"))
        self.remove_secret.setObjectName("removeSecret")
        self.sign = QLineEdit()
        self.sign.setObjectName("smsSignName")
        self.sign.setPlaceholderText(self.tr("the approved signature, e.g. 安达汽修"))
        self.add_row(self.tr("End&point"), ENDPOINT, self.endpoint)
        self.add_row(self.tr("Access&Key ID"), KEY_ID, self.key_id)
        self.add_row(self.tr("AccessKey &secret"), SECRET, self.secret)
        self.add_row("", None, self.remove_secret)
        self.add_row(self.tr("Si&gnature (签名)"), SIGN, self.sign)
        self.test_phone = QLineEdit()
        self.test_phone.setObjectName("testPhone")
        self.test_phone.setPlaceholderText(self.tr("a mobile number, e.g. 138 0013 8000"))
        self.send_test = QPushButton()
        self.send_test.setObjectName("sendTestSms")
        show_key(self.send_test, self.tr("Send a test SMS"), "Ctrl+T")
        test_row = QWidget()
        row = QHBoxLayout(test_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.test_phone, 1)
        row.addWidget(self.send_test)
        self.add_row(self.tr("&Test to"), "test_phone", test_row)
        self.errors.focus_at("test_phone", self.test_phone)
        test_row.setFocusProxy(self.test_phone)
        self.send_test.clicked.connect(self.test_send)
        self.test_phone.returnPressed.connect(self.test_send)
        add_key(self, "Ctrl+T", self.test_send)
        no_gateway = hint(
            self.tr(
                "The test uses the saved settings and the follow-up template (with its "
                "provider code). Without an AccessKey ID and secret nothing is sent: the care "
                "desk lists the queued messages to call or text by hand."
            )
        )
        no_gateway.setMinimumWidth(560)  # a form row's wrapped label is squeezed otherwise
        self.add_row("", None, no_gateway)
        # --- follow-ups ---
        self.form.addRow(title(self.tr("Follow-ups")))
        self.device_hours = QSpinBox()
        self.device_hours.setObjectName("deviceFollowupHours")
        self.device_hours.setRange(1, 720)
        self.device_hours.setSuffix(self.tr(" h"))
        self.add_row(self.tr("&Device follow-up after release"), DEVICE_HOURS, self.device_hours)
        self.dirty_on(
            self.quiet_from.timeChanged,
            self.quiet_until.timeChanged,
            self.endpoint.textEdited,
            self.key_id.textEdited,
            self.secret.textEdited,
            self.remove_secret.toggled,
            self.sign.textEdited,
            self.device_hours.valueChanged,
        )
        self.event.currentIndexChanged.connect(lambda _i: self._show_event())

    def title(self) -> str:
        return self.tr("Messages")

    def focus_first(self) -> None:
        self.event.setFocus()

    def current_event(self) -> MessageEvent:
        return MessageEvent(self.event.currentData())

    # --- loading ---
    def load(self) -> None:
        ctx, keys = self.ctx, list(self.keys)
        self.run(
            lambda: (settings_snapshot(ctx, keys), messages.list_templates(ctx)),
            self._on_everything,
        )

    def _on_everything(self, result: tuple[SettingsSnapshot, list[TemplateRow]]) -> None:
        snapshot, templates = result
        self.loaded_templates = {
            (t.event, t.lang): Draft(t.body, t.provider_code or "", t.version) for t in templates
        }
        self.drafts = dict(self.loaded_templates)
        self._show_event()
        self._on_snapshot(snapshot)

    def show_values(self, values: dict[str, Any]) -> None:
        self._showing = True
        self.quiet_from.setTime(QTime.fromString(values[QUIET_FROM], "HH:mm"))
        self.quiet_until.setTime(QTime.fromString(values[QUIET_UNTIL], "HH:mm"))
        self.endpoint.setText(values[ENDPOINT])
        self.key_id.setText(values[KEY_ID])
        self.secret.clear()
        saved = values[SECRET] == CONCEALED_MASK
        self.secret.setPlaceholderText(
            self.tr("saved (hidden): type a new one to replace it") if saved else self.tr("not set")
        )
        self.remove_secret.setChecked(False)
        self.remove_secret.setEnabled(saved)
        self.sign.setText(values[SIGN])
        self.device_hours.setValue(int(values[DEVICE_HOURS]))
        self._showing = False

    def secret_saved(self) -> bool:
        return bool(self.snapshot and self.snapshot.values.get(SECRET) == CONCEALED_MASK)

    def collect(self) -> dict[str, Any]:
        values: dict[str, Any] = {
            QUIET_FROM: self.quiet_from.time().toString("HH:mm"),
            QUIET_UNTIL: self.quiet_until.time().toString("HH:mm"),
            ENDPOINT: self.endpoint.text().strip(),
            KEY_ID: self.key_id.text().strip(),
            SIGN: self.sign.text().strip(),
            DEVICE_HOURS: self.device_hours.value(),
        }
        if self.secret.text():
            values[SECRET] = self.secret.text().strip()
        elif self.remove_secret.isChecked():
            values[SECRET] = ""
        return values

    # --- templates ---
    def _show_event(self) -> None:
        event = self.current_event()
        names = " ".join(f"{{{n}}}" for n in messages.PLACEHOLDERS[event])
        self.allowed.setText(self.tr("Placeholders this message may use: %1").replace("%1", names))
        self._showing = True
        for lang in LANGS:
            draft = self.drafts.get((event, lang), Draft("", "", None))
            self.bodies[lang].setPlainText(draft.body)
            self.codes[lang].setText(draft.code)
        self._showing = False
        for lang in LANGS:
            self._check(lang)

    def _on_template_typed(self, lang: str) -> None:
        if self._showing:
            return
        key = (self.current_event(), lang)
        draft = self.drafts.get(key, Draft("", "", None))
        self.drafts[key] = replace(
            draft, body=self.bodies[lang].toPlainText(), code=self.codes[lang].text()
        )
        self.set_dirty(True)
        self._check(lang)

    def _check(self, lang: str) -> None:
        """The text is checked as it is typed: an unknown placeholder or a stray brace is
        said next to it at once (the service checks again when it is saved)."""
        widget, label = self.errors._entries[f"template.{lang}"]
        try:
            messages.check_template(self.current_event(), self.bodies[lang].toPlainText())
        except ValidationError as err:
            label.say(field_message(err))
            mark(widget, True)
            return
        label.say("")
        mark(widget, False)

    def changed_templates(self) -> list[tuple[MessageEvent, str, Draft]]:
        return [
            (event, lang, draft)
            for (event, lang), draft in self.drafts.items()
            if self.loaded_templates.get((event, lang)) != draft
        ]

    # --- saving ---
    def save(self) -> None:
        templates = self.changed_templates()
        settings_changed = bool(self.changed_values())
        if not templates and not settings_changed:
            self.errors.clear()
            self.notice.say(self.tr("Nothing to save: nothing was changed."))
            return
        self._save_templates(templates, lambda: self._save_settings(settings_changed))

    def _save_templates(
        self, todo: list[tuple[MessageEvent, str, Draft]], then: Callable[[], None]
    ) -> None:
        if not todo:
            then()
            return
        event, lang, draft = todo[0]

        def saved(row: TemplateRow) -> None:
            done = Draft(row.body, row.provider_code or "", row.version)
            self.loaded_templates[(event, lang)] = done
            self.drafts[(event, lang)] = done
            self._save_templates(todo[1:], then)

        self.send(
            "save_message_template",
            {
                "event": event,
                "lang": lang,
                "body": draft.body,
                "version": draft.version,
                "provider_code": draft.code,
            },
            saved,
            lambda err: self._template_refused(event, lang, err),
        )

    def _template_refused(self, event: MessageEvent, lang: str, err: Exception) -> None:
        """Shown at the template's own text (its event chosen), what was typed kept."""
        if event is not self.current_event():
            self.event.setCurrentIndex(self.event.findData(event.value))
        if isinstance(err, ValidationError) and err.field in ("body", "provider_code"):
            field = "template" if err.field == "body" else "provider_code"
            err = ValidationError(f"{field}.{lang}", err.code, err.message, err.value, **err.params)
        self.show_error(err)

    # --- the test SMS ---
    def test_send(self) -> None:
        """One SMS through the saved gateway to the number typed (what is on screen but not
        saved is not used: the page says so when it is edited)."""
        if self.is_dirty():
            self.notice.say(
                self.tr("Save first (Ctrl+S): the test uses the saved settings."), error=True
            )
            return
        self.errors.clear()
        self.notice.say(self.tr("Sending a test SMS…"))
        self.send(
            "send_test_sms",
            {"phone": self.test_phone.text()},
            lambda provider_id: self.notice.say(
                self.tr("Test SMS sent (the provider's id: %1).").replace("%1", str(provider_id))
            ),
        )

    def _save_settings(self, changed: bool) -> None:
        if changed:
            super().save()
        else:
            self._on_saved()
