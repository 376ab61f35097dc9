"""Validation throughput, two measurements in one run.

1. Engine: `infergw validate`'s checks on objects in memory against a plain jsonschema loop.
2. End to end: `infergw validate DIR` as a process on N objects in files of 15 (10,000 objects in
   667 files by default) against the floor, a fresh Python process that only loads the same files
   with PyYAML's C loader (``yaml.load_all(..., Loader=yaml.CSafeLoader)``). Each side runs
   ``ROUNDS`` times, alternating; the best of each is reported, with the ratio.

The workload is a realistic pool stack (pool, endpoint picker, gateway, route, objectives, GKE
policies, extension, autoscaler, monitoring, alert rules) replicated into distinct namespaces until
there are N objects (default 10,000), so references resolve and nothing is a duplicate.

Baseline: pure-Python ``jsonschema`` validators compiled once per schema (the same JSON Schemas our
engine uses, so equal strictness), looped over the objects; no defaults, no CEL, no references.
Ours: the full engine (schemas, defaults, CEL rules, list types, names, duplicates, references). The
engine remembers what it judged by exact field value, which the replicated workload favours; a third
line measures both again on a workload whose values differ in every namespace.

Run: ``.venv/bin/python bench/validate.py [N] [--engine-only | --end-to-end-only]``. Prints objects/s
for each side, the ratios, and the peak resident memory of the processes.
"""

from __future__ import annotations

import copy
import gc
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "constructs"))

from importlib import resources  # noqa: E402

import jsonschema  # noqa: E402
import referencing  # noqa: E402
from infergw.validation import Document, ValidationOptions  # noqa: E402
from infergw.validation.engine import schema_set, validate_documents  # noqa: E402
from infergw.validation.schemas import _core_dir, split_api_version  # noqa: E402
from infergw.validation.structural import to_json_schema  # noqa: E402

