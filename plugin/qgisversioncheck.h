// A C++ plugin only runs in the QGIS release it was compiled against: the check, apart from QGIS (Qt Core only),
// so that it can be tested with any pair of versions.
#pragma once

#include <QString>

namespace eventsecurity
{

//! "3.22.16" for a version number as Qgis::versionInt() gives it (major * 10000 + minor * 100 + patch).
QString qgisVersionText( int versionInt );

/**
 * Why the plugin, built for QGIS \a builtVersionInt, must not load into QGIS \a runningVersionInt, in words for
 * the user; empty when both are the same release. \a simulatedVersionInt (0: none) is a test's stand-in for another
 * running QGIS: it can only add a refusal, never lift one.
 */
QString qgisVersionMismatch( int builtVersionInt, int runningVersionInt, int simulatedVersionInt = 0 );

//! The environment variable with which a test makes the plugin believe it runs in another QGIS (a version number).
inline const char *simulatedQgisVersionVariable()
{
  return "EVENTSECURITY_TEST_RUNNING_QGIS_VERSION_INT";
}

} // namespace eventsecurity
