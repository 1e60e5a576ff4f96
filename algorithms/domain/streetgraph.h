#pragma once

#include <algorithm>
#include <cstdint>
#include <limits>
#include <vector>

// A street network as a graph, built once from polylines in a metric CRS, for the searches of the
// vehicle approach and perimeter analyses. Plain C++17, no Qt, no QGIS.
//
// Design: one undirected EDGE per stretch of a line between two NODES (line ends and vertices shared by
// several lines, snapped within a tolerance); each edge keeps its polyline, so bends at vertices inside
// a line stay known without turning every segment into a graph edge (a typical OSM way has 5-10 vertices
// per junction-to-junction stretch: one edge per segment would multiply the search's states by that).
// Each edge has two DIRECTED edges (2i = along the digitised direction, 2i+1 = against it); the searches
// run on the directed LINE GRAPH, whose states are directed edges and whose TRANSITIONS are the moves
// from a directed edge into one leaving its end node, each with the turn's deflection angle. Everything
// is in compact offset/target arrays (CSR).
namespace eventsecurity::domain
{

constexpr double kPi = 3.14159265358979323846;

struct PlanePoint
{
  double x = 0;
  double y = 0;
};

enum class OneWay
{
  No,       // both directions open
  Forward,  // only along the digitised direction
  Backward, // only against it (OSM oneway=-1)
};

//! Open ground (openground.h, opengroundturn.h): the room for the vehicle's CENTRE beside a line where it leaves one of
//! its points in one direction (on the left and on the right, looking that way), and the free straight run from the
//! point that way. Infinite: not known, no limit (the safe side: a larger radius, a higher speed).
struct DirectionRoom
{
  double leftM = std::numeric_limits<double>::infinity();
  double rightM = std::numeric_limits<double>::infinity();
  double runM = std::numeric_limits<double>::infinity();
};

//! The rooms at one point of a line: leaving it toward the next point (ahead) and toward the previous one (behind).
struct PointRoom
{
  DirectionRoom ahead;
  DirectionRoom behind;
};

// One input line (e.g. a feature of a street layer), coordinates in metres.
struct StreetLine
{
  std::vector<PlanePoint> points;
  double widthM = 7; // usable carriageway width (the caller's default when unknown)
  OneWay oneway = OneWay::No;
  bool drivable = true; // false: the line is left out of the graph (e.g. bollarded)
  //! An open-ground leg (openground.h): a turn where it meets another line follows the open-ground turn model
  //! (opengroundturn.h), never a street's bend or kerb, and it is no part of a street's bends.
  bool openGround = false;
  //! Nothing drives through this end of the line (an impact target on the protected area's edge): a route may end
  //! there or start there, never pass through it (see transitions).
  bool stopAtStart = false;
  bool stopAtEnd = false;
  //! Open ground: per point (or empty: none), the room beside the line there, for open-ground turns.
  std::vector<PointRoom> rooms;
};

class StreetGraph
{
public:
  // Builds the graph: vertices of drivable lines within toleranceM of each other become one point (the
  // first one met); line ends and points used more than once become nodes, and lines are split there.
  // Zero-length pieces are dropped; crossings without a shared vertex (bridges) do not connect.
  StreetGraph( const std::vector<StreetLine> &lines, double toleranceM );
  StreetGraph() = default;

  int nodeCount() const { return static_cast<int>( mNodePoints.size() ); }
  int edgeCount() const { return static_cast<int>( mEdgeLine.size() ); }
  int directedEdgeCount() const { return 2 * edgeCount(); }

  PlanePoint nodePoint( int node ) const { return mNodePoints[node]; }

  // Undirected edge: source line index, width, length, polyline (digitised direction).
  int edgeLine( int edge ) const { return mEdgeLine[edge]; }
  double edgeWidthM( int edge ) const { return mEdgeWidth[edge]; }
  double edgeLengthM( int edge ) const { return mEdgeLength[edge]; }
  int edgePointCount( int edge ) const { return mEdgePointOffset[edge + 1] - mEdgePointOffset[edge]; }
  PlanePoint edgePoint( int edge, int i ) const { return mEdgePoints[mEdgePointOffset[edge] + i]; }

