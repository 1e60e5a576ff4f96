#pragma once

#include "queueplan.h"

#include <QString>

#include <memory>
#include <vector>

class QgsProcessingParameterDefinition;

namespace eventsecurity
{

class HelpPage;

/**
 * A queue parameter of perimeter design (issue 16): the QueueSettings figure it sets, its bounds and why. The
 * defaults are QueueSettings' (the domain's constants, entryqueue.h, each with its source or judgement label).
 */
struct QueueParameter
{
  const char *name;             //!< e.g. QUEUE_WIDTH_M
  const char *description;      //!< the dialog's label, untranslated (context QueueParameters)
  double QueueSettings::*field; //!< the figure it sets
  double minimum;               //!< the least value accepted...
  bool minimumIncluded;         //!< ...itself (true) or only above it (false)
  double maximum;               //!< the largest value accepted
  const char *unit;             //!< for messages, e.g. "m"; empty for a number without unit
  const char *reason;           //!< why those bounds, untranslated (context QueueParameters)
  bool advanced;                //!< among the advanced parameters
};

//! The queue parameters, in the order the dialog shows them: QUEUE_WIDTH_M, QUEUE_SPACE_M2, WAIT_TARGET_MIN,
//! PEAK_MINUTES, then the advanced ARRIVAL_SCV, SEARCH_SCV and QUEUE_REACH_M.
const std::vector<QueueParameter> &queueParameters();

//! A number parameter for each of queueParameters(), with its default (no range: the checks say what to fix).
std::vector<std::unique_ptr<QgsProcessingParameterDefinition>> queueParameterDefinitions();

/**
 * Throws a QgsProcessingException unless \a value lies within \a parameter's bounds: the message names the
 * parameter, the bounds, their reason and the value given (NaN is refused).
 */
void requireQueueValue( const QueueParameter &parameter, double value );

//! The queues outside the cordon in a help page: the model, the output, the sources and the judgement calls.
void addQueueHelp( HelpPage &page );

} // namespace eventsecurity
