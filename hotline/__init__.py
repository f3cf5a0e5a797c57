"""The desk of the 152 anti-trafficking hotline."""

__version__ = "0.1.0"
