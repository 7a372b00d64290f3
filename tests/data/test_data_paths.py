"""find_data_dir: the environment variable, the walk up, and the error."""

from __future__ import annotations

import pytest

from haven.data import paths
from haven.data.paths import DATA_DIR_ENV, find_data_dir
from haven.errors import DataError


def test_env_variable_wins(tmp_path, monkeypatch):
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path))
    assert find_data_dir() == tmp_path


def test_env_variable_naming_a_missing_folder_is_an_error(tmp_path, monkeypatch):
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "nowhere"))
    with pytest.raises(DataError, match=f"{DATA_DIR_ENV}=.*nowhere is not a folder"):
        find_data_dir()


def test_walks_up_from_the_start_folder(tmp_path, monkeypatch):
    monkeypatch.delenv(DATA_DIR_ENV, raising=False)
    (tmp_path / "shared" / "data").mkdir(parents=True)
    deep = tmp_path / "main" / "src" / "haven"
    deep.mkdir(parents=True)
    assert find_data_dir(deep) == (tmp_path / "shared" / "data").resolve()


def test_error_names_where_it_looked_and_the_fix(tmp_path, monkeypatch):
    monkeypatch.delenv(DATA_DIR_ENV, raising=False)
    monkeypatch.setattr(paths, "__file__", str(tmp_path / "pkg" / "paths.py"))
    with pytest.raises(DataError) as caught:
        find_data_dir(tmp_path)
    message = str(caught.value)
    assert str(tmp_path) in message
    assert DATA_DIR_ENV in message and "--data PATH" in message


def test_finds_the_real_shared_data_from_the_repository(monkeypatch):
    monkeypatch.delenv(DATA_DIR_ENV, raising=False)
    try:
        folder = find_data_dir()
    except DataError as error:
        pytest.skip(f"real data not on this machine: {error}")
    assert (folder / "counsel-chat").is_dir()
