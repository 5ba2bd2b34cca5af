#!/usr/bin/env bash
# Takes docs/imagej.md's pictures in a real ImageJ window under Xvfb (Debian: apt-get install xvfb):
# the plugin jar is installed in a plugins folder as a user installs it, and ScreenshotTour (imagej's
# test sources) opens the astronaut photo, selects the mission patch, opens Process › Inpaint… and
# presses OK in both dialogs, capturing them and the picture before and after.
# Run from the repository root after `mvn -B -q install -DskipTests`.
set -euo pipefail
out=${1:-docs/images}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/plugins"
cp imagej/target/inpaint4j_imagej-*[0-9T].jar "$work/plugins/inpaint4j_imagej.jar"
mvn -B -q -o -pl imagej dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" -Dmdep.includeScope=test
cp=$(cat "$work/cp.txt"):imagej/target/test-classes
# core, texture and gan come from the class path, as Fiji's jars/ folder gives them; the plugin from plugins/
xvfb-run -a -s "-screen 0 1280x900x24" java -Dplugins.dir="$work" -cp "$cp" \
    io.github.inpaint4j.imagej.docs.ScreenshotTour docs/samples/astronaut-256.png "$out"
