// What one "Plan" of the dock needs while its task runs: the Processing context and a feedback that
// collects the algorithm's errors. The task holds references to both, so a PlanRun lives exactly as long
// as its task (deleted when the task is), whatever happens to the dock meanwhile.
#ifndef PLANRUN_H
#define PLANRUN_H

#include <qgsprocessingcontext.h>
#include <qgsprocessingfeedback.h>
#include <qgsvectorlayer.h>

#include <QMutex>
#include <QObject>
#include <QStringList>

#include <memory>

class QgsProject;

namespace eventsecurity
{

//! Feedback that keeps the errors the algorithm reports (from the task's thread) for the panel to show.
class PlanFeedback : public QgsProcessingFeedback
{
  Q_OBJECT

public:
  void reportError( const QString &error, bool fatalError = false ) override;
  void setProgressText( const QString &text ) override;

  //! The errors reported so far, in order (safe to call from any thread).
  QStringList errors() const;

signals:
  //! The algorithm started a new step (emitted from the task's thread).
  void stepChanged( const QString &text );

private:
  mutable QMutex mMutex;
  QStringList mErrors;
};

class PlanRun : public QObject
{
  Q_OBJECT

public:
  explicit PlanRun( QgsProject *project );

  QgsProcessingContext &context() { return mContext; }
  PlanFeedback *feedback() { return &mFeedback; }

  //! Keeps a layer the parameters point to (the one chosen venue feature) alive for the run.
  void keepLayer( std::unique_ptr<QgsVectorLayer> layer ) { mLayers.push_back( std::move( layer ) ); }

private:
  QgsProcessingContext mContext;
  PlanFeedback mFeedback;
  std::vector<std::unique_ptr<QgsVectorLayer>> mLayers;
};

} // namespace eventsecurity

#endif
