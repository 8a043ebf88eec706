"""One calm look for every desk: spacing, a big lookup field, state colours, messages by kind.

Selected rows and the highlighted item of a combo box popup always pair a background with
a text colour that reads on it (a combo box's popup items are ``QComboBox::item``: a style
sheet on the box alone paints the highlighted item white on white).
"""

from __future__ import annotations

#: a highlighted item of a popup or menu, and the palette's selection: white on dark blue
SELECTION_BACKGROUND = "#1565c0"
SELECTION_TEXT = "#ffffff"

STYLESHEET = """
QMainWindow, QWidget#deskPage { background: #f7f8fa; }
QLabel#sectionTitle { font-size: 12pt; font-weight: 600; color: #37474f; padding: 6px 0 2px 0; }
QLabel#hint { color: #78909c; }
QLabel#fieldError { color: #c62828; }
QLabel#formError { color: #c62828; }
QLabel#message { padding: 5px 8px; border-radius: 4px; }
QLabel#message[kind="success"] { color: #1b5e20; background: #e8f5e9; border: 1px solid #a5d6a7; }
QLabel#message[kind="info"] { color: #0d47a1; background: #e3f2fd; border: 1px solid #90caf9; }
QLabel#message[kind="warning"] { color: #6d4c00; background: #fff8e1; border: 1px solid #ffcc80; }
QLabel#message[kind="error"] { color: #8a1c17; background: #fdecea; border: 1px solid #ef9a9a; }
QLabel#chosen { font-size: 12pt; padding: 8px; background: #e8f5e9; border-radius: 6px; }
QLabel#orderNumber { font-size: 16pt; font-weight: 600; }
QLabel#totals { font-size: 11pt; font-weight: 600; color: #37474f; }
QLabel#factName { color: #78909c; }
QLabel#stepMark { padding: 5px 12px; border-radius: 12px; color: #90a4ae; }
QLabel#stepMark[state="current"] { background: #1e88e5; color: white; font-weight: 600; }
QLabel#stepMark[state="done"] { color: #2e7d32; }
QLineEdit, QPlainTextEdit, QComboBox, QDateTimeEdit {
    padding: 5px 7px; border: 1px solid #b0bec5; border-radius: 5px; background: white;
    min-height: 20px;
}
QLineEdit:focus, QPlainTextEdit:focus, QComboBox:focus, QDateTimeEdit:focus {
    border: 2px solid #1e88e5;
}
QLineEdit[error="true"], QPlainTextEdit[error="true"], QComboBox[error="true"] {
    border: 2px solid #c62828; background: #fff5f5;
}
QLineEdit#lookupField {
    font-size: 18pt; padding: 10px 14px; border: 2px solid #90a4ae; border-radius: 8px;
}
QLineEdit#lookupField:focus { border: 2px solid #1e88e5; }
QLineEdit#lookupFieldCompact { font-size: 12pt; padding: 6px 10px; border-radius: 6px; }
QListView#lookupList { border: 1px solid #cfd8dc; border-radius: 6px; background: white; }
QAbstractItemView { selection-background-color: #bbdefb; selection-color: #102027; }
QTableView { background: white; border: 1px solid #cfd8dc; border-radius: 4px;
    selection-background-color: #bbdefb; selection-color: #102027; }
QComboBox QAbstractItemView { background: white; color: #102027; border: 1px solid #90a4ae;
    selection-background-color: #1565c0; selection-color: white; outline: 0; }
QComboBox::item { color: #102027; background: white; min-height: 24px; }
QComboBox::item:selected { background: #1565c0; color: white; }
QTableView:focus { border: 1px solid #1e88e5; }
QHeaderView::section { background: #eceff1; border: none; padding: 5px 8px; color: #455a64; }
QPushButton { padding: 6px 14px; border: 1px solid #b0bec5; border-radius: 5px;
    background: white; }
QPushButton:hover { background: #eceff1; }
QPushButton:focus { border: 2px solid #1e88e5; }
QPushButton#primary { background: #1e88e5; color: white; border: 1px solid #1565c0;
    font-weight: 600; }
QPushButton#primary:disabled { background: #90caf9; }
QPushButton#approve { color: #2e7d32; font-weight: 600; }
QPushButton#decline { color: #c62828; }
QPushButton#recommendation { text-align: left; background: #fffde7; border: 1px dashed #fbc02d; }
QPushButton#deskButton { padding: 3px 8px; border: none; border-radius: 0;
    border-bottom: 3px solid transparent; background: transparent; font-size: 10pt; }
QPushButton#deskButton:checked { border-bottom: 3px solid #1e88e5; color: #0d47a1;
    font-weight: 600; }
QWidget#deskBar { background: white; border-bottom: 1px solid #cfd8dc; }
QWidget#banner { background: #fff8e1; border: 1px solid #ffe082; border-radius: 6px; }
QStatusBar { background: #eceff1; color: #455a64; }
QStatusBar QLabel { padding: 0 10px; }
QLabel#offline { color: #c62828; font-weight: 600; }
QLabel#online { color: #2e7d32; }
QLabel#connectionState[state="online"] { color: #2e7d32; }
QLabel#connectionState[state="offline"], QLabel#connectionState[state="reconnecting"] {
    background: #c62828; color: white; font-weight: 700; padding: 2px 12px; border-radius: 4px;
}
QLabel#connection { font-size: 11pt; padding: 4px 12px; border-radius: 4px; }
QLabel#connection[state="online"] { color: #2e7d32; background: #e8f5e9; }
QLabel#connection[state="offline"], QLabel#connection[state="reconnecting"] {
    background: #c62828; color: white; font-weight: 700;
}
QPushButton#outboxWaiting { color: #e65100; font-weight: 600; border: none; padding: 0 10px;
    background: transparent; }
QPushButton#outboxWaiting:hover { text-decoration: underline; }
QLabel#notice { background: #e8f5e9; border: 1px solid #a5d6a7; border-radius: 6px;
    padding: 8px 12px; color: #1b5e20; }
QLabel#notice[kind="kept"] { background: #fff3e0; border: 1px solid #ffb74d; color: #e65100;
    font-weight: 600; }
QLabel#notice[kind="error"] { background: #fdecea; border: 1px solid #ef9a9a; color: #8a1c17; }
QLabel#notice[kind="warning"] { background: #fff8e1; border: 1px solid #ffcc80; color: #6d4c00; }
QLabel#notice[kind="info"] { background: #e3f2fd; border: 1px solid #90caf9; color: #0d47a1; }
"""
