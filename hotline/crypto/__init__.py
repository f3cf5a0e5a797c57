"""Crypto helpers on `cryptography`: key derivation, wrapping, sealing, signing."""
