"""The config file (``infergw.yaml``): its schema, reading and checking it."""

#: The config file's name, when no other is given.
DEFAULT_CONFIG = "infergw.yaml"
