import pytest
from infergw.errors import ConfigError
from infergw.versions import (
    GKE_SHIPS_INFERENCEPOOL_V1,
    GkeVersion,
    gateway_api_release,
    gke_gateway_api,
    gke_is_known,
    ships_inferencepool_v1,
    supported_gke_version,
    vendored_gateway_api,
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
        ("1.35.2-gke.1841999", "v1.4.0"),
        ("1.35.2-gke.1842000", "v1.5.0"),
        ("1.37.0-gke.1", "v1.5.0"),  # past the table: the newest stated release, an assumption
    ],
)
def test_gateway_api_release_per_gke_version(version, release):
    assert gke_gateway_api(GkeVersion.parse(version)) == release


def test_the_catalogue_stands_in_for_a_release_it_does_not_keep_with_its_patch_release():
    assert gateway_api_release(GkeVersion.parse("1.34.1-gke.1822000")) == "v1.4.0"
    assert gateway_api_release(GkeVersion.parse("1.35.2-gke.1842000")) == "v1.5.1"
    assert gateway_api_release(None) == "v1.5.1"
    assert vendored_gateway_api("v1.6.1") == "v1.6.1"
    with pytest.raises(ConfigError, match=r"keeps no CRDs of that minor version; choose one of v1\.3\.0, v1\.4\.0"):
        vendored_gateway_api("v1.2.0")


@pytest.mark.parametrize(
    ("version", "known"), [("1.33.2-gke.1335000", True), ("1.35.9-gke.9", True), ("1.36.0-gke.1", False)]
)
def test_the_table_speaks_for_gke_up_to_1_35(version, known):
    assert gke_is_known(GkeVersion.parse(version)) is known


def test_supported_gke_versions_start_where_gke_installs_gateway_api():
    assert str(supported_gke_version("1.33.2-gke.1335000")) == "1.33.2-gke.1335000"
    with pytest.raises(
        ConfigError, match=r"GKE 1\.33\.2-gke\.1334999 predates Gateway API support .* 1\.33\.2-gke\.1335000 or later"
    ):
        supported_gke_version("1.33.2-gke.1334999")
    with pytest.raises(ConfigError, match=r"expected MAJOR\.MINOR\.PATCH-gke\.BUILD"):
        supported_gke_version("1.20")


def test_gateway_api_release_before_support_is_an_error():
    with pytest.raises(ConfigError, match="predates Gateway API support"):
        gateway_api_release(GkeVersion.parse("1.30.0-gke.1"))
