"""The output tree as a Helm chart a Helm user installs: ``helm install NAME CHART -n NAMESPACE``.

* Objects of the stack's namespace go to ``{{ .Release.Namespace }}``, and so does every reference
  to that namespace (RBAC subjects, the picker's ``--pool-namespace``, the HPA's metric selector);
  a Namespace object of the stack is left out (``helm install --create-namespace`` makes it).
* Cluster-scoped objects get names unique per release (``<release>-...-<namespace>-...``), and the
  bindings that name them follow, so two releases in two namespaces never touch each other's objects.
* ``values.yaml`` holds what changes per environment, each default the synthesized value, so the
  defaults render exactly the synthesized stack: per Deployment its replicas and per container its
  image repository and tag and its resources, per GCPBackendPolicy its access-log sample rate, per
  HorizontalPodAutoscaler its bounds. ``values.schema.json`` makes Helm refuse anything else.
* A directory that registers an APIService (the custom-metrics adapter) is one per cluster: its
  objects keep their names and namespaces and render only with ``<directory>.install: true``,
  false by default so that no two releases collide; NOTES.txt says so while it is off.
* CRDs go to ``crds/``, which Helm installs with the first release and never upgrades or deletes;
  the chart's README says how to upgrade them. The gcloud prerequisites go to ``files/``, where
  Helm packages but never renders them, and NOTES.txt points at them.
* Template text is escaped so that ``{{`` inside an object (an alert annotation) reaches the
  cluster literally; ``.helmignore`` keeps the output marker out of the packaged chart.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import yaml

from infergw.output import KUSTOMIZATION, MARKER, PREREQUISITES, canonical, dump_yaml

__all__ = ["chart_files", "values_of"]

_CRD_KIND = "CustomResourceDefinition"
#: Where a chart keeps files that Helm packages but does not render.
FILES = "files"
_RELEASE_NAMESPACE = "{{ .Release.Namespace }}"
_TOKEN = "__infergw_value_{}__"
_LOG_SAMPLE_RATE = {"type": ["integer", "null"], "minimum": 0, "maximum": 1_000_000}
_REPLICAS = {"type": "integer", "minimum": 0}
_QUANTITIES = {"type": "object", "additionalProperties": {"type": ["string", "number"]}}
_RESOURCES = {
    "type": ["object", "null"],
    "additionalProperties": False,
    "properties": {"requests": _QUANTITIES, "limits": _QUANTITIES, "claims": {"type": "array"}},
}
_NAME_OF_IMAGE = re.compile(r"^(?P<repository>[^@]+?)(?::(?P<tag>[\w][\w.-]{0,127}))?$")


def _escape(text: str) -> str:
    """Make ``text`` render to itself under Helm's Go templates."""
    return text.replace("{{", '{{ "{{" }}')


@dataclass
class _Knob:
    """A value of an object that ``values.yaml`` sets: where it lives in the values, its default,
    its JSON Schema, how it is written (``render`` turns the values expression into the YAML
    value) and whether a null removes the key."""

    path: tuple[str, ...]
    default: Any
    schema: dict[str, Any]
    render: Callable[[str], str] = lambda expression: f"{{{{ {expression} | toJson }}}}"
    optional: bool = False

    @property
    def expression(self) -> str:
        return "index .Values " + " ".join(json.dumps(part) for part in self.path)


def _camel(name: str) -> str:
    head, *rest = name.split("-")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


