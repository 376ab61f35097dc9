import pytest
from infergw.errors import ConfigError
from infergw.versions import (
    GKE_SHIPS_INFERENCEPOOL_V1,
    GkeVersion,
    gateway_api_release,
    ships_inferencepool_v1,
)


def test_parses_the_real_gke_format_and_prints_it_back():
    v = GkeVersion.parse("1.34.1-gke.1822000")
    assert (v.major, v.minor, v.patch, v.build) == (1, 34, 1, 1822000)
    assert str(v) == "1.34.1-gke.1822000"


def test_orders_by_build_number_numerically_not_as_text():
    assert GkeVersion.parse("1.34.0-gke.999999") < GkeVersion.parse("1.34.0-gke.1626000")
    assert GkeVersion.parse("1.33.10-gke.1") > GkeVersion.parse("1.33.9-gke.5000000")


@pytest.mark.parametrize(
    "text",
    ["", "1.34", "1.34.1", "v1.34.1-gke.1", "1.34.1-gke.", "1.34.1-eks.1", "1.34.1-gke.1 x", "latest", None, 1.34],
)
def test_rejects_garbage_with_an_example(text):
    with pytest.raises(ConfigError, match=r"expected MAJOR\.MINOR\.PATCH-gke\.BUILD, for example"):
        GkeVersion.parse(text)


@pytest.mark.parametrize(
    ("version", "ships"),
    [
        ("1.33.5-gke.1080000", False),
        ("1.34.0-gke.1625999", False),
        ("1.34.0-gke.1626000", True),
        ("1.34.0-gke.1626001", True),
        ("1.34.1-gke.1", True),
        ("1.35.0-gke.1", True),
    ],
)
def test_inferencepool_v1_gate_at_the_boundary(version, ships):
    assert ships_inferencepool_v1(GkeVersion.parse(version)) is ships


def test_unknown_gke_version_assumes_the_crd_is_not_shipped():
    assert ships_inferencepool_v1(None) is False
    assert str(GKE_SHIPS_INFERENCEPOOL_V1) == "1.34.0-gke.1626000"


@pytest.mark.parametrize(
    ("version", "release"),
    [
        ("1.33.2-gke.1335000", "v1.3.0"),
        ("1.34.0-gke.1626000", "v1.3.0"),
        ("1.34.1-gke.1821999", "v1.3.0"),
        ("1.34.1-gke.1822000", "v1.4.0"),
    ],
)
def test_gateway_api_release_per_gke_version(version, release):
    assert gateway_api_release(GkeVersion.parse(version)) == release


def test_gateway_api_release_before_support_is_an_error():
    with pytest.raises(ConfigError, match="predates Gateway API support"):
        gateway_api_release(GkeVersion.parse("1.30.0-gke.1"))
