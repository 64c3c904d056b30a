# Builds a private MIME database from MIME_FILE alone and checks that it maps
# *.creditpath.json to application/x-creditpath-scenario (a malformed file maps nothing).
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR}/packages)
file(COPY_FILE ${MIME_FILE} ${WORK_DIR}/packages/creditpath.xml)
execute_process(COMMAND ${UPDATE_MIME_DATABASE} ${WORK_DIR}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR err MATCHES "[Ee]rror|[Ww]arning")
  message(FATAL_ERROR "update-mime-database failed (${rc}):\n${out}${err}")
endif()
file(READ ${WORK_DIR}/globs2 globs)
if(NOT globs MATCHES "application/x-creditpath-scenario:\\*\\.creditpath\\.json")
  message(FATAL_ERROR "globs2 lacks *.creditpath.json:\n${globs}")
endif()