class _Templater:
    """Turns the objects of one chart into template text, collecting the values they read."""

    def __init__(self, namespace: str) -> None:
        self.namespace = namespace
        self.knobs: list[_Knob] = []
        self.texts: dict[str, str] = {}  # placeholder -> template text
        #: Kind -> the method that turns its per-environment fields into knobs.
        self.knobs_of: dict[str, Callable[[dict[str, Any]], None]] = {
            "Deployment": self.deployment,
            "GCPBackendPolicy": self.backend_policy,
            "HorizontalPodAutoscaler": self.autoscaler,
        }

    def placeholder(self, text: str) -> str:
        token = _TOKEN.format(len(self.texts))
        self.texts[token] = text
        return token

    def knob(self, knob: _Knob) -> str:
        self.knobs.append(knob)
        return self.placeholder(f"knob:{len(self.knobs) - 1}")

    # --- the namespace and the names of cluster-scoped objects ----------------------------------

    def cluster_name(self, name: str) -> str:
        """``vllm-default-epp`` -> ``<release>-vllm-<release namespace>-epp``: unique per release. The
        stack's namespace, where the name spells it (between separators), becomes the release's."""
        spelled = re.compile(rf"(?<![a-z0-9]){re.escape(self.namespace)}(?![a-z0-9])")
        if spelled.search(name):
            return self.placeholder("{{ .Release.Name }}-" + spelled.sub(_RELEASE_NAMESPACE, name, count=1))
        return self.placeholder(f"{{{{ .Release.Name }}}}-{_RELEASE_NAMESPACE}-{name}")

    def namespaced(self, value: Any) -> Any:
        """Every reference to the stack's namespace in ``value`` becomes the release's namespace."""
        if isinstance(value, dict):
            out = {}
            for key, item in value.items():
                if isinstance(item, str) and item == self.namespace and _names_a_namespace(key):
                    out[key] = self.placeholder(_RELEASE_NAMESPACE)
                else:
                    out[key] = self.namespaced(item)
            return out
        if isinstance(value, list):
            out_list = []
            for index, item in enumerate(value):
                flag = value[index - 1] if index else None
                if item == self.namespace and isinstance(flag, str) and flag.endswith("-namespace"):
                    out_list.append(self.placeholder(_RELEASE_NAMESPACE))  # --pool-namespace NAME
                elif isinstance(item, str) and re.fullmatch(rf"--[\w-]*namespace={re.escape(self.namespace)}", item):
                    flag_name = item.partition("=")[0]
                    out_list.append(self.placeholder(f"{flag_name}={_RELEASE_NAMESPACE}"))  # --pool-namespace=NAME
                else:
                    out_list.append(self.namespaced(item))
            return out_list
        return value

    # --- per-environment knobs ------------------------------------------------------------------

    def deployment(self, obj: dict[str, Any]) -> None:
        name, spec = obj["metadata"]["name"], obj.setdefault("spec", {})
        base = ("deployments", name)
        spec["replicas"] = self.knob(
            _Knob((*base, "replicas"), spec.get("replicas", 1), _REPLICAS)  # 1: the API server's default
        )
        for container in spec.get("template", {}).get("spec", {}).get("containers", []):
            where = (*base, "containers", container["name"])
            match = _NAME_OF_IMAGE.match(str(container.get("image", "")))
            if match and match["tag"]:
                image = {"repository": match["repository"], "tag": match["tag"]}
                container["image"] = self.knob(
                    _Knob(
                        (*where, "image"),
                        image,
                        {
                            "type": "object",
                            "additionalProperties": False,
                            "required": ["repository", "tag"],
                            "properties": {
                                "repository": {"type": "string", "minLength": 1},
                                "tag": {"type": "string", "minLength": 1},
                            },
                        },
                        render=lambda e: f'{{{{ printf "%s:%s" ({e}).repository ({e}).tag | toJson }}}}',
                    )
                )
            container["resources"] = self.knob(
                _Knob((*where, "resources"), container.get("resources"), _RESOURCES, optional=True)
            )

    def backend_policy(self, obj: dict[str, Any]) -> None:
        logging = obj.get("spec", {}).get("default", {}).get("logging")
        if isinstance(logging, dict):
            logging["sampleRate"] = self.knob(
                _Knob(
                    ("backendPolicies", obj["metadata"]["name"], "logSampleRate"),
                    logging.get("sampleRate"),
                    _LOG_SAMPLE_RATE,
                    optional=True,
                )
            )

    def autoscaler(self, obj: dict[str, Any]) -> None:
        spec, base = obj.get("spec", {}), ("autoscalers", obj["metadata"]["name"])
        if "minReplicas" in spec:
            spec["minReplicas"] = self.knob(
                _Knob((*base, "minReplicas"), spec["minReplicas"], {"type": "integer", "minimum": 1})
            )
        spec["maxReplicas"] = self.knob(
            _Knob((*base, "maxReplicas"), spec["maxReplicas"], {"type": "integer", "minimum": 1})
        )

    # --- text -----------------------------------------------------------------------------------

    def text(self, obj: Mapping[str, Any]) -> str:
        """The object as template text: escaped, then each placeholder replaced by its template."""
        text = _escape(dump_yaml([canonical(obj)]))
        lines = []
        for line in text.splitlines(keepends=True):
            tokens = re.findall(r"__infergw_value_\d+__", line)
            for token in tokens:
                line = self._expand(line, token)
            lines.append(line)
        return "".join(lines)

    def _expand(self, line: str, token: str) -> str:
        target = self.texts[token]
        if not target.startswith("knob:"):
            return line.replace(token, target)
        knob = self.knobs[int(target.removeprefix("knob:"))]
        value = knob.render(f"({knob.expression})" if " " in knob.expression else knob.expression)
        if not knob.optional:
            return line.replace(token, value)
        # `key: token` on a line of its own: the key is written only when the value is not null
        return (
            f'{{{{- if not (kindIs "invalid" ({knob.expression})) }}}}\n'
            f"{line.replace(token, value).rstrip()}\n"
            "{{- end }}\n"
        )


