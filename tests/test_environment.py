"""One environment: the lock pins every package exactly, environment.yml installs that same
lock for conda users, and the running environment is the lock's."""
import re
import sys
from importlib import metadata

from helpers.paths import ROOT


def lock() -> dict[str, str]:
    pins = {}
    for line in (ROOT / "requirements.lock").read_text().splitlines():
        if line and not line.startswith("#"):
            name, version = line.split("==")
            pins[re.sub(r"[-_.]+", "-", name.lower())] = version
    return pins


def test_every_line_of_the_lock_is_an_exact_pin():
    lines = [l for l in (ROOT / "requirements.lock").read_text().splitlines() if l and not l.startswith("#")]
    assert lines and all(re.fullmatch(r"[A-Za-z0-9_.\-\[\]]+==[0-9][^\s;]*", l) for l in lines)


def test_top_level_requirements_are_in_the_lock():
    pins = lock()
    for line in (ROOT / "requirements.in").read_text().splitlines():
        line = line.split("#")[0].strip()
        if line:
            name = re.split(r"[<>=!~ ]", line)[0]
            assert re.sub(r"[-_.]+", "-", name.lower()) in pins, name


def test_environment_yml_is_the_lock_on_python_3_11():
    yml = (ROOT / "environment.yml").read_text()
    assert re.search(r"^\s*- python=3\.11\s*$", yml, re.M)
    assert re.search(r"^\s*- -r requirements\.lock\s*$", yml, re.M)
    assert "conda-forge" in yml


def test_installed_packages_match_the_lock():
    assert sys.version_info[:2] == (3, 11)
    drift = {name: (version, metadata.version(name)) for name, version in lock().items()
             if metadata.version(name) != version}
    assert not drift


def test_environment_yml_names_every_direct_dependency_at_the_locks_pin():
    yml = (ROOT / "environment.yml").read_text()
    listed = {re.sub(r"[-_.]+", "-", n.lower()): v
              for n, v in re.findall(r"^\s*- ([A-Za-z0-9_.\-]+)==(\S+)\s*$", yml, re.M)}
    pins = lock()
    assert all(pins[name] == version for name, version in listed.items())
    for line in (ROOT / "requirements.in").read_text().splitlines():
        name = re.split(r"[<>=!~ ]", line.split("#")[0].strip())[0]
        if name:
            assert re.sub(r"[-_.]+", "-", name.lower()) in listed, name
    for card in ("jupyterlab", "pandas", "matplotlib", "jieba", "wordcloud", "nbval"):
        assert card in listed
