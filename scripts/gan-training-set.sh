#!/usr/bin/env bash
# Rebuilds the training pictures of the default GAN model (docs/training.md#the-default-model):
# photos and textures from three Debian packages, all public domain, CC0 or CC-BY 4.0, none of the
# held-out pictures of docs/samples/bench. Needs apt-get (Debian or a derivative), sha256sum and
# the built project (mvn -B -q package -DskipTests), for the resizing tool.
#   usage: scripts/gan-training-set.sh [OUTPUT-FOLDER]   (default: gan-data)
# Writes OUTPUT/train (27 pictures) and OUTPUT/heldout (2 pictures, validation only).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$(realpath -m "${1:-gan-data}")"
jar="$root/examples/target/examples.jar"
[ -f "$jar" ] || { echo "build first: mvn -B -q package -DskipTests" >&2; exit 1; }
[ -e "$out/train" ] && { echo "$out/train exists; remove it or choose another folder" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
apt-get download lomiri-wallpapers-16.04 xplanet-images python3-skimage
for deb in *.deb; do dpkg -x "$deb" x; done
L=x/usr/share/backgrounds
S=x/usr/lib/python3/dist-packages/skimage/data
X=x/usr/share/xplanet/images
# The source files, by content: a package update that changed one is an error, not a silent new data set.
sha256sum -c --quiet <<SUMS
66268e7b48f8854d36a28765fac6e23ec1aee251daa6da1f64715f201020ad36  $L/aitzgorri_by_Aitzol_Berasategi.jpg
cc40e313c74e421edffe3403def413c16878ce14661cce7ec5915baeab35538d  $L/friends_by_Aitzol_Berasategi.jpg
4c119350ead80201fe256850c3d316309ddfb4bdf10b235ce982dcde0c667c05  $L/life_by_Aitzol_Berasategi.jpg
474dab6a4b9f94dc76c29dfe30e9f5db4af0fd2e33fe5d695f8152b371efca18  $L/sunset_by_Aitzol_Berasategi.jpg
c8c0ab18e48d9e0419fe42881112137f3afafc27dfddc29ec3a6d54c56d225ad  $L/Picture_0B_by_freespace.jpg
89e86af38d04daaef975665dc2127e9fa76f0fd68f4eea105a2d0ae3390b010b  $L/Picture_1A_by_freespace.jpg
a5634d1ab5e41a3568e92d4a894a500c92b891f9ff734e50bd224d6e185a605f  $L/seeding_by_Clements_Engelhardt.jpg
d2e96e6d4da40dd804b3d0ce295e94de04a2d7d9b6785d42cd9d92ba58bced74  $L/Wine_by_Jakkub_Mede.jpg
414d0072b2f6f2c555deafeaef6e45c4fed6fa9ad26eba6560ca8803959cf97a  $L/picosdeeuropa_by_Aitzol_Berasategi.jpg
bfb425545e77e9f0eb1b037b607fc9ed4a446f3b0f04aa2879be3556073c57ef  $L/umang_by_Abhishek_Mudgal.jpg
d4dc80a6ef571939d0abe04a9bed3d3d1e6cd63e59514be1c5e43a6b069e6f1e  $X/earth.jpg
b0793d2adda0fa6ae899c03989482bff9a42d3d5690fc7e3648f2795d730c23a  $S/camera.png
c2dd0de7c538df8d111e479619b129464d0269d0ae5fd18ca91d33a7fdfea95c  $S/rocket.jpg
3a19c5dd8a927a9334bb1229a6d63711b1c0c767fb27e2286e7c84a3e2c2f5f4  $S/hubble_deep_field.jpg
f8dd1aa387ddd1f49d8ad13b50921b237df8e9b262606d258770687b0ef93cef  $S/ihc.png
b6b6022426b38936c43a4ac09635cd78af074e90f42ffa8227ac8b7452d39f89  $S/grass.png
c48615b451bf1e606fbd72c0aa9f8cc0f068ab7111ef7d93bb9b0f2586440c12  $S/gravel.png
bd84aa3a6e3c9887850d45d606c96b2e59433fbef50338570b63c319e668e6d1  $S/text.png
8d23a7fb81f7cc877cd09f330357fc7f595651306e84e17252f6e0a1b3f61515  $S/cell.png
f029226b28b642e80113d86622e9b215ee067a0966feaf5e60604a1e05733955  $S/clock_motion.png
SUMS
mkdir -p "$out/train" "$out/heldout"
shrink() { java -cp "$jar" io.github.inpaint4j.examples.TrainingPictures "$@" > /dev/null; }
# The large photos and the Earth map at two scales (longer side 512 and 1024 px).
shrink "$out/train" 512,1024 $L/aitzgorri_by_Aitzol_Berasategi.jpg $L/friends_by_Aitzol_Berasategi.jpg \
    $L/life_by_Aitzol_Berasategi.jpg $L/sunset_by_Aitzol_Berasategi.jpg $L/Picture_0B_by_freespace.jpg \
    $L/Picture_1A_by_freespace.jpg $L/seeding_by_Clements_Engelhardt.jpg $L/Wine_by_Jakkub_Mede.jpg $X/earth.jpg
# scikit-image's own pictures as they are (512 px or less).
cp $S/camera.png $S/rocket.jpg $S/hubble_deep_field.jpg $S/ihc.png $S/grass.png $S/gravel.png $S/text.png \
    $S/cell.png $S/clock_motion.png "$out/train/"
# Two photos held out for the validation curves, never trained on.
shrink "$out/heldout" 512 $L/picosdeeuropa_by_Aitzol_Berasategi.jpg $L/umang_by_Abhishek_Mudgal.jpg
echo "$(ls "$out/train" | wc -l) training and $(ls "$out/heldout" | wc -l) held-out pictures in $out"
