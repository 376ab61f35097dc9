"""Organisation rules as data: ``ValidatingAdmissionPolicy`` for single objects and ``SetPolicy`` for
rules over the whole manifest set, evaluated offline with the validator's CEL engine.

The same admission policy files can be applied to a cluster as an in-cluster guard. See
``policy/README.md`` for how to write rules, exceptions and their tests.
"""

from infergw.policy.engine import evaluate_policies
from infergw.policy.loading import PolicyError, load_policies
from infergw.policy.testing import run_policy_tests

__all__ = ["PolicyError", "evaluate_policies", "load_policies", "run_policy_tests"]
