#!/usr/bin/env bash
# The check of docs/maven.md: inpaint4j used as a new user would, from Maven projects outside this
# repository. Installs the modules into a local repository of its own (never ~/.m2), then:
#   1. a project that imports inpaint4j-bom and depends on inpaint4j-texture finds every method by
#      name with Inpainters.create and runs it, on the class path and on the module path;
#   2. a project that depends on inpaint4j-cli (the command line and the server) gets no SLF4J binding from it;
#   3. a project that depends on inpaint4j-gan resolves the PyTorch natives of each platform;
#   4. a project that depends on inpaint4j-gan loads the default model through DJL's Criteria
#      (the model zoo, offline, from the jar) and fills a picture with it.
# Needs JDK 17+, Maven 3.6.3+ and Maven Central (about 400 MB of downloads on the first run).
# Usage: docs/consumer-check.sh [work folder, default /tmp/inpaint4j-consumer-check]
set -euo pipefail
REPO_ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=${1:-/tmp/inpaint4j-consumer-check}
LOCAL=$WORK/repository
VERSION=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' "$REPO_ROOT/bom/pom.xml" | head -1)
mkdir -p "$WORK"
cd "$REPO_ROOT"
mvn -B -q install -DskipTests -Dmaven.repo.local="$LOCAL"
echo "installed inpaint4j $VERSION into $LOCAL"

# The POM head of each project: inpaint4j-bom imported, one inpaint4j module, Java 17.
project() { # folder artifactId
  mkdir -p "$WORK/$1"
  cat > "$WORK/$1/pom.xml" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>demo</groupId>
  <artifactId>$1</artifactId>
  <version>1</version>
  <properties>
    <maven.compiler.release>17</maven.compiler.release>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
  </properties>
  <dependencyManagement>
    <dependencies>
      <dependency>
        <groupId>io.github.inpaint4j</groupId>
        <artifactId>inpaint4j-bom</artifactId>
        <version>$VERSION</version>
        <type>pom</type>
        <scope>import</scope>
      </dependency>
    </dependencies>
  </dependencyManagement>
  <dependencies>
    <dependency>
      <groupId>io.github.inpaint4j</groupId>
      <artifactId>$2</artifactId>
    </dependency>
    <dependency>
      <groupId>org.slf4j</groupId>
      <artifactId>slf4j-nop</artifactId>
      <version>2.0.17</version>
      <scope>runtime</scope>
    </dependency>
  </dependencies>
  <build>
    <plugins>
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-compiler-plugin</artifactId>
        <version>3.13.0</version>
      </plugin>
    </plugins>
  </build>
</project>
EOF
}

echo "== 1. inpaint4j-texture through the registry"
project texture-user inpaint4j-texture
mkdir -p "$WORK/texture-user/src/main/java/demo"
cat > "$WORK/texture-user/src/main/java/module-info.java" <<'EOF'
module demo {
    requires io.github.inpaint4j.texture;
}
EOF
cat > "$WORK/texture-user/src/main/java/demo/Main.java" <<'EOF'
package demo;

import io.github.inpaint4j.Inpainter;
import io.github.inpaint4j.Inpainters;
import io.github.inpaint4j.Mask;
import io.github.inpaint4j.Rect;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.metrics.Psnr;
import io.github.inpaint4j.synthetic.SyntheticImages;
import java.util.Map;

public class Main {
    public static void main(String[] args) throws Exception {
        System.out.println(Main.class.getModule() + " finds " + Inpainters.names());
        RgbImage picture = SyntheticImages.stripes(64, 48, 8);
        Mask hole = Mask.fromRectangles(64, 48, new Rect(24, 16, 12, 10));
        for (String name : Inpainters.names()) {
            try (Inpainter method = Inpainters.create(name, Map.of())) {
                RgbImage filled = method.inpaint(picture, hole);
                if (!picture.crop(new Rect(0, 0, 64, 16)).equals(filled.crop(new Rect(0, 0, 64, 16)))) {
                    throw new AssertionError(name + " changed known pixels");
                }
                System.out.printf("  %s (%s): hole PSNR %.2f dB%n", name, method.getClass().getModule().getName(),
                        Psnr.inHole(picture, filled, hole));
            }
        }
    }
}
EOF
cd "$WORK/texture-user"
mvn -B -q -Dmaven.repo.local="$LOCAL" package dependency:build-classpath -Dmdep.outputFile=cp.txt
echo "class path:"
java -cp "target/classes:$(cat cp.txt)" demo.Main
echo "module path:"
java --module-path "target/classes:$(cat cp.txt)" -m demo/demo.Main

echo "== 2. inpaint4j-cli leaves the logging binding to its user"
project cli-user inpaint4j-cli
cd "$WORK/cli-user"
mvn -B -q -Dmaven.repo.local="$LOCAL" dependency:tree -DoutputFile=tree.txt
if grep -q slf4j-simple tree.txt; then
  echo "FAILED: slf4j-simple comes with inpaint4j-cli"; exit 1
fi
echo "SLF4J artifacts: $(grep -o 'slf4j-[a-z]*:jar' tree.txt | sort -u | tr '\n' ' ')(slf4j-nop is the project's own choice)"

