# vcpkg triplet for the macOS disk image: static libraries (libsodium) for both Apple silicon and
# Intel, for the same oldest macOS as the app (CMAKE_OSX_DEPLOYMENT_TARGET in the workflow).
set(VCPKG_TARGET_ARCHITECTURE arm64)
set(VCPKG_CRT_LINKAGE dynamic)
set(VCPKG_LIBRARY_LINKAGE static)
set(VCPKG_CMAKE_SYSTEM_NAME Darwin)
set(VCPKG_OSX_ARCHITECTURES "arm64;x86_64")
set(VCPKG_OSX_DEPLOYMENT_TARGET 13.3)
