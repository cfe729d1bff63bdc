"""fraudwall: an open-source telecom anti-fraud platform."""

__version__ = "0.1.0"
