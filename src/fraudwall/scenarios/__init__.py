"""fraudwall.scenarios"""
