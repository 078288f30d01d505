# Shared by scripts/run, scripts/test and scripts/bench: a venv with the app, and the
# system libraries Qt needs.  Sourced, not run.  Each step prints one line; what the
# package tools print goes to a log that is shown only when a step fails.
# Set COACH_SKIP_SYSTEM_PACKAGES=1 to skip the Debian package steps.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${COACH_VENV:-$ROOT/.venv}"
PYTHON="${PYTHON:-python3}"
PACKAGE_LIST="$ROOT/scripts/debian-packages.txt"
SETUP_LOG="${TMPDIR:-/tmp}/wind-down-coach-setup.$(id -u).log"

say() { printf '%s\n' "wind-down-coach: $*" >&2; }

# step WHAT COMMAND...: run COMMAND quietly; on failure show its output and stop.
step() {
  local what="$1"; shift
  say "$what"
  if ! "$@" >"$SETUP_LOG" 2>&1; then
    say "failed: $what; its output:"
    tail -n 40 "$SETUP_LOG" >&2
    say "(the whole output is in $SETUP_LOG)"
    return 1
  fi
}

# debian_packages GROUP...: the packages of these groups in scripts/debian-packages.txt.
debian_packages() {
  local group spec rest
  while read -r group spec rest; do
    case "$group" in ''|'#'*) continue ;; esac
    for wanted in "$@"; do
      [ "$group" = "$wanted" ] && printf '%s\n' "$spec"
    done
  done <"$PACKAGE_LIST"
}

_have_package() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }

_pick_name() {  # first alternative known to apt (or installed)
  local alt
  IFS='|' read -r -a alts <<<"$1"
  for alt in "${alts[@]}"; do
    if _have_package "$alt" || apt-cache show "$alt" >/dev/null 2>&1; then
      echo "$alt"; return
    fi
  done
  echo "${alts[-1]}"
}

_apt_install() {
  "$@" apt-get update -qq || true
  DEBIAN_FRONTEND=noninteractive "$@" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# ensure_debian_packages WHY GROUP...
ensure_debian_packages() {
  local why="$1"; shift
  [ "${COACH_SKIP_SYSTEM_PACKAGES:-0}" = 1 ] && return 0
  local specs=()
  mapfile -t specs < <(debian_packages "$@")
  if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
    say "not a Debian/Ubuntu system; make sure these (or your system's equivalents) are installed"
    say "  for $why: ${specs[*]}"
    return 0
  fi
  local missing=() spec name
  for spec in "${specs[@]}"; do
    name="$(_pick_name "$spec")"
    _have_package "$name" || missing+=("$name")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
      sudo=(sudo)
    else
      say "please install as root: apt-get install ${missing[*]}  ($why)"
      return 1
    fi
  fi
  step "installing ${#missing[@]} Debian packages for $why: ${missing[*]}" \
    _apt_install "${sudo[@]}"
}

_pip_install() {
  "$VENV/bin/python" -m pip install -q --upgrade pip &&
    "$VENV/bin/python" -m pip install -q -e "$1" &&
    # Bytecode now, so no launch compiles the app's modules again (an editable
    # install writes none).
    "$VENV/bin/python" -m compileall -q "$ROOT/coach" "$ROOT/bench"
}

# ensure_venv [EXTRAS]: create .venv if needed and install the app with EXTRAS (e.g.
# "voice,test").  One install serves every script: an install that already has the
# wanted extras (or more) for this pyproject.toml is kept as it is.
ensure_venv() {
  local extras="${1:-}"
  if ! "$PYTHON" -c 'import venv, ensurepip' >/dev/null 2>&1; then
    ensure_debian_packages "creating a Python virtual environment" venv
  fi
  if [ ! -x "$VENV/bin/python" ]; then
    step "creating a virtual environment in $VENV" "$PYTHON" -m venv "$VENV"
  fi
  local stamp="$VENV/.coach-installed" hash have="" extra missing_extra=0
  hash="$(sha256sum <"$ROOT/pyproject.toml" | cut -c1-16)"
  if [ -f "$stamp" ]; then
    read -r stamp_hash have <"$stamp" || true
    [ "$stamp_hash" = "$hash" ] || { have=""; missing_extra=1; }
  else
    missing_extra=1
  fi
  IFS=',' read -r -a wanted <<<"$extras"
  for extra in "${wanted[@]}"; do
    [[ ",$have," == *",$extra,"* ]] || missing_extra=1
  done
  if [ "$missing_extra" = 0 ]; then
    _compile_app
    return 0
  fi
  # Keep what an earlier install had, so that run after test (or back) changes nothing.
  local all
  all="$(printf '%s\n' ${have//,/ } "${wanted[@]}" | sed '/^$/d' | sort -u | paste -sd, -)"
  local target="$ROOT"
  [ -n "$all" ] && target="$ROOT[$all]"
  step "installing Wind-Down Coach${all:+ (with $all)} and its Python packages into $VENV" \
    _pip_install "$target"
  echo "$hash $all" >"$stamp"
  _compile_app
}

# The app's bytecode, compiled once here rather than at every start (an editable install
# writes none of its own, and the tests run with PYTHONDONTWRITEBYTECODE).  Quick when
# nothing changed: only changed files are compiled again.
_compile_app() {
  "$VENV/bin/python" -m compileall -q -j 0 "$ROOT/coach" >/dev/null 2>&1 || true
}
