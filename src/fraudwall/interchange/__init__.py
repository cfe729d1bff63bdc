"""fraudwall.interchange"""
