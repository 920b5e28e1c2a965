"""Storage layer: the SQLCipher connection, numbered migrations and parameterised queries. No Qt here."""
