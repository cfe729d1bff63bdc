"""The ``fraudwall`` command line.

Commands live next to the stage they drive (``sim/cli.py``, ``models/cli.py``...)
and are imported lazily, so ``fraudwall ingest`` does not pay for loading the
machine-learning stack.
"""

from __future__ import annotations

import importlib
import logging
import sys

import click

from fraudwall import __version__
from fraudwall.errors import FraudwallError
from fraudwall.privacy import setup_logging

#: command name -> "module:attribute" of a click command or group
COMMANDS: dict[str, str] = {
    "ingest": "fraudwall.interchange.cli:ingest",
    "scenarios": "fraudwall.scenarios.cli:scenarios",
    "detect": "fraudwall.scenarios.cli:detect",
    "alerts": "fraudwall.scenarios.cli:alerts",
    "scores": "fraudwall.scenarios.cli:scores",
    "evaluate": "fraudwall.scenarios.cli:evaluate",
    "warehouse": "fraudwall.warehouse.cli:warehouse",
    "simulate": "fraudwall.sim.cli:simulate",
    "demo": "fraudwall.demo:demo",
    "train": "fraudwall.models.cli:train",
    "classify": "fraudwall.models.cli:classify",
    "models": "fraudwall.models.cli:models",
    "bench": "fraudwall.models.cli:bench",
    "serve": "fraudwall.api.cli:serve",
    "replay": "fraudwall.realtime.cli:replay",
    "keys": "fraudwall.api.cli:keys",
}


class LazyGroup(click.Group):
    """A click group whose sub-commands are imported on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = COMMANDS.get(cmd_name)
        if target is None:
            return None
        module_name, attr = target.split(":")
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name and module_name.startswith(exc.name):
                return _unavailable(cmd_name)
            raise
        return getattr(module, attr)


def _unavailable(name: str) -> click.Command:
    @click.command(name, help="(not available in this build)")
    def _cmd() -> None:
        raise click.ClickException(f"command {name!r} is not available in this build")

    return _cmd


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="fraudwall")
@click.option("--quiet", "-q", is_flag=True, help="No progress bars or info logs.")
@click.option("--verbose", "-v", is_flag=True, help="Debug logs.")
@click.option("--unmask", is_flag=True, help="Show phone numbers and ID keys unmasked in logs (audited use only).")
@click.pass_context
def cli(ctx: click.Context, quiet: bool, verbose: bool, unmask: bool) -> None:
    """fraudwall: find fraud numbers, SIM boxes, risky cards and gangs; warn victims; cut fraud off."""
    level = logging.DEBUG if verbose else (logging.WARNING if quiet else logging.INFO)
    setup_logging(level, unmask=unmask)
    ctx.ensure_object(dict)
    ctx.obj["quiet"] = quiet
    ctx.obj["unmask"] = unmask


def main() -> None:
    """Console entry point: clear one-line errors for user mistakes, exit code 2."""
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except FraudwallError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
