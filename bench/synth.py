"""Synthesis at scale: 1, 10, 100 and 1000 pool stacks, against the floor measured in the same run.

Each pool stack is what a fleet of pools needs: the pool with its endpoint picker (hardened),
objectives, GKE policies, an autoscaler, model-server monitoring and alert rules, behind one shared
Gateway and routes. Measured per size, in a fresh process each (so Node and imports start cold):

* ``synth``: build the cdk8s app, collect, validate and render every file (``infergw.synthesis.render``),
  timed after the imports (``import cdk8s`` and ours are a fixed cost, reported apart);
* ``floor``: the same objects as plain dicts, dumped with PyYAML's C dumper (no cdk8s, no checks).

Prints wall time, ratio, per-object cost and the peak resident memory of the Python process plus
the Node processes jsii started (read from /proc while they run).

Run: ``.venv/bin/python bench/synth.py [SIZES...]`` (default 1 10 100 1000).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

WORKER = r"""
import json, resource, sys, time
sys.path.insert(0, sys.argv[3])
pools, mode = int(sys.argv[1]), sys.argv[2]
started = time.perf_counter()
from infergw.cdk.runtime import cdk8s
from infergw.cdk.chart import Chart
from infergw.cdk.alerts import InferenceAlerts
from infergw.cdk.autoscaler import PoolAutoscaler
from infergw.cdk.gateway import InferenceGateway
from infergw.cdk.pool import InferencePoolProps, InferencePoolStack
from infergw.cdk.model_server_monitoring import ModelServerMonitoring
from infergw.cdk.objective import InferenceObjective
from infergw.cdk.route import Backend, InferenceRoute, RouteRule
from infergw.cdk.synthesis import collect, render
from infergw.render.alerts import AlertsProps
from infergw.render.autoscaler import AutoscalerProps
from infergw.render.objective import ObjectiveProps
from infergw.output import canonical, dump_yaml
from infergw.validation import ValidationOptions
imported = time.perf_counter()

app = cdk8s.App()
chart = Chart(app, "fleet")
gateway = InferenceGateway(chart, "gw", "inference-gateway", namespace="fleet")
for i in range(pools):
    props = InferencePoolProps(match_labels={"app": f"model-{i}"}, namespace="fleet", provider="gke")
    pool = InferencePoolStack(chart, f"pool{i}", f"model-{i}", props)
    InferenceObjective(pool, "o1", f"chat-{i}", pool=pool.pool_ref, props=ObjectiveProps(priority=2))
    InferenceObjective(pool, "o2", f"batch-{i}", pool=pool.pool_ref, props=ObjectiveProps(priority=-1))
    scaling = AutoscalerProps(cluster="fleet-cluster", min_replicas=2, max_replicas=8)
    PoolAutoscaler(pool, "hpa", pool=pool.pool_ref, props=scaling)
    ModelServerMonitoring(pool, "mon", pool=pool.pool_ref)
    rule = RouteRule(backends=[Backend(pool.pool_ref)], path=f"/m{i}")
    InferenceRoute(pool, "route", f"route-{i}", gateway=gateway.ref, rules=[rule])
InferenceAlerts(chart, "alerts", props=AlertsProps(namespace="fleet"))
built = time.perf_counter()
if mode == "synth":
    files = render(app, ValidationOptions(allow_external_refs=True))
    manifests = (f for f in files if f.endswith(".yaml") and "kustomization" not in f)
    objects = sum(1 for f in manifests if not f.startswith("prerequisites/"))
else:
    directories = collect(app)
    objects = sum(len(o) for o in directories.values())
    started = time.perf_counter()  # the floor: only the YAML emission of the same objects
    for objs in directories.values():
        for obj in objs:
            dump_yaml([canonical(obj)])
done = time.perf_counter()
print(json.dumps({
    "seconds": done - (imported if mode == "synth" else started),
    "imports": imported - started if mode == "synth" else 0.0,
    "objects": objects,
    "python_peak_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
}))
"""


def _tree_rss_kib(pid: int) -> int:
    """Resident memory of ``pid`` and its descendants (the Node processes jsii starts), in KiB."""
    total, pending = 0, [pid]
    while pending:
        current = pending.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            total += next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:"))
            children = Path(f"/proc/{current}/task/{current}/children").read_text().split()
            pending.extend(int(c) for c in children)
        except (OSError, StopIteration):
            continue
    return total


def run(pools: int, mode: str) -> dict:
    env = dict(os.environ, JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION="20")
    process = subprocess.Popen(
        [sys.executable, "-c", WORKER, str(pools), mode, str(ROOT / "constructs")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    peak = 0

    def sample() -> None:
        nonlocal peak
        while process.poll() is None:
            peak = max(peak, _tree_rss_kib(process.pid))
            time.sleep(0.05)

    sampler = threading.Thread(target=sample)
    sampler.start()
    out, err = process.communicate()
    sampler.join()
    if process.returncode != 0:
        raise SystemExit(f"worker failed ({mode}, {pools} pools):\n{err}")
    result = json.loads(out.strip().splitlines()[-1])
    result["tree_peak_mib"] = peak / 1024
    return result


def main() -> int:
    sizes = [int(s) for s in sys.argv[1:]] or [1, 10, 100, 1000]
    print(
        f"{'pools':>6} {'objects':>8} {'imports s':>9} {'synth s':>9} {'floor s':>9} {'ratio':>7} {'ms/object':>10} "
        f"{'peak MiB (py+node)':>19}"
    )
    for pools in sizes:
        synth = run(pools, "synth")
        floor = run(pools, "floor")
        ratio = synth["seconds"] / floor["seconds"] if floor["seconds"] else float("inf")
        print(
            f"{pools:>6} {synth['objects']:>8} {synth['imports']:>9.2f} {synth['seconds']:>9.2f} "
            f"{floor['seconds']:>9.3f} {ratio:>7.1f} "
            f"{1000 * synth['seconds'] / synth['objects']:>10.3f} {synth['tree_peak_mib']:>19.0f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
