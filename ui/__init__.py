"""The PySide6 desktop application. Only this package imports Qt."""
