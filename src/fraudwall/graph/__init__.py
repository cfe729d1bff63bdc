"""fraudwall.graph"""
