"""Database access: engine and sessions, migrations, document numbering, the change feed."""

from app.db.engine import Database

__all__ = ["Database"]
