"""``infergw policy test DIR``: run the tests that sit next to the policies in DIR."""

from __future__ import annotations

import argparse
import sys


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("policy", help="policy tools: `infergw policy test DIR` runs a policy folder's tests")
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    test = actions.add_parser(
        "test", help="run every tests.yaml under DIR (exit 1 when a case fails or a policy has no case)"
    )
    test.add_argument("directory", metavar="DIR", nargs="?", default="policy")
    test.set_defaults(handler=handle_test)


def handle_test(args: argparse.Namespace) -> int:
    from infergw.policy import run_policy_tests  # here, so other commands start without the policy engine

    results = run_policy_tests(args.directory)
    if not results:
        print(
            f"infergw policy test: {args.directory}: no policies and no tests found, so nothing was tested; policies "
            "are "
            "ValidatingAdmissionPolicy or SetPolicy files, each with a tests.yaml beside it (see policy/README.md)",
            file=sys.stderr,
        )
        return 1
    for result in results:
        print(result.describe())
    failed = sum(not r.passed for r in results)
    print(f"{len(results) - failed} passed, {failed} failed")
    return 1 if failed else 0
