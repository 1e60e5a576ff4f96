<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>PerimeterDesignAlgorithm</name>
        <message numerus="yes">
            <source>In all the plan needs %1 m of crash-rated barrier line, across the %n street(s) that cross the perimeter (their widths).</source>
            <translation>
                <numerusform>In all the plan needs %1 m of crash-rated barrier line, across the %n street that crosses the perimeter (its width).</numerusform>
                <numerusform>In all the plan needs %1 m of crash-rated barrier line, across the %n streets that cross the perimeter (their widths).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>In all the plan needs %1 m of crash-rated barrier line: %2 m across the %n street(s) that cross the perimeter (their widths) and %3 m along the open ground.</source>
            <translation>
                <numerusform>In all the plan needs %1 m of crash-rated barrier line: %2 m across the %n street that crosses the perimeter (its width) and %3 m along the open ground.</numerusform>
                <numerusform>In all the plan needs %1 m of crash-rated barrier line: %2 m across the %n streets that cross the perimeter (their widths) and %3 m along the open ground.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n barrier point(s) of the obstacles (bollards) stand on streets and close %1 to vehicles; the approach speeds take that into account.</source>
            <translation>
                <numerusform>%n barrier point of the obstacles (a bollard) stands on a street and closes %1 to vehicles; the approach speeds take that into account.</numerusform>
                <numerusform>%n barrier points of the obstacles (bollards) stand on streets and close %1 to vehicles; the approach speeds take that into account.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n street line(s)</source>
            <translation>
                <numerusform>%n street line</numerusform>
                <numerusform>%n street lines</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Vehicles can also leave the streets and cross open ground (squares, promenades, parks): it reaches %n stretch(es) of the perimeter, %1 m in all %2. A vehicle can hit anywhere along them, so a crash-rated barrier line is needed along each, rated for the fastest impact on it (impact points every few metres along the stretch; the map shows them).</source>
            <translation>
                <numerusform>Vehicles can also leave the streets and cross open ground (squares, promenades, parks): it reaches %n stretch of the perimeter, %1 m long %2. A vehicle can hit anywhere along it, so a crash-rated barrier line is needed along it, rated for the fastest impact on it (impact points every few metres along the stretch; the map shows them).</numerusform>
                <numerusform>Vehicles can also leave the streets and cross open ground (squares, promenades, parks): it reaches %n stretches of the perimeter, %1 m in all %2. A vehicle can hit anywhere along them, so a crash-rated barrier line is needed along each, rated for the fastest impact on it (impact points every few metres along the stretch; the map shows them).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sliver(s) smaller than %1 m² left out of the cordon.</source>
            <translation>
                <numerusform>%n sliver smaller than %1 m² left out of the cordon.</numerusform>
                <numerusform>%n slivers smaller than %1 m² left out of the cordon.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n node(s)</source>
            <translation>
                <numerusform>%n node</numerusform>
                <numerusform>%n nodes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n edge(s)</source>
            <translation>
                <numerusform>%n edge</numerusform>
                <numerusform>%n edges</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n crossing(s)</source>
            <translation>
                <numerusform>%n crossing</numerusform>
                <numerusform>%n crossings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n way(s) in</source>
            <translation>
                <numerusform>%n way in</numerusform>
                <numerusform>%n ways in</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Open ground gives a faster approach to the cordon than the streets: up to %1 km/h on its %2 side (%n stretch(es) of open ground reach it, %3 m in all), against %4. A crash-rated barrier line is needed along those stretches (see OUTPUT_BARRIERS, kind open_ground_line), not only across the streets.</source>
            <translation>
                <numerusform>Open ground gives a faster approach to the cordon than the streets: up to %1 km/h on its %2 side (%n stretch of open ground reaches it, %3 m long), against %4. A crash-rated barrier line is needed along that stretch (see OUTPUT_BARRIERS, kind open_ground_line), not only across the streets.</numerusform>
                <numerusform>Open ground gives a faster approach to the cordon than the streets: up to %1 km/h on its %2 side (%n stretches of open ground reach it, %3 m in all), against %4. A crash-rated barrier line is needed along those stretches (see OUTPUT_BARRIERS, kind open_ground_line), not only across the streets.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n emergency gate(s)</source>
            <translation>
                <numerusform>%n emergency gate</numerusform>
                <numerusform>%n emergency gates</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n pedestrian entr(y/ies)</source>
            <translation>
                <numerusform>%n pedestrian entry</numerusform>
                <numerusform>%n pedestrian entries</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n vehicle barrier(s)</source>
            <translation>
                <numerusform>%n vehicle barrier</numerusform>
                <numerusform>%n vehicle barriers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n street(s) cross the perimeter: %1 closed by vehicle barriers, %2, %3.</source>
            <translation>
                <numerusform>%n street crosses the perimeter: %1 closed by vehicle barriers, %2, %3.</numerusform>
                <numerusform>%n streets cross the perimeter: %1 closed by vehicle barriers, %2, %3.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n crossing(s) can be hit faster than any crash test: slow the approach (chicanes, closures further out) before relying on a barrier there.</source>
            <translation>
                <numerusform>%n crossing can be hit faster than any crash test: slow the approach (chicanes, closures further out) before relying on a barrier there.</numerusform>
                <numerusform>%n crossings can be hit faster than any crash test: slow the approach (chicanes, closures further out) before relying on a barrier there.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SecurityLayoutPrint</name>
        <message numerus="yes">
            <source>Barrier line: %1 m in all, %2 m of it along open ground (%n stretch(es)%3).</source>
            <translation>
                <numerusform>Barrier line: %1 m in all, %2 m of it along open ground (%n stretch%3).</numerusform>
                <numerusform>Barrier line: %1 m in all, %2 m of it along open ground (%n stretches%3).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StandoffZonesAlgorithm</name>
        <message numerus="yes">
            <source>, %n building(s)</source>
            <translation>
                <numerusform>, %n building</numerusform>
                <numerusform>, %n buildings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n zone(s)</source>
            <translation>
                <numerusform>%n zone</numerusform>
                <numerusform>%n zones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n source feature(s)</source>
            <translation>
                <numerusform>%n source feature</numerusform>
                <numerusform>%n source features</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n stretch(es)</source>
            <translation>
                <numerusform>%n stretch</numerusform>
                <numerusform>%n stretches</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>VehicleApproachAlgorithm</name>
        <message numerus="yes">
            <source>%n street(s)</source>
            <translation>
                <numerusform>%n street</numerusform>
                <numerusform>%n streets</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n node(s)</source>
            <translation>
                <numerusform>%n node</numerusform>
                <numerusform>%n nodes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n edge(s)</source>
            <translation>
                <numerusform>%n edge</numerusform>
                <numerusform>%n edges</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n crossing(s)</source>
            <translation>
                <numerusform>%n crossing</numerusform>
                <numerusform>%n crossings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n entry point(s)</source>
            <translation>
                <numerusform>%n entry point</numerusform>
                <numerusform>%n entry points</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n impact point(s)</source>
            <translation>
                <numerusform>%n impact point</numerusform>
                <numerusform>%n impact points</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Open ground: no vehicle reaches any of its %n impact point(s).</source>
            <translation>
                <numerusform>Open ground: no vehicle reaches its %n impact point.</numerusform>
                <numerusform>Open ground: no vehicle reaches any of its %n impact points.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n stretch(es)</source>
            <translation>
                <numerusform>%n stretch</numerusform>
                <numerusform>%n stretches</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ApproachStudy</name>
        <message numerus="yes">
            <source>Entry speeds: %n entr(y/ies) into the study area, all at START_SPEED_KMH (%1 km/h, at most the vehicle's top speed): no street has a speed limit in MAXSPEED_FIELD%2.</source>
            <translation>
                <numerusform>Entry speeds: %n entry into the study area, at START_SPEED_KMH (%1 km/h, at most the vehicle's top speed): no street has a speed limit in MAXSPEED_FIELD%2.</numerusform>
                <numerusform>Entry speeds: %n entries into the study area, all at START_SPEED_KMH (%1 km/h, at most the vehicle's top speed): no street has a speed limit in MAXSPEED_FIELD%2.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Entry speeds: %1 of %n entr(y/ies) into the study area at their street's speed limit (field "%2": %3 to %4 km/h, at most the vehicle's top speed), %5 at START_SPEED_KMH (%6 km/h).</source>
            <translation>
                <numerusform>Entry speeds: %1 of %n entry into the study area at its street's speed limit (field "%2": %3 to %4 km/h, at most the vehicle's top speed), %5 at START_SPEED_KMH (%6 km/h).</numerusform>
                <numerusform>Entry speeds: %1 of %n entries into the study area at their street's speed limit (field "%2": %3 to %4 km/h, at most the vehicle's top speed), %5 at START_SPEED_KMH (%6 km/h).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AreaInputTexts</name>
        <message numerus="yes">
            <source>%n polygon(s) of %1 were invalid (a ring crossing itself, for example) and were repaired with QGIS's make valid: check that the result is the area you meant.</source>
            <translation>
                <numerusform>%n polygon of %1 was invalid (a ring crossing itself, for example) and was repaired with QGIS's make valid: check that the result is the area you meant.</numerusform>
                <numerusform>%n polygons of %1 were invalid (a ring crossing itself, for example) and were repaired with QGIS's make valid: check that the result is the area you meant.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n polygon(s) of %1 were invalid and have no area (a ring along a line, for example): they were left out.</source>
            <translation>
                <numerusform>%n polygon of %1 was invalid and has no area (a ring along a line, for example): it was left out.</numerusform>
                <numerusform>%n polygons of %1 were invalid and have no area (a ring along a line, for example): they were left out.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>QueueReport</name>
        <message numerus="yes">
            <source>(a) Move the search line out, so that the queue stands inside the vehicle-exclusion zone: %1 m more of barrier line around the queue's street, cutting %n drivable street(s), %2 m of rated barrier across them.</source>
            <translation>
                <numerusform>(a) Move the search line out, so that the queue stands inside the vehicle-exclusion zone: %1 m more of barrier line around the queue's street, cutting %n drivable street, %2 m of rated barrier across it.</numerusform>
                <numerusform>(a) Move the search line out, so that the queue stands inside the vehicle-exclusion zone: %1 m more of barrier line around the queue's street, cutting %n drivable streets, %2 m of rated barrier across them.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n queue(s) exposed to a hostile vehicle or a vehicle bomb. What to do about it:</source>
            <translation>
                <numerusform>%n queue exposed to a hostile vehicle or a vehicle bomb. What to do about it:</numerusform>
                <numerusform>%n queues exposed to a hostile vehicle or a vehicle bomb. What to do about it:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OpenGroundInputTexts</name>
        <message numerus="yes">
            <source>%n polygon(s) of %1 were invalid (a ring crossing itself, for example) and were repaired with QGIS's make valid: check that the result is the ground you meant.</source>
            <translation>
                <numerusform>%n polygon of %1 was invalid (a ring crossing itself, for example) and was repaired with QGIS's make valid: check that the result is the ground you meant.</numerusform>
                <numerusform>%n polygons of %1 were invalid (a ring crossing itself, for example) and were repaired with QGIS's make valid: check that the result is the ground you meant.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n polygon(s) of %1 were invalid and have no area (a ring along a line, for example): they were left out.</source>
            <translation>
                <numerusform>%n polygon of %1 was invalid and has no area (a ring along a line, for example): it was left out.</numerusform>
                <numerusform>%n polygons of %1 were invalid and have no area (a ring along a line, for example): they were left out.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n curved geometr(y/ies) of %1 were made of straight segments.</source>
            <translation>
                <numerusform>%n curved geometry of %1 was made of straight segments.</numerusform>
                <numerusform>%n curved geometries of %1 were made of straight segments.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n point(s) of %1 have no number in "%2": they have the radius OBSTACLE_RADIUS_M, %3 m.</source>
            <translation>
                <numerusform>%n point of %1 has no number in "%2": it has the radius OBSTACLE_RADIUS_M, %3 m.</numerusform>
                <numerusform>%n points of %1 have no number in "%2": they have the radius OBSTACLE_RADIUS_M, %3 m.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OpenGroundStudy</name>
        <message numerus="yes">
            <source>%n open area polygon(s)</source>
            <translation>
                <numerusform>%n open area polygon</numerusform>
                <numerusform>%n open area polygons</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n obstacle polygon(s) and line(s)</source>
            <translation>
                <numerusform>%n obstacle polygon or line</numerusform>
                <numerusform>%n obstacle polygons and lines</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n obstacle point(s)</source>
            <translation>
                <numerusform>%n obstacle point</numerusform>
                <numerusform>%n obstacle points</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n leg(s)</source>
            <translation>
                <numerusform>%n leg</numerusform>
                <numerusform>%n legs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n corner(s)</source>
            <translation>
                <numerusform>%n corner</numerusform>
                <numerusform>%n corners</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n street attach point(s)</source>
            <translation>
                <numerusform>%n street attach point</numerusform>
                <numerusform>%n street attach points</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n impact point(s)</source>
            <translation>
                <numerusform>%n impact point</numerusform>
                <numerusform>%n impact points</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n stretch(es)</source>
            <translation>
                <numerusform>%n stretch</numerusform>
                <numerusform>%n stretches</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n barrier point(s) on streets close %1 to vehicles.</source>
            <translation>
                <numerusform>%n barrier point on a street closes %1 to vehicles.</numerusform>
                <numerusform>%n barrier points on streets close %1 to vehicles.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n street line(s)</source>
            <translation>
                <numerusform>%n street line</numerusform>
                <numerusform>%n street lines</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>eventsecurity::PlanResultsWidget</name>
        <message numerus="yes">
            <source>at %n entries</source>
            <translation>
                <numerusform>at %n entry</numerusform>
                <numerusform>at %n entries</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n queues a hostile vehicle or a vehicle bomb can reach</source>
            <translation>
                <numerusform>%n queue a hostile vehicle or a vehicle bomb can reach</numerusform>
                <numerusform>%n queues a hostile vehicle or a vehicle bomb can reach</numerusform>
            </translation>
        </message>
    </context>
</TS>