def _names_a_namespace(key: str) -> bool:
    """Keys whose value is a namespace name: ``namespace``, ``resource.labels.namespace``, ``namespace_name``."""
    return key == "namespace" or key.endswith((".namespace", "namespace_name"))


def _values(knobs: list[_Knob], installs: list[str]) -> tuple[dict[str, Any], dict[str, Any]]:
    """``values.yaml`` and ``values.schema.json`` of ``knobs`` and the per-cluster ``installs``."""
    values: dict[str, Any] = {}
    schema: dict[str, Any] = {
        "$schema": "https://json-schema.org/draft-07/schema#",
        "title": "values of the chart infergw synthesized",
        "type": "object",
        "additionalProperties": False,
        "properties": {},
        "required": [],
    }
    for knob in knobs:
        node, node_schema = values, schema
        for part in knob.path[:-1]:
            node = node.setdefault(part, {})
            if part not in node_schema["properties"]:
                node_schema["properties"][part] = {
                    "type": "object",
                    "additionalProperties": False,
                    "properties": {},
                    "required": [],
                }
                node_schema["required"].append(part)
            node_schema = node_schema["properties"][part]
        node[knob.path[-1]] = knob.default
        node_schema["properties"][knob.path[-1]] = knob.schema
        node_schema["required"].append(knob.path[-1])
    for key in installs:
        values[key] = {"install": False}
        schema["properties"][key] = {
            "type": "object",
            "additionalProperties": False,
            "required": ["install"],
            "properties": {
                "install": {
                    "type": "boolean",
                    "description": "one release per cluster installs it: set true in that one",
                }
            },
        }
        schema["required"].append(key)
    return values, schema


_VALUES_HEADER = """\
# Per-environment settings of the stack infergw synthesized. Every default is the synthesized
# value, so `helm install` without values deploys that stack (per-cluster components aside: they
# are off until one release sets <directory>.install: true); values.schema.json refuses keys and
# types the chart does not read. Everything else changes in infergw.yaml, then re-run
# `infergw synth --format helm`.
#   deployments.<name>.replicas, .containers.<name>.image.{repository,tag}, .containers.<name>.resources
#   backendPolicies.<name>.logSampleRate    requests logged, in millionths; null: the load balancer's default
#   autoscalers.<name>.{minReplicas,maxReplicas}
#   <directory>.install                     per-cluster components (the metrics adapter): true in one release
"""


def values_of(chart: Mapping[str, str]) -> dict[str, Any]:
    """The default values of a chart written by :func:`chart_files`."""
    return yaml.safe_load(chart["values.yaml"]) or {}


def chart_files(
    tree: Mapping[str, str], *, name: str, version: str, app_version: str, namespace: str = "default"
) -> dict[str, str]:
    """Turn a rendered output tree (``{path: text}``, as ``infergw.output.render_tree`` gives) into chart files.

    :param name: chart name
    :param version: chart version (SemVer, without a leading ``v``): the chart's own, which you bump
    :param app_version: version of what the chart deploys, e.g. the inference-extension release
    :param namespace: the namespace the stack was synthesized for; it becomes the release's
    """
    templater = _Templater(namespace)
    files: dict[str, str] = {}
    installs: list[str] = []
    prerequisites: list[str] = []
    objects: dict[str, list[tuple[str, dict[str, Any]]]] = {}
    for path, text in sorted(tree.items()):
        directory, _, file_name = path.rpartition("/")
        top = directory.split("/")[0]
        if top == PREREQUISITES:
            files[f"{FILES}/{path}"] = text
            prerequisites.append(path)
            continue
        if file_name in (KUSTOMIZATION, MARKER):
            continue
        for obj in yaml.safe_load_all(text):
            if obj:
                objects.setdefault(directory, []).append((file_name, obj))
    renamed: dict[tuple[str, str], str] = {}
    singletons = {d for d, objs in objects.items() if any(o.get("kind") == "APIService" for _, o in objs)}
    for directory, objs in objects.items():
        if directory in singletons:
            continue
        for _, obj in objs:
            meta = obj.get("metadata", {})
            if obj.get("kind") != _CRD_KIND and "namespace" not in meta and obj.get("kind") != "Namespace":
                renamed[(obj["kind"], meta["name"])] = templater.cluster_name(meta["name"])
    for directory, objs in sorted(objects.items()):
        for file_name, original in objs:
            target = f"templates/{directory}-{file_name}" if directory else f"templates/{file_name}"
            if original.get("kind") == _CRD_KIND:
                files[f"crds/{file_name}"] = dump_yaml([canonical(original)])  # Helm applies crds/ verbatim
                continue
            if directory in singletons:
                key = _camel(directory)
                if key not in installs:
                    installs.append(key)
                body = _escape(dump_yaml([canonical(original)]))
                files[target] = f'{{{{- if (index .Values {json.dumps(key)} "install") }}}}\n{body}{{{{- end }}}}\n'
                continue
            if original.get("kind") == "Namespace" and original["metadata"]["name"] == namespace:
                continue  # the release's namespace: `helm install --create-namespace`
            obj = templater.namespaced(copy.deepcopy(original))
            kind, meta = obj["kind"], obj["metadata"]
            if (kind, meta["name"]) in renamed and "namespace" not in meta:
                meta["name"] = renamed[(kind, meta["name"])]
            role = obj.get("roleRef")
            if isinstance(role, dict) and (role.get("kind"), role.get("name")) in renamed:
                role["name"] = renamed[(role["kind"], role["name"])]
            knobs = templater.knobs_of.get(kind)
            if knobs is not None:
                knobs(obj)
            files[target] = templater.text(obj)
    values, schema = _values(templater.knobs, installs)
    files["values.yaml"] = _VALUES_HEADER + (dump_yaml([values]) if values else "{}\n")
    files["values.schema.json"] = json.dumps(schema, indent=2, sort_keys=True) + "\n"
    files["Chart.yaml"] = dump_yaml(
        [
            {
                "apiVersion": "v2",
                "name": name,
                "description": "GKE Inference Gateway stack synthesized by infergw",
                "type": "application",
                "version": version,
                "appVersion": app_version,
                "annotations": {"infergw.dev/synthesized-namespace": namespace},
            }
        ]
    )
    files[".helmignore"] = f"# Written by infergw: the output marker is not part of the chart.\n{MARKER}\n"
    files["templates/NOTES.txt"] = _notes(prerequisites, namespace, installs)
    files["README.md"] = _readme(name, app_version, sorted(p for p in files if p.startswith("crds/")), prerequisites)
    return dict(sorted(files.items()))


