"""Errors that reach the user: each says what is wrong and where."""


class FraudwallError(Exception):
    """Base class for errors shown to the user as one clear line."""


class InputError(FraudwallError):
    """A file, folder, profile or flag given by the user is wrong."""


class WarehouseError(FraudwallError):
    """The warehouse folder is missing, not a warehouse, or of another version."""


class ScenarioError(FraudwallError):
    """A scenario file is invalid (names the file and the problem)."""
