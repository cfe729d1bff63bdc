"""Blind red-team generator 26: a fictional Jiangxi operator in the 2033 gaokao and Dragon Boat weeks."""
