#!/usr/bin/env bash
# Class-data sharing for the packaged app (called by src/packaging/dist.xml):
#   cds-train.sh APP_IMAGE NAME MODULE/MAIN WORK_DIR
# 1. a training run of the app image's own runtime opens the window on an empty data folder, draws one frame and
#    exits (-Dbackspasm.probe=exit), listing every class it loaded;
# 2. those classes go into a static archive, lib/app/NAME.jsa;
# 3. the launcher's configuration gets -XX:SharedArchiveFile pointing at it.
# Needs a display: $DISPLAY, or Xvfb if installed. Without one it says so and leaves the image as it is.
set -euo pipefail
image=$1 name=$2 main=$3 work=$4
java=$image/lib/runtime/bin/java
cfg=$image/lib/app/$name.cfg
jsa=$image/lib/app/$name.jsa
list=$work/cds-classes.lst
[[ -f $cfg ]] || { echo "cds-train: no launcher configuration at $cfg" >&2; exit 1; }

xvfb=
if [[ -z ${DISPLAY:-} && $(uname) != Darwin ]]; then
  if ! command -v Xvfb >/dev/null; then
    echo "cds-train: no display and no Xvfb: skipping the class-data-sharing archive (the app starts without it; apt-get install xvfb to have it)"
    exit 0
  fi
  for n in $(seq 140 199); do [[ -e /tmp/.X11-unix/X$n || -e /tmp/.X$n-lock ]] || break; done
  Xvfb ":$n" -screen 0 1280x800x24 -nolisten tcp >"$work/cds-xvfb.log" 2>&1 &
  xvfb=$!
  trap 'kill $xvfb 2>/dev/null || true; wait $xvfb 2>/dev/null || true' EXIT
  export DISPLAY=:$n
  for _ in $(seq 1 50); do [[ -e /tmp/.X11-unix/X$n ]] && break; sleep 0.1; done
fi

# the options the launcher uses, so the training loads what a real start loads
mapfile -t opts < <(sed -n 's/^java-options=//p' "$cfg" | grep -v '^-XX:SharedArchiveFile' | sed "s|\$APPDIR|$image/lib/app|g")
data=$(mktemp -d)
now=$(date -u +%Y-%m-%dT%H:%M:%SZ)
# a data folder as after the first start: the disclaimer accepted, nothing running
printf '{"schemaVersion":1,"sections":{"settings":{"theme":"LIGHT","textSize":"NORMAL","emergencyNumber":"112","soundOn":false,"disclaimerAcceptedAt":"%s"}}}' "$now" >"$data/state.json"
rm -f "$list" "$jsa"
if ! HOME=$data timeout 120 "$java" "${opts[@]}" -Xshare:off -XX:DumpLoadedClassList="$list" -Dbackspasm.probe=exit \
    -m "$main" --data-dir "$data" >"$work/cds-train.log" 2>&1 || ! grep -q '^first-frame-ms=' "$work/cds-train.log"; then
  echo "cds-train: the training run did not draw a frame; skipping the archive. Its output:" >&2
  tail -20 "$work/cds-train.log" >&2
  rm -rf "$data"
  exit 0
fi
rm -rf "$data"
"$java" "${opts[@]}" -Xshare:dump -XX:SharedClassListFile="$list" -XX:SharedArchiveFile="$jsa" \
  --add-modules "${main%%/*}" >"$work/cds-dump.log" 2>&1 || { echo "cds-train: dump failed:" >&2; tail -20 "$work/cds-dump.log" >&2; exit 1; }
printf 'java-options=-XX:SharedArchiveFile=$APPDIR/%s.jsa\n' "$name" >>"$cfg"
echo "cds-train: $(wc -l <"$list") classes archived in $jsa ($(du -k "$jsa" | cut -f1) KiB)"
