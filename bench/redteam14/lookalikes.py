def plant_all(ctx):
    return {}
