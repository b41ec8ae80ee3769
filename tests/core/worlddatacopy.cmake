# Fails when the checked-in world data table (used by builds without ICU) differs from the one
# this build generated from ICU. cmake -DGENERATED=FILE -DCOPY=FILE -P worlddatacopy.cmake
file(READ "${GENERATED}" generated)
file(READ "${COPY}" copy)
if(NOT generated STREQUAL copy)
    message(FATAL_ERROR "${COPY} differs from ${GENERATED}, generated from this machine's ICU. "
        "Run `cmake --build <build dir> --target update_worlddata` and commit the copy.")
endif()
message(STATUS "${COPY} is the table generated from ICU")
