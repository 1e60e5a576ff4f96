// Shared by the benchmark programs: a headless QGIS session, wall-clock timing and peak memory.
#ifndef BENCHSUPPORT_H
#define BENCHSUPPORT_H

#include <QString>
#include <QVariantMap>

#include <functional>

class QgsProcessingContext;

namespace eventsecurity::bench
{

//! Starts QGIS headless with QGIS's native algorithms and the eventsecurity provider; stops it.
class BenchQgis
{
public:
  BenchQgis( int &argc, char **argv );
  ~BenchQgis();
  BenchQgis( const BenchQgis & ) = delete;
  BenchQgis &operator=( const BenchQgis & ) = delete;
};

//! Seconds taken by \a work (wall clock, steady clock).
double timeSeconds( const std::function<void()> &work );

//! Best (minimum) of \a repeats timings of \a work: the least disturbed run.
double bestOfSeconds( int repeats, const std::function<void()> &work );

//! Peak resident memory of this process so far, in MiB (getrusage).
double peakMemoryMiB();

//! Runs a Processing algorithm by id; aborts the benchmark with a message if it fails.
QVariantMap runOrDie( const QString &algorithmId, const QVariantMap &parameters, QgsProcessingContext &context );

} // namespace eventsecurity::bench

#endif
