"""The proeftuin kit: actor networks, collaboration figures and monthly reports for buurtplatforms."""

__version__ = "0.1.0"
