"""fraudwall.features"""
