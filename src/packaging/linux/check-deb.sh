#!/usr/bin/env bash
# Installs the built .deb with dpkg, checks it, removes it and checks that nothing of it is left. Run as root:
#   src/packaging/linux/check-deb.sh [DEB] [--menu-dir absent|present]
# DEB defaults to the one in target/dist. --menu-dir absent moves /etc/xdg/menus aside for the run (present: makes
# one, as a desktop environment would); either way it is put back as it was at the end. Without the option the
# system is used as it is. Exits 0 when every check passed; prints each check as it goes.
set -euo pipefail
deb= menu=
while (($#)); do
  case $1 in
    --menu-dir) menu=$2; shift 2 ;;
    *) deb=$(realpath "$1"); shift ;;
  esac
done
cd "$(dirname "$0")/../../.."
[[ -n $deb ]] || deb=$(ls target/dist/*.deb 2>/dev/null | head -1)
[[ -f $deb ]] || { echo "no .deb (build it with: mvn -Pdist package)" >&2; exit 2; }
[[ $(id -u) == 0 ]] || { echo "run as root: it installs and removes the package with dpkg" >&2; exit 2; }
name=$(dpkg-deb -f "$deb" Package)
version=$(dpkg-deb -f "$deb" Version)
if dpkg-query -W -f='${Status}' "$name" 2>/dev/null | grep -q installed; then
  echo "$name is installed already: remove it first (dpkg -P $name)" >&2; exit 2
fi

menus=/etc/xdg/menus aside=
restore() {
  if [[ -n $aside ]]; then rm -rf "$menus"; mv "$aside" "$menus"; fi
  if [[ $menu == present && -z $aside ]]; then rm -rf "$menus"; fi
}
case $menu in
  absent) if [[ -e $menus ]]; then aside=$(mktemp -d /etc/xdg/menus.aside.XXXX); rmdir "$aside"; mv "$menus" "$aside"; fi ;;
  present) if [[ -e $menus ]]; then aside=$(mktemp -d /etc/xdg/menus.kept.XXXX); rmdir "$aside"; cp -a "$menus" "$aside"
           else mkdir -p "$menus"; printf '<Menu><Name>Applications</Name><DefaultAppDirs/><Include><All/></Include></Menu>\n' >"$menus/applications.menu"; fi ;;
  '') ;;
  *) echo "--menu-dir absent or present" >&2; exit 2 ;;
esac
tmp=$(mktemp -d)
trap 'restore; rm -rf "$tmp"' EXIT

failed=0
check() { # check WHAT COMMAND...: runs the command, prints ok or FAILED with what it said
  local what=$1; shift
  if out=$("$@" 2>&1); then echo "ok      $what"; else echo "FAILED  $what"; printf '%s\n' "$out" | sed 's/^/        /'; failed=1; fi
}
snapshot() { find /usr /etc /opt /var/lib/dpkg/info -xdev 2>/dev/null | grep -v '^/etc/xdg/menus' | sort; }

echo "== $deb ($name $version); /etc/xdg/menus: $([[ -e $menus ]] && echo present || echo absent); $(uname -srm)"
snapshot >"$tmp/before"

echo "== dpkg -i"
dpkg -i "$deb" 2>&1 | sed 's/^/   /'
check "dpkg says installed" bash -c "dpkg-query -W -f='\${Status}' $name | grep -qx 'install ok installed'"
check "no package left half-installed (dpkg --audit)" bash -c '[[ -z $(dpkg --audit) ]]'
check "no maintainer scripts in the package" bash -c "! ls /var/lib/dpkg/info/$name.{preinst,postinst,prerm,postrm} 2>/dev/null"
check "/usr/bin/$name is on the PATH" command -v "$name"

echo "== the installed command"
home=$tmp/home data=$tmp/data
mkdir -p "$home"
json=$(HOME=$home "$name" --status --json --data-dir "$data" 2>&1) || true
echo "   $name --status --json: $json"
check "--status --json prints one line of JSON with episode and timer" \
  python3 -c 'import json, sys; d = json.loads(sys.argv[1]); assert {"episode", "timer"} <= set(d), d' "$json"
said=$(HOME=$home "$name" --version 2>&1) || true
echo "   $name --version: $said"
check "--version names the package's version ($version)" test "$said" = "Back Spasm Companion $version"

echo "== desktop entry and icons"
desktop=/usr/share/applications/$name.desktop
check "desktop-file-validate $desktop" desktop-file-validate "$desktop"
check "the entry starts the command on the PATH" grep -qx "Exec=$name" "$desktop"
for size in 16 24 32 48 64 128 256 512; do
  check "icon ${size}x$size" test -s "/usr/share/icons/hicolor/${size}x$size/apps/$name.png"
done
check "icon scalable (SVG)" test -s "/usr/share/icons/hicolor/scalable/apps/$name.svg"
if [[ -f /usr/share/icons/hicolor/icon-theme.cache ]]; then
  check "the icon cache (refreshed by dpkg's trigger) is newer than the icons" \
    test /usr/share/icons/hicolor/icon-theme.cache -nt "/usr/share/icons/hicolor/256x256/apps/$name.png"
fi
if [[ -f /usr/share/applications/mimeinfo.cache ]]; then
  check "the desktop database (refreshed by dpkg's trigger) is newer than the entry" \
    test /usr/share/applications/mimeinfo.cache -nt "$desktop"
fi
check "man page" test -s "/usr/share/man/man1/$name.1.gz"

echo "== dpkg -r (and dpkg -P if it left configuration files)"
dpkg -r "$name" 2>&1 | sed 's/^/   /'
if dpkg-query -W -f='${Status}' "$name" 2>/dev/null | grep -q config-files; then dpkg -P "$name" 2>&1 | sed 's/^/   /'; fi
check "dpkg knows the package no more" bash -c "! dpkg-query -W -f='\${Status}' $name 2>/dev/null | grep -q installed"
check "no package left half-installed (dpkg --audit)" bash -c '[[ -z $(dpkg --audit) ]]'
snapshot >"$tmp/after"
check "nothing of it is left: the same paths under /usr /etc /opt /var/lib/dpkg/info as before" \
  diff "$tmp/before" "$tmp/after"
check "no file named $name anywhere under /usr" bash -c "[[ -z \$(find /usr -xdev -name '$name*' 2>/dev/null) ]]"

if ((failed)); then echo "== SOME CHECKS FAILED"; exit 1; fi
echo "== all checks passed"
