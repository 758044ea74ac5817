"""The typed configuration: params.yaml read once, every problem named with its line."""

import pytest
import yaml

from framelab import config
from framelab.errors import InputError

from .conftest import REPO


def write_params(tmp_path, edit):
    params = yaml.safe_load((REPO / "params.yaml").read_text(encoding="utf-8"))
    edit(params)
    path = tmp_path / "params.yaml"
    path.write_text(yaml.safe_dump(params, sort_keys=False), encoding="utf-8")
    return path


def test_the_committed_params_load_with_their_types():
    cfg = config.load(REPO / "params.yaml")
    assert cfg.topics.k == "auto"
    assert isinstance(cfg.topics.max_df, float)
    assert cfg.corpus.camps is None


def test_unknown_and_mistyped_keys_are_errors_naming_the_line(tmp_path):
    def edit(p):
        p["topics"]["kk"] = 3
        p["clean"]["duplicates"] = "maybe"

    path = write_params(tmp_path, edit)
    with pytest.raises(InputError) as err:
        config.load(path)
    text = path.read_text(encoding="utf-8").splitlines()
    kk_line = next(i for i, line in enumerate(text, 1) if line.strip().startswith("kk:"))
    msgs = [str(p) for p in err.value.problems]
    assert any(m.startswith(f"params.yaml:{kk_line}: topics.kk: unknown key") for m in msgs)
    assert any("clean.duplicates: 'maybe' is not one of 'keep', 'drop'" in m for m in msgs)


def test_a_missing_key_is_an_error(tmp_path):
    path = write_params(tmp_path, lambda p: p["reuse"].pop("seed"))
    with pytest.raises(InputError, match=r"reuse\.seed: missing"):
        config.load(path)


def test_camps_are_an_optional_yaml_list(tmp_path):
    path = write_params(tmp_path, lambda p: p["corpus"].update(camps=["a", "b"]))
    assert config.load(path).corpus.camps == ("a", "b")


def test_overrides_use_dotted_keys():
    cfg = config.load(REPO / "params.yaml", {"topics.k": 5})
    assert cfg.topics.k == 5
    assert config.as_dict(cfg.topics)["k"] == 5
