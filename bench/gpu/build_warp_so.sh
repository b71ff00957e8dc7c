#!/usr/bin/env bash
# Build a slim warp.so (CUDA for sm_90 only, no MathDx, no cuBQL) from the native sources that
# ship inside the installed warp-lang, with Warp's own Linux release flags (warp/_src/build_dll.py).
# No GPU is needed to build. NVRTC links dynamically (libnvrtc.so.13 must be on the device's
# library path); cudart and the PTX compiler link statically, as in Warp's own build.
#
#   bench/gpu/build_warp_so.sh WARP_PACKAGE_DIR CUDA_PIP_DIR NANOVDB_INCLUDE OUT_DIR
#
# WARP_PACKAGE_DIR: the installed `warp` folder (holds native/ and bin/).
# CUDA_PIP_DIR: a folder holding nvidia/cu13/{include,lib} unpacked from the 13.0 wheels
#   nvidia-cuda-nvrtc and nvidia-nvptxcompiler (the CUDA toolkit here ships neither nvrtc.h
#   nor nvPTXCompiler.h).
# NANOVDB_INCLUDE: a folder holding nanovdb/util/Util.h and nanovdb/math/Math.h, which the
#   wheel omits though its NanoVDB.h (32.8) includes them; Debian's libnanovdb-dev 13.0.0
#   (NanoVDB 32.9, same ABI major 32) has them. Warp's own NanoVDB.h still comes first.
set -euo pipefail
warp_dir=$(realpath "$1"); cuda_pip=$(realpath "$2")/nvidia/cu13; nanovdb=$(realpath "$3"); out=$(realpath -m "$4")
cuda_home=${CUDA_HOME:-/usr/local/cuda}
native=$warp_dir/native
obj=$out/obj
mkdir -p "$obj"
[ -e "$cuda_pip/lib/libnvrtc.so" ] || ln -s libnvrtc.so.13 "$cuda_pip/lib/libnvrtc.so"

defines="-DWP_BUILD_DLL -DWP_ENABLE_CUDA=1 -DWP_ENABLE_MATHDX=0 -DWP_ENABLE_CUDA_COMPATIBILITY=1 -DWP_DISABLE_CUBQL -DNDEBUG"
includes="-I$native -I$cuda_home/include -I$cuda_home/include/cccl -I$cuda_pip/include -I$nanovdb"
cpp_flags="-Wuninitialized -fabi-version=13 --std=c++17 -fno-rtti -fPIC -fvisibility=hidden -fvisibility-inlines-hidden -D_GLIBCXX_USE_CXX11_ABI=0 -O3 -DWP_ENABLE_DEBUG=0"
nvcc_flags="--std=c++17 -O3 --compiler-options -fPIC,-fvisibility=hidden,-fvisibility-inlines-hidden,-D_GLIBCXX_USE_CXX11_ABI=0 -gencode=arch=compute_90,code=sm_90 -t0 --extended-lambda -diag-suppress=221"

jobs=()
for src in "$native"/*.cpp; do
  [ -e "$obj/$(basename "$src").o" ] && continue  # built by an earlier try
  jobs+=("g++ $cpp_flags $defines $includes -c $src -o $obj/$(basename "$src").o")
done
for src in "$native"/*.cu; do
  [ "$(basename "$src")" = apic.cu ] && continue  # included by warp.cu
  [ -e "$obj/$(basename "$src").o" ] && continue
  jobs+=("$cuda_home/bin/nvcc $nvcc_flags $defines $includes -c $src -o $obj/$(basename "$src").o")
done
printf '%s\n' "${jobs[@]}" | xargs -P "${BUILD_JOBS:-2}" -I{} sh -c '{} || { echo "FAILED: {}"; exit 255; }'

g++ -shared -Wl,-rpath,'$ORIGIN' -static-libstdc++ -static-libgcc -Wl,-z,lazy -Wl,--exclude-libs,ALL \
  -o "$out/warp.so" "$obj"/*.o \
  -L"$cuda_home/lib64" -L"$cuda_pip/lib" -lcudart_static -lnvrtc -lnvptxcompiler_static -lpthread -ldl -lrt
strip --strip-unneeded "$out/warp.so"
ls -la "$out/warp.so"
