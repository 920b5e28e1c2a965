"""Spreadsheet import (xlsx, xls, ods, CSV) of pupils and staff: readers, header recognition, the
all-or-nothing run."""
