#!/usr/bin/env bash
# Installs the core (org.gongwen:gongwen:0.1.0) into the local Maven repository for the Spark module.
#
# The core's main artifact is its shaded 67 MB jar (every dependency inside, Jackson unrelocated). The Spark module
# must not put that on a classpath beside Spark's own Jackson and commons jars, so this also installs a plain jar of
# target/classes under the classifier "classes". (Not the shade plugin's target/original-gongwen.jar: after a second
# build without `clean` the shade plugin shades its own output again and that "original" is the 110 MB jar.) The Spark module
# depends on org.gongwen:gongwen:0.1.0:classes and gets the core's dependencies from the core's pom, so Maven mediates
# each library to one version (pinned in src/spark/pom.xml).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
offline="${GONGWEN_MVN_OPTS:-}"
cd "$root"
mvn -q -B $offline install -DskipTests -Dmaven.test.skip=true
classes_jar="$root/target/gongwen-classes.jar"
rm -f "$classes_jar"
jar --create --file "$classes_jar" -C "$root/target/classes" .
mvn -q -B $offline install:install-file -Dfile="$classes_jar" \
  -DgroupId=org.gongwen -DartifactId=gongwen -Dversion=0.1.0 -Dpackaging=jar -Dclassifier=classes \
  -DgeneratePom=false
