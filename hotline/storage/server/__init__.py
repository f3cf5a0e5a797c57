"""A centre's storage on a PostgreSQL server (issue 15): schema, roles, sealed rows."""
