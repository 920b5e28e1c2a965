"""The certificates and forms screens (issue 5): the register section, the issue dialog, batches."""
