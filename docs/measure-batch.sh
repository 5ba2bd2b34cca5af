#!/usr/bin/env bash
# Batch throughput, pictures per second: `inpaint batch` with 1 and 2 jobs, the Spark job in
# local[2] and on a standalone cluster of two 1-core workers on this machine, on the same folder of
# 50 photos, one method (see docs/performance.md#batch-throughput and docs/spark.md).
# Run from anywhere on a quiet machine; the folder and the outputs go to batch-measure/ (not committed).
#
#   SKIMAGE=/path/to/skimage/data METHOD=criminisi docs/measure-batch.sh
set -euo pipefail
cd "$(dirname "$0")/.."
SKIMAGE=${SKIMAGE:-/work/data/x/usr/lib/python3/dist-packages/skimage/data}
METHOD=${METHOD:-criminisi}
COUNT=${COUNT:-50}
WORK=batch-measure

mvn -B -q package -DskipTests
# the test class path (Spark included) and spark/target/spark-distribution.classpath (Spark alone)
mvn -B -q -pl spark -am package -DskipTests dependency:build-classpath \
    -Dmdep.outputFile=target/classpath.txt -DincludeScope=test

# 50 photos of 256×256 cut from public-domain and CC0 scikit-image photos, with seeded brush strokes
if [ ! -d "$WORK/photos" ]; then
  java -cp examples/target/examples.jar io.github.inpaint4j.examples.BatchFolderExample "$WORK/photos" "$COUNT" 256 \
      "$SKIMAGE/astronaut.png" "$SKIMAGE/chelsea.png" "$SKIMAGE/coffee.png" "$SKIMAGE/rocket.jpg" \
      "$SKIMAGE/hubble_deep_field.jpg" "$SKIMAGE/retina.jpg" "$SKIMAGE/camera.png"
fi

for jobs in 1 2; do
  rm -rf "$WORK/out-jobs-$jobs"
  echo "== inpaint batch --jobs $jobs"
  time java -jar cli/target/inpaint.jar batch --method "$METHOD" --jobs "$jobs" --no-progress \
      --images "$WORK/photos/images" --masks "$WORK/photos/masks" --output "$WORK/out-jobs-$jobs"
done

# spark-submit's own class, run with the JVM options spark-submit's launcher adds on Java 17
rm -rf "$WORK/out-spark"
OPENS=$(sed -n 's:.*<argLine>\(.*\)</argLine>.*:\1:p' spark/pom.xml)
echo "== Spark local[2]"
time SPARK_LOCAL_IP=127.0.0.1 java $OPENS -cp "$(cat spark/target/classpath.txt)" org.apache.spark.deploy.SparkSubmit \
    --master 'local[2]' --conf spark.ui.enabled=false --conf spark.driver.bindAddress=127.0.0.1 \
    --conf spark.driver.host=127.0.0.1 --conf spark.log.level=WARN \
    --class io.github.inpaint4j.spark.InpaintSparkJob spark/target/inpaint4j-spark-0.1.0-SNAPSHOT.jar \
    --images "$WORK/photos/images" --masks "$WORK/photos/masks" --output "$WORK/out-spark" --method "$METHOD"

# A standalone cluster on loopback: a master and two workers of one core each (JVMs of their own,
# executors as their children), started by the tests' LocalStandaloneCluster; the job goes in through
# SparkSubmit with the application jar and the inpaint4j jars, as on a real cluster. `time` includes
# the cluster's start; the summary line's rate is the job's own.
rm -rf "$WORK/out-cluster" "$WORK/cluster"
HERE=$(pwd)
echo "== Spark standalone cluster, 2 workers x 1 core"
time java $OPENS -Dinpaint4j.spark.distribution="$HERE/spark/target/spark-distribution.classpath" \
    -cp "spark/target/test-classes:$(cat spark/target/classpath.txt)" io.github.inpaint4j.spark.LocalStandaloneCluster \
    "$WORK/cluster" 2 1 -- \
    --jars "$HERE/core/target/inpaint4j-core-0.1.0-SNAPSHOT.jar,$HERE/texture/target/inpaint4j-texture-0.1.0-SNAPSHOT.jar" \
    --class io.github.inpaint4j.spark.InpaintSparkJob "$HERE/spark/target/inpaint4j-spark-0.1.0-SNAPSHOT.jar" \
    --images "$HERE/$WORK/photos/images" --masks "$HERE/$WORK/photos/masks" --output "$HERE/$WORK/out-cluster" \
    --method "$METHOD" | grep -e "pictures:" -e "Exception" || true

# the four runs fill the same pictures the same way
for f in "$WORK"/out-jobs-1/*.png; do
  for other in out-jobs-2 out-spark out-cluster; do
    cmp -s "$f" "$WORK/$other/$(basename "$f")" || { echo "outputs differ: $other/$(basename "$f")"; exit 1; }
  done
done
echo "outputs identical in the four runs"
