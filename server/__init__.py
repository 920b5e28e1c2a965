"""Kense district server: receives what schools' Kense send (DESIGN §7, §9; docs/adr/008).

A separate deployable that shares only app/sync/protocol.py with the desktop application.
"""
