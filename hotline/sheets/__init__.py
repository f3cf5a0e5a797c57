"""Reading the centre's old log from a spreadsheet (CSV or XLSX): pure, no database.

`reader` reads the file into a header and rows of cells, refusing a bad file
with a plain message; `columns` guesses which field each column holds from its
header (az, ru or en); `values` turns cells into taxonomy ids, dates, numbers
and yes/no; `rows` makes each row a call record and names every problem by its
row and column. The service (services/sheet_import.py) stores the records.
"""
