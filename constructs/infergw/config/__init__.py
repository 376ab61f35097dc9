"""The config file (``infergw.yaml``): its schema, reading and checking it."""
