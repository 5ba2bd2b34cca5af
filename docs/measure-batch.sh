#!/usr/bin/env bash
# Batch throughput, pictures per second: `inpaint batch` with 1 and 2 jobs and the Spark job in
# local[2], on the same folder of 50 photos, one method (see docs/performance.md#batch-throughput).
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
mvn -B -q -pl spark -am package -DskipTests dependency:build-classpath \
    -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=test

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

# the three runs fill the same pictures the same way
for f in "$WORK"/out-jobs-1/*.png; do
  cmp -s "$f" "$WORK/out-jobs-2/$(basename "$f")" && cmp -s "$f" "$WORK/out-spark/$(basename "$f")" \
      || { echo "outputs differ: $(basename "$f")"; exit 1; }
done
echo "outputs identical in the three runs"
