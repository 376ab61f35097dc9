"""The manifests of the customization seed (``003_94fb7a396e1de115.txt``), cut out of its text.

Tests compare constructs with these blocks field for field. The seed is read from the reference
folder beside the repository (tests only; never at run time); without it the tests skip visibly.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

SEED = "seeds/003_94fb7a396e1de115.txt"


def block(reference: Path, first_line: str, end_marker: str, *, after: str = "") -> str:
    """The code block starting at the line ``first_line`` (stripped; the first one after the line
    containing ``after``) and ending before the line containing ``end_marker``, de-indented."""
    lines = (reference / SEED).read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if after in line) if after else 0
    begin = next(i for i in range(start, len(lines)) if lines[i].strip() == first_line)
    end = next(i for i in range(begin + 1, len(lines)) if end_marker in lines[i])
    return textwrap.dedent("\n".join(lines[begin:end])).strip() + "\n"


def adapter(reference: Path) -> str:
    """adapter_new_resource_model.yaml: the custom-metrics Stackdriver adapter, 13 documents."""
    return block(reference, "apiVersion: v1", "将示例清单应用于集群", after="adapter_new_resource_model.yaml")


def hpa(reference: Path) -> str:
    """The HorizontalPodAutoscaler per pool, with its placeholders (INFERENCE_POOL_NAME, ...)."""
    return block(reference, "apiVersion: autoscaling/v2", "替换以下内容", after="对于每个 InferencePool")


def alerts(reference: Path) -> str:
    """alerts.yaml: the four alert rules."""
    return block(reference, "groups:", "如需创建提醒政策", after="alerts.yaml")


def iam_commands(reference: Path) -> str:
    """The adapter's roles/monitoring.viewer grant, as shell lines without the ``$ `` prompts."""
    text = block(reference, "$ PROJECT_ID=PROJECT_ID", "请将 PROJECT_ID 替换为", after="如需向适配器授予")
    return "\n".join(line.removeprefix("$ ") for line in text.splitlines()) + "\n"


def error_detail_metric(reference: Path) -> str:
    """error_detail_metric.json: the log-based metric extracting the load balancer's proxyStatus."""
    return block(reference, "{", "MONITORED_RESOURCE 替换为", after="error_detail_metric.json")
