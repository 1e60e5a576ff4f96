// The Qt-only compatibility helpers (algorithms/eventsecurityqtcompat.h) as the algorithms use them for attribute
// fields, built twice: with QMetaType field types (QGIS 3.38 and later, every Qt 6 QGIS) and with QVariant::Type
// (QGIS 3.22); on Qt 5 in the full build, and on Qt 6 in the domain-only build scripts/qt6_domain.sh makes.
#include "eventsecurityqtcompat.h"

#include <QtTest>

#include <type_traits>

using namespace eventsecurity;

#if EVENTSECURITY_QGSFIELD_TAKES_METATYPE
static_assert( std::is_same_v<compat::FieldType, QMetaType::Type>, "QgsField takes QMetaType::Type from QGIS 3.38" );
#else
static_assert( std::is_same_v<compat::FieldType, QVariant::Type>, "QgsField takes QVariant::Type before QGIS 3.38" );
#endif

class TestQtCompat : public QObject
{
  Q_OBJECT

private:
  static void fieldTypeRows();

private slots:
  void fieldTypesAreQtTypeIds_data();
  void fieldTypesAreQtTypeIds();
  void nullOfIsATypedNull_data();
  void nullOfIsATypedNull();
};

void TestQtCompat::fieldTypeRows()
{
  // The type ids Qt documents for QMetaType::Type (the same numbers in Qt 5 and Qt 6).
  QTest::addColumn<int>( "fieldType" );
  QTest::addColumn<int>( "typeId" );
  QTest::newRow( "bool" ) << static_cast<int>( compat::FieldBool ) << 1;
  QTest::newRow( "int" ) << static_cast<int>( compat::FieldInt ) << 2;
  QTest::newRow( "long long" ) << static_cast<int>( compat::FieldLongLong ) << 4;
  QTest::newRow( "double" ) << static_cast<int>( compat::FieldDouble ) << 6;
  QTest::newRow( "string" ) << static_cast<int>( compat::FieldString ) << 10;
}

void TestQtCompat::fieldTypesAreQtTypeIds_data()
{
  fieldTypeRows();
}

void TestQtCompat::fieldTypesAreQtTypeIds()
{
  QFETCH( int, fieldType );
  QFETCH( int, typeId );
  QCOMPARE( fieldType, typeId );
}

void TestQtCompat::nullOfIsATypedNull_data()
{
  fieldTypeRows();
}

void TestQtCompat::nullOfIsATypedNull()
{
  QFETCH( int, fieldType );
  QFETCH( int, typeId );
  // QGIS writes a NULL of the field's type: valid (it has a type) and null, not an invalid QVariant.
  const QVariant value = compat::nullOf( static_cast<compat::FieldType>( fieldType ) );
  QVERIFY( value.isValid() );
  QVERIFY( value.isNull() );
  QCOMPARE( value.userType(), typeId );
}

QTEST_GUILESS_MAIN( TestQtCompat )
#include "test_qtcompat.moc"
