<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- English plural forms only (lupdate -pluralonly): the sources say "(s)" or the plural; these give English
     its singular. Every other English text is the source itself. -->
<TS version="2.1" language="en">
<context>
    <name>AreaInputTexts</name>
    <message numerus="yes">
        <source>%n polygon(s) of %1 were invalid (a ring crossing itself, for example) and were repaired with QGIS&apos;s make valid: check that the result is the area you meant.</source>
        <translation>
            <numerusform>%n polygon of %1 was invalid (a ring crossing itself, for example) and was repaired with QGIS&apos;s make valid: check that the result is the area you meant.</numerusform>
            <numerusform>%n polygons of %1 were invalid (a ring crossing itself, for example) and were repaired with QGIS&apos;s make valid: check that the result is the area you meant.</numerusform>
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
    <name>StandoffZonesAlgorithm</name>
    <message numerus="yes">
        <source>, %n building(s)</source>
        <translation>
            <numerusform>, %n building</numerusform>
            <numerusform>, %n buildings</numerusform>
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
