"""Blind red-team generator 30: Beijing in the late-March tax-settlement and graduate-adjustment fortnight."""
