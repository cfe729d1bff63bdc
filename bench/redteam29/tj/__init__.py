"""Tianjin (winter 2035-36) blind test-data generator for fraudwall: the modules behind ``generate.py``."""
