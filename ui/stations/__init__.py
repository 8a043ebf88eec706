"""Several stations on one database: connection settings, live sync state, the station list."""
