"""The stations area's words: table headers and station states, translated."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


class StationLabels:
    """What :class:`ui.models.stations_list.StationsListModel` shows in words."""

    def header(self, key: str) -> str:
        return {
            "name": QCoreApplication.translate("StationLabels", "Station"),
            "desk": QCoreApplication.translate("StationLabels", "Desk"),
            "last_seen": QCoreApplication.translate("StationLabels", "Last seen"),
            "status": QCoreApplication.translate("StationLabels", "Status"),
        }[key]

    def active(self) -> str:
        return QCoreApplication.translate("StationLabels", "active")

    def inactive(self) -> str:
        return QCoreApplication.translate("StationLabels", "not seen lately")

    def never(self) -> str:
        return QCoreApplication.translate("StationLabels", "never")

    def this_station(self, name: str) -> str:
        return QCoreApplication.translate("StationLabels", "%1 (this station)").replace("%1", name)

    def connection(self, state: str) -> str:
        return {
            "online": QCoreApplication.translate("StationLabels", "● connected"),
            "offline": QCoreApplication.translate("StationLabels", "● connection lost"),
            "reconnecting": QCoreApplication.translate(
                "StationLabels", "● offline — reconnecting…"
            ),
        }[state]

    def action(self, action: str) -> str:
        """An action kept in the outbox (``app.services.outbox.ACTIONS``)."""
        texts = {
            "intake": QCoreApplication.translate("StationLabels", "Intake"),
            "pay": QCoreApplication.translate("StationLabels", "Payment"),
            "refund": QCoreApplication.translate("StationLabels", "Refund"),
            "add_lines": QCoreApplication.translate("StationLabels", "Lines added"),
            "propose_extra_work": QCoreApplication.translate("StationLabels", "Extra work"),
            "decide_extra_work": QCoreApplication.translate(
                "StationLabels", "Customer's decision on extra work"
            ),
            "approve_order": QCoreApplication.translate("StationLabels", "Work order signed"),
            "assign": QCoreApplication.translate("StationLabels", "Technician assigned"),
            "start_work": QCoreApplication.translate("StationLabels", "Work started"),
            "pause_work": QCoreApplication.translate("StationLabels", "Work paused"),
            "resume_work": QCoreApplication.translate("StationLabels", "Work resumed"),
            "finish_work": QCoreApplication.translate("StationLabels", "Work finished"),
            "quality_check": QCoreApplication.translate("StationLabels", "Quality check"),
        }
        return texts.get(action, action)

    def waiting(self, count: int) -> str:
        return QCoreApplication.translate(
            "StationLabels", "Actions typed offline, waiting to be sent: %1"
        ).replace("%1", str(count))
