"""Benign look-alikes (stub)."""
def setup(w):
    pass
def day(w, d):
    pass
def finish(w):
    pass