  // Directed edge d: its undirected edge, its reverse, whether it runs along the digitised direction.
  static int edgeOf( int directed ) { return directed >> 1; }
  static int reverseOf( int directed ) { return directed ^ 1; }
  static bool isForward( int directed ) { return ( directed & 1 ) == 0; }
  int fromNode( int directed ) const { return mEdgeNodes[directed]; }
  int toNode( int directed ) const { return mEdgeNodes[reverseOf( directed )]; }
  // False when a one-way rule forbids driving this way.
  bool onewayAllows( int directed ) const { return mOnewayAllows[directed] != 0; }
  // The i-th point of the directed edge's polyline, in driving order.
  PlanePoint directedPoint( int directed, int i ) const
  {
    return isForward( directed ) ? edgePoint( edgeOf( directed ), i )
                                 : edgePoint( edgeOf( directed ), edgePointCount( edgeOf( directed ) ) - 1 - i );
  }

  // Transitions out of a directed edge: into every directed edge leaving its end node except its own
  // reverse, and none where a line's end is a stop (StreetLine::stopAtStart/stopAtEnd): none out of a directed
  // edge ending there, none into one leaving it. No U-turns into the same edge: a U-turn within a carriageway is a
  // near standstill, and the searches let a vehicle start at rest anywhere, which covers turning round.
  int transitionBegin( int directed ) const { return mTransitionOffset[directed]; }
  int transitionEnd( int directed ) const { return mTransitionOffset[directed + 1]; }
  int transitionTarget( int t ) const { return mTransitionTarget[t]; }
  // Stored as float (half the memory; 1e-7 rad is far below any input's precision), so clamp to pi.
  double transitionDeflectionRad( int t ) const { return std::min<double>( mTransitionDeflection[t], kPi ); }

  // Directed edges leaving a node.
  int outgoingBegin( int node ) const { return mOutgoingOffset[node]; }
  int outgoingEnd( int node ) const { return mOutgoingOffset[node + 1]; }
  int outgoingEdge( int i ) const { return mOutgoing[i]; }

  //! Whether the edge is an open-ground leg (StreetLine::openGround).
  bool isOpenGround( int edge ) const { return mEdgeOpenGround[edge] != 0; }
  //! Whether the directed edge ends at a stop (StreetLine::stopAtStart/stopAtEnd): nothing follows it, and nothing
  //! leads into its reverse.
  bool stopsAtEnd( int directed ) const { return mStopsAtEnd[directed] != 0; }
  //! The room beside the directed edge where it leaves its start node (StreetLine::rooms: its first point's `ahead`
  //! when it runs along the line, its last point's `behind` against it); infinite where none was given.
  DirectionRoom startRoom( int directed ) const
  {
    return mStartRoom.empty() || mStartRoom[directed] < 0 ? DirectionRoom{} : mRooms[mStartRoom[directed]];
  }

  // The nodes at the first and last point of input line `line` (-1 for a line left out).
  int lineStartNode( int line ) const { return mLineStartNode[line]; }
  int lineEndNode( int line ) const { return mLineEndNode[line]; }

  // Node nearest to p within maxDistanceM, or -1 (linear scan; for tests and a few look-ups).
  int nearestNode( PlanePoint p, double maxDistanceM ) const;

private:
  // An edge of input line `line` from its kept point `first` to `last` (indices into the line's points).
  void addEdge( int line, const std::vector<PlanePoint> &points, int fromNode, int toNode, const StreetLine &source,
                int first, int last );
  void buildTopology();

  std::vector<PlanePoint> mNodePoints;
  std::vector<int> mLineStartNode;
  std::vector<int> mLineEndNode;
  std::vector<int> mEdgeLine;
  std::vector<double> mEdgeWidth;
  std::vector<double> mEdgeLength;
  std::vector<int> mEdgePointOffset{ 0 };
  std::vector<PlanePoint> mEdgePoints;
  std::vector<int> mEdgeNodes;             // per directed edge: its start node
  std::vector<std::uint8_t> mOnewayAllows; // per directed edge
  std::vector<std::uint8_t> mEdgeOpenGround;
  std::vector<std::uint8_t> mStopsAtEnd; // per directed edge
  std::vector<int> mStartRoom;           // per directed edge: index in mRooms, -1 none; empty when no line has rooms
  std::vector<DirectionRoom> mRooms;
  std::vector<int> mOutgoingOffset;
  std::vector<int> mOutgoing;
  std::vector<int> mTransitionOffset;
  std::vector<int> mTransitionTarget;
  std::vector<float> mTransitionDeflection;
};

// Deflection angle (radians, 0 = straight on, pi = U-turn) between travelling along a->b then b->c.
double deflectionRad( PlanePoint a, PlanePoint b, PlanePoint c );

} // namespace eventsecurity::domain
