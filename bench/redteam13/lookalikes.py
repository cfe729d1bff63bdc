def plan(ctx):
    pass


def run(ctx):
    pass
