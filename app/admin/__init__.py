"""Command lines for administrators: scripted installs and support (shop, catalog, users,
audit). Each module registers its sub-commands with ``register(sub, db_sub)``."""
