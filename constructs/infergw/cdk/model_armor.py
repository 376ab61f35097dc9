"""``ModelArmorExtension``: Model Armor screening of prompts and responses on a Gateway.

A ``GCPTrafficExtension`` calling ``modelarmor.<location>.rep.googleapis.com`` on every request and
response event, with the ``model_armor_settings`` metadata that maps each model to its templates,
serialized the way Google's guide writes it. The template creation and IAM grants it needs are
written to ``prerequisites/model-armor-<name>.sh`` for review.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass

from infergw.cdk.chart import emit, emit_file
from infergw.cdk.runtime import Construct, LazyPath
from infergw.cdk.traffic_extension import EVENTS, Event, Extension, traffic_extension
from infergw.errors import ConstructError
from infergw.gcloud import iam_binding, project_number_command, script
from infergw.names import GCP_REGION
from infergw.refs import ObjectRef

_PROJECT = re.compile(r"^[a-z][a-z0-9-]{4,28}[a-z0-9]$")
_TEMPLATE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,62}$")

#: Roles the service-extension service account needs (Google's guide).
EXTENSION_ROLES = (
    "roles/container.admin",
    "roles/modelarmor.calloutUser",
    "roles/serviceusage.serviceUsageConsumer",
    "roles/modelarmor.user",
)
#: Filters of the template the guide creates (`llm`): prompt injection, jailbreak and RAI filters.
TEMPLATE_FLAGS = (
    "--pi-and-jailbreak-filter-settings-enforcement=enabled",
    "--pi-and-jailbreak-filter-settings-confidence-level=MEDIUM_AND_ABOVE",
    '--rai-settings-filters=\'[{ "filterType": "HATE_SPEECH", "confidenceLevel": "MEDIUM_AND_ABOVE" },'
    '{ "filterType": "DANGEROUS", "confidenceLevel": "MEDIUM_AND_ABOVE" },'
    '{ "filterType": "HARASSMENT", "confidenceLevel": "MEDIUM_AND_ABOVE" },'
    '{ "filterType": "SEXUALLY_EXPLICIT", "confidenceLevel": "MEDIUM_AND_ABOVE" }]\'',
    "--template-metadata-log-sanitize-operations",
    "--template-metadata-log-operations",
)


@dataclass(frozen=True)
class ModelArmorTemplate:
    """The Model Armor templates screening one model's prompts and responses.

    :param response_template: template for responses. default: the prompt template
    """

    model: str
    prompt_template: str
    response_template: str | None = None


class ModelArmorExtension(Construct):
    """Model Armor on a Gateway.

    :param gateway: the Gateway (``InferenceGateway.ref``)
    :param project: Google Cloud project id of the templates
    :param location: region of the templates and of the regional Model Armor endpoint, e.g. us-central1
    :param templates: one entry per model
    :param chain_name: default: ``<name>-chain``
    :param extension_name: default: ``<name>-service``
    :param supported_events: default: all six request and response events
    :param timeout: default: 1s
    :param fail_open: default: False (a Model Armor failure rejects the request)
    :param path_prefix: requests screened. default: ``/`` (all)
    """

    def __init__(
        self,
        scope: Construct,
        construct_id: str,
        name: str,
        *,
        gateway: ObjectRef,
        project: str,
        location: str,
        templates: Sequence[ModelArmorTemplate],
        chain_name: str | None = None,
        extension_name: str | None = None,
        supported_events: Sequence[Event] = EVENTS,  # type: ignore[assignment]
        timeout: str = "1s",
        fail_open: bool = False,
        path_prefix: str | None = "/",
    ) -> None:
        super().__init__(scope, construct_id)
        path = LazyPath(self)
        if not GCP_REGION.match(location):
            raise ConstructError(path, f"location={location!r}: give a Google Cloud region such as us-central1")
        if not _PROJECT.match(project):
            raise ConstructError(path, f"project={project!r}: give a project id (6-30 lower-case letters, digits, '-')")
        if not templates:
            raise ConstructError(path, "templates: give at least one ModelArmorTemplate(model, prompt_template)")
        for template in templates:
            for value in (template.prompt_template, template.response_template or template.prompt_template):
                if not _TEMPLATE.match(value):
                    raise ConstructError(path, f"template {value!r}: 1-63 letters, digits, '-' or '_'")
        self.settings = model_armor_settings(project, location, templates)
        extension = Extension(
            name=extension_name or f"{name}-service",
            supported_events=tuple(supported_events),
            google_api_service_name=f"modelarmor.{location}.rep.googleapis.com",
            timeout=timeout,
            fail_open=fail_open,
            metadata={"model_armor_settings": self.settings},
        )
        try:
            self.body = traffic_extension(
                name, gateway, chain_name or f"{name}-chain", [extension], path_prefix=path_prefix
            )
        except ValueError as exc:
            raise ConstructError(path, str(exc)) from None
        emit(self, "Resource", self.body)
        self.prerequisites = _prerequisites(name, project, location, templates)
        emit_file(self, f"model-armor-{name}.sh", self.prerequisites)


def _template_id(project: str, location: str, template: str) -> str:
    return f"projects/{project}/locations/{location}/templates/{template}"


def model_armor_settings(project: str, location: str, templates: Sequence[ModelArmorTemplate]) -> str:
    """The ``model_armor_settings`` metadata value, compact JSON as Google's guide writes it."""
    entries = [
        {
            "model": t.model,
            "model_response_template_id": _template_id(project, location, t.response_template or t.prompt_template),
            "user_prompt_template_id": _template_id(project, location, t.prompt_template),
        }
        for t in templates
    ]
    return "[" + ",".join(json.dumps(e, separators=(",", ": "), ensure_ascii=False) for e in entries) + "]"


def _prerequisites(name: str, project: str, location: str, templates: Sequence[ModelArmorTemplate]) -> str:
    names = sorted(
        {t.prompt_template for t in templates} | {t.response_template for t in templates if t.response_template}
    )
    member = "serviceAccount:service-${PROJECT_NUMBER}@gcp-sa-dep.iam.gserviceaccount.com"
    commands = [
        'gcloud config set api_endpoint_overrides/modelarmor "https://modelarmor.$LOCATION.rep.googleapis.com/"',
        *(
            f'gcloud model-armor templates create {template} --location "$LOCATION" \\\n    '
            + " \\\n    ".join(TEMPLATE_FLAGS)
            for template in names
        ),
        project_number_command(),
        *(iam_binding(member, role) for role in EXTENSION_ROLES),
    ]
    return script(
        f"Prerequisites of the Model Armor extension {name}: templates and IAM roles.",
        {"PROJECT_ID": project, "LOCATION": location},
        commands,
    )
