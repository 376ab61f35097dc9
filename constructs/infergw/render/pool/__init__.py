"""The InferencePool stack: a pool and its endpoint picker, as the upstream chart renders them.

Node-free: :func:`render_pool_stack` gives the objects as dicts; the ``InferencePoolStack``
construct (:mod:`infergw.cdk.pool`) emits them into a cdk8s app, and migration planning renders
them directly. Release differences are data (:mod:`infergw.releases`); every chart value is a
typed field of :class:`InferencePoolProps` with one default.
"""

from infergw.render.pool.checks import check_pool
from infergw.render.pool.names import epp_name
from infergw.render.pool.props import MAX_NAME, EppImage, InferencePoolProps, MonitoringSecret
from infergw.render.pool.stack import pool_ref, render_pool_stack

__all__ = [
    "MAX_NAME",
    "EppImage",
    "InferencePoolProps",
    "MonitoringSecret",
    "check_pool",
    "epp_name",
    "pool_ref",
    "render_pool_stack",
]
