"""Blind red-team generator 27: a fictional Shanxi operator over the 2034 Lantern Festival fortnight."""
