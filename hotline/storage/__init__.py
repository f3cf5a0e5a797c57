"""The SQLCipher database, its key file and the repositories over it."""