POOL = "vllm"
TEMPLATE = [
    {
        "apiVersion": "inference.networking.k8s.io/v1",
        "kind": "InferencePool",
        "metadata": {"name": POOL},
        "spec": {
            "selector": {"matchLabels": {"app": POOL}},
            "targetPorts": [{"number": 8000}],
            "endpointPickerRef": {"name": f"{POOL}-epp", "port": {"number": 9002}},
        },
    },
    {
        "apiVersion": "v1",
        "kind": "Service",
        "metadata": {"name": f"{POOL}-epp"},
        "spec": {
            "selector": {"app": f"{POOL}-epp"},
            "ports": [
                {"name": "grpc-ext-proc", "port": 9002, "protocol": "TCP"},
                {"name": "http-metrics", "port": 9090, "protocol": "TCP"},
            ],
        },
    },
    {
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "metadata": {"name": f"{POOL}-epp"},
        "spec": {
            "replicas": 1,
            "selector": {"matchLabels": {"app": f"{POOL}-epp"}},
            "template": {
                "metadata": {"labels": {"app": f"{POOL}-epp"}},
                "spec": {
                    "serviceAccountName": f"{POOL}-epp",
                    "containers": [
                        {
                            "name": "epp",
                            "image": "registry.k8s.io/gateway-api-inference-extension/epp:v1.0.2",
                            "args": ["--pool-name", POOL, "--grpc-port", "9002"],
                            "ports": [{"containerPort": 9002}, {"containerPort": 9090}],
                            "resources": {"requests": {"cpu": "1", "memory": "1Gi"}},
                        }
                    ],
                },
            },
        },
    },
    {"apiVersion": "v1", "kind": "ServiceAccount", "metadata": {"name": f"{POOL}-epp"}},
    {
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "metadata": {"name": POOL},
        "spec": {
            "replicas": 2,
            "selector": {"matchLabels": {"app": POOL}},
            "template": {
                "metadata": {"labels": {"app": POOL}},
                "spec": {
                    "containers": [
                        {"name": "vllm", "image": "vllm/vllm-openai:v0.10.0", "ports": [{"containerPort": 8000}]}
                    ]
                },
            },
        },
    },
    {
        "apiVersion": "gateway.networking.k8s.io/v1",
        "kind": "Gateway",
        "metadata": {"name": "inference-gateway"},
        "spec": {
            "gatewayClassName": "gke-l7-regional-external-managed",
            "listeners": [{"name": "http", "port": 80, "protocol": "HTTP"}],
        },
    },
    {
        "apiVersion": "gateway.networking.k8s.io/v1",
        "kind": "HTTPRoute",
        "metadata": {"name": "llm-route"},
        "spec": {
            "parentRefs": [{"group": "gateway.networking.k8s.io", "kind": "Gateway", "name": "inference-gateway"}],
            "rules": [
                {
                    "matches": [{"path": {"type": "PathPrefix", "value": "/"}}],
                    "timeouts": {"request": "300s"},
                    "backendRefs": [
                        {"group": "inference.networking.k8s.io", "kind": "InferencePool", "name": POOL, "weight": 100}
                    ],
                }
            ],
        },
    },
    {
        "apiVersion": "inference.networking.x-k8s.io/v1alpha2",
        "kind": "InferenceObjective",
        "metadata": {"name": "food-review"},
        "spec": {"priority": 2, "poolRef": {"group": "inference.networking.k8s.io", "name": POOL}},
    },
    {
        "apiVersion": "inference.networking.x-k8s.io/v1alpha2",
        "kind": "InferenceObjective",
        "metadata": {"name": "base-model"},
        "spec": {"priority": 2, "poolRef": {"group": "inference.networking.k8s.io", "name": POOL}},
    },
    {
        "apiVersion": "networking.gke.io/v1",
        "kind": "GCPBackendPolicy",
        "metadata": {"name": POOL},
        "spec": {
            "targetRef": {"group": "inference.networking.k8s.io", "kind": "InferencePool", "name": POOL},
            "default": {"timeoutSec": 300, "logging": {"enabled": True, "sampleRate": 500000}},
        },
    },
    {
        "apiVersion": "networking.gke.io/v1",
        "kind": "HealthCheckPolicy",
        "metadata": {"name": POOL},
        "spec": {
            "targetRef": {"group": "inference.networking.k8s.io", "kind": "InferencePool", "name": POOL},
            "default": {
                "config": {
                    "type": "HTTP",
                    "httpHealthCheck": {"requestPath": "/health", "port": 8000, "portSpecification": "USE_FIXED_PORT"},
                }
            },
        },
    },
    {
        "apiVersion": "networking.gke.io/v1",
        "kind": "GCPTrafficExtension",
        "metadata": {"name": "model-armor"},
        "spec": {
            "targetRefs": [{"group": "gateway.networking.k8s.io", "kind": "Gateway", "name": "inference-gateway"}],
            "extensionChains": [
                {
                    "name": "chain",
                    "matchCondition": {"celExpressions": [{"celMatcher": 'request.path.startsWith("/")'}]},
                    "extensions": [
                        {
                            "name": "armor",
                            "timeout": "1s",
                            "failOpen": False,
                            "supportedEvents": ["RequestHeaders", "RequestBody", "ResponseHeaders", "ResponseBody"],
                            "googleAPIServiceName": "modelarmor.us-central1.rep.googleapis.com",
                            "metadata": {"model_armor_settings": '[{"model": "m"}]'},
                        }
                    ],
                }
            ],
        },
    },
    {
        "apiVersion": "autoscaling/v2",
        "kind": "HorizontalPodAutoscaler",
        "metadata": {"name": POOL},
        "spec": {
            "scaleTargetRef": {"apiVersion": "apps/v1", "kind": "Deployment", "name": POOL},
            "minReplicas": 2,
            "maxReplicas": 8,
            "metrics": [
                {
                    "type": "External",
                    "external": {
                        "metric": {
                            "name": "prometheus.googleapis.com|inference_pool_average_kv_cache_utilization|gauge",
                            "selector": {"matchLabels": {"metric.labels.name": POOL}},
                        },
                        "target": {"type": "AverageValue", "averageValue": "80"},
                    },
                }
            ],
        },
    },
    {
        "apiVersion": "monitoring.googleapis.com/v1",
        "kind": "PodMonitoring",
        "metadata": {"name": f"{POOL}-epp"},
        "spec": {
            "selector": {"matchLabels": {"app": f"{POOL}-epp"}},
            "endpoints": [{"port": 9090, "interval": "5s", "timeout": "4s"}],
        },
    },
    {
        "apiVersion": "monitoring.googleapis.com/v1",
        "kind": "Rules",
        "metadata": {"name": "inference-alerts"},
        "spec": {
            "groups": [
                {
                    "name": "g",
                    "interval": "30s",
                    "rules": [
                        {
                            "alert": "HighInferencePoolAvgQueueSize",
                            "expr": "inference_pool_average_queue_size > 50",
                            "for": "5m",
                            "labels": {"severity": "critical"},
                            "annotations": {"title": "queue"},
                        }
                    ],
                }
            ]
        },
    },
]


