"""The output tree as a Helm chart: CRDs in ``crds/``, every other object a template.

The chart has no values: it is the synthesized stack, packaged for teams whose delivery pipeline
takes charts (``helm install``, Argo CD's Helm source). Template text is escaped so that ``{{``
inside an object (for example in an alert annotation) reaches the cluster literally.
"""

from __future__ import annotations

from collections.abc import Mapping

from infergw.output import KUSTOMIZATION, PREREQUISITES, dump_yaml

_CRD_PREFIX = "customresourcedefinition-"


def _escape(text: str) -> str:
    """Make ``text`` render to itself under Helm's Go templates."""
    return text.replace("{{", '{{ "{{" }}')


def chart_files(tree: Mapping[str, str], *, name: str, version: str, app_version: str) -> dict[str, str]:
    """Turn a rendered output tree (``{path: text}``, as ``infergw.output.render_tree`` gives) into chart files.

    :param name: chart name
    :param version: chart version (SemVer, without a leading ``v``)
    :param app_version: version of what the chart deploys, e.g. the inference-extension release
    """
    files = {
        "Chart.yaml": dump_yaml(
            [
                {
                    "apiVersion": "v2",
                    "name": name,
                    "description": "GKE Inference Gateway stack synthesized by infergw",
                    "type": "application",
                    "version": version,
                    "appVersion": app_version,
                }
            ]
        ),
        "values.yaml": "# This chart is synthesized output and takes no values; change the stack and re-synthesize.\n",
    }
    for path, text in sorted(tree.items()):
        directory, _, file_name = path.rpartition("/")
        if file_name == KUSTOMIZATION or directory.split("/")[0] == PREREQUISITES:
            continue
        if file_name.startswith(_CRD_PREFIX):
            files[f"crds/{file_name}"] = text  # Helm applies crds/ verbatim, without templating
        else:
            files[f"templates/{directory}-{file_name}" if directory else f"templates/{file_name}"] = _escape(text)
    return files
