"""Red-team generator 32: Xinjiang in the cotton-harvest and Chongyang fortnight of October 2026 (blind)."""
