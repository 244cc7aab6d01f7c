#!/usr/bin/env bash
# Builds a self-contained Linux app image of Paxmap with jpackage (JDK 17+):
#   installer/build-app-image.sh            -> target/installer/Paxmap/bin/Paxmap  (the window)
#                                              target/installer/Paxmap/bin/paxmap  (the command line)
# The image carries its own Java runtime; the target machine needs no JDK. JavaFX runs from the classpath
# (the OpenJFX jars from Maven Central), so the window's main class is the plain Launcher.
# Full installers (.deb/.msi/.dmg, icons, file associations) come with a later issue.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
JPACKAGE="${JPACKAGE:-$(command -v jpackage || echo "${JAVA_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}/bin/jpackage")}"
version="$(sed -n 's:.*<version>\([0-9][0-9.]*\)\(-SNAPSHOT\)\{0,1\}</version>.*:\1:p' pom.xml | head -1)"

./mvnw -B -q package -DskipTests
input="target/installer-input"
rm -rf "$input" target/installer
mkdir -p "$input"
cp target/paxmap.jar "$input/"
cp -r target/lib "$input/lib"
# the bundled base map: the window looks for maps/ next to its jar (lib/app/maps in the image)
mkdir -p "$input/maps"
cp maps/basemap.mbtiles maps/ATTRIBUTION maps/README.md "$input/maps/"

"$JPACKAGE" --type app-image \
  --name Paxmap \
  --app-version "$version" \
  --vendor "Paxmap" \
  --description "Offline situational-awareness map for peace operations" \
  --input "$input" \
  --main-jar paxmap.jar \
  --main-class org.paxmap.app.Launcher \
  --add-launcher paxmap="$root/installer/paxmap-cli.properties" \
  --java-options "-Dfile.encoding=UTF-8 -Xms1g" \
  --dest target/installer

echo "app image: $root/target/installer/Paxmap"
echo "  window:       target/installer/Paxmap/bin/Paxmap"
echo "  command line: target/installer/Paxmap/bin/paxmap info <picture.gpkg>"
