# The version the program prints (--version, Help → About): the project's VERSION, plus the git
# revision when the source is a git checkout. The revision is read when CMake configures; a new
# commit or checkout re-runs the configure step (logs/HEAD is a configure dependency), while
# uncommitted edits show up as "-dirty" only after the next configure.
set(CREDITPATH_GIT_REVISION "")
find_package(Git QUIET)
if(GIT_FOUND AND EXISTS "${PROJECT_SOURCE_DIR}/.git")
  execute_process(COMMAND "${GIT_EXECUTABLE}" describe --always --dirty
                  WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}"
                  RESULT_VARIABLE git_rc OUTPUT_VARIABLE git_out ERROR_QUIET
                  OUTPUT_STRIP_TRAILING_WHITESPACE)
  if(git_rc EQUAL 0 AND git_out)
    set(CREDITPATH_GIT_REVISION "${git_out}")
  endif()
  execute_process(COMMAND "${GIT_EXECUTABLE}" rev-parse --path-format=absolute --git-path logs/HEAD
                  WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}"
                  RESULT_VARIABLE git_rc OUTPUT_VARIABLE git_log ERROR_QUIET
                  OUTPUT_STRIP_TRAILING_WHITESPACE)
  if(git_rc EQUAL 0 AND EXISTS "${git_log}")
    set_property(DIRECTORY "${PROJECT_SOURCE_DIR}" APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${git_log}")
  endif()
endif()

if(CREDITPATH_GIT_REVISION)
  set(CREDITPATH_VERSION_STRING "${PROJECT_VERSION} (git ${CREDITPATH_GIT_REVISION})")
else()
  set(CREDITPATH_VERSION_STRING "${PROJECT_VERSION}")
endif()
message(STATUS "CreditPath version: ${CREDITPATH_VERSION_STRING}")

configure_file("${CMAKE_CURRENT_LIST_DIR}/creditpath_version.h.in"
               "${PROJECT_BINARY_DIR}/generated/creditpath_version.h" @ONLY)
add_library(creditpath_version INTERFACE)
target_include_directories(creditpath_version INTERFACE "${PROJECT_BINARY_DIR}/generated")
