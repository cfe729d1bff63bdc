def plant(w):
    pass
