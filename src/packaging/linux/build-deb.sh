#!/usr/bin/env bash
# The .deb, built from the app image with dpkg-deb (called by src/packaging/dist.xml):
#   build-deb.sh APP_IMAGE ICONS_DIR NAME VERSION MAINTAINER WORK_DIR DEST_DIR
# Everything the package puts on the system is a file of the package, so dpkg knows it and removes it:
#   /usr/lib/NAME/                              the app image (launcher, its runtime, the class-data archive)
#   /usr/bin/NAME                               a relative link to the launcher
#   /usr/share/applications/NAME.desktop        the menu entry
#   /usr/share/icons/hicolor/*/apps/NAME.*      the icon in the usual sizes and as SVG
#   /usr/share/man/man1/NAME.1.gz, /usr/share/doc/NAME/{copyright,changelog.gz}
# There are no maintainer scripts: the menu and the icon caches are refreshed by dpkg's file triggers, which
# desktop-file-utils and the icon theme register for those folders where they are installed. So nothing can fail
# on a system without a menu folder (no xdg-desktop-menu, which is what jpackage's own scripts call).
set -euo pipefail
image=$(realpath "$1") icons=$(realpath "$2") name=$3 version=$4 maintainer=$5 work=$(realpath -m "$6") dest=$(realpath -m "$7")
here=$(cd "$(dirname "$0")" && pwd)
arch=$(dpkg --print-architecture)
root=$work/deb-root
rm -rf "$root"
mkdir -p "$root/DEBIAN" "$root/usr/lib" "$root/usr/bin" "$root/usr/share/applications" "$root/usr/share/icons" \
  "$root/usr/share/doc/$name" "$root/usr/share/man/man1"

cp -a "$image" "$root/usr/lib/$name"
ln -s "../lib/$name/bin/$name" "$root/usr/bin/$name"
sed "s/@NAME@/$name/g" "$here/app.desktop" >"$root/usr/share/applications/$name.desktop"
cp -a "$icons/hicolor" "$root/usr/share/icons/"
sed -e "s/@NAME@/$name/g" -e "s/@VERSION@/$version/g" "$here/app.1" | gzip -9n >"$root/usr/share/man/man1/$name.1.gz"
sed "s/@NAME@/$name/g" "$here/copyright" >"$root/usr/share/doc/$name/copyright"
{
  printf '%s (%s) unstable; urgency=medium\n\n' "$name" "$version"
  printf '  * Release %s, built from the project'\''s sources.\n\n' "$version"
  printf ' -- %s  %s\n' "$maintainer" "$(date -R -u -d "@${SOURCE_DATE_EPOCH:-$(date +%s)}")"
} | gzip -9n >"$root/usr/share/doc/$name/changelog.gz"

# plain permissions: directories and executables 755, the rest 644 (the owner is root: --root-owner-group)
find "$root" -type d -exec chmod 755 {} +
find "$root" -type f -exec chmod 644 {} +
chmod 755 "$root/usr/lib/$name/bin/"* "$root/usr/lib/$name/lib/runtime/bin/"*
find "$root/usr/lib/$name" -type f -name '*.so' -exec chmod 644 {} +

# Depends: the system libraries the native code links against, as dpkg-shlibdeps finds them (the runtime's own
# libraries are private and found through their $ORIGIN run path)
mapfile -t elves < <(find "$root/usr/lib/$name" -type f \( -name '*.so' -o -perm -u+x \) -exec sh -c \
  'head -c 4 "$1" | grep -q "ELF" && echo "$1"' _ {} \;)
depends="libc6"
if command -v dpkg-shlibdeps >/dev/null; then
  shl=$work/deb-shlibdeps
  rm -rf "$shl" && mkdir -p "$shl/debian"
  printf 'Source: %s\n\nPackage: %s\nArchitecture: any\n' "$name" "$name" >"$shl/debian/control"
  depends=$(cd "$shl" && dpkg-shlibdeps -O --ignore-missing-info \
    -l"$root/usr/lib/$name/lib/runtime/lib" -l"$root/usr/lib/$name/lib/runtime/lib/server" -l"$root/usr/lib/$name/lib" \
    "${elves[@]}" 2>"$work/deb-shlibdeps.log" | sed -n 's/^shlibs:Depends=//p')
  [[ -n $depends ]] || { echo "build-deb: dpkg-shlibdeps found no dependencies:" >&2; cat "$work/deb-shlibdeps.log" >&2; exit 1; }
else
  echo "build-deb: no dpkg-shlibdeps (apt-get install dpkg-dev): Depends lists libc6 only" >&2
fi

cat >"$root/DEBIAN/control" <<EOF
Package: $name
Version: $version
Architecture: $arch
Maintainer: $maintainer
Installed-Size: $(du -sk --exclude=DEBIAN "$root" | cut -f1)
Depends: $depends
Section: utils
Priority: optional
Description: ice and heat timers, stretches and a warning-sign check for back spasms
 Back Spasm Companion is a desktop app for the first days of a back spasm:
 ice and heat timers with alarms that reach you when you look away, guided
 stretch routines, a check for warning signs that need a doctor, and a
 journal you can take to an appointment. Everything stays on your computer.
 .
 It brings its own Java runtime; nothing else needs to be installed.
EOF
(cd "$root" && find usr -type f -exec md5sum {} + | sort -k2) >"$root/DEBIAN/md5sums"
chmod 644 "$root/DEBIAN/control" "$root/DEBIAN/md5sums"

mkdir -p "$dest"
deb=$dest/${name}_${version}_${arch}.deb
dpkg-deb --root-owner-group -Zxz --build "$root" "$deb" >/dev/null
echo "build-deb: $deb ($(du -k "$deb" | cut -f1) KiB; installed $(sed -n 's/^Installed-Size: //p' "$root/DEBIAN/control") KiB)"
