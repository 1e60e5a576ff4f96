#pragma once

// QGIS enums renamed after 3.22 (QGIS 3.30+/4 moved them into Qgis::) and field types (QVariant::Type,
// deprecated in Qt 6: QgsField takes QMetaType::Type from QGIS 3.38), named once here so the rest of the
// code compiles against both.

#include <qgis.h>
#include <qgsprocessing.h>
#include <qgsprocessingalgorithm.h>
#include <qgswkbtypes.h>

// Field types and NULL values need Qt only: eventsecurityqtcompat.h, which the Qt 6 domain build checks.
#define EVENTSECURITY_QGSFIELD_TAKES_METATYPE ( _QGIS_VERSION_INT >= 33800 )
#include "eventsecurityqtcompat.h"

namespace eventsecurity::compat
{
#if _QGIS_VERSION_INT >= 33000
//! QGIS 3.30+: the enums in Qgis::.
using WkbType = Qgis::WkbType;
using GeometryType = Qgis::GeometryType;
using SourceType = Qgis::ProcessingSourceType;
using AlgorithmFlags = Qgis::ProcessingAlgorithmFlags;
using ParameterFlag = Qgis::ProcessingParameterFlag;
using NumberType = Qgis::ProcessingNumberParameterType;
inline constexpr SourceType VectorAnyGeometry = Qgis::ProcessingSourceType::VectorAnyGeometry;
inline constexpr SourceType VectorPoint = Qgis::ProcessingSourceType::VectorPoint;
inline constexpr SourceType VectorLine = Qgis::ProcessingSourceType::VectorLine;
inline constexpr SourceType VectorPolygon = Qgis::ProcessingSourceType::VectorPolygon;
inline constexpr ParameterFlag FlagOptional = Qgis::ProcessingParameterFlag::Optional;
inline constexpr ParameterFlag FlagAdvanced = Qgis::ProcessingParameterFlag::Advanced;
inline constexpr NumberType Integer = Qgis::ProcessingNumberParameterType::Integer;
inline constexpr NumberType Double = Qgis::ProcessingNumberParameterType::Double;
inline constexpr GeometryType PointGeometry = Qgis::GeometryType::Point;
inline constexpr GeometryType LineGeometry = Qgis::GeometryType::Line;
inline constexpr GeometryType PolygonGeometry = Qgis::GeometryType::Polygon;
inline constexpr WkbType WkbPoint = Qgis::WkbType::Point;
inline constexpr WkbType WkbLineString = Qgis::WkbType::LineString;
inline constexpr WkbType WkbLineStringM = Qgis::WkbType::LineStringM;
inline constexpr WkbType WkbMultiLineString = Qgis::WkbType::MultiLineString;
inline constexpr WkbType WkbPolygon = Qgis::WkbType::Polygon;
inline constexpr WkbType WkbMultiPolygon = Qgis::WkbType::MultiPolygon;
#else
//! QGIS 3.22-3.28: the enums in their classes.
using WkbType = QgsWkbTypes::Type;
using GeometryType = QgsWkbTypes::GeometryType;
using SourceType = QgsProcessing::SourceType;
using AlgorithmFlags = QgsProcessingAlgorithm::Flags;
using ParameterFlag = QgsProcessingParameterDefinition::Flag;
using NumberType = QgsProcessingParameterNumber::Type;
inline constexpr SourceType VectorAnyGeometry = QgsProcessing::TypeVectorAnyGeometry;
inline constexpr SourceType VectorPoint = QgsProcessing::TypeVectorPoint;
inline constexpr SourceType VectorLine = QgsProcessing::TypeVectorLine;
inline constexpr SourceType VectorPolygon = QgsProcessing::TypeVectorPolygon;
inline constexpr ParameterFlag FlagOptional = QgsProcessingParameterDefinition::FlagOptional;
inline constexpr ParameterFlag FlagAdvanced = QgsProcessingParameterDefinition::FlagAdvanced;
inline constexpr NumberType Integer = QgsProcessingParameterNumber::Integer;
inline constexpr NumberType Double = QgsProcessingParameterNumber::Double;
inline constexpr GeometryType PointGeometry = QgsWkbTypes::PointGeometry;
inline constexpr GeometryType LineGeometry = QgsWkbTypes::LineGeometry;
inline constexpr GeometryType PolygonGeometry = QgsWkbTypes::PolygonGeometry;
inline constexpr WkbType WkbPoint = QgsWkbTypes::Point;
inline constexpr WkbType WkbLineString = QgsWkbTypes::LineString;
inline constexpr WkbType WkbLineStringM = QgsWkbTypes::LineStringM;
inline constexpr WkbType WkbMultiLineString = QgsWkbTypes::MultiLineString;
inline constexpr WkbType WkbPolygon = QgsWkbTypes::Polygon;
inline constexpr WkbType WkbMultiPolygon = QgsWkbTypes::MultiPolygon;
#endif

} // namespace eventsecurity::compat
