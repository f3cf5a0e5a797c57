"""The Export page and the PDF writer of the exports (Qt)."""
