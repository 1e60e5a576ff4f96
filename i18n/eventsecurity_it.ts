<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>QObject</name>
    <message>
        <source>Could not reproject a geometry (%1); check the layer's CRS.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StandoffZonesAlgorithm</name>
    <message>
        <source>Standoff zones (blast)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>blast,bomb,explosion,evacuation,standoff,stand-off,overpressure,kingery,bulmash,ied,vbied,rings,buffer,cordon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draws the blast standoff zones of one bomb threat around each input feature: points (a suspect device, a parked vehicle) get concentric rings, polygons (a venue, a building) get rings measured from their edge. Zones do not overlap; each feature's innermost zone includes the feature.

&lt;b&gt;Stand-off chart&lt;/b&gt; method: the US NCTC/DHS Bomb Threat Stand-Off Card (2013) — mandatory evacuation from 0 to the mandatory distance, shelter in place from there to the preferred distance. When a charge other than the type's own is given, both distances are scaled by the cube root of the charge ratio (Hopkinson-Cranz scaling); for a custom charge the chart's scaled distances for vehicle bombs are used, Z = 16 and 95 m/kg^(1/3). Both are judgement calls of this tool: the chart's preferred distances for hand-held devices are set by fragments and do not scale exactly.

&lt;b&gt;Blast overpressure&lt;/b&gt; method: the Kingery-Bulmash fit of incident overpressure for a hemispherical surface burst of TNT (Swisdak 1994, DTIC ADA526744), one ring per threshold, each labelled with its effect (effects table: US DOE/TIC-11268 1981 for people, Clancey 1972 for glass and structures). The fit is valid for scaled distances 0.2–198.5 m/kg^(1/3), i.e. about 0.25–17,300 kPa; a threshold outside that range is an error, never an extrapolation. The default thresholds (103, 34.5, 20.7, 6.9, 2.1 kPa) are a judgement call of this tool.

Charges are TNT-equivalent kilograms. CHARGE_KG is required for a custom charge and overrides the type's weight when greater than 0. The default threat (sedan) is a judgement call.

Outputs: the zones (overpressure_kpa is the incident overpressure at the zone's outer edge for both methods, empty outside the fit's range); optionally the road stretches to close — within the mandatory evacuation distance for vehicle-borne threats, within the innermost zone otherwise — and every building reached by a zone, with the innermost zone it reaches, its distance to the nearest source and the overpressure there. A summary per zone goes to the log.

Distances are metres on the ground whatever the CRS: geographic layers are processed in a local transverse Mercator and every output is written in the CRS of the layer its features come from. Curves are drawn so that the polygon contains the true circle (vertices slightly outside it). Overpressures assume an open surface burst: reflections from buildings, confinement and fragments are not modelled; these zones are a planning aid, not a substitute for an expert's assessment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Threat locations or protected areas (points or polygons)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2 kg TNT)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Custom charge (set the charge)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Threat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Charge, kg TNT equivalent (0 = the threat's own)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stand-off chart (NCTC/DHS 2013)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Blast overpressure (Kingery-Bulmash)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overpressure thresholds, kPa (comma separated; overpressure method)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Merge the zones of all features</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Segments per quarter circle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Roads (for closures)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Buildings (for exposure)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Standoff zones</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Road closures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exposed buildings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The charge must be a positive TNT-equivalent mass in kg (got %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A custom charge needs its TNT-equivalent mass: set CHARGE_KG to a value greater than 0.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mandatory evacuation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shelter in place (evacuate beyond the preferred distance)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>THRESHOLDS_KPA: '%1' is not a positive pressure in kPa; give a comma-separated list such as 34.5, 6.9.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Threshold %1 kPa is outside the Kingery-Bulmash fit's validity (%2 to %3 kPa, scaled distance %4 to %5 m/kg^(1/3)); the fit is not extrapolated: choose thresholds inside that range.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>THRESHOLDS_KPA is empty: give at least one overpressure in kPa, e.g. 34.5, 6.9.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 kPa, beyond: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 kPa, below every tabulated effect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>INPUT must be a point or polygon layer (threat locations or protected areas), not lines.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>INPUT has no features with a geometry: give at least one threat location or protected area.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Charge %1 kg TNT, %2 zone(s) out to %3 m, %4 source feature(s).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2): %3–%4 m, %5 ha</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>, %n building(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>, %1 m of road closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Road closures: %1 stretch(es), %2 m within the mandatory evacuation distance (%3 m).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The outer edge lies beyond the blast fit's range (scaled distance above %1 m/kg^(1/3)): its overpressure is left empty.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ThreatCatalogue</name>
    <message>
        <source>Pipe bomb</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Suicide vest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Briefcase / suitcase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sedan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SUV / van</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Small delivery truck</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Container / water truck</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Semi-trailer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Occasional breakage of large windows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Typical glass breakage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>10 % of glass broken ("safe distance")</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Windows shatter, light injuries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Residential structures collapse, serious injuries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Eardrum rupture 1 %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lung damage threshold, eardrum rupture 50 %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fatalities 1 %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fatalities 99 %</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>eventsecurity::EventSecurityDock</name>
    <message>
        <source>Event Security Planner</source>
        <translation>Pianificatore della sicurezza degli eventi</translation>
    </message>
    <message>
        <source>Plan the protection of an event: the algorithms are in the Processing toolbox under "Event security".</source>
        <translation>Pianifica la protezione di un evento: gli algoritmi si trovano nel pannello strumenti di Processing, sotto «Sicurezza degli eventi».</translation>
    </message>
</context>
<context>
    <name>eventsecurity::EventSecurityPlugin</name>
    <message>
        <source>&amp;Event Security Planner</source>
        <translation>Pianificatore della &amp;sicurezza degli eventi</translation>
    </message>
    <message>
        <source>Event Security Planner</source>
        <translation>Pianificatore della sicurezza degli eventi</translation>
    </message>
    <message>
        <source>Show the Event Security Planner panel</source>
        <translation>Mostra il pannello del pianificatore della sicurezza degli eventi</translation>
    </message>
</context>
<context>
    <name>eventsecurity::EventSecurityProvider</name>
    <message>
        <source>Blast threat</source>
        <translation>Minaccia di esplosione</translation>
    </message>
    <message>
        <source>Hostile vehicle</source>
        <translation>Veicolo ostile</translation>
    </message>
    <message>
        <source>Perimeter and crowd</source>
        <translation>Perimetro e folla</translation>
    </message>
    <message>
        <source>Security layout</source>
        <translation>Piano di sicurezza</translation>
    </message>
    <message>
        <source>Event security</source>
        <translation>Sicurezza degli eventi</translation>
    </message>
    <message>
        <source>Event Security Planner %1</source>
        <translation>Pianificatore della sicurezza degli eventi %1</translation>
    </message>
</context>
</TS>