"""Guizhou in the 2031 May Day week: a blind red-team province for fraudwall (see ../README.md)."""
