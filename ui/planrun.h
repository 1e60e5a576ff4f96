// What one "Plan" of the dock needs while its task runs and when it ends: the Processing context, a feedback
// that collects the algorithm's errors, and what the plan was made for (the event, the project as it was,
// the inputs by name, the folder of its files). The task holds references to the context and the feedback,
// so a PlanRun lives exactly as long as its task (deleted when the task is), whatever happens to the dock.
#pragma once

#include <qgsprocessingcontext.h>
#include <qgsprocessingfeedback.h>
#include <qgsvectorlayer.h>

#include <QMap>
#include <QMutex>
#include <QObject>
#include <QStringList>

#include <memory>
#include <vector>

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

  //! Removes the files of a plan that did not finish, then the folders it made and left empty.
  void removeFiles() const;

  QString eventName;
  int projectGeneration = 0;         //!< the dock's count of project changes when the plan started
  QString outputFolder;              //!< made for this plan (a new folder each time)
  QStringList createdFolders;        //!< outputFolder and the parents the plan made, deepest first
  QString fileStem;                  //!< the plan's files are outputFolder/fileStem*
  QStringList inputLayerIds;         //!< venue, buildings, streets: the print's base map, under the plan
  QMap<QString, QString> layerNames; //!< id -> name of every layer the parameters name, for messages

private:
  QgsProcessingContext mContext;
  PlanFeedback mFeedback;
  std::vector<std::unique_ptr<QgsVectorLayer>> mLayers;
};

} // namespace eventsecurity
