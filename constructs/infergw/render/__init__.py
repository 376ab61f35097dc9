"""Rendering: every construct's props, checks and objects as plain Python (no Node.js).

One module (or package) per construct family. Each defines the construct's props (the settings,
see :mod:`infergw.settings`), the checks a single value or the chosen release needs, and functions
returning the Kubernetes objects as dicts. The constructs in :mod:`infergw.cdk` call them and emit
the result; migration planning and the command line call them directly.
"""
