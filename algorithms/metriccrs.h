#pragma once

// Ground distances in metres whatever the input CRS: the local metric frame the algorithms compute in.

#include <qgscoordinatereferencesystem.h>
#include <qgscoordinatetransform.h>
#include <qgscoordinatetransformcontext.h>
#include <qgsgeometry.h>
#include <qgsrectangle.h>

namespace eventsecurity
{

/**
 * The CRS an algorithm computes in, chosen for the data's extent:
 * - the data's own CRS when it is projected, in metres, and its scale error at the data's centre is
 *   below 0.1 % (a national grid or UTM zone; Web Mercator at mid latitudes fails this);
 * - otherwise a transverse Mercator centred on the data (scale 1 at the centre, < 0.05 % error within
 *   ~60 km of it), which is more exact than the UTM zone (scale 0.9996 on its central meridian);
 * - a layer without CRS is taken as already metric (its coordinates are read as metres).
 */
class MetricFrame
{
public:
  //! The frame for data in \a sourceCrs covering \a extentInSourceCrs.
  MetricFrame( const QgsCoordinateReferenceSystem &sourceCrs, const QgsRectangle &extentInSourceCrs,
               const QgsCoordinateTransformContext &transformContext );

  //! The metric CRS.
  QgsCoordinateReferenceSystem crs() const { return mCrs; }
  //! Whether the data's own CRS is metric enough to compute in.
  bool isSourceCrs() const { return mCrs == mSourceCrs; }

  //! Transform from \a crs into the metric frame (identity when \a crs is the frame or either is invalid).
  QgsCoordinateTransform toMetric( const QgsCoordinateReferenceSystem &crs ) const;
  //! Transform from the metric frame back into \a crs.
  QgsCoordinateTransform fromMetric( const QgsCoordinateReferenceSystem &crs ) const;

  //! Ratio of ground (ellipsoidal) distance to planar distance in \a crs at \a centre (1 = true scale).
  static double scaleError( const QgsCoordinateReferenceSystem &crs, const QgsPointXY &centre,
                            const QgsCoordinateTransformContext &transformContext );

private:
  QgsCoordinateReferenceSystem mSourceCrs;         //!< the data's
  QgsCoordinateReferenceSystem mCrs;               //!< the frame's
  QgsCoordinateTransformContext mTransformContext; //!< for the transforms
};

/**
 * Transforms \a geometry in place (nothing when \a transform is invalid or a no-op); a failure becomes a
 * QgsProcessingException that tells the user to check the layer's CRS.
 */
void transformOrThrow( QgsGeometry &geometry, const QgsCoordinateTransform &transform );

} // namespace eventsecurity
