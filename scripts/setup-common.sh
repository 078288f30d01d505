# Shared by scripts/run and scripts/test: a venv with the app, and the system
# libraries Qt needs.  Sourced, not run.  Set COACH_SKIP_SYSTEM_PACKAGES=1 to
# skip the Debian package step.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${COACH_VENV:-$ROOT/.venv}"
PYTHON="${PYTHON:-python3}"

say() { printf '%s\n' "wind-down-coach: $*" >&2; }

# Libraries the Qt xcb window and QtMultimedia load at run time (Debian 12 names;
# "a|b" picks the first name this system's package lists know, for newer Ubuntu).
QT_RUNTIME_PACKAGES=(
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
  libxcb-shape0 libxcb-randr0 libxcb-xinerama0 libxcb-xkb1 libxkbcommon0 libxkbcommon-x11-0
  libegl1 libgl1 libfontconfig1 libdbus-1-3 libpulse0 "libglib2.0-0t64|libglib2.0-0"
)

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

# ensure_debian_packages WHY PACKAGE...
ensure_debian_packages() {
  local why="$1"; shift
  [ "${COACH_SKIP_SYSTEM_PACKAGES:-0}" = 1 ] && return 0
  if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
    say "not a Debian/Ubuntu system; make sure these (or your system's equivalents) are installed"
    say "  for $why: $*"
    return 0
  fi
  local missing=() spec name
  for spec in "$@"; do
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
  say "installing Debian packages for $why: ${missing[*]}"
  "${sudo[@]}" apt-get update -qq >&2 || true
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >&2
}

# ensure_venv [EXTRA]: create .venv if needed and install the app (with EXTRA, e.g. "test").
ensure_venv() {
  local extra="${1:-}"
  if ! "$PYTHON" -c 'import venv, ensurepip' >/dev/null 2>&1; then
    ensure_debian_packages "creating a Python virtual environment" python3-venv
  fi
  if [ ! -x "$VENV/bin/python" ]; then
    say "creating a virtual environment in $VENV"
    "$PYTHON" -m venv "$VENV"
  fi
  local stamp="$VENV/.coach-installed" want
  want="$(cat "$ROOT/pyproject.toml" | sha256sum | cut -c1-16)-$extra"
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    say "installing Wind-Down Coach and its Python packages into $VENV"
    "$VENV/bin/python" -m pip install -q --upgrade pip >&2
    local target="$ROOT"
    [ -n "$extra" ] && target="$ROOT[$extra]"
    "$VENV/bin/python" -m pip install -q -e "$target" >&2
    echo "$want" >"$stamp"
  fi
}