#: With ``distinct``, each replica's names, ports, timeouts and thresholds are its own, so that almost
#: no field value repeats across namespaces (the checks remember what they judged by exact value).
_DISTINCT = (
    ("vllm", "vllm{r}"),
    ("8000", "{port}"),
    ('"300s"', '"{s}s"'),
    ("inference-gateway", "gw{r}"),
    ("food-review", "fr{r}"),
    ("> 50", "> {r}"),
)


def workload(count: int, distinct: bool = False) -> list[Document]:
    documents = []
    replica = 0
    while len(documents) < count:
        for obj in TEMPLATE:
            if distinct:
                text = json.dumps(obj)
                for old, new in _DISTINCT:
                    text = text.replace(old, new.format(r=replica, port=1000 + replica, s=replica + 1))
                obj = json.loads(text)
            else:
                obj = copy.deepcopy(obj)
            obj["metadata"]["namespace"] = f"bench-{replica}"
            documents.append(Document(f"bench-{replica}.yaml", 1, obj))
        replica += 1
    return documents[:count]


def baseline_validators(documents: list[Document]) -> dict[tuple[str, str], jsonschema.Validator]:
    """Pure-Python jsonschema validators, one per kind, for the same schemas our engine uses."""
    schemas = schema_set(ValidationOptions())
    definitions = json.loads(
        resources.files("kubernetes_validate").joinpath(_core_dir("1.34"), "_definitions.json").read_text()
    )
    registry = referencing.Registry().with_resource(definitions["$id"], referencing.Resource.from_contents(definitions))
    validators = {}
    for doc in documents:
        key = (doc.obj["apiVersion"], doc.obj["kind"])
        if key in validators:
            continue
        group, version = split_api_version(key[0])
        crd = schemas.crds.get((group, key[1]))
        if crd is not None:
            (entry,) = [v for v in crd["spec"]["versions"] if v["name"] == version]
            schema = to_json_schema(entry["schema"]["openAPIV3Schema"])
        else:
            import re

            short = re.sub(r"^([^./]*)(?:\.[^/]*)?/", r"\1-", key[0])
            schema = json.loads(
                resources.files("kubernetes_validate")
                .joinpath(_core_dir("1.34"), f"{key[1].lower()}-{short}.json")
                .read_text()
            )
        validators[key] = jsonschema.Draft202012Validator(schema, registry=registry)
    return validators


ROUNDS = 3
FLOOR = """
import sys, pathlib, yaml
count = 0
for path in sorted(pathlib.Path(sys.argv[1]).rglob("*.yaml")):
    count += sum(1 for doc in yaml.load_all(path.read_bytes(), Loader=yaml.CSafeLoader) if doc is not None)
print(count)
"""


def write_tree(documents: list[Document], root: Path) -> int:
    """One file per namespace (15 objects), as `infergw synth` or a GitOps repository lays them out."""
    by_file: dict[str, list[dict]] = {}
    for doc in documents:
        by_file.setdefault(doc.source, []).append(doc.obj)
    for name, objects in by_file.items():
        (root / name).write_text(yaml.safe_dump_all(objects, sort_keys=False))
    return len(by_file)


CPU: list[float] = []  # CPU seconds (user + system) of each timed process and its workers


