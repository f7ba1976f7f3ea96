{
  "targets": [
    {
      "target_name": "compute_pi",
      "sources": [
        "native/src/addon.cc",
        "native/src/generate.cc",
        "native/src/signal_mask.cc"
      ],
      "include_dirs": [
        "<!(node -p \"require('node-addon-api').include_dir\")",
        "native/capi"
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
            "<!@(sh -c 'ls go.mod native/capi/*.go native/capi/*.h pkg/pi/*.go')"
          ],
          "outputs": ["<(PRODUCT_DIR)/go/libcomputepi.a"],
          "action": ["sh", "scripts/build-go-archive.sh", "<@(_outputs)", "<(target_arch)"]
        }
      ],
      "libraries": [
        "<(PRODUCT_DIR)/go/libcomputepi.a",
        "-Wl,-z,nodelete",
        "-Wl,--exclude-libs,ALL",
        "-Wl,--version-script=<(module_root_dir)/native/src/exports.map",
        "-lpthread"
      ]
    }
  ]
}
