"""Reference lists (classifiers) read from resources/: one list shared by the GUI and the CLI."""
