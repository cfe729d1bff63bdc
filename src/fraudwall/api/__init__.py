"""fraudwall.api"""
