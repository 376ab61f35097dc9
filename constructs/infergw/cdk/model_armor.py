"""``ModelArmorExtension``: Model Armor screening of prompts and responses on a Gateway.

Emits what :mod:`infergw.render.model_armor` renders: the ``GCPTrafficExtension`` and the
prerequisites script ``prerequisites/model-armor-<name>.sh`` (templates and IAM grants, for review).
"""

from __future__ import annotations

from infergw.cdk.chart import emit, emit_file
from infergw.cdk.runtime import Construct, constructs, props_error
from infergw.refs import ObjectRef
from infergw.render.model_armor import (
    ModelArmorProps,
    model_armor_prerequisites,
    model_armor_settings,
    prerequisites_file,
    render_model_armor,
)
from infergw.settings import PropsError


class ModelArmorExtension(Construct):
    """Model Armor on a Gateway: the traffic extension ``name`` and its prerequisites script.

    :param name: name of the GCPTrafficExtension (chain and extension are named after it by default)
    :param gateway: the Gateway screened (``InferenceGateway.ref``)
    :param props: project, location, one template entry per model, and the extension's settings
    """

    def __init__(
        self, scope: constructs.Construct, construct_id: str, name: str, *, gateway: ObjectRef, props: ModelArmorProps
    ) -> None:
        super().__init__(scope, construct_id)
        try:
            self.body = render_model_armor(name, gateway, props)
        except PropsError as exc:
            raise props_error(self, exc) from None
        self.settings = model_armor_settings(props.project, props.location, props.templates)
        """The ``model_armor_settings`` metadata value."""
        self.prerequisites = model_armor_prerequisites(name, props)
        """The prerequisites script (templates, IAM roles)."""
        emit(self, "Resource", self.body)
        emit_file(self, prerequisites_file(name), self.prerequisites)
