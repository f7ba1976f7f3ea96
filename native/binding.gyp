# node-gyp: builds the Go archive (native/capi), then links it with the C++
# shim (native/src) into native/build/Release/compute_pi.node. It lives here,
# not at the package root, so that no package manager mistakes the published
# package for one to build at install: the published package ships prebuilt
# binaries, and building from source is opt-in (`npm run build`).
{
  "targets": [
    {
      "target_name": "compute_pi",
      "sources": [
        "src/addon.cc",
        "src/generate.cc",
        "src/signal_mask.cc"
      ],
      "include_dirs": [
        "<!(node -p \"require('node-addon-api').include_dir\")",
        "capi"
      ],
      "defines": [
        "NAPI_VERSION=8",
        "NAPI_DISABLE_CPP_EXCEPTIONS",
        "NODE_ADDON_API_DISABLE_DEPRECATED",
        "NODE_API_SWALLOW_UNTHROWABLE_EXCEPTIONS"
      ],
      "cflags_cc": ["-std=c++17", "-Wall", "-Wextra"],
      "actions": [
        {
          "action_name": "go_archive",
          "inputs": [
            "<!@(sh -c 'ls ../go.mod ../go.sum capi/*.go capi/*.h ../pkg/*/*.go | grep -v _test.go')"
          ],
          "outputs": ["<(PRODUCT_DIR)/go/libcomputepi.a"],
          "action": ["sh", "../scripts/build-go-archive.sh", "<@(_outputs)", "<(target_arch)"]
        }
      ],
      "libraries": [
        "<(PRODUCT_DIR)/go/libcomputepi.a",
        "-Wl,-z,nodelete",
        "-Wl,--exclude-libs,ALL",
        "-Wl,--version-script=<(module_root_dir)/src/exports.map",
        "-lpthread"
      ]
    }
  ]
}
