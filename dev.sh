#!/usr/bin/env bash
# Showroom's set-up and run script.
#   ./dev.sh app [ARGS]   install what is missing, then run Showroom (the GUI, or a command)
#   ./dev.sh test [ARGS]  install what is missing, then lint, type-check and run every test
# On a fresh Debian machine, run as root it installs the system packages it needs (apt);
# otherwise it says which ones to install. Python packages go into .venv beside this file.
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")"

QT_PACKAGES=(libgl1 libegl1 libxkbcommon0 libglib2.0-0 libfontconfig1 libdbus-1-3
  libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-render-util0 libxcb-shape0)
TEST_PACKAGES=(xvfb xauth poppler-utils postgresql postgresql-contrib)
APT_UPDATED=0

say() { printf '%s\n' "$*" >&2; }

ensure_system_packages() {
  local missing=()
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
      || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    say "Installing system packages: ${missing[*]}"
    if [ "$APT_UPDATED" -eq 0 ]; then
      DEBIAN_FRONTEND=noninteractive apt-get update -qq
      APT_UPDATED=1
    fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    say "Showroom needs these system packages: ${missing[*]}"
    say "Install them with: sudo apt-get install --no-install-recommends ${missing[*]}"
    exit 1
  fi
}

ensure_python() {
  PYTHON=${PYTHON:-python3}
  if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    say "Showroom needs Python 3.11 or newer as '$PYTHON' (set PYTHON=/path/to/python3.11)."
    exit 1
  fi
  if ! "$PYTHON" -c 'import ensurepip, venv' 2>/dev/null; then
    ensure_system_packages python3-venv
  fi
}

ensure_venv() {
  ensure_python
  if [ ! -x .venv/bin/python ]; then
    "$PYTHON" -m venv .venv
  fi
  # Reinstall only when pyproject.toml changed since the last install.
  if [ ! -f .venv/.installed ] || [ pyproject.toml -nt .venv/.installed ]; then
    .venv/bin/python -m pip install -q --upgrade pip
    .venv/bin/python -m pip install -q -e '.[dev]'
    touch .venv/.installed
  fi
}

build_translations() {
  # The .qm files the app loads are build output (gitignored): compile them from the .ts
  # files whenever a .ts is newer. Without them the app simply shows English.
  local ts
  for ts in resources/translations/*.ts; do
    [ -e "$ts" ] || continue
    if [ ! -f "${ts%.ts}.qm" ] || [ "$ts" -nt "${ts%.ts}.qm" ]; then
      .venv/bin/python scripts/i18n.py build >/dev/null
      break
    fi
  done
}

run_app() {
  ensure_system_packages "${QT_PACKAGES[@]}"
  ensure_venv
  build_translations
  if [ $# -eq 0 ] && [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] \
     && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    ensure_system_packages xvfb xauth
    say "No display found: starting Showroom on a virtual screen (xvfb-run)."
    exec xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/showroom
  fi
  exec .venv/bin/showroom "$@"
}

run_tests() {
  ensure_system_packages "${QT_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
  ensure_venv
  build_translations
  if [ -z "${SHOWROOM_TEST_POSTGRES_URL:-}" ]; then
    # shellcheck source=scripts/test-postgres.sh
    source scripts/test-postgres.sh
    start_test_postgres
  fi
  echo "== ruff"
  .venv/bin/ruff check .
  .venv/bin/ruff format --check .
  echo "== mypy (strict on showroom/)"
  .venv/bin/mypy
  echo "== import-linter (the floors of docs/architecture.md)"
  .venv/bin/lint-imports --no-cache
  # Two parts: every test but the serial ones across the cores (pytest-xdist; each worker
  # has its own template databases), then the serial ones alone on a quiet machine.
  local workers=${SHOWROOM_TEST_WORKERS:-2}
  echo "== pytest, ${workers} workers (SQLite and PostgreSQL: ${SHOWROOM_TEST_POSTGRES_URL})"
  run_pytest -n "$workers" -m "not serial" "$@"
  echo "== pytest, the serial tests alone"
  run_pytest -m serial "$@"
}

run_pytest() {
  # Exit 5 is "no test selected": arguments that name only parallel or only serial tests.
  local status=0
  .venv/bin/python -m pytest -v "$@" || status=$?
  if [ "$status" -ne 0 ] && [ "$status" -ne 5 ]; then
    exit "$status"
  fi
}

case "${1:-}" in
  app) shift; run_app "$@" ;;
  test) shift; run_tests "$@" ;;
  *) say "Usage: ./dev.sh app [showroom arguments] | ./dev.sh test [pytest arguments]"; exit 2 ;;
esac
