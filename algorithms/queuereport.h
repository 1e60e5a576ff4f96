#pragma once

namespace eventsecurity
{

class HtmlReport;
struct PerimeterReportData;
struct PerimeterSources;

/**
 * The report's section "6. Queues outside the cordon" (issue 16): the queue model in a sentence, each entry's queue
 * (people, length, wait, the lanes a wait target needs, the wait with a lane lost), what threatens it (the fastest
 * vehicle and how it gets there, where a vehicle bomb can stop against the chart's mandatory distance) and, for each
 * exposed queue, what the plan can do about it: move the search line out, add lanes, barrier the street side.
 */
void writeQueueSection( HtmlReport &report, const PerimeterReportData &data, const PerimeterSources &sources );

} // namespace eventsecurity