echo "== 3. inpaint4j-gan: the PyTorch natives of each platform"
project gan-user inpaint4j-gan
cd "$WORK/gan-user"
# Every classifier that gan's profiles name exists on Maven Central.
for classifier in linux-x86_64 linux-aarch64 osx-aarch64 win-x86_64; do
  mvn -B -q -Dmaven.repo.local="$LOCAL" dependency:get -Dtransitive=false \
      -Dartifact=ai.djl.pytorch:pytorch-native-cpu:2.7.1:jar:$classifier
  echo "on Maven Central: pytorch-native-cpu-2.7.1-$classifier.jar"
done
# Maven's OS profile activation reads the os.name and os.arch system properties of Maven's own
# JVM (a -D after "mvn" comes too late), so Maven's launcher is started with another platform's.
# That JVM cannot open sockets (the JDK picks its socket code by os.name as well), so it resolves
# offline, from the local repository filled above; and as Maven's Windows console code (jansi)
# cannot load on Linux or macOS, it runs from a copy of the Maven installation without jansi,
# which Maven then does without.
MAVEN=$(dirname "$(dirname "$(readlink -f "$(command -v mvn)")")")
PLAIN=$WORK/maven-without-jansi
rm -rf "$PLAIN"
mkdir -p "$PLAIN/lib"
ln -s "$MAVEN/bin" "$MAVEN/boot" "$MAVEN/conf" "$PLAIN/"
for jar in "$MAVEN"/lib/*; do
  case "$(basename "$jar")" in jansi*) ;; *) ln -s "$jar" "$PLAIN/lib/" ;; esac
done
mvn_as() { # os.name os.arch maven-arguments...
  local name="$1" arch="$2"
  shift 2
  java "-Dos.name=$name" "-Dos.arch=$arch" -classpath "$(echo "$PLAIN"/boot/plexus-classworlds-*.jar)" \
      -Dclassworlds.conf="$PLAIN/bin/m2.conf" -Dmaven.home="$PLAIN" -Dmaven.multiModuleProjectDirectory="$PWD" \
      org.codehaus.plexus.classworlds.launcher.Launcher -B -q -o -Dmaven.repo.local="$LOCAL" "$@"
}
while IFS='|' read -r name arch; do
  rm -f cp.txt
  if mvn_as "$name" "$arch" dependency:build-classpath -Dmdep.outputFile=cp.txt > resolve.log 2>&1; then
    native=$(tr ':' '\n' < cp.txt | grep -o 'pytorch-native-[^/]*\.jar' || echo "no PyTorch native jar")
  else
    native="FAILED: $(grep -m1 ERROR resolve.log)"
  fi
  printf '  %-20s %-8s -> %s\n' "$name" "$arch" "$native"
done <<'PLATFORMS'
Linux|amd64
Linux|aarch64
Mac OS X|aarch64
Mac OS X|x86_64
Windows 11|amd64
Windows Server 2022|amd64
Windows 11|aarch64
PLATFORMS

echo "== 4. inpaint4j-gan through DJL's model zoo, with only the published artifacts"
project zoo-user inpaint4j-gan
mkdir -p "$WORK/zoo-user/src/main/java/demo"
cat > "$WORK/zoo-user/src/main/java/demo/Main.java" <<'EOF2'
package demo;

import ai.djl.Application;
import ai.djl.inference.Predictor;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ZooModel;
import io.github.inpaint4j.Mask;
import io.github.inpaint4j.Rect;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.gan.translate.InpaintingInput;
import io.github.inpaint4j.synthetic.SyntheticImages;

public class Main {
    public static void main(String[] args) throws Exception {
        RgbImage picture = SyntheticImages.gradient(160, 120);
        Mask hole = Mask.fromRectangles(160, 120, new Rect(50, 40, 48, 36));
        Criteria<InpaintingInput, RgbImage> criteria = Criteria.builder()
                .setTypes(InpaintingInput.class, RgbImage.class)
                .optApplication(Application.CV.IMAGE_ENHANCEMENT)
                .optGroupId("io.github.inpaint4j")
                .build();
        try (ZooModel<InpaintingInput, RgbImage> model = criteria.loadModel();
                Predictor<InpaintingInput, RgbImage> predictor = model.newPredictor()) {
            RgbImage filled = predictor.predict(new InpaintingInput(picture, hole));
            if (!picture.crop(new Rect(0, 0, 160, 40)).equals(filled.crop(new Rect(0, 0, 160, 40)))) {
                throw new AssertionError("known pixels changed");
            }
            System.out.printf("  %s (%s): filled %d hole pixels, known pixels unchanged%n", model.getName(),
                    model.getBlock().getClass().getSimpleName(), hole.holeCount());
        }
    }
}
EOF2
cd "$WORK/zoo-user"
mvn -B -q -Dmaven.repo.local="$LOCAL" package dependency:build-classpath -Dmdep.outputFile=cp.txt
echo "class path: $(tr ':' '\n' < cp.txt | grep -o 'inpaint4j-[a-z]*-[^/]*\.jar' | sort | tr '\n' ' ')"
java -cp "target/classes:$(cat cp.txt)" demo.Main
