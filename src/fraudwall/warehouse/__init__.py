"""fraudwall.warehouse"""