def _notes(prerequisites: list[str], namespace: str, installs: list[str]) -> str:
    lines = ["{{ .Chart.Name }} ({{ .Chart.AppVersion }}) is installed in namespace {{ .Release.Namespace }}."]
    for key in installs:
        lines += [
            f'{{{{- if not (index .Values {json.dumps(key)} "install") }}}}',
            "",
            f"{key} is one per cluster and this release leaves it out ({key}.install: false): set",
            f"{key}.install=true in exactly one release of this cluster, or what reads it (the",
            "HorizontalPodAutoscalers' external metrics) has nothing to read.",
            "{{- end }}",
        ]
    if prerequisites:
        lines += [
            "",
            f"Before traffic flows, run the gcloud prerequisites, written for namespace {namespace}",
            "(get them with `helm pull --untar`; infergw never runs them):",
            *(f"  {FILES}/{path}" for path in prerequisites),
        ]
    return "\n".join(lines) + "\n"


def _readme(name: str, app_version: str, crds: list[str], prerequisites: list[str]) -> str:
    crd_lines = "\n".join(f"- `{path}`" for path in crds) or "- none"
    prerequisite_lines = "\n".join(f"- `{FILES}/{path}`" for path in prerequisites) or "- none"
    return f"""# {name}

The GKE Inference Gateway stack ({app_version}) synthesized by infergw, as a chart:

    helm install NAME . --namespace NAMESPACE --create-namespace

Every namespaced object goes to the release's namespace and cluster-scoped objects carry the
release's name and namespace, so one stack installs once per namespace. `values.yaml` lists the
settings that change per environment (image tags, replicas, resources, access-log sample rate,
autoscaling bounds); `values.schema.json` refuses anything else. Everything else changes in
`infergw.yaml`: re-run `infergw synth --format helm`.

## CRDs

{crd_lines}

Helm installs `crds/` with the first release only: it **never upgrades or deletes them**
(`helm upgrade` skips the folder). When the inference release changes, apply the new CRDs yourself
before upgrading the release:

    infergw crds --release RELEASE | kubectl apply --server-side -f -

## Prerequisites outside the cluster

{prerequisite_lines}

Generated gcloud scripts and definitions, packaged in the chart but never rendered or run: review
and run them once per project before installing (`helm pull --untar` to get them from a repository).

## Components one per cluster

A directory that registers an APIService (the custom-metrics adapter) is one per cluster: its
objects keep their fixed names and namespaces (the adapter's own `custom-metrics`, and
`kube-system` for reading the API server's authentication settings, as the gcloud script binds
them) and render only while `<directory>.install` is true (`metricsAdapter.install`). It is false
by default, so that no two releases collide: set it true in exactly one release per cluster.
"""
