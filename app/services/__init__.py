"""Use cases and rules, one module per domain; they talk to the database and commit."""
