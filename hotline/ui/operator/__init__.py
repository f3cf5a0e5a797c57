"""The operator's page: taking a call from the first ring to the saved record."""
