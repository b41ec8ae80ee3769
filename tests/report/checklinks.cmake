# Fails when the command-line tool needs a widget library. Run as
#   cmake -DREADELF=readelf -DCLI=path/to/partnerdesk-cli -P checklinks.cmake
# The tool must need Qt Gui (it renders the PDFs) and must not need Widgets, Charts or PrintSupport.
execute_process(COMMAND ${READELF} -d ${CLI} OUTPUT_VARIABLE dynamic RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "readelf -d ${CLI} failed (${status})")
endif()
string(REGEX MATCHALL "Shared library: \\[[^]]+\\]" needed "${dynamic}")
message(STATUS "partnerdesk-cli needs: ${needed}")
if(NOT needed MATCHES "libQt6Gui")
    message(FATAL_ERROR "partnerdesk-cli does not need Qt Gui: is it built without qbr? ${needed}")
endif()
foreach(library Widgets Charts PrintSupport)
    if(needed MATCHES "libQt6${library}")
        message(FATAL_ERROR "partnerdesk-cli needs Qt ${library}: ${needed}")
    endif()
endforeach()
