// The Qt-only part of the compatibility layer (eventsecuritycompat.h): attribute field types and their NULL values
// for Qt 5 and Qt 6. It includes no QGIS header, so the Qt 6 domain-only build (scripts/qt6_domain.sh) compiles
// and tests it (tests/qtcompat) although no Qt 6 QGIS can be installed here.
//
// EVENTSECURITY_QGSFIELD_TAKES_METATYPE (1 or 0) must be defined first: 1 where QgsField takes QMetaType::Type
// (QGIS 3.38 and later, so every Qt 6 QGIS), 0 where it takes QVariant::Type (deprecated in Qt 6).
#pragma once

#include <QMetaType>
#include <QVariant>

#ifndef EVENTSECURITY_QGSFIELD_TAKES_METATYPE
#error "define EVENTSECURITY_QGSFIELD_TAKES_METATYPE (eventsecuritycompat.h does, from the QGIS version)"
#endif

namespace eventsecurity::compat
{
#if EVENTSECURITY_QGSFIELD_TAKES_METATYPE
using FieldType = QMetaType::Type;
inline constexpr FieldType FieldBool = QMetaType::Bool;
inline constexpr FieldType FieldInt = QMetaType::Int;
inline constexpr FieldType FieldLongLong = QMetaType::LongLong;
inline constexpr FieldType FieldDouble = QMetaType::Double;
inline constexpr FieldType FieldString = QMetaType::QString;
#else
using FieldType = QVariant::Type;
inline constexpr FieldType FieldBool = QVariant::Bool;
inline constexpr FieldType FieldInt = QVariant::Int;
inline constexpr FieldType FieldLongLong = QVariant::LongLong;
inline constexpr FieldType FieldDouble = QVariant::Double;
inline constexpr FieldType FieldString = QVariant::String;
#endif

//! A NULL attribute value of the given field type.
inline QVariant nullOf( FieldType type )
{
#if QT_VERSION >= QT_VERSION_CHECK( 6, 0, 0 )
  return QVariant( QMetaType( type ) );
#else
  return QVariant( static_cast<QVariant::Type>( type ) );
#endif
}
} // namespace eventsecurity::compat