def _timed(command: list[str], env: dict[str, str] | None = None) -> tuple[float, str, int]:
    """Wall seconds, stdout and the peak RSS (KiB) of one fresh process (its CPU seconds to :data:`CPU`)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False, env=env)
    elapsed = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    CPU.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    if done.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(command)} failed ({done.returncode}): {done.stderr.strip()}")
    return elapsed, done.stdout, after.ru_maxrss


def end_to_end(count: int) -> None:
    documents = workload(count)
    infergw = str(Path(sys.executable).with_name("infergw"))
    with tempfile.TemporaryDirectory(prefix="infergw-bench-") as folder:
        # Both processes with a bytecode cache, as an installed package has (pip compiles it): where
        # PYTHONDONTWRITEBYTECODE is set, infergw would otherwise compile its modules on every start.
        # The cache lives in the temporary folder; the first round fills it.
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = str(Path(folder) / "pycache")
        root = Path(folder) / "tree"
        root.mkdir()
        files = write_tree(documents, root)
        ours, floor, ours_cpu, floor_cpu = [], [], [], []
        for _ in range(ROUNDS):
            seconds, out, _ = _timed([sys.executable, "-c", FLOOR, str(root)], env)
            assert int(out) == count, out
            floor.append(seconds)
            floor_cpu.append(CPU[-1])
            seconds, out, peak = _timed([infergw, "validate", str(root)], env)
            assert f"{count} objects checked: 0 errors" in out, out[-500:]
            ours.append(seconds)
            ours_cpu.append(CPU[-1])
    best, best_floor = min(ours), min(floor)
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"end to end: {count} objects in {files} files, {os.cpu_count()} cores, best of {ROUNDS}; load {load}")
    print(
        f"  floor (fresh python, PyYAML CSafeLoader load only): {count / best_floor:10.0f} objects/s  "
        f"({best_floor:.2f} s; runs {', '.join(f'{t:.2f}' for t in floor)})"
    )
    print(
        f"  infergw validate (process, every check):         {count / best:10.0f} objects/s  "
        f"({best:.2f} s; runs {', '.join(f'{t:.2f}' for t in ours)})"
    )
    print(f"  ratio infergw/floor time: {best / best_floor:.2f}x   peak RSS of a child: {peak / 1024:.0f} MiB")
    print(
        f"  CPU seconds (user+system, all processes), best: floor {min(floor_cpu):.2f}, infergw {min(ours_cpu):.2f} "
        f"(ratio {min(ours_cpu) / min(floor_cpu):.2f}x; on a busy machine wall times vary, CPU seconds less)"
    )


def engine(count: int) -> None:
    documents = workload(count)
    validators = baseline_validators(documents)
    validate_documents(documents[: len(TEMPLATE)])  # compile our schemas and rules outside the timing

    started = time.perf_counter()
    baseline_errors = sum(
        1 for doc in documents for _ in validators[(doc.obj["apiVersion"], doc.obj["kind"])].iter_errors(doc.obj)
    )
    baseline = time.perf_counter() - started

    started = time.perf_counter()
    findings = validate_documents(documents)
    ours = time.perf_counter() - started

    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"objects: {count} ({len(TEMPLATE)} kinds of object, {count // len(TEMPLATE)} namespaces)")
    print(
        f"baseline (jsonschema, schemas only): {count / baseline:10.0f} objects/s  ({baseline:.2f} s, "
        f"{baseline_errors} errors)"
    )
    print(
        f"infergw (schemas+defaults+CEL+refs): {count / ours:10.0f} objects/s  ({ours:.2f} s, {len(findings)} findings)"
    )
    print(f"ratio ours/baseline throughput: {baseline / ours:.2f}x (the plain loop as written, collector on)")
    # The cycle collector, left on, runs often over the 10,000 live objects; validate_documents turns
    # it off itself. Once more with the baseline loop also without it: the fair engine-to-engine ratio.
    gc.collect()
    gc.disable()
    started = time.perf_counter()
    sum(1 for doc in documents for _ in validators[(doc.obj["apiVersion"], doc.obj["kind"])].iter_errors(doc.obj))
    baseline_off = time.perf_counter() - started
    started = time.perf_counter()
    validate_documents(documents)
    ours_off = time.perf_counter() - started
    gc.enable()
    print(
        f"both without the cycle collector: baseline {count / baseline_off:.0f} objects/s, infergw "
        f"{count / ours_off:.0f} objects/s, ratio {baseline_off / ours_off:.2f}x"
    )
    print(f"peak resident memory: {peak_mib:.0f} MiB")
    # The workload repeats each namespace's objects (as replicated stacks do), and the checks remember
    # verdicts by exact field value: once more with values that differ in every namespace.
    distinct = workload(count, distinct=True)
    validators = baseline_validators(distinct)
    started = time.perf_counter()
    sum(1 for doc in distinct for _ in validators[(doc.obj["apiVersion"], doc.obj["kind"])].iter_errors(doc.obj))
    baseline_distinct = time.perf_counter() - started
    started = time.perf_counter()
    findings = validate_documents(distinct)
    ours_distinct = time.perf_counter() - started
    print(
        f"distinct values in every namespace: baseline {count / baseline_distinct:.0f} objects/s, infergw "
        f"{count / ours_distinct:.0f} objects/s ({len(findings)} findings), "
        f"ratio {baseline_distinct / ours_distinct:.2f}x"
    )


def main() -> int:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    count = int(args[0]) if args else 10_000
    if "--end-to-end-only" not in sys.argv:
        engine(count)
    if "--engine-only" not in sys.argv:
        end_to_end(count)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
