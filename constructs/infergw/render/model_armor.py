"""Model Armor screening of prompts and responses on a Gateway.

A ``GCPTrafficExtension`` calling ``modelarmor.<location>.rep.googleapis.com`` on every request and
response event, with the ``model_armor_settings`` metadata that maps each model to its templates,
serialized the way Google's guide writes it. The template creation and IAM grants it needs are a
reviewable script, ``model-armor-<name>.sh`` (written under ``prerequisites/``). Node-free.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from infergw.gcloud import iam_binding, project_number_command, script
from infergw.names import GCP_PROJECT_RULE, GCP_REGION_RULE, OBJECT_NAME
from infergw.refs import ObjectRef
from infergw.render.traffic_extension import (
    EVENTS,
    EXTENSION_NAME,
    EXTENSION_TIMEOUT,
    METADATA_VALUE,
    Event,
    Extension,
    check_name,
    check_timeout,
    path_matcher,
    traffic_extension,
)
from infergw.settings import Grammar, PropsError, check_props, setting

#: Model Armor template ids.
TEMPLATE_NAME = Grammar(
    r"[A-Za-z0-9][A-Za-z0-9_-]{0,62}",
    "a template id: 1 to 63 letters, digits, '-' or '_', starting with a letter or digit",
)
#: Model names as the metadata carries them: the GKE CRD's metadata characters, less what JSON escapes.
MODEL_NAME = Grammar(
    r"[A-Za-z0-9/._~%!$&'()*+,;=: \[\]{}-]+",
    "a model name of letters, digits, spaces and URL punctuation (the GKE CRD refuses quotes, backslashes, "
    "'?', '#' and non-ASCII in extension metadata)",
)
#: The metadata key Model Armor reads its settings from.
SETTINGS_KEY = "model_armor_settings"

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
    """The Model Armor templates screening one model's prompts and responses."""

    model: str = setting(grammar=MODEL_NAME, doc="The model name clients send (the ``model`` of the request body).")
    prompt_template: str = setting(grammar=TEMPLATE_NAME, doc="Template id screening the model's prompts.")
    response_template: str | None = setting(
        None, grammar=TEMPLATE_NAME, doc="Template id screening the model's responses. default: the prompt template"
    )


@dataclass(frozen=True)
class ModelArmorProps:
    """Model Armor on a Gateway: where the templates live, one entry per model, and the extension's settings."""

    project: str = setting(grammar=GCP_PROJECT_RULE, doc="Google Cloud project id of the templates.")
    location: str = setting(
        grammar=GCP_REGION_RULE,
        doc="Region of the templates and of the regional Model Armor endpoint, e.g. us-central1.",
    )
    templates: tuple[ModelArmorTemplate, ...] = setting(
        min_items=1, doc="One entry per model: its prompt template and, optionally, its response template."
    )
    chain_name: str | None = setting(
        None, grammar=EXTENSION_NAME, doc="Name of the extension chain. default: ``<name>-chain``"
    )
    extension_name: str | None = setting(
        None, grammar=EXTENSION_NAME, doc="Name of the extension in the chain. default: ``<name>-service``"
    )
    supported_events: tuple[Event, ...] = setting(
        EVENTS, min_items=1, unique=True, doc="Events screened. default: all six request and response events"
    )
    timeout: str = setting("1s", grammar=EXTENSION_TIMEOUT, doc="Time Model Armor has per call, 10ms to 10s.")
    fail_open: bool = setting(
        False, doc="Let requests through when Model Armor fails. default: False (a Model Armor failure rejects)"
    )
    path_prefix: str | None = setting(
        "/", doc="Requests screened: those whose path starts with it; None screens without a match condition."
    )


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


def check_model_armor(name: str, props: ModelArmorProps) -> None:
    """Raise :class:`PropsError` for ``props`` (and the derived names) the GKE CRD or Model Armor refuse."""
    check_name("name", name, OBJECT_NAME)
    check_props(props)
    check_name("chain_name", props.chain_name or f"{name}-chain", EXTENSION_NAME, default=f"{name}-chain")
    check_name("extension_name", props.extension_name or f"{name}-service", EXTENSION_NAME, default=f"{name}-service")
    check_timeout("timeout", props.timeout)
    if props.path_prefix is not None:
        path_matcher(props.path_prefix)
    settings = model_armor_settings(props.project, props.location, props.templates)
    if METADATA_VALUE.problem(settings) is not None:
        models = [t.model for t in props.templates]
        raise PropsError(
            "templates",
            models,
            f"the {SETTINGS_KEY} metadata of these {len(models)} models is {len(settings)} characters, over the "
            f"GKE CRD's {METADATA_VALUE.max_length}: split the models over several extensions or use shorter names",
        )


def render_model_armor(name: str, gateway: ObjectRef, props: ModelArmorProps) -> dict[str, Any]:
    """The GCPTrafficExtension ``name`` calling Model Armor for ``gateway`` (in the Gateway's namespace)."""
    check_model_armor(name, props)
    extension = Extension(
        name=props.extension_name or f"{name}-service",
        supported_events=tuple(props.supported_events),
        google_api_service_name=f"modelarmor.{props.location}.rep.googleapis.com",
        timeout=props.timeout,
        fail_open=props.fail_open,
        metadata={SETTINGS_KEY: model_armor_settings(props.project, props.location, props.templates)},
    )
    return traffic_extension(
        name, gateway, props.chain_name or f"{name}-chain", [extension], path_prefix=props.path_prefix
    )


def prerequisites_file(name: str) -> str:
    """The file name of the prerequisites script of Model Armor extension ``name``."""
    return f"model-armor-{name}.sh"


def model_armor_prerequisites(name: str, props: ModelArmorProps) -> str:
    """The reviewable script creating the templates and granting the roles the extension needs."""
    templates = props.templates
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
        {"PROJECT_ID": props.project, "LOCATION": props.location},
        commands,
    )
