"""OS-specific code behind small interfaces, with a Windows and a POSIX implementation each."""
