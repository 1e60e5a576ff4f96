<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <context>
        <name>CatalogueParameters</name>
        <message>
            <source>%1, %2 kg</source>
            <translation>%1, %2 kg</translation>
        </message>
        <message>
            <source>%1 (%2 kg TNT, %3 m)</source>
            <translation>%1 (%2 kg de TNT, %3 m)</translation>
        </message>
    </context>
    <context>
        <name>EventSecurityAlgorithm</name>
        <message>
            <source>%1 cannot go on: %2. Check the parameters and the layers.</source>
            <translation>%1 ne peut pas continuer : %2. Vérifiez les paramètres et les couches.</translation>
        </message>
        <message>
            <source>%1 was run without being prepared.</source>
            <translation>%1 a été exécuté sans avoir été préparé.</translation>
        </message>
        <message>
            <source>%1 has no feature source parameter %2.</source>
            <translation>%1 n'a pas de paramètre de source d'entités %2.</translation>
        </message>
        <message>
            <source>%1 must be a number.</source>
            <translation>%1 doit être un nombre.</translation>
        </message>
        <message>
            <source>%1 must be greater than 0 (%2); got %3.</source>
            <translation>%1 doit être supérieur à 0 (%2) ; valeur reçue : %3.</translation>
        </message>
        <message>
            <source>%1 must be 0 or more (%2); got %3.</source>
            <translation>%1 doit être supérieur ou égal à 0 (%2) ; reçu %3.</translation>
        </message>
        <message>
            <source>%1 has no multiple-layer parameter %2.</source>
            <translation>%1 n'a pas de paramètre multicouche %2.</translation>
        </message>
    </context>
    <context>
        <name>MetricFrame</name>
        <message>
            <source>Could not reproject a geometry (%1); check the layers' CRS.</source>
            <translation>Impossible de reprojeter une géométrie (%1) ; vérifiez le SCR des couches.</translation>
        </message>
        <message>
            <source>A feature has coordinates that are not finite numbers (NaN or infinite) or lie far outside its layer's CRS (%1, %2): fix or remove it, or check the layer's CRS.</source>
            <translation>Une entité a des coordonnées qui ne sont pas des nombres finis (NaN ou infini) ou qui se trouvent très loin en dehors du SCR de sa couche (%1, %2) : corrigez-la ou supprimez-la, ou vérifiez le SCR de la couche.</translation>
        </message>
    </context>
    <context>
        <name>PerimeterDesignAlgorithm</name>
        <message>
            <source>vehicle barrier</source>
            <translation>barrière anti-véhicule</translation>
        </message>
        <message>
            <source>emergency gate</source>
            <translation>accès de secours</translation>
        </message>
        <message>
            <source>pedestrian entry</source>
            <translation>accès piéton</translation>
        </message>
        <message>
            <source>unnamed street (feature %1)</source>
            <translation>voie sans nom (entité %1)</translation>
        </message>
        <message>
            <source>north</source>
            <translation>nord</translation>
        </message>
        <message>
            <source>north-east</source>
            <translation>nord-est</translation>
        </message>
        <message>
            <source>east</source>
            <translation>est</translation>
        </message>
        <message>
            <source>south-east</source>
            <translation>sud-est</translation>
        </message>
        <message>
            <source>south</source>
            <translation>sud</translation>
        </message>
        <message>
            <source>south-west</source>
            <translation>sud-ouest</translation>
        </message>
        <message>
            <source>west</source>
            <translation>ouest</translation>
        </message>
        <message>
            <source>north-west</source>
            <translation>nord-ouest</translation>
        </message>
        <message>
            <source>faster than tested</source>
            <translation>au-delà des essais</translation>
        </message>
        <message>
            <source>Event perimeter design</source>
            <translation>Conception du périmètre de sécurité de l'événement</translation>
        </message>
        <message>
            <source>perimeter,cordon,barrier,bollard,gate,entry,search,lanes,crowd,capacity,egress,evacuation,green guide,standoff,hvm,event</source>
            <translation>périmètre,bouclage,barrière,borne,accès,portail,entrée,filtrage,palpation,files,foule,jauge,capacité,sortie,évacuation,green guide,distance de sécurité,hvm,événement</translation>
        </message>
        <message>
            <source>Event area, where the crowd stands (polygons)</source>
            <translation>Zone de l'événement, où se tient la foule (polygones)</translation>
        </message>
        <message>
            <source>Expected attendance (persons)</source>
            <translation>Fréquentation attendue (personnes)</translation>
        </message>
        <message>
            <source>Arrival window (minutes)</source>
            <translation>Durée d'arrivée du public (minutes)</translation>
        </message>
        <message>
            <source>Standing density for capacity (persons/m²)</source>
            <translation>Densité debout pour la jauge (personnes/m²)</translation>
        </message>
        <message>
            <source>Search lane throughput (persons/hour)</source>
            <translation>Débit d'une ligne de filtrage (personnes/heure)</translation>
        </message>
        <message>
            <source>Exit flow rate (persons/metre/minute)</source>
            <translation>Débit de sortie (personnes/mètre/minute)</translation>
        </message>
        <message>
            <source>Target evacuation time (minutes)</source>
            <translation>Objectif de temps d'évacuation (minutes)</translation>
        </message>
        <message>
            <source>Bomb threat (stand-off chart)</source>
            <translation>Menace à la bombe (tableau des distances de sécurité)</translation>
        </message>
        <message>
            <source>Standoff from the event area (m; not set = the chart's mandatory distance)</source>
            <translation>Distance de sécurité depuis la zone de l'événement (m ; non renseignée = distance obligatoire du tableau)</translation>
        </message>
        <message>
            <source>Street name field (default: "name" if present)</source>
            <translation>Champ du nom de voie (par défaut : « name » s'il existe)</translation>
        </message>
        <message>
            <source>Footways and pedestrian streets are where</source>
            <translation>Les cheminements et rues piétonnes sont les voies pour lesquelles</translation>
        </message>
        <message>
            <source>Emergency gates (at least)</source>
            <translation>Accès de secours (au moins)</translation>
        </message>
        <message>
            <source>Pedestrian entries (at least)</source>
            <translation>Accès piétons (au moins)</translation>
        </message>
        <message>
            <source>Minimum bearing between emergency gates (degrees)</source>
            <translation>Écart minimal de gisement entre accès de secours (degrés)</translation>
        </message>
        <message>
            <source>Vehicle-exclusion cordon</source>
            <translation>Périmètre d'exclusion des véhicules</translation>
        </message>
        <message>
            <source>Street crossings</source>
            <translation>Franchissements de voies</translation>
        </message>
        <message>
            <source>Barrier lines</source>
            <translation>Lignes de barrières</translation>
        </message>
        <message>
            <source>Pedestrian entries</source>
            <translation>Accès piétons</translation>
        </message>
        <message>
            <source>Perimeter report</source>
            <translation>Rapport sur le périmètre</translation>
        </message>
        <message>
            <source>HTML files (*.html *.htm)</source>
            <translation>Fichiers HTML (*.html *.htm)</translation>
        </message>
        <message>
            <source>the number of people expected</source>
            <translation>le nombre de personnes attendues</translation>
        </message>
        <message>
            <source>the minutes in which people arrive, e.g. 60</source>
            <translation>la durée d'arrivée du public en minutes, par ex. 60</translation>
        </message>
        <message>
            <source>persons per m², 2 for a standing crowd</source>
            <translation>personnes par m², 2 pour une foule debout</translation>
        </message>
        <message>
            <source>persons per hour one search lane checks, e.g. 400</source>
            <translation>personnes contrôlées par heure sur une ligne de filtrage, par ex. 400</translation>
        </message>
        <message>
            <source>persons per metre of exit per minute, 82 on level ground</source>
            <translation>personnes par mètre de sortie et par minute, 82 sur sol plat</translation>
        </message>
        <message>
            <source>the evacuation target, e.g. 8 minutes</source>
            <translation>l'objectif d'évacuation, par ex. 8 minutes</translation>
        </message>
        <message>
            <source>THREAT must be one of the %1 rows of the stand-off chart (0 to %2).</source>
            <translation>THREAT doit être l'une des %1 lignes du tableau des distances de sécurité (0 à %2).</translation>
        </message>
        <message>
            <source>STANDOFF_M must be 0 or more metres (how far vehicles are kept from the event area), or left unset to use the chart's mandatory distance for the threat; got %1.</source>
            <translation>STANDOFF_M doit valoir 0 mètre ou plus (la distance à laquelle les véhicules sont tenus à l'écart de la zone de l'événement), ou rester vide pour utiliser la distance obligatoire du tableau pour la menace ; valeur reçue : %1.</translation>
        </message>
        <message>
            <source>GATE_SEPARATION_DEG must lie between 0 and 180 degrees.</source>
            <translation>GATE_SEPARATION_DEG doit être compris entre 0 et 180 degrés.</translation>
        </message>
        <message>
            <source>EVENT_AREA must be a polygon layer: draw the area where the crowd will stand.</source>
            <translation>EVENT_AREA doit être une couche de polygones : dessinez la zone où se tiendra la foule.</translation>
        </message>
        <message>
            <source>NETWORK must be a line layer (the streets around the event).</source>
            <translation>NETWORK doit être une couche de lignes (les voies autour de l'événement).</translation>
        </message>
        <message>
            <source>NETWORK has no streets: give the street lines around the event (e.g. OpenStreetMap highways).</source>
            <translation>NETWORK ne contient aucune voie : fournissez les lignes des voies autour de l'événement (par ex. les highways d'OpenStreetMap).</translation>
        </message>
        <message>
            <source>EVENT_AREA has no polygon: draw the area where the crowd will stand.</source>
            <translation>EVENT_AREA ne contient aucun polygone : dessinez la zone où se tiendra la foule.</translation>
        </message>
        <message>
            <source>EVENT_AREA has no area: check its polygons.</source>
            <translation>EVENT_AREA n'a pas de surface : vérifiez ses polygones.</translation>
        </message>
        <message>
            <source>event</source>
            <translation>événement</translation>
        </message>
        <message>
            <source>An expression could not be evaluated on every street (%1): those streets count as not matching.</source>
            <translation>Une expression n'a pas pu être évaluée sur toutes les voies (%1) : ces voies sont considérées comme ne la vérifiant pas.</translation>
        </message>
        <message>
            <source>No street within %1 m crosses the cordon: no barrier, gate or entry could be placed. Check that NETWORK covers the event area, or place the entries on site.</source>
            <translation>Aucune voie dans un rayon de %1 m ne franchit le périmètre : aucune barrière, aucun accès de secours ni accès piéton n'a pu être placé. Vérifiez que NETWORK couvre la zone de l'événement, ou placez les accès sur le terrain.</translation>
        </message>
        <message>
            <source>Only %1 of the %2 emergency gates could be placed: too few drivable streets cross the cordon.</source>
            <translation>Seuls %1 des %2 accès de secours ont pu être placés : trop peu de voies carrossables franchissent le périmètre.</translation>
        </message>
        <message>
            <source>Could not write the report to %1: %2</source>
            <translation>Impossible d'écrire le rapport dans %1 : %2</translation>
        </message>
        <message>
            <source>not possible without entries</source>
            <translation>impossible sans accès</translation>
        </message>
        <message>
            <source>Event perimeter design: %1</source>
            <translation>Conception du périmètre de sécurité de l'événement : %1</translation>
        </message>
        <message>
            <source>This report sizes the security perimeter of the event: the line vehicles may not cross, the barriers on the streets that cross it, the gates for emergency vehicles, and the entries where visitors are searched. Numbers in square brackets point to the sources at the end.</source>
            <translation>Ce rapport dimensionne le périmètre de sécurité de l'événement : la ligne que les véhicules ne doivent pas franchir, les barrières sur les voies qui la franchissent, les accès de secours pour les véhicules d'urgence et les accès où le public est soumis au filtrage. Les nombres entre crochets renvoient aux sources, en fin de rapport.</translation>
        </message>
        <message>
            <source>1. How many people the area holds</source>
            <translation>1. Combien de personnes la zone peut accueillir</translation>
        </message>
        <message>
            <source>Expected attendance: %1.</source>
            <translation>Fréquentation attendue : %1.</translation>
        </message>
        <message>
            <source>The attendance is larger than the area holds: limit the tickets, enlarge the area, or plan overflow space.</source>
            <translation>La fréquentation dépasse la jauge de la zone : limitez la billetterie, agrandissez la zone ou prévoyez un espace de débordement.</translation>
        </message>
        <message>
            <source>The area is large enough (%1 % full).</source>
            <translation>La zone est assez grande (remplie à %1 %).</translation>
        </message>
        <message>
            <source>2. Entries and search lanes</source>
            <translation>2. Accès et lignes de filtrage</translation>
        </message>
        <message>
            <source>No street crosses the perimeter, so no entry could be placed automatically: choose the entries on site.</source>
            <translation>Aucune voie ne franchit le périmètre, aucun accès n'a donc pu être placé automatiquement : choisissez les accès sur le terrain.</translation>
        </message>
        <message>
            <source>Entries are placed first where footways and pedestrian streets cross the perimeter, then on as few other streets as are needed for the exit width (section 3), at least %1, widest streets first and spread around the perimeter.</source>
            <translation>Les accès sont placés d'abord là où les cheminements et rues piétonnes franchissent le périmètre, puis sur aussi peu d'autres voies que l'exige la largeur de sortie (section 3), au moins %1, en commençant par les voies les plus larges et en les répartissant sur le pourtour du périmètre.</translation>
        </message>
        <message>
            <source>No footway or pedestrian street crosses the perimeter, so entries are placed on as few streets as are needed for the exit width (section 3), at least %1, widest streets first and spread around the perimeter, behind a barrier people can walk through.</source>
            <translation>Aucun cheminement ni rue piétonne ne franchit le périmètre : les accès sont donc placés sur aussi peu de voies que l'exige la largeur de sortie (section 3), au moins %1, en commençant par les voies les plus larges et en les répartissant sur le pourtour du périmètre, derrière une barrière franchissable à pied.</translation>
        </message>
        <message>
            <source>The lanes are shared in proportion to the width of each street (wider streets bring more people).</source>
            <translation>Les lignes sont réparties au prorata de la largeur de chaque voie (les voies plus larges amènent plus de monde).</translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>Accès</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>Voie</translation>
        </message>
        <message>
            <source>Side</source>
            <translation>Côté</translation>
        </message>
        <message>
            <source>Street width (m)</source>
            <translation>Largeur de voie (m)</translation>
        </message>
        <message>
            <source>Search lanes</source>
            <translation>Lignes de filtrage</translation>
        </message>
        <message>
            <source>Exit width (m)</source>
            <translation>Largeur de sortie (m)</translation>
        </message>
        <message>
            <source>3. Getting everyone out</source>
            <translation>3. Faire sortir tout le monde</translation>
        </message>
        <message>
            <source>That is longer than the %1 minute target: open more or wider exits (the vehicle barriers can have pedestrian openings).</source>
            <translation>C'est plus long que l'objectif de %1 minutes : ouvrez des sorties plus nombreuses ou plus larges (les barrières anti-véhicules peuvent comporter des passages piétons).</translation>
        </message>
        <message>
            <source>Without entries no evacuation time can be given.</source>
            <translation>Sans accès, aucun temps d'évacuation ne peut être donné.</translation>
        </message>
        <message>
            <source>4. The vehicle perimeter and its barriers</source>
            <translation>4. Le périmètre anti-véhicules et ses barrières</translation>
        </message>
        <message>
            <source>the distance chosen by the planner</source>
            <translation>la distance choisie par le planificateur</translation>
        </message>
        <message>
            <source>No street crosses the perimeter: vehicles cannot reach it over the street network given.</source>
            <translation>Aucune voie ne franchit le périmètre : les véhicules ne peuvent pas l'atteindre par le réseau de voirie fourni.</translation>
        </message>
        <message>
            <source>The fastest possible hit is %1 km/h, at %2.</source>
            <translation>L'impact le plus rapide possible est de %1 km/h, à %2.</translation>
        </message>
        <message>
            <source>Use</source>
            <translation>Fonction</translation>
        </message>
        <message>
            <source>Width (m)</source>
            <translation>Largeur (m)</translation>
        </message>
        <message>
            <source>Impact speed (km/h)</source>
            <translation>Vitesse d'impact (km/h)</translation>
        </message>
        <message>
            <source>Energy (kJ)</source>
            <translation>Énergie (kJ)</translation>
        </message>
        <message>
            <source>no vehicle route reaches it</source>
            <translation>aucun itinéraire de véhicule ne l'atteint</translation>
        </message>
        <message>
            <source>left out of the vehicle network by the planner</source>
            <translation>exclue du réseau des véhicules par le planificateur</translation>
        </message>
        <message>
            <source>5. A vehicle bomb at the perimeter</source>
            <translation>5. Un véhicule piégé sur le périmètre</translation>
        </message>
        <message>
            <source>5. A bomb carried up to the perimeter</source>
            <translation>5. Une bombe apportée jusqu'au périmètre</translation>
        </message>
        <message>
            <source>This is the incident overpressure in the open; buildings reflect and focus it, and fragments fly much further.</source>
            <translation>Il s'agit de la surpression incidente en terrain dégagé ; les bâtiments la réfléchissent et la concentrent, et les éclats sont projetés bien plus loin.</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Sources</translation>
        </message>
        <message>
            <source>J. J. Fruin, Pedestrian Planning and Design, 1971: walkway levels of service A (&lt; 23 persons/m/min) to F (&gt; 82).</source>
            <translation>J. J. Fruin, Pedestrian Planning and Design, 1971 : niveaux de service des cheminements piétons A (&lt; 23 personnes/m/min) à F (&gt; 82).</translation>
        </message>
        <message>
            <source>Vehicle impact points on the cordon</source>
            <translation>Points d'impact des véhicules sur le cordon</translation>
        </message>
        <message>
            <source>Critical vehicle routes</source>
            <translation>Itinéraires critiques des véhicules</translation>
        </message>
        <message>
            <source>Approach speeds on the network</source>
            <translation>Vitesses d'approche sur le réseau</translation>
        </message>
        <message>
            <source>The event area has almost no area (%1 m²): it holds no one. Check its polygons.</source>
            <translation>La zone de l'événement n'a presque pas de surface (%1 m²) : elle ne peut accueillir personne. Vérifiez ses polygones.</translation>
        </message>
        <message>
            <source>The attendance (%1) is %2 more than the event area holds (%3 at %4 persons/m²): limit the tickets, enlarge the area or plan overflow space.</source>
            <translation>La fréquentation (%1) dépasse de %2 ce que la zone de l'événement peut accueillir (%3 à %4 personnes/m²) : limitez les billets, agrandissez la zone ou prévoyez un espace de débordement.</translation>
        </message>
        <message>
            <source>The event area measures %1 m². At %2 persons per m² standing it holds %3 people %4.</source>
            <translation>La zone de l'événement mesure %1 m². À %2 personnes debout par m², elle peut accueillir %3 personnes %4.</translation>
        </message>
        <message>
            <source>the chart's mandatory evacuation distance for the threat "%1" %2</source>
            <translation>la distance d'évacuation obligatoire du tableau pour la menace « %1 » %2</translation>
        </message>
        <message>
            <source>That is below every effect in the table %1; flying glass and debris can still hurt.</source>
            <translation>C'est en dessous de tous les effets du tableau %1 ; les éclats de verre et les débris projetés peuvent néanmoins blesser.</translation>
        </message>
        <message>
            <source>At that pressure: %1 %2.</source>
            <translation>À cette pression : %1 %2.</translation>
        </message>
        <message>
            <source>The crowd would be so close to the bomb that the blast formula does not apply %1: expect deaths.</source>
            <translation>La foule serait si proche de la bombe que la formule de l'onde de souffle ne s'applique plus %1 : il faut s'attendre à des morts.</translation>
        </message>
        <message>
            <source>The crowd would be so far that the blast formula gives no value %1: the blast itself is negligible.</source>
            <translation>La foule serait si loin que la formule de l'onde de souffle ne donne aucune valeur %1 : le souffle lui-même est négligeable.</translation>
        </message>
        <message>
            <source>The bomb threat chart %5 asks everyone to be at least %1 m from a bomb of the type "%2" (%3 kg of TNT equivalent), and recommends %4 m, sheltering inside buildings in between.</source>
            <translation>Le tableau des distances de sécurité %5 demande que chacun se tienne à au moins %1 m d'une bombe de type « %2 » (%3 kg d'équivalent TNT) et recommande %4 m, avec mise à l'abri dans les bâtiments entre les deux.</translation>
        </message>
        <message>
            <source>Designs the security perimeter of an event: the line vehicles may not cross, a crash-rated barrier wherever a street crosses it, the emergency gates, the pedestrian entries with their search lanes and exit widths, and an HTML report in plain words with every figure's source.</source>
            <translation>Conçoit le périmètre de sécurité d'un événement : la ligne que les véhicules ne doivent pas franchir, une barrière certifiée par crash-test partout où une voie la franchit, les accès de secours, les accès piétons avec leurs lignes de filtrage et leurs largeurs de sortie, et un rapport HTML en langage clair indiquant la source de chaque chiffre.</translation>
        </message>
        <message>
            <source>Arrival peak, times the mean rate of the window</source>
            <translation>Pic d'arrivée, en multiple du débit moyen de la fenêtre</translation>
        </message>
        <message>
            <source>e.g. 2 for twice the mean rate</source>
            <translation>par ex. 2 pour deux fois le débit moyen</translation>
        </message>
        <message>
            <source>ARRIVAL_PEAK_FACTOR must be at least 1: the peak arrival rate is never below the mean; got %1.</source>
            <translation>ARRIVAL_PEAK_FACTOR doit valoir au moins 1 : le débit d'arrivée au pic n'est jamais inférieur à la moyenne ; valeur reçue : %1.</translation>
        </message>
        <message>
            <source>%1 must be 0 or more (%2).</source>
            <translation>%1 doit être supérieur ou égal à 0 (%2).</translation>
        </message>
        <message>
            <source>%1 must be at most %2, more than any event perimeter has streets crossing it (a judgement call); got %3.</source>
            <translation>%1 doit valoir au plus %2, plus qu'aucun périmètre d'événement n'a de voies qui le franchissent (un choix d'appréciation) ; valeur reçue : %3.</translation>
        </message>
        <message>
            <source>2 or more recommended</source>
            <translation>2 ou plus recommandés</translation>
        </message>
        <message>
            <source>2 recommended</source>
            <translation>2 recommandés</translation>
        </message>
        <message>
            <source>The cordon came out empty: check EVENT_AREA's polygons, STANDOFF_M and PENETRATION_M.</source>
            <translation>Le périmètre est vide : vérifiez les polygones de EVENT_AREA, STANDOFF_M et PENETRATION_M.</translation>
        </message>
        <message>
            <source>A %1 bomb stopped at the barrier line (%2 m out, %3 m past it at most) would be %4 m from the crowd: %5 m less than the chart's mandatory evacuation distance (%6 m). Move the barrier line out, or plan for the residual risk the report states.</source>
            <translation>Une charge de type %1 arrêtée à la ligne de barrières (à %2 m, au plus %3 m au-delà) serait à %4 m de la foule : %5 m de moins que la distance d'évacuation obligatoire du tableau (%6 m). Éloignez la ligne de barrières, ou prévoyez le risque résiduel indiqué dans le rapport.</translation>
        </message>
        <message>
            <source>There is a single pedestrian entry: if it is blocked, nobody can get out. Open a second exit (a vehicle barrier can have a pedestrian opening).</source>
            <translation>Il n'y a qu'un seul accès piéton : s'il est bloqué, personne ne peut sortir. Ouvrez une deuxième sortie (une barrière anti-véhicules peut avoir un passage piéton).</translation>
        </message>
        <message>
            <source>With the largest entry blocked, everyone is out in %1 minutes: %2 minutes longer than the %3 minute target. Open more or wider exits (the vehicle barriers can have pedestrian openings).</source>
            <translation>Avec le plus grand accès bloqué, tout le monde est sorti en %1 minutes : %2 minutes de plus que l'objectif de %3 minutes. Ouvrez des sorties plus nombreuses ou plus larges (les barrières anti-véhicules peuvent avoir des passages piétons).</translation>
        </message>
        <message>
            <source>Cordon: barrier line %1 m out (standoff %2 m + penetration %3 m), %4 m long, %5 m². Capacity %6 at %7 persons/m² for %8 expected.</source>
            <translation>Périmètre : ligne de barrières à %1 m (distance de sécurité %2 m + pénétration %3 m), %4 m de long, %5 m². Jauge de %6 à %7 personnes/m² pour %8 attendues.</translation>
        </message>
        <message>
            <source>Search lanes: %1 for the arrival peak (%2 x the mean rate; %3 would do for the mean).</source>
            <translation>Lignes de filtrage : %1 pour le pic d'arrivée (%2 x le débit moyen ; %3 suffiraient pour la moyenne).</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <source>nobody gets out</source>
            <translation>personne ne sort</translation>
        </message>
        <message>
            <source>Exit width needed with the largest entry lost %1 m, provided %2 m in all; evacuation %3 through every entry, %4 with the largest lost (target %5 min).</source>
            <translation>Largeur de sortie nécessaire sans le plus grand accès %1 m, disponible %2 m au total ; évacuation %3 par tous les accès, %4 sans le plus grand (objectif %5 min).</translation>
        </message>
        <message>
            <source>Blast: a %1 (%2 kg TNT) stopped at the barrier gives %3 kPa at the crowd edge; the chart's mandatory distance is %4 m.</source>
            <translation>Explosion : une charge de type %1 (%2 kg de TNT) arrêtée à la barrière donne %3 kPa au bord de la foule ; la distance obligatoire du tableau est de %4 m.</translation>
        </message>
        <message>
            <source>%1 people arriving within %2 minutes come at %3 a minute on average. They do not arrive evenly: at the peak, often the last 20-30 minutes before the start, they come %4 times as fast, %5 a minute %6.</source>
            <translation>%1 personnes arrivant en %2 minutes arrivent à %3 par minute en moyenne. Elles n'arrivent pas régulièrement : au pic, souvent les 20 à 30 dernières minutes avant le début, elles arrivent %4 fois plus vite, %5 par minute %6.</translation>
        </message>
        <message>
            <source>With one search lane (walk-through metal detector) checking about %1 people per hour %2, the entries need %3 search lanes to keep up with the peak. %4 would do for the mean rate, but the queue they let build at the peak would stand outside the perimeter, where it protects no one.</source>
            <translation>Avec une ligne de filtrage (portique détecteur de métaux) contrôlant environ %1 personnes par heure %2, les accès ont besoin de %3 lignes de filtrage pour suivre le pic. %4 suffiraient pour le débit moyen, mais la file qu'elles laisseraient se former au pic se tiendrait hors du périmètre, là où il ne protège personne.</translation>
        </message>
        <message>
            <source>At the peak about %1 people per metre of exit width per minute walk up to the entries: walkway level of service %2 (A free flow … F queueing) %3.</source>
            <translation>Au pic, environ %1 personnes par mètre de largeur de sortie et par minute se présentent aux accès : niveau de service piéton %2 (A écoulement libre … F file d'attente) %3.</translation>
        </message>
        <message>
            <source>Everyone is out in %1 minutes through the single entry.</source>
            <translation>Tout le monde est sorti en %1 minutes par l'accès unique.</translation>
        </message>
        <message>
            <source>If that entry is blocked nobody can get out: open a second exit (a vehicle barrier can have a pedestrian opening).</source>
            <translation>Si cet accès est bloqué, personne ne peut sortir : ouvrez une deuxième sortie (une barrière anti-véhicules peut avoir un passage piéton).</translation>
        </message>
        <message>
            <source>Everyone is out in %1 minutes through every entry, and in %2 minutes with the largest entry blocked.</source>
            <translation>Tout le monde est sorti en %1 minutes par tous les accès, et en %2 minutes avec le plus grand accès bloqué.</translation>
        </message>
        <message>
            <source>An entry can be blocked in an emergency, by the incident itself or by the crowd, so the exits are sized with the largest one lost %1: the other entries alone must let %2 people leave within %3 minutes at %4 persons per metre of width per minute (level ground) %5, so they must be %6 m wide in total.</source>
            <translation>Un accès peut être bloqué en situation d'urgence, par l'incident lui-même ou par la foule ; les sorties sont donc dimensionnées sans la plus grande %1 : les autres accès doivent à eux seuls permettre à %2 personnes de sortir en %3 minutes à %4 personnes par mètre de largeur et par minute (terrain plat) %5, et doivent donc mesurer %6 m de large au total.</translation>
        </message>
        <message>
            <source>The entries provide %1 m in all (the table in section 2).</source>
            <translation>Les accès offrent %1 m au total (le tableau de la section 2).</translation>
        </message>
        <message>
            <source>A barrier does not stop a vehicle at its face: the vehicle gets some way past the line before it stops (the barrier's penetration), and a vehicle bomb goes off where the vehicle stops. The plan allows %1 m of penetration %2, so the barrier line stands %3 m outside the event area: the standoff of %4 m (%5) plus the %1 m. A vehicle stopped by a barrier is then still %4 m from the crowd. The line is %6 m long and encloses %7 m².</source>
            <translation>Une barrière n'arrête pas un véhicule à sa face : le véhicule parcourt une certaine distance au-delà de la ligne avant de s'arrêter (la pénétration de la barrière), et un véhicule piégé explose là où il s'arrête. Le plan admet %1 m de pénétration %2 ; la ligne de barrières se trouve donc à %3 m de la zone de l'événement : la distance de sécurité de %4 m (%5) plus les %1 m. Un véhicule arrêté par une barrière reste alors à %4 m de la foule. La ligne mesure %6 m de long et entoure %7 m².</translation>
        </message>
        <message>
            <source>Wherever a street crosses it, a crash-tested barrier is needed. How fast a hostile vehicle can hit each barrier comes from a model of the street network %5: the vehicle "%1" (%2 kg) starting anywhere at rest, or entering the area within %3 m at the street's speed limit (%4 km/h where it has none), accelerating on straights and slowing for bends. The barrier must be rated for at least that speed and that penetration %6.</source>
            <translation>Partout où une voie le franchit, une barrière certifiée par crash-test est nécessaire. La vitesse à laquelle un véhicule hostile peut percuter chaque barrière provient d'un modèle du réseau de voirie %5 : le véhicule « %1 » (%2 kg) partant à l'arrêt de n'importe quel point, ou entrant dans la zone à moins de %3 m à la vitesse limite de la voie (%4 km/h si elle n'en a pas), accélérant dans les lignes droites et ralentissant dans les virages. La barrière doit être certifiée au moins pour cette vitesse et cette pénétration %6.</translation>
        </message>
        <message>
            <source>Ratings name the test vehicle, the test speed (ASTM in mph, with km/h), the test's impact angle (90, head-on: a hostile driver chooses the angle) and the penetration the plan allows (ASTM P1 up to 1 m; IWA and PAS in metres after the colon); "faster than tested" means no barrier has been crash-tested to that standard at that speed. A barrier that lets a vehicle further through needs the line moved out by the difference (PENETRATION_M). Emergency gates are removable barriers with the same rating; entries need a rated line that people can walk through (e.g. bollards with 1.2 m gaps).</source>
            <translation>Les classements indiquent le véhicule d'essai, la vitesse d'essai (ASTM en mph, avec les km/h), l'angle d'impact de l'essai (90, de face : un conducteur hostile choisit l'angle) et la pénétration admise par le plan (ASTM P1 jusqu'à 1 m ; IWA et PAS en mètres après les deux-points) ; « plus rapide que les essais » signifie qu'aucune barrière n'a été testée selon cette norme à cette vitesse. Une barrière qui laisse un véhicule aller plus loin exige d'éloigner la ligne de la différence (PENETRATION_M). Les accès de secours sont des barrières amovibles de même classement ; les accès piétons nécessitent une ligne certifiée que les piétons peuvent traverser (par ex. des bornes espacées de 1,2 m).</translation>
        </message>
        <message>
            <source>If such a bomb went off where a barrier stops it, the blast wave would reach the edge of the crowd with an overpressure of about %1 kPa %2.</source>
            <translation>Si une telle bombe explosait là où une barrière l'arrête, l'onde de choc atteindrait le bord de la foule avec une surpression d'environ %1 kPa %2.</translation>
        </message>
        <message>
            <source>A vehicle bomb stopped by a barrier would be only %1 m from the crowd, %2 m less than the chart asks.</source>
            <translation>Un véhicule piégé arrêté par une barrière ne serait qu'à %1 m de la foule, %2 m de moins que ce que demande le tableau.</translation>
        </message>
        <message>
            <source>A vehicle bomb stopped by a barrier would be %1 m from the crowd, which meets the chart's mandatory distance.</source>
            <translation>Un véhicule piégé arrêté par une barrière serait à %1 m de la foule, ce qui respecte la distance obligatoire du tableau.</translation>
        </message>
        <message>
            <source>Standing density 2 persons/m² (0.5 m² per person): HSE, The Event Safety Guide (HSG195, 1999), para. 87. Search lane throughput about 400 persons/hour for a walk-through metal detector: a vendor figure, below the 500-1,000 the US DHS quotes, so it asks for more lanes. Hand searches are slower, about 10, 7 and 4 persons a minute without bags, mixed and with bags (event trade press, a judgement call). The values used here are the planner's parameters.</source>
            <translation>Densité debout de 2 personnes/m² (0,5 m² par personne) : HSE, The Event Safety Guide (HSG195, 1999), § 87. Débit d'une ligne de filtrage d'environ 400 personnes/heure pour un portique détecteur de métaux : une valeur de fournisseur, inférieure aux 500 à 1 000 citées par le DHS américain, donc exigeant plus de lignes. Les fouilles manuelles sont plus lentes, environ 10, 7 et 4 personnes par minute sans sac, mixte et avec sac (presse spécialisée événementielle, un choix d'appréciation). Les valeurs utilisées ici sont les paramètres du planificateur.</translation>
        </message>
        <message>
            <source>Arrival peak: planning guidance cites peaks of 1.5 to 2 times the mean rate of the arrival window (project domain reference, section 5). The factor used here, %1, is a parameter; the default 2 is a judgement call at the safe end of that range.</source>
            <translation>Pic d'arrivée : les guides de planification citent des pics de 1,5 à 2 fois le débit moyen de la fenêtre d'arrivée (référence du domaine du projet, section 5). Le facteur utilisé ici, %1, est un paramètre ; la valeur par défaut de 2 est un choix d'appréciation du côté sûr de cette fourchette.</translation>
        </message>
        <message>
            <source>UK Sports Grounds Safety Authority, Guide to Safety at Sports Grounds (Green Guide): exit flow 82 persons/m/min on level ground, 66 stepped; a normal maximum egress time of 8 minutes (13.4a). Lower flows with alcohol (72 level, 56 stepped) and egress times by risk (10 low, 8 medium, 6 high minutes) are attributed to the Green Guide by council guidance but were not found in it: judgement calls, and 10 minutes is not on the safe side.</source>
            <translation>Sports Grounds Safety Authority (Royaume-Uni), Guide to Safety at Sports Grounds (Green Guide) : débit de sortie de 82 personnes/m/min en terrain plat, 66 sur gradins ; une durée normale maximale d'évacuation de 8 minutes (13.4a). Des débits plus faibles avec alcool (72 en terrain plat, 56 sur gradins) et des temps d'évacuation par niveau de risque (10 faible, 8 moyen, 6 élevé, en minutes) sont attribués au Green Guide par des guides de collectivités mais n'y ont pas été trouvés : choix d'appréciation, et 10 minutes n'est pas du côté sûr.</translation>
        </message>
        <message>
            <source>Exits sized with the largest unavailable: UK Approved Document B, volume 2, 2.21 ("fire might prevent one from being used ... the largest exit should be discounted"); BS 9999, 16.6.1; Green Guide practice.</source>
            <translation>Sorties dimensionnées sans la plus grande : Approved Document B britannique, volume 2, 2.21 (« fire might prevent one from being used ... the largest exit should be discounted ») ; BS 9999, 16.6.1 ; pratique du Green Guide.</translation>
        </message>
        <message>
            <source>Penetration: ASTM F2656 classes P1 (up to 1 m), P2 (up to 7 m), P3 (up to 30 m), P4 (more); IWA 14-1 and PAS 68 state it in metres. The default 1 m (P1, the strictest class) is a judgement call for events, where the crowd stands close behind the line; the US Department of State certifies barriers only at 1 m or less (SD-STD-02.01 Rev. A, 2003).</source>
            <translation>Pénétration : classes ASTM F2656 P1 (jusqu'à 1 m), P2 (jusqu'à 7 m), P3 (jusqu'à 30 m), P4 (au-delà) ; IWA 14-1 et PAS 68 l'indiquent en mètres. La valeur par défaut de 1 m (P1, la classe la plus stricte) est un choix d'appréciation pour les événements, où la foule se tient juste derrière la ligne ; le Département d'État américain ne certifie les barrières qu'à 1 m ou moins (SD-STD-02.01 Rev. A, 2003).</translation>
        </message>
        <message>
            <source>Vehicle approach model of this tool (eventsecurity:vehicleapproach): acceleration a(v) = a0 (1 - v/vmax); in bends sqrt(a R), R from the street's curvature and a the lower of the tyre grip (mu g, mu = %1) and the class's rollover limit; vehicle table: %2. The accelerations are unconfirmed estimates.</source>
            <translation>Modèle d'approche des véhicules de cet outil (eventsecurity:vehicleapproach) : accélération a(v) = a0 (1 - v/vmax) ; dans les virages sqrt(a R), R d'après la courbure de la voie et a le plus faible de l'adhérence des pneus (mu g, mu = %1) et de la limite de renversement de la classe ; tableau des véhicules : %2. Les accélérations sont des estimations non confirmées.</translation>
        </message>
        <message>
            <source>Crash test standards ASTM F2656 (designations in mph, each band from its floor), IWA 14-1:2013 (now ISO 22343-1) and PAS 68: the lowest published test speed at or above the impact speed, for the test vehicle matching the vehicle's mass, at the test's 90° impact angle.</source>
            <translation>Normes de crash-test ASTM F2656 (désignations en mph, chaque plage prise à sa borne inférieure), IWA 14-1:2013 (désormais ISO 22343-1) et PAS 68 : la plus faible vitesse d'essai publiée égale ou supérieure à la vitesse d'impact, pour le véhicule d'essai correspondant à la masse du véhicule, à l'angle d'impact de l'essai de 90°.</translation>
        </message>
        <message>
            <source>Kingery-Bulmash fit for a hemispherical surface burst of TNT in the open (Swisdak 1994, DTIC ADA526744); a bomb stopped by a barrier is %1 m from the crowd edge (scaled distance %2 m/kg^(1/3)).</source>
            <translation>Ajustement de Kingery-Bulmash pour une explosion hémisphérique de TNT au sol en terrain dégagé (Swisdak 1994, DTIC ADA526744) ; une bombe arrêtée par une barrière se trouve à %1 m du bord de la foule (distance réduite %2 m/kg^(1/3)).</translation>
        </message>
        <message>
            <source>Judgement calls of this tool (all of them parameters): the arrival window and its peak factor, the lane throughput, the penetration allowed, the egress target, the number of emergency gates and how far apart they must be, the default street width, the threat and the vehicle; for the queues the length of the arrival peak, the space per person and the queue's width, the wait target, the arrival and search variability and how close to a carriageway a queue faces traffic.</source>
            <translation>Choix d'appréciation de cet outil (tous paramétrables) : la fenêtre d'arrivée et son facteur de pic, le débit des lignes de filtrage, la pénétration admise, l'objectif d'évacuation, le nombre d'accès de secours et leur écartement, la largeur de voie par défaut, la menace et le véhicule ; pour les files d'attente, la durée du pic d'arrivée, la surface par personne et la largeur de la file, l'objectif d'attente, la variabilité des arrivées et des contrôles, et la distance à une chaussée à partir de laquelle une file est exposée à la circulation.</translation>
        </message>
        <message>
            <source>What the numbers mean</source>
            <translation>Ce que signifient les chiffres</translation>
        </message>
        <message>
            <source>Vehicles: a hostile vehicle accelerates by a(v) = a0 (1 - v/vmax) (class accelerations are estimates, no primary source), slows for bends to the speed their curvature allows (the radius from the street's shape, junction corners rounded by KERB_RADIUS_M) at the lower of the tyre grip (FRICTION) and the class's rollover limit (judgement calls but for the 30 t lorry's, UMTRI), enters the study area at the street's speed limit (MAXSPEED_FIELD, else START_SPEED_KMH) and ignores one-way rules and pedestrian zones; braking, traffic, parked cars, kerbs and street furniture are not modelled, so the speeds are upper bounds. Blast: the Kingery-Bulmash incident overpressure of a surface burst in the open (Swisdak 1994); reflections off buildings, confinement and fragments are not modelled, so a hand-held charge is never given less than the chart's distances, which its fragments set. Barrier ratings: ASTM F2656 designations in mph, each speed band from its floor; IWA 14-1 and PAS 68 at the test's 90° angle; each names the penetration the plan allows (ASTM P1-P4, metres for IWA and PAS). Crowd: capacity at a standing density (HSE HSG195), search lanes for the arrival peak (the peak factor is a judgement call), exits that meet the egress time with the largest lost (Approved Document B, BS 9999) at the Green Guide's flows. Queues outside the cordon, which it does not protect: the backlog of the arrivals beyond the lanes' throughput plus the random queue of the Allen-Cunneen approximation, period by period (Green and Kolesar 1991); means, not a worst case; on the ground at 0.6 m² a person (HCM 2000 after Fruin) in a queue 3 m wide (a judgement call); exposed when the approach model finds a vehicle reaching it, or a vehicle can stop within the chart's mandatory distance. A planning aid: it supports, and does not replace, the assessment of a qualified security adviser.</source>
            <translation>Véhicules : un véhicule hostile accélère selon a(v) = a0 (1 - v/vmax) (accélérations des classes estimées, sans source primaire), ralentit dans les virages à la vitesse que permet leur courbure (le rayon d'après le tracé de la voie, les angles de carrefour arrondis par KERB_RADIUS_M) selon le plus faible de l'adhérence des pneus (FRICTION) et de la limite de renversement de la classe (choix d'appréciation, sauf pour le poids lourd de 30 t : UMTRI), entre dans la zone d'étude à la vitesse limite de la voie (MAXSPEED_FIELD, sinon START_SPEED_KMH) et ignore les sens uniques et les zones piétonnes ; le freinage, la circulation, les voitures garées, les bordures et le mobilier urbain ne sont pas modélisés : les vitesses sont des majorants. Explosion : la surpression incidente de Kingery-Bulmash d'une explosion au sol en terrain dégagé (Swisdak 1994) ; les réflexions sur les bâtiments, le confinement et les éclats ne sont pas modélisés, c'est pourquoi une charge portative ne reçoit jamais moins que les distances du tableau, fixées par ses éclats. Classements des barrières : désignations ASTM F2656 en mph, chaque plage de vitesse prise à sa borne inférieure ; IWA 14-1 et PAS 68 à l'angle d'essai de 90° ; chacun indique la pénétration admise par le plan (ASTM P1-P4, mètres pour IWA et PAS). Foule : jauge à une densité debout (HSE HSG195), lignes de filtrage pour le pic d'arrivée (le facteur de pic est un choix d'appréciation), sorties respectant le temps d'évacuation sans la plus grande (Approved Document B, BS 9999) aux débits du Green Guide. Files d'attente hors du périmètre, qu'il ne protège pas : le reliquat des arrivées au-delà du débit des lignes plus la file aléatoire de l'approximation d'Allen-Cunneen, période par période (Green et Kolesar 1991) ; des moyennes, pas un pire cas ; au sol à 0,6 m² par personne (HCM 2000 d'après Fruin) dans une file de 3 m de large (un choix d'appréciation) ; exposée lorsque le modèle d'approche trouve un véhicule qui l'atteint, ou qu'un véhicule peut s'arrêter dans la distance obligatoire du tableau. Une aide à la planification : elle appuie, sans la remplacer, l'évaluation d'un conseiller en sûreté qualifié.</translation>
        </message>
        <message>
            <source>Queues outside the cordon</source>
            <translation>Files d'attente hors du périmètre</translation>
        </message>
        <message>
            <source>ARRIVAL_MINUTES must be at least %1 minute: a shorter window is seconds typed for minutes; got %2.</source>
            <translation>ARRIVAL_MINUTES doit valoir au moins %1 minute : une fenêtre plus courte, ce sont des secondes saisies pour des minutes ; valeur reçue : %2.</translation>
        </message>
        <message>
            <source>Queues outside the cordon: %1 of %2 entries have one, %3 exposed; the longest %4 m (%5 people), the longest wait %6.</source>
            <translation>Files d'attente hors du périmètre : %1 des %2 accès en ont une, %3 exposée(s) ; la plus longue %4 m (%5 personnes), l'attente la plus longue %6.</translation>
        </message>
        <message>
            <source>endless (a queue never clears)</source>
            <translation>sans fin (une file ne se résorbe jamais)</translation>
        </message>
        <message>
            <source>Queues at the entries: the backlog of the arrivals beyond the lanes' throughput (a deterministic fluid queue, first come first served), plus the random queue of the Allen-Cunneen approximation for several servers (A. O. Allen, Probability, Statistics, and Queueing Theory, 2nd ed., 1990; Erlang C when arrivals are Poisson and searches exponential), taken period by period as the pointwise stationary approximation (L. V. Green and P. J. Kolesar, Management Science 37(1), 1991, 84-97), bounded near capacity by reflected Brownian motion (J. M. Harrison, Brownian Motion and Stochastic Flow Systems, 1985). Arrival and search variability: judgement calls (parameters). The queue outside the security line as a target: project domain reference, section 5.</source>
            <translation>Files d'attente aux accès : le reliquat des arrivées au-delà du débit des lignes (une file fluide déterministe, premier arrivé premier servi), plus la file aléatoire de l'approximation d'Allen-Cunneen pour plusieurs serveurs (A. O. Allen, Probability, Statistics, and Queueing Theory, 2e éd., 1990 ; Erlang C lorsque les arrivées sont poissonniennes et les contrôles exponentiels), prise période par période selon l'approximation stationnaire ponctuelle (L. V. Green et P. J. Kolesar, Management Science 37(1), 1991, 84-97), bornée près de la capacité par le mouvement brownien réfléchi (J. M. Harrison, Brownian Motion and Stochastic Flow Systems, 1985). Variabilité des arrivées et des contrôles : choix d'appréciation (paramètres). La file hors de la ligne de sécurité comme cible : référence du domaine du projet, section 5.</translation>
        </message>
        <message>
            <source>Space per person in a queue: TRB, Highway Capacity Manual 2000, chapter 18, after J. J. Fruin, Pedestrian Planning and Design, 1971: 0.6 m² is the boundary of the queuing levels of service C (0.6-0.9 m², within the range of personal comfort) and D (0.3-0.6 m², long-term waiting is uncomfortable). Which level an event queue reaches, and the queue's width, are judgement calls (parameters).</source>
            <translation>Surface par personne dans une file : TRB, Highway Capacity Manual 2000, chapitre 18, d'après J. J. Fruin, Pedestrian Planning and Design, 1971 : 0,6 m² est la limite entre les niveaux de service d'attente C (0,6-0,9 m², dans la zone de confort personnel) et D (0,3-0,6 m², une longue attente est inconfortable). Le niveau qu'atteint la file d'un événement, et la largeur de la file, sont des choix d'appréciation (paramètres).</translation>
        </message>
        <message>
            <source>Length (m)</source>
            <translation>Longueur (m)</translation>
        </message>
        <message>
            <source>Open ground (squares, promenades, parks) was studied: vehicles cannot reach the perimeter across it except where the streets cross it.</source>
            <translation>Le terrain ouvert (places, promenades, parcs) a été étudié : les véhicules ne peuvent pas atteindre le périmètre en le traversant, sauf là où les voies le franchissent.</translation>
        </message>
        <message>
            <source>Open ground gives a faster approach than the streets: up to %1 km/h on the %2 side, against %3 at the fastest street crossing.</source>
            <translation>Le terrain ouvert offre une approche plus rapide que les voies : jusqu'à %1 km/h du côté %2, contre %3 au franchissement de voie le plus rapide.</translation>
        </message>
        <message>
            <source>%1 km/h</source>
            <translation>%1 km/h</translation>
        </message>
        <message>
            <source>no speed (no street crossing is reached)</source>
            <translation>aucune vitesse (aucun franchissement de voie n'est atteint)</translation>
        </message>
        <message>
            <source>Open ground (OPEN_AREAS, OBSTACLES): the vehicle drives straight legs across squares, promenades and parks between the obstacles, grown by half its width (its class's body width, a judgement call at the narrow end of the class: the safe side), accelerating as on streets and slowing where legs meet to what the room there allows; it can hit anywhere along a stretch of the perimeter open ground reaches, so a barrier line goes along it; bollards on a street close it. Kerbs, soft ground and slopes are not modelled, and a turn is judged on its own, so a route that chains turns (a zigzag through a park, a lap round a lawn) can be credited more speed than a driver keeps: upper bounds, to be checked on the map.</source>
            <translation>Terrain ouvert (OPEN_AREAS, OBSTACLES) : le véhicule suit des tronçons droits à travers places, promenades et parcs entre les obstacles, élargis de la moitié de sa largeur (la largeur de caisse de sa catégorie, un choix d'appréciation au bas de la catégorie : le sens de la sécurité), accélère comme sur la voirie et ralentit là où les tronçons se rejoignent à ce que permet la place disponible ; il peut heurter n'importe où le long d'une portion du périmètre que le terrain ouvert atteint, si bien qu'une ligne de barrières la longe ; les bornes sur une voie la ferment. Les bordures, les sols meubles et les pentes ne sont pas modélisés, et chaque virage est jugé seul, si bien qu'un itinéraire qui enchaîne les virages (un zigzag dans un parc, un tour de pelouse) peut se voir attribuer plus de vitesse qu'un conducteur n'en garde : des majorants, à vérifier sur la carte.</translation>
        </message>
        <message>
            <source>Stretches of the cordon open ground reaches</source>
            <translation>Portions du périmètre atteintes par le terrain ouvert</translation>
        </message>
        <message>
            <source>%1 km/h at the fastest street crossing</source>
            <translation>%1 km/h au franchissement de voie le plus rapide</translation>
        </message>
        <message>
            <source>no street crossing a vehicle reaches</source>
            <translation>aucun franchissement de voie atteint par un véhicule</translation>
        </message>
        <message numerus="yes">
            <source>In all the plan needs %1 m of crash-rated barrier line, across the %n street(s) that cross the perimeter (their widths).</source>
            <translation>
                <numerusform>Au total, le plan demande %1 m de ligne de barrières certifiées, en travers de la %n voie qui franchit le périmètre (sa largeur).</numerusform>
                <numerusform>Au total, le plan demande %1 m de ligne de barrières certifiées, en travers des %n voies qui franchissent le périmètre (leurs largeurs).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>In all the plan needs %1 m of crash-rated barrier line: %2 m across the %n street(s) that cross the perimeter (their widths) and %3 m along the open ground.</source>
            <translation>
                <numerusform>Au total, le plan demande %1 m de ligne de barrières certifiées : %2 m en travers de la %n voie qui franchit le périmètre (sa largeur) et %3 m le long du terrain ouvert.</numerusform>
                <numerusform>Au total, le plan demande %1 m de ligne de barrières certifiées : %2 m en travers des %n voies qui franchissent le périmètre (leurs largeurs) et %3 m le long du terrain ouvert.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n barrier point(s) of the obstacles (bollards) stand on streets and close %1 to vehicles; the approach speeds take that into account.</source>
            <translation>
                <numerusform>%n barrière ponctuelle des obstacles (une borne) se trouve sur une voie et ferme %1 aux véhicules ; les vitesses d'approche en tiennent compte.</numerusform>
                <numerusform>%n barrières ponctuelles des obstacles (des bornes) se trouvent sur des voies et ferment %1 aux véhicules ; les vitesses d'approche en tiennent compte.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n street line(s)</source>
            <translation>
                <numerusform>%n ligne de voie</numerusform>
                <numerusform>%n lignes de voie</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Vehicles can also leave the streets and cross open ground (squares, promenades, parks): it reaches %n stretch(es) of the perimeter, %1 m in all %2. A vehicle can hit anywhere along them, so a crash-rated barrier line is needed along each, rated for the fastest impact on it (impact points every few metres along the stretch; the map shows them).</source>
            <translation>
                <numerusform>Les véhicules peuvent aussi quitter la voirie et traverser le terrain ouvert (places, promenades, parcs) : il atteint %n portion du périmètre, longue de %1 m %2. Un véhicule peut heurter n'importe où le long de celle-ci, si bien qu'une ligne de barrières certifiées est nécessaire tout du long, classée pour l'impact le plus rapide qu'elle subit (des points d'impact tous les quelques mètres le long de la portion ; la carte les montre).</numerusform>
                <numerusform>Les véhicules peuvent aussi quitter la voirie et traverser le terrain ouvert (places, promenades, parcs) : il atteint %n portions du périmètre, %1 m au total %2. Un véhicule peut heurter n'importe où le long de celles-ci, si bien qu'une ligne de barrières certifiées est nécessaire le long de chacune, classée pour l'impact le plus rapide qu'elle subit (des points d'impact tous les quelques mètres le long de la portion ; la carte les montre).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sliver(s) smaller than %1 m² left out of the cordon.</source>
            <translation>
                <numerusform>%n fragment de moins de %1 m² exclu du périmètre.</numerusform>
                <numerusform>%n fragments de moins de %1 m² exclus du périmètre.</numerusform>
            </translation>
        </message>
        <message>
            <source>Street graph: %1, %2; %3 of the cordon, %4 at the edge %5 m out.</source>
            <translation>Graphe des voies : %1, %2 ; %3 du périmètre, %4 sur le bord situé à %5 m.</translation>
        </message>
        <message numerus="yes">
            <source>%n node(s)</source>
            <translation>
                <numerusform>%n nœud</numerusform>
                <numerusform>%n nœuds</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n edge(s)</source>
            <translation>
                <numerusform>%n arc</numerusform>
                <numerusform>%n arcs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n crossing(s)</source>
            <translation>
                <numerusform>%n franchissement</numerusform>
                <numerusform>%n franchissements</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n way(s) in</source>
            <translation>
                <numerusform>%n voie d'entrée</numerusform>
                <numerusform>%n voies d'entrée</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Open ground gives a faster approach to the cordon than the streets: up to %1 km/h on its %2 side (%n stretch(es) of open ground reach it, %3 m in all), against %4. A crash-rated barrier line is needed along those stretches (see OUTPUT_BARRIERS, kind open_ground_line), not only across the streets.</source>
            <translation>
                <numerusform>Le terrain ouvert offre une approche du périmètre plus rapide que les voies : jusqu'à %1 km/h de son côté %2 (%n portion de terrain ouvert l'atteint, longue de %3 m), contre %4. Une ligne de barrières certifiées est nécessaire le long de cette portion (voir OUTPUT_BARRIERS, kind open_ground_line), pas seulement en travers des voies.</numerusform>
                <numerusform>Le terrain ouvert offre une approche du périmètre plus rapide que les voies : jusqu'à %1 km/h de son côté %2 (%n portions de terrain ouvert l'atteignent, %3 m au total), contre %4. Une ligne de barrières certifiées est nécessaire le long de ces portions (voir OUTPUT_BARRIERS, kind open_ground_line), pas seulement en travers des voies.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: %2, %3, %4; fastest impact %5 km/h (%6).</source>
            <translation>%1 : %2, %3, %4 ; impact le plus rapide %5 km/h (%6).</translation>
        </message>
        <message numerus="yes">
            <source>%n emergency gate(s)</source>
            <translation>
                <numerusform>%n accès de secours</numerusform>
                <numerusform>%n accès de secours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n pedestrian entr(y/ies)</source>
            <translation>
                <numerusform>%n accès piéton</numerusform>
                <numerusform>%n accès piétons</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n vehicle barrier(s)</source>
            <translation>
                <numerusform>%n barrière anti-véhicules</numerusform>
                <numerusform>%n barrières anti-véhicules</numerusform>
            </translation>
        </message>
        <message>
            <source>Cordon</source>
            <translation>Périmètre</translation>
        </message>
        <message>
            <source>A barrier stops a vehicle only after it has driven some way past the line (its penetration), and a vehicle bomb goes off where the vehicle stops. So the barrier line stands the standoff plus the penetration the plan allows (PENETRATION_M) out from the event area (EVENT_AREA, where the crowd stands), and a vehicle stopped there is still the standoff from the crowd.</source>
            <translation>Une barrière n'arrête un véhicule qu'après qu'il a parcouru une certaine distance au-delà de la ligne (sa pénétration), et un véhicule piégé explose là où il s'arrête. La ligne de barrières se trouve donc, à partir de la zone de l'événement (EVENT_AREA, où se tient la foule), à la distance de sécurité augmentée de la pénétration admise par le plan (PENETRATION_M), et un véhicule arrêté là reste à la distance de sécurité de la foule.</translation>
        </message>
        <message>
            <source>The standoff is STANDOFF_M or, when it is not set, the mandatory evacuation distance of THREAT in the NCTC/DHS bomb threat stand-off chart (2013). A real square rarely allows the chart's distance, so both are offered; the report states the residual risk and a warning says by how much the standoff falls short of the chart.</source>
            <translation>La distance de sécurité est STANDOFF_M ou, s'il n'est pas renseigné, la distance d'évacuation obligatoire de THREAT dans le tableau des distances de sécurité NCTC/DHS pour les alertes à la bombe (2013). Une place réelle permet rarement la distance du tableau, c'est pourquoi les deux sont proposées ; le rapport indique le risque résiduel et un avertissement indique de combien la distance de sécurité est inférieure à celle du tableau.</translation>
        </message>
        <message>
            <source>The shape is made buildable: gaps narrower than a street (DEFAULT_WIDTH_M) are closed by growing it by half a street width and shrinking it back, holes are filled and pieces smaller than a street's square are dropped.</source>
            <translation>La forme est rendue réalisable : les passages plus étroits qu'une voie (DEFAULT_WIDTH_M) sont fermés en l'élargissant d'une demi-largeur de voie puis en la réduisant d'autant, les trous sont comblés et les morceaux plus petits que le carré d'une largeur de voie sont supprimés.</translation>
        </message>
        <message>
            <source>Crossings</source>
            <translation>Franchissements</translation>
        </message>
        <message>
            <source>Every place where a street of NETWORK crosses the cordon's edge gets a point and a barrier line across the street, perpendicular to it and as wide as the street (WIDTH_FIELD, else DEFAULT_WIDTH_M). Each has impact_kmh, energy_kj and the ratings a barrier needs (ASTM F2656, IWA 14-1, PAS 68), each naming the penetration the plan allows (e.g. M40-P1, V/7200[N3C]/64/90:1.0), from the hostile vehicle approach study of eventsecurity:vehicleapproach for VEHICLE (its help gives the model); streets matching EXCLUDE_EXPRESSION (e.g. already bollarded) are left out of it.</source>
            <translation>Chaque point où une voie de NETWORK franchit la limite du périmètre reçoit un point et une ligne de barrière en travers de la voie, perpendiculaire à celle-ci et aussi large qu'elle (WIDTH_FIELD, sinon DEFAULT_WIDTH_M). Chacun porte impact_kmh, energy_kj et les classements requis pour la barrière (ASTM F2656, IWA 14-1, PAS 68), chacun indiquant la pénétration admise par le plan (par ex. M40-P1, V/7200[N3C]/64/90:1.0), issus de l'étude d'approche d'un véhicule hostile de eventsecurity:vehicleapproach pour VEHICLE (son aide décrit le modèle) ; les voies vérifiant EXCLUDE_EXPRESSION (par ex. déjà équipées de bornes) en sont exclues.</translation>
        </message>
        <message>
            <source>Gates, entries and barriers</source>
            <translation>Accès de secours, accès piétons et barrières</translation>
        </message>
        <message>
            <source>Each crossing becomes one of three kinds (kind):</source>
            <translation>Chaque franchissement devient l'un de trois types (kind) :</translation>
        </message>
        <message>
            <source>EMERGENCY_GATES of them, chosen among the drivable streets that are not pedestrian: first the widest street, then each next the widest at least GATE_SEPARATION_DEG in bearing, seen from the event area's centre, from the gates already chosen (ties: the farthest in bearing, then the lowest impact speed), so they lie on different sides; if no street is that far, the farthest one.</source>
            <translation>EMERGENCY_GATES d'entre eux, choisis parmi les voies carrossables non piétonnes : d'abord la voie la plus large, puis à chaque fois la plus large écartée d'au moins GATE_SEPARATION_DEG en gisement, vu depuis le centre de la zone de l'événement, des accès déjà choisis (à égalité : la plus éloignée en gisement, puis la plus faible vitesse d'impact), afin qu'ils se trouvent sur des côtés différents ; si aucune voie n'est aussi éloignée, la plus éloignée.</translation>
        </message>
        <message>
            <source>first the crossings of footways and pedestrian streets (PEDESTRIAN_EXPRESSION); then, while their widths without the widest entry add up to less than the exit width needed (below) or there are fewer than MIN_ENTRIES, the widest other street crossing that is not a gate (ties: the farthest in bearing from the entries so far, then the lowest impact speed). Footways first, then as few streets as the exits need: each entry must be staffed.</source>
            <translation>d'abord les franchissements des cheminements piétons et des rues piétonnes (PEDESTRIAN_EXPRESSION) ; ensuite, tant que leurs largeurs cumulées sans l'accès le plus large restent inférieures à la largeur de sortie nécessaire (voir plus bas) ou qu'il y en a moins que MIN_ENTRIES, le franchissement de voie le plus large qui n'est pas un accès de secours (à égalité : le plus éloigné en gisement des accès déjà retenus, puis la plus faible vitesse d'impact). D'abord les cheminements piétons, puis aussi peu de voies que les sorties l'exigent : chaque accès doit être tenu par du personnel.</translation>
        </message>
        <message>
            <source>the remaining crossings.</source>
            <translation>les franchissements restants.</translation>
        </message>
        <message>
            <source>Every crossing, entries included, needs a rated barrier: entries a line people can walk through.</source>
            <translation>Chaque franchissement, accès compris, nécessite une barrière certifiée : pour les accès, une ligne que les piétons peuvent traverser.</translation>
        </message>
        <message>
            <source>Search lanes for the arrival peak</source>
            <translation>Lignes de filtrage pour le pic d'arrivée</translation>
        </message>
        <message>
            <source>People do not arrive evenly: near the start (often the last 20-30 minutes) they come faster than the mean of the window, and lanes sized for the mean let a queue build outside the cordon, where the cordon does not protect it. The lanes in total = ceil(peak arrivals per minute / (LANE_RATE_PPH / 60)) with the peak = ARRIVAL_PEAK_FACTOR x ATTENDANCE / ARRIVAL_MINUTES, shared among the entries in proportion to their street widths by the largest-remainder method (each entry gets at least one when there are enough).</source>
            <translation>Le public n'arrive pas de façon régulière : vers le début (souvent les 20 à 30 dernières minutes), il arrive plus vite que la moyenne de la fenêtre, et des lignes dimensionnées pour la moyenne laissent se former une file d'attente hors du périmètre, là où le périmètre ne la protège pas. Nombre total de lignes = ceil(arrivées par minute au pic / (LANE_RATE_PPH / 60)) avec le pic = ARRIVAL_PEAK_FACTOR x ATTENDANCE / ARRIVAL_MINUTES, réparties entre les accès au prorata de la largeur de leur voie par la méthode du plus fort reste (chaque accès en reçoit au moins une s'il y en a assez).</translation>
        </message>
        <message>
            <source>Exits with the largest lost</source>
            <translation>Sorties sans la plus grande</translation>
        </message>
        <message>
            <source>An entry may be blocked in an emergency (by the incident itself), so the exits are sized with the largest one lost (UK Approved Document B vol. 2, 2.21; BS 9999, 16.6.1; Green Guide practice): the other entries alone must let ATTENDANCE out within EGRESS_MINUTES at FLOW_RATE, i.e. give ATTENDANCE / (FLOW_RATE x EGRESS_MINUTES) metres. Each entry's exit width (exit_width_m) is its share of the exits, in proportion to the street widths and at most the street's width; two equal entries each carry the whole width. The report gives both evacuation times: through every entry, and with the largest lost. Only the entries count as exits: a cautious choice.</source>
            <translation>Un accès peut être bloqué en situation d'urgence (par l'incident lui-même) ; les sorties sont donc dimensionnées sans la plus grande (Approved Document B britannique, vol. 2, 2.21 ; BS 9999, 16.6.1 ; pratique du Green Guide) : les autres accès doivent à eux seuls permettre à ATTENDANCE personnes de sortir en EGRESS_MINUTES au débit FLOW_RATE, c'est-à-dire offrir ATTENDANCE / (FLOW_RATE x EGRESS_MINUTES) mètres. La largeur de sortie de chaque accès (exit_width_m) est sa part des sorties, au prorata des largeurs de voie et au plus égale à la largeur de la voie ; deux accès égaux portent chacun toute la largeur. Le rapport donne les deux temps d'évacuation : par tous les accès, et sans le plus grand. Seuls les accès comptent comme sorties : un choix prudent.</translation>
        </message>
        <message>
            <source>Open ground and the barrier line along it</source>
            <translation>Le terrain ouvert et la ligne de barrières qui le borde</translation>
        </message>
        <message>
            <source>With OPEN_AREAS (squares, promenades, parks a vehicle can drive on) and OBSTACLES (what stops it), the approach study also crosses open ground (the model below). Wherever open ground reaches the cordon, a vehicle can hit anywhere along that stretch of it, so a crash-rated barrier line goes along the whole stretch. Bollards drawn as points on the streets close those streets.</source>
            <translation>Avec OPEN_AREAS (places, promenades, parcs qu'un véhicule peut parcourir) et OBSTACLES (ce qui l'arrête), l'étude d'approche traverse aussi le terrain ouvert (le modèle plus bas). Partout où le terrain ouvert atteint le périmètre, un véhicule peut heurter n'importe où le long de cette portion, si bien qu'une ligne de barrières certifiées longe toute la portion. Les bornes dessinées comme des points sur les voies ferment ces voies.</translation>
        </message>
        <message>
            <source>the cordon: area_m2, length_m, standoff_m, penetration_m, barrier_line_m (their sum), capacity = event area x DENSITY (persons per m² standing, default 2, i.e. 0.5 m² per person), and the crowd figures (arrival_peak_factor, egress_target_min, evacuation_min, evacuation_largest_lost_min).</source>
            <translation>le périmètre : area_m2, length_m, standoff_m, penetration_m, barrier_line_m (leur somme), capacity = surface de l'événement x DENSITY (personnes debout par m², 2 par défaut, soit 0,5 m² par personne), et les chiffres de foule (arrival_peak_factor, egress_target_min, evacuation_min, evacuation_largest_lost_min).</translation>
        </message>
        <message>
            <source>a point per crossing with its street (NAME_FIELD, default the field "name" when the layer has one), kind, impact_kmh, energy_kj and ratings (rating_astm, rating_iwa, rating_pas68).</source>
            <translation>un point par franchissement avec sa voie (NAME_FIELD, par défaut le champ « name » si la couche en a un), kind, impact_kmh, energy_kj et les classements (rating_astm, rating_iwa, rating_pas68).</translation>
        </message>
        <message>
            <source>a barrier line across each crossing's street, its length_m equal to its width_m; with OPEN_AREAS also one line along each stretch of the cordon that open ground reaches (kind open_ground_line, length_m, stretch_id, and the impact_kmh and ratings of its fastest impact point; no crossing_id or width_m).</source>
            <translation>une ligne de barrière en travers de la voie de chaque franchissement, son length_m égal à son width_m ; avec OPEN_AREAS, aussi une ligne le long de chaque portion du périmètre que le terrain ouvert atteint (kind open_ground_line, length_m, stretch_id, ainsi que l'impact_kmh et les classements de son point d'impact le plus rapide ; ni crossing_id ni width_m).</translation>
        </message>
        <message>
            <source>the pedestrian entries with their lanes and exit_width_m; gate_width_m is exit_width_m under its old name, kept for one release.</source>
            <translation>les accès piétons avec leurs lignes de filtrage (lanes) et exit_width_m ; gate_width_m est exit_width_m sous son ancien nom, conservé pendant une version.</translation>
        </message>
        <message>
            <source>optional: the hostile vehicle approach to the cordon as eventsecurity:vehicleapproach writes it: impact points against the cordon's edge (with OPEN_AREAS also along open ground, kind open_ground), critical routes and the speed on every street, with the same fields.</source>
            <translation>facultatifs : l'approche du véhicule hostile vers le périmètre telle que l'écrit eventsecurity:vehicleapproach : points d'impact contre la limite du périmètre (avec OPEN_AREAS, aussi le long du terrain ouvert, kind open_ground), itinéraires critiques et vitesse sur chaque voie, avec les mêmes champs.</translation>
        </message>
        <message>
            <source>optional, with OPEN_AREAS: the stretches of the cordon that open ground reaches, with their figures.</source>
            <translation>facultatif, avec OPEN_AREAS : les portions du périmètre que le terrain ouvert atteint, avec leurs chiffres.</translation>
        </message>
        <message>
            <source>HTML: capacity against attendance; the mean and peak arrival rates and the lanes; the exit width needed and provided and both evacuation times; where the barrier line stands and why; the barriers with their ratings; the blast risk: the Kingery-Bulmash incident overpressure (Swisdak 1994) at the crowd's edge of a THREAT bomb stopped at the standoff, and its effect from the effects table. Its section 4 lists the stretches of open ground and says how many metres of barrier line the plan needs in all, across the streets and along open ground.</source>
            <translation>HTML : la jauge comparée à la fréquentation ; les débits d'arrivée moyen et de pic et les lignes de filtrage ; la largeur de sortie nécessaire et disponible et les deux temps d'évacuation ; l'emplacement de la ligne de barrières et sa raison ; les barrières avec leurs classements ; le risque d'explosion : la surpression incidente de Kingery-Bulmash (Swisdak 1994) au bord de la foule pour une bombe de type THREAT arrêtée à la distance de sécurité, et son effet d'après le tableau des effets. Sa section 4 énumère les portions de terrain ouvert et indique combien de mètres de ligne de barrières le plan demande au total, en travers des voies et le long du terrain ouvert.</translation>
        </message>
        <message>
            <source>A warning says when no street crosses the cordon, when the standoff is shorter than the chart's mandatory distance for THREAT (and by how much), when the attendance is larger than the event area holds (and by how much), when the evacuation with the largest entry lost takes longer than EGRESS_MINUTES or there is a single entry, when the event area has almost no area, when an invalid event area polygon (a ring crossing itself, for example) was repaired with QGIS's make valid, and when open ground gives a faster approach than every street.</source>
            <translation>Un avertissement signale quand aucune voie ne franchit le périmètre, quand la distance de sécurité est inférieure à la distance obligatoire du tableau pour THREAT (et de combien), quand la fréquentation dépasse ce que la zone de l'événement peut accueillir (et de combien), quand l'évacuation sans le plus grand accès dure plus que EGRESS_MINUTES ou qu'il n'y a qu'un seul accès, quand la zone de l'événement n'a presque pas de surface, quand un polygone invalide de la zone de l'événement (un contour qui se recoupe, par exemple) a été réparé avec la fonction de correction de géométrie de QGIS, et quand le terrain ouvert offre une approche plus rapide que toutes les voies.</translation>
        </message>
        <message>
            <source>Outputs are in the event area's CRS; distances are metres on the ground (a local metric CRS is used for geographic layers).</source>
            <translation>Les sorties sont dans le SCR de la zone de l'événement ; les distances sont des mètres au sol (un SCR métrique local est utilisé pour les couches géographiques).</translation>
        </message>
        <message>
            <source>Exit flow 82 persons/m/min on level ground, 66 stepped: UK Green Guide (Guide to Safety at Sports Grounds).</source>
            <translation>Débit de sortie de 82 personnes/m/min en terrain plat, 66 sur gradins : Green Guide britannique (Guide to Safety at Sports Grounds).</translation>
        </message>
        <message>
            <source>Egress time 8 minutes: the Green Guide's normal maximum egress time (13.4a).</source>
            <translation>Temps d'évacuation de 8 minutes : la durée normale maximale d'évacuation du Green Guide (13.4a).</translation>
        </message>
        <message>
            <source>Exits sized with the largest lost: UK Approved Document B vol. 2, 2.21; BS 9999, 16.6.1; Green Guide practice.</source>
            <translation>Sorties dimensionnées sans la plus grande : Approved Document B britannique, vol. 2, 2.21 ; BS 9999, 16.6.1 ; pratique du Green Guide.</translation>
        </message>
        <message>
            <source>Standing density 2 persons/m²: HSE, The Event Safety Guide (HSG195), para. 87.</source>
            <translation>Densité debout de 2 personnes/m² : HSE, The Event Safety Guide (HSG195), § 87.</translation>
        </message>
        <message>
            <source>400 persons an hour per walk-through metal detector lane (LANE_RATE_PPH): a vendor figure, below the 500-1,000 the US DHS quotes, so it asks for more lanes. Set it from the search team's measured rate.</source>
            <translation>400 personnes par heure par ligne équipée d'un portique détecteur de métaux (LANE_RATE_PPH) : une valeur de fournisseur, inférieure aux 500 à 1 000 citées par le DHS américain, donc exigeant plus de lignes. Réglez-la d'après le débit mesuré de l'équipe de filtrage.</translation>
        </message>
        <message>
            <source>Walkway levels of service: Fruin 1971.</source>
            <translation>Niveaux de service piétons : Fruin 1971.</translation>
        </message>
        <message>
            <source>Stand-off distances: NCTC/DHS chart 2013.</source>
            <translation>Distances de sécurité : tableau NCTC/DHS 2013.</translation>
        </message>
        <message>
            <source>Penetration classes: ASTM F2656.</source>
            <translation>Classes de pénétration : ASTM F2656.</translation>
        </message>
        <message>
            <source>Incident overpressure: Kingery-Bulmash (Swisdak 1994).</source>
            <translation>Surpression incidente : Kingery-Bulmash (Swisdak 1994).</translation>
        </message>
        <message>
            <source>1,000 people, so that a new form does not start at 0: set the attendance you expect.</source>
            <translation>1 000 personnes, pour qu'un nouveau formulaire ne commence pas à 0 : indiquez la fréquentation attendue.</translation>
        </message>
        <message>
            <source>60 minutes: people arrive within an hour.</source>
            <translation>60 minutes : le public arrive en une heure.</translation>
        </message>
        <message>
            <source>2, at the safe end of the 1.5-2 times the mean rate that planning guidance cites; set it from the arrival profile of a comparable event.</source>
            <translation>2, du côté sûr de la fourchette de 1,5 à 2 fois le débit moyen citée par les guides de planification ; réglez-le d'après le profil d'arrivée d'un événement comparable.</translation>
        </message>
        <message>
            <source>the flows with alcohol (72 level, 56 stepped) and egress times by risk (10 low, 8 medium, 6 high minutes) are attributed to the Green Guide by council guidance but were not found in it: judgement calls; 10 minutes is longer than the sourced 8 and so not on the safe side, only for a venue whose risk assessment says why.</source>
            <translation>les débits avec alcool (72 en terrain plat, 56 sur gradins) et les temps d'évacuation par niveau de risque (10 faible, 8 moyen, 6 élevé, en minutes) sont attribués au Green Guide par des guides de collectivités mais n'y ont pas été trouvés : choix d'appréciation ; 10 minutes, plus long que les 8 sourcées, n'est pas du côté sûr et ne convient qu'à un site dont l'évaluation des risques le justifie.</translation>
        </message>
        <message>
            <source>hand searches are slower than a metal detector lane: about 10, 7 and 4 persons a minute without bags, mixed and with bags (event trade press).</source>
            <translation>les fouilles manuelles sont plus lentes qu'une ligne à détecteur de métaux : environ 10, 7 et 4 personnes par minute sans sac, mixte et avec sac (presse spécialisée événementielle).</translation>
        </message>
        <message>
            <source>the sedan, the smallest vehicle-borne threat of the chart.</source>
            <translation>la berline, la plus petite menace de véhicule piégé du tableau.</translation>
        </message>
        <message>
            <source>2: at least two, on different sides.</source>
            <translation>2 : au moins deux, sur des côtés différents.</translation>
        </message>
        <message>
            <source>90°, so that the gates lie on different sides.</source>
            <translation>90°, pour que les accès de secours se trouvent sur des côtés différents.</translation>
        </message>
        <message>
            <source>2, so one blocked entry does not leave a single way out.</source>
            <translation>2, pour qu'un accès bloqué ne laisse pas une seule issue.</translation>
        </message>
        <message>
            <source>the OSM highway values footway, pedestrian, path and steps.</source>
            <translation>les valeurs OSM de highway footway, pedestrian, path et steps.</translation>
        </message>
        <message>
            <source>The gate and entry rules (Gates, entries and barriers, above) and the sliver size (a street's square).</source>
            <translation>Les règles de choix des accès (Accès de secours, accès piétons et barrières, ci-dessus) et la taille des morceaux supprimés (le carré d'une largeur de voie).</translation>
        </message>
        <message>
            <source>A number no real crowd, charge or site has is refused with a message naming the limit and its reason (physical bounds): ATTENDANCE up to 100 million, DENSITY 10 persons/m², LANE_RATE_PPH 3,600 persons an hour, FLOW_RATE 150 persons/m/min, ARRIVAL_MINUTES 1 minute to a week, EGRESS_MINUTES a week, ARRIVAL_PEAK_FACTOR 1 to 10, STANDOFF_M 100 km, PENETRATION_M 100 m, EMERGENCY_GATES and MIN_ENTRIES 1,000.</source>
            <translation>Un nombre qu'aucune foule, charge ou site réel n'atteint est refusé par un message indiquant la limite et sa raison (bornes physiques) : ATTENDANCE jusqu'à 100 millions, DENSITY 10 personnes/m², LANE_RATE_PPH 3 600 personnes par heure, FLOW_RATE 150 personnes/m/min, ARRIVAL_MINUTES d'une minute à une semaine, EGRESS_MINUTES une semaine, ARRIVAL_PEAK_FACTOR de 1 à 10, STANDOFF_M 100 km, PENETRATION_M 100 m, EMERGENCY_GATES et MIN_ENTRIES 1 000.</translation>
        </message>
        <message>
            <source>Queue parameters likewise: QUEUE_WIDTH_M 0.61 to 100 m, QUEUE_SPACE_M2 0.25 to 10 m², WAIT_TARGET_MIN 1 minute to a week, PEAK_MINUTES up to a week, ARRIVAL_SCV 0 to 100, SEARCH_SCV 0 to 25, QUEUE_REACH_M 0 to 100 m.</source>
            <translation>De même pour les files d'attente : QUEUE_WIDTH_M de 0,61 à 100 m, QUEUE_SPACE_M2 de 0,25 à 10 m², WAIT_TARGET_MIN d'une minute à une semaine, PEAK_MINUTES jusqu'à une semaine, ARRIVAL_SCV de 0 à 100, SEARCH_SCV de 0 à 25, QUEUE_REACH_M de 0 à 100 m.</translation>
        </message>
        <message numerus="yes">
            <source>%n street(s) cross the perimeter: %1 closed by vehicle barriers, %2, %3.</source>
            <translation>
                <numerusform>%n voie franchit le périmètre : barrière anti-véhicules sur %1, %2, %3.</numerusform>
                <numerusform>%n voies franchissent le périmètre : barrières anti-véhicules sur %1, %2, %3.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n crossing(s) can be hit faster than any crash test: slow the approach (chicanes, closures further out) before relying on a barrier there.</source>
            <translation>
                <numerusform>%n franchissement peut être heurté plus vite que lors de tout crash-test : ralentissez l'approche (chicanes, fermetures plus en amont) avant de compter sur une barrière à cet endroit.</numerusform>
                <numerusform>%n franchissements peuvent être heurtés plus vite que lors de tout crash-test : ralentissez l'approche (chicanes, fermetures plus en amont) avant de compter sur une barrière à ces endroits.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ResultGroup</name>
        <message>
            <source>The plan produced no layers.</source>
            <translation>Le plan n'a produit aucune couche.</translation>
        </message>
        <message>
            <source>The layer "%1" of %2 could not be opened.</source>
            <translation>La couche « %1 » de %2 n'a pas pu être ouverte.</translation>
        </message>
    </context>
    <context>
        <name>SecurityLayoutAlgorithm</name>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>— %1 (%2)</source>
            <translation>— %1 (%2)</translation>
        </message>
        <message>
            <source>%1 failed: %2</source>
            <translation>Échec de l'étape %1 : %2</translation>
        </message>
        <message>
            <source>see the log</source>
            <translation>voir le journal</translation>
        </message>
        <message>
            <source>Could not write the layer %1 to %2: %3</source>
            <translation>Impossible d'écrire la couche %1 dans %2 : %3</translation>
        </message>
        <message>
            <source>Security layout of the event "%1".</source>
            <translation>Plan de sécurité de l'événement « %1 ».</translation>
        </message>
        <message>
            <source>The layers are in the GeoPackage %1; the map is in the PDF.</source>
            <translation>Les couches sont dans le GeoPackage %1 ; la carte est dans le PDF.</translation>
        </message>
        <message>
            <source>Could not write the report %1: %2</source>
            <translation>Impossible d'écrire le rapport %1 : %2</translation>
        </message>
        <message>
            <source>Event security layout</source>
            <translation>Plan de sécurité de l'événement</translation>
        </message>
        <message>
            <source>event,security,layout,plan,cordon,barrier,standoff,blast,vehicle,hvm,entries,pdf,print,report</source>
            <translation>événement,sécurité,sûreté,plan,dispositif,périmètre,bouclage,barrière,distance de sécurité,explosion,véhicule,hvm,accès,pdf,impression,rapport</translation>
        </message>
        <message>
            <source>Venue, where the crowd stands (polygons)</source>
            <translation>Site de l'événement, où se tient la foule (polygones)</translation>
        </message>
        <message>
            <source>Street network (lines)</source>
            <translation>Réseau de voirie (lignes)</translation>
        </message>
        <message>
            <source>Buildings (polygons)</source>
            <translation>Bâtiments (polygones)</translation>
        </message>
        <message>
            <source>Event name</source>
            <translation>Nom de l'événement</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Événement</translation>
        </message>
        <message>
            <source>Map data credit on the PDF (empty = automatic)</source>
            <translation>Source des données cartographiques sur le PDF (vide = automatique)</translation>
        </message>
        <message>
            <source>Security layout (GeoPackage)</source>
            <translation>Plan de sécurité (GeoPackage)</translation>
        </message>
        <message>
            <source>GeoPackage (*.gpkg)</source>
            <translation>GeoPackage (*.gpkg)</translation>
        </message>
        <message>
            <source>Print layout (PDF)</source>
            <translation>Mise en page (PDF)</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Fichiers PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Rapport</translation>
        </message>
        <message>
            <source>HTML files (*.html *.htm)</source>
            <translation>Fichiers HTML (*.html *.htm)</translation>
        </message>
        <message>
            <source>Crowd capacity of the venue (persons)</source>
            <translation>Jauge du site (personnes)</translation>
        </message>
        <message>
            <source>Search lanes</source>
            <translation>Lignes de filtrage</translation>
        </message>
        <message>
            <source>Pedestrian entries</source>
            <translation>Accès piétons</translation>
        </message>
        <message>
            <source>Vehicle barriers</source>
            <translation>Barrières anti-véhicules</translation>
        </message>
        <message>
            <source>Emergency gates</source>
            <translation>Accès de secours</translation>
        </message>
        <message>
            <source>Roads closed to vehicles (m)</source>
            <translation>Voies fermées aux véhicules (m)</translation>
        </message>
        <message>
            <source>Fastest vehicle impact at the cordon (km/h)</source>
            <translation>Impact de véhicule le plus rapide sur le périmètre (km/h)</translation>
        </message>
        <message>
            <source>Vehicle standoff used (m)</source>
            <translation>Distance de sécurité des véhicules retenue (m)</translation>
        </message>
        <message>
            <source>GeoPackage layers, top to bottom (';' separated)</source>
            <translation>Couches du GeoPackage, de haut en bas (séparées par ';')</translation>
        </message>
        <message>
            <source>OUTPUT_GPKG is empty: give the GeoPackage file to write (.gpkg).</source>
            <translation>OUTPUT_GPKG est vide : indiquez le fichier GeoPackage à écrire (.gpkg).</translation>
        </message>
        <message>
            <source>Standoff zones</source>
            <translation>Zones d'exclusion</translation>
        </message>
        <message>
            <source>Perimeter design</source>
            <translation>Conception du périmètre</translation>
        </message>
        <message>
            <source>Perimeter design gave no cordon: see the log.</source>
            <translation>La conception du périmètre n'a produit aucun périmètre : voir le journal.</translation>
        </message>
        <message>
            <source>Could not open the layer %1 just written to %2.</source>
            <translation>Impossible d'ouvrir la couche %1 qui vient d'être écrite dans %2.</translation>
        </message>
        <message>
            <source>Could not save the style of %1 in %2: %3</source>
            <translation>Impossible d'enregistrer le style de %1 dans %2 : %3</translation>
        </message>
        <message>
            <source>Security layout written to %1: %2.</source>
            <translation>Plan de sécurité écrit dans %1 : %2.</translation>
        </message>
        <message>
            <source>The PDF was not made: print layouts can only be made on QGIS's main thread.</source>
            <translation>Le PDF n'a pas été produit : les mises en page ne peuvent être créées que dans le fil d'exécution principal de QGIS.</translation>
        </message>
        <message>
            <source>The PDF was not made: the GeoPackage has no cordon.</source>
            <translation>Le PDF n'a pas été produit : le GeoPackage ne contient pas de périmètre.</translation>
        </message>
        <message>
            <source>Event area</source>
            <translation>Zone de l'événement</translation>
        </message>
        <message>
            <source>Buildings</source>
            <translation>Bâtiments</translation>
        </message>
        <message>
            <source>Streets</source>
            <translation>Voies</translation>
        </message>
        <message>
            <source>Could not write the PDF %1: %2</source>
            <translation>Impossible d'écrire le PDF %1 : %2</translation>
        </message>
        <message>
            <source>Print layout written to %1.</source>
            <translation>Mise en page écrite dans %1.</translation>
        </message>
        <message>
            <source>Impact speed (km/h)</source>
            <translation>Vitesse d'impact (km/h)</translation>
        </message>
        <message>
            <source>Energy (kJ)</source>
            <translation>Énergie (kJ)</translation>
        </message>
        <message>
            <source>Bomb stand-off zones around the venue</source>
            <translation>Zones d'exclusion autour du site (menace à la bombe)</translation>
        </message>
        <message>
            <source>The zones of the bomb threat stand-off chart (NCTC/DHS 2013), drawn around the event area: inside the mandatory evacuation distance no one stays and no vehicle is allowed; between it and the preferred distance people shelter inside buildings, away from windows. The overpressure at each zone's outer edge is the Kingery-Bulmash incident overpressure (Swisdak 1994).</source>
            <translation>Les zones du tableau des distances de sécurité en cas de menace à la bombe (NCTC/DHS 2013), tracées autour de la zone de l'événement : dans la distance d'évacuation obligatoire, personne ne reste et aucun véhicule n'est admis ; entre celle-ci et la distance recommandée, le public est mis à l'abri dans les bâtiments, loin des fenêtres. La surpression au bord extérieur de chaque zone est la surpression incidente de Kingery-Bulmash (Swisdak 1994).</translation>
        </message>
        <message>
            <source>Zone</source>
            <translation>Zone</translation>
        </message>
        <message>
            <source>From (m)</source>
            <translation>De (m)</translation>
        </message>
        <message>
            <source>To (m)</source>
            <translation>À (m)</translation>
        </message>
        <message>
            <source>Overpressure at the outer edge (kPa)</source>
            <translation>Surpression au bord extérieur (kPa)</translation>
        </message>
        <message>
            <source>Roads to close (m)</source>
            <translation>Voies à fermer (m)</translation>
        </message>
        <message>
            <source>Hostile vehicle approach to the cordon</source>
            <translation>Approche d'un véhicule hostile jusqu'au périmètre</translation>
        </message>
        <message>
            <source>Run-up (m)</source>
            <translation>Distance d'élan (m)</translation>
        </message>
        <message>
            <source>Angle (°)</source>
            <translation>Angle (°)</translation>
        </message>
        <message>
            <source>Warnings: outcomes that make no plan or an unsafe one, one a line</source>
            <translation>Avertissements : résultats qui ne donnent aucun plan ou un plan dangereux, un par ligne</translation>
        </message>
        <message>
            <source>The vehicle approach analysis (eventsecurity:vehicleapproach) finds, for each of the %1 places where a street reaches the cordon, the highest speed a hostile vehicle can reach there over any route; the map shows these routes coloured by speed. The fastest are listed here, with the length of the route and its run-up: the distance since the last bend, junction or start that held the speed down.</source>
            <translation>L'analyse d'approche des véhicules (eventsecurity:vehicleapproach) détermine, pour chacun des %1 endroits où une voie atteint le périmètre, la vitesse la plus élevée qu'un véhicule hostile peut y atteindre par n'importe quel itinéraire ; la carte montre ces itinéraires colorés selon la vitesse. Les plus rapides sont listés ici, avec la longueur de l'itinéraire et sa distance d'élan : la distance depuis le dernier virage, carrefour ou point de départ qui limitait la vitesse.</translation>
        </message>
        <message>
            <source>Route (m)</source>
            <translation>Itinéraire (m)</translation>
        </message>
        <message>
            <source>The whole security layout of one venue in one run: the bomb stand-off zones, the vehicle-exclusion cordon with its crash-rated barriers, emergency gates and pedestrian entries, and the fastest hostile vehicle routes to the cordon; written as one styled GeoPackage, an HTML report and an A3 PDF map.</source>
            <translation>Tout le plan de sécurité d'un site en une seule exécution : les zones d'exclusion en cas d'alerte à la bombe, le périmètre interdit aux véhicules avec ses barrières certifiées par crash-test, ses accès de secours et ses accès piétons, et les itinéraires les plus rapides d'un véhicule hostile vers le périmètre ; écrit dans un seul GeoPackage stylé, un rapport HTML et une carte PDF A3.</translation>
        </message>
        <message>
            <source>Barrier line from the venue: standoff + penetration (m)</source>
            <translation>Ligne de barrières depuis le site : distance de sécurité + pénétration (m)</translation>
        </message>
        <message>
            <source>Evacuation through every entry (minutes)</source>
            <translation>Évacuation par tous les accès (minutes)</translation>
        </message>
        <message>
            <source>Evacuation with the largest entry blocked (minutes)</source>
            <translation>Évacuation avec le plus grand accès bloqué (minutes)</translation>
        </message>
        <message>
            <source>Capacity %1, %2 search lanes at %3 entries, %4 vehicle barriers, %5 emergency gates, fastest impact %6 km/h, %7 m of road closed, standoff %8 m, barrier line %9 m out.</source>
            <translation>Jauge %1, %2 lignes de filtrage sur %3 accès, %4 barrières anti-véhicules, %5 accès de secours, impact le plus rapide %6 km/h, %7 m de voies fermées, distance de sécurité %8 m, ligne de barrières à %9 m.</translation>
        </message>
        <message>
            <source>Entries with a queue outside the cordon at the peak</source>
            <translation>Accès avec une file hors du périmètre au pic</translation>
        </message>
        <message>
            <source>Queues exposed to a hostile vehicle or a vehicle bomb</source>
            <translation>Files exposées à un véhicule hostile ou à un véhicule piégé</translation>
        </message>
        <message>
            <source>Longest queue outside the cordon (m)</source>
            <translation>File la plus longue hors du périmètre (m)</translation>
        </message>
        <message>
            <source>Longest wait at an entry (minutes)</source>
            <translation>Attente la plus longue à un accès (minutes)</translation>
        </message>
        <message>
            <source>Fastest vehicle reaching a queue (km/h)</source>
            <translation>Véhicule le plus rapide atteignant une file (km/h)</translation>
        </message>
        <message>
            <source>Queues outside the cordon: %1, %2 exposed; the longest %3 m, the longest wait %4; the fastest vehicle at a queue %5 km/h.</source>
            <translation>Files d'attente hors du périmètre : %1, dont %2 exposée(s) ; la plus longue %3 m, l'attente la plus longue %4 ; le véhicule le plus rapide sur une file %5 km/h.</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <source>endless (a queue never clears)</source>
            <translation>sans fin (une file ne se résorbe jamais)</translation>
        </message>
        <message>
            <source>Open ground a vehicle can drive on</source>
            <translation>Terrain ouvert praticable par un véhicule</translation>
        </message>
        <message>
            <source>Crash-rated barrier line the plan needs, in all (m)</source>
            <translation>Ligne de barrières certifiées demandée par le plan, au total (m)</translation>
        </message>
        <message>
            <source>Of it, along open ground (m)</source>
            <translation>Dont le long du terrain ouvert (m)</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Étapes</translation>
        </message>
        <message>
            <source>Standoff zones (eventsecurity:standoffzones, stand-off chart method) around VENUE for THREAT, with the road closures on NETWORK and the exposed BUILDINGS.</source>
            <translation>Zones d'exclusion (eventsecurity:standoffzones, méthode du tableau des distances de sécurité) autour de VENUE pour THREAT, avec les fermetures de voies sur NETWORK et les BUILDINGS exposés.</translation>
        </message>
        <message>
            <source>Perimeter design (eventsecurity:perimeterdesign) of VENUE for ATTENDANCE: the barrier line at STANDOFF_M (not set: the chart's mandatory distance for THREAT) plus the penetration the plan allows (PENETRATION_M), so that a vehicle bomb stopped by a barrier is still the standoff from the crowd; the crossings, barriers and entries, the search lanes sized for the arrival peak (ARRIVAL_PEAK_FACTOR) and the exits sized with the largest entry lost.</source>
            <translation>Conception du périmètre (eventsecurity:perimeterdesign) de VENUE pour ATTENDANCE : la ligne de barrières à STANDOFF_M (non renseigné : la distance obligatoire du tableau pour THREAT) plus la pénétration admise par le plan (PENETRATION_M), afin qu'un véhicule piégé arrêté par une barrière reste à la distance de sécurité de la foule ; les franchissements, barrières et accès, les lignes de filtrage dimensionnées pour le pic d'arrivée (ARRIVAL_PEAK_FACTOR) et les sorties dimensionnées sans le plus grand accès.</translation>
        </message>
        <message>
            <source>Vehicle approach (eventsecurity:vehicleapproach) of VEHICLE to the cordon.</source>
            <translation>Approche du véhicule (eventsecurity:vehicleapproach) de VEHICLE vers le périmètre.</translation>
        </message>
        <message>
            <source>The other parameters are those of the steps, with the same defaults: see their help for the model, the sources and the judgement calls; every parameter of perimeter design the layout does not list itself is offered among the advanced ones, so none is left at its default unseen. THREAT lists the chart's threats only (a custom charge cannot size a cordon).</source>
            <translation>Les autres paramètres sont ceux des étapes, avec les mêmes valeurs par défaut : voir leur aide pour le modèle, les sources et les choix d'appréciation ; chaque paramètre de la conception du périmètre que le plan ne liste pas lui-même est proposé parmi les paramètres avancés, afin qu'aucun ne reste à sa valeur par défaut sans être vu. THREAT ne liste que les menaces du tableau (une charge personnalisée ne permet pas de dimensionner un périmètre).</translation>
        </message>
        <message>
            <source>Open ground (OPEN_AREAS, OBSTACLES)</source>
            <translation>Terrain ouvert (OPEN_AREAS, OBSTACLES)</translation>
        </message>
        <message>
            <source>With the squares, promenades and parks a vehicle can drive on and the obstacles that stop it (several layers: buildings, walls, water, bollards), the vehicle approach crosses open ground too, and perimeter design puts a crash-rated barrier line along every stretch of the cordon that open ground reaches. The model and its limits: eventsecurity:vehicleapproach's help.</source>
            <translation>Avec les places, promenades et parcs qu'un véhicule peut parcourir et les obstacles qui l'arrêtent (plusieurs couches : bâtiments, murs, eau, bornes), l'approche des véhicules traverse aussi le terrain ouvert, et la conception du périmètre place une ligne de barrières certifiées le long de chaque portion du périmètre que le terrain ouvert atteint. Le modèle et ses limites : l'aide d'eventsecurity:vehicleapproach.</translation>
        </message>
        <message>
            <source>1,000 people: set your own.</source>
            <translation>1 000 personnes : indiquez votre propre valeur.</translation>
        </message>
        <message>
            <source>The other defaults are those of the steps: their help names them.</source>
            <translation>Les autres valeurs par défaut sont celles des étapes : leur aide les nomme.</translation>
        </message>
        <message>
            <source>GeoPackage (OUTPUT_GPKG)</source>
            <translation>GeoPackage (OUTPUT_GPKG)</translation>
        </message>
        <message>
            <source>One table per result, each with its style saved as the default in the GeoPackage (layer_styles), so QGIS shows it styled when the file is opened. Top to bottom:</source>
            <translation>Une table par résultat, chacune avec son style enregistré comme style par défaut dans le GeoPackage (layer_styles), afin que QGIS l'affiche stylée à l'ouverture du fichier. De haut en bas :</translation>
        </message>
        <message>
            <source>lanes, exit_width_m; labelled.</source>
            <translation>lanes, exit_width_m ; étiquetées.</translation>
        </message>
        <message>
            <source>kind.</source>
            <translation>kind.</translation>
        </message>
        <message>
            <source>with OPEN_AREAS: the stretches of the cordon that open ground reaches, drawn dashed over their barrier line.</source>
            <translation>avec OPEN_AREAS : les portions du périmètre que le terrain ouvert atteint, en tirets sur leur ligne de barrières.</translation>
        </message>
        <message>
            <source>coloured by ASTM F2656 rating; with OPEN_AREAS also those along open ground (kind open_ground_line).</source>
            <translation>colorées selon le classement ASTM F2656 ; avec OPEN_AREAS, aussi celles qui longent le terrain ouvert (kind open_ground_line).</translation>
        </message>
        <message>
            <source>the queue at each entry outside the cordon: red where a hostile vehicle or a vehicle bomb can reach it, amber elsewhere, labelled with its people and longest wait; perimeter design's OUTPUT_QUEUES.</source>
            <translation>la file d'attente de chaque accès hors du périmètre : rouge là où un véhicule hostile ou un véhicule piégé peut l'atteindre, orangée ailleurs, étiquetée avec ses personnes et son attente la plus longue ; OUTPUT_QUEUES de la conception du périmètre.</translation>
        </message>
        <message>
            <source>coloured by impact speed in classes at the test speeds 32/48/64/80 km/h; with OPEN_AREAS also the impact points along open ground.</source>
            <translation>colorés selon la vitesse d'impact par classes aux vitesses d'essai 32/48/64/80 km/h ; avec OPEN_AREAS, aussi les points d'impact le long du terrain ouvert.</translation>
        </message>
        <message>
            <source>standoff_m, penetration_m, barrier_line_m and the crowd figures.</source>
            <translation>standoff_m, penetration_m, barrier_line_m et les chiffres de foule.</translation>
        </message>
        <message>
            <source>the roads to close.</source>
            <translation>les voies à fermer.</translation>
        </message>
        <message>
            <source>only with BUILDINGS.</source>
            <translation>seulement avec BUILDINGS.</translation>
        </message>
        <message>
            <source>max_kmh on every street; with OPEN_AREAS also the open ground's legs (thin, dashed).</source>
            <translation>max_kmh sur chaque voie ; avec OPEN_AREAS, aussi les tronçons du terrain ouvert (fins, en tirets).</translation>
        </message>
        <message>
            <source>red to yellow.</source>
            <translation>du rouge au jaune.</translation>
        </message>
        <message>
            <source>The LAYERS output lists the tables written, in that order, separated by ';'.</source>
            <translation>La sortie LAYERS liste les tables écrites, dans cet ordre, séparées par « ; ».</translation>
        </message>
        <message>
            <source>Report (OUTPUT_REPORT)</source>
            <translation>Rapport (OUTPUT_REPORT)</translation>
        </message>
        <message>
            <source>The perimeter design report with the stand-off zones (distance, overpressure, buildings, roads to close) and the fastest vehicle approaches.</source>
            <translation>Le rapport de conception du périmètre avec les zones d'exclusion (distance, surpression, bâtiments, voies à fermer) et les approches de véhicules les plus rapides.</translation>
        </message>
        <message>
            <source>PDF (OUTPUT_PDF, optional)</source>
            <translation>PDF (OUTPUT_PDF, facultatif)</translation>
        </message>
        <message>
            <source>An A3 landscape sheet: the map of the cordon, barriers, entries and the mandatory evacuation zone over the input streets and buildings (with OPEN_AREAS, the open areas under the plan), the legend, scale bar, north arrow, the key figures, the sources and the date. DATA_CREDIT is the map data credit; left empty it is "© OpenStreetMap contributors" when the inputs look like OpenStreetMap data (an osm_id field), otherwise none.</source>
            <translation>Une feuille A3 paysage : la carte du périmètre, des barrières, des accès et de la zone d'évacuation obligatoire sur les voies et bâtiments en entrée (avec OPEN_AREAS, les terrains ouverts sous le plan), la légende, l'échelle graphique, la flèche du nord, les chiffres clés, les sources et la date. DATA_CREDIT est la mention des données cartographiques ; laissée vide, elle vaut « © les contributeurs d'OpenStreetMap » lorsque les entrées ressemblent à des données OpenStreetMap (un champ osm_id), sinon aucune.</translation>
        </message>
        <message>
            <source>Warnings (WARNINGS)</source>
            <translation>Avertissements (WARNINGS)</translation>
        </message>
        <message>
            <source>One line per outcome that makes no plan or an unsafe one, in plain words, empty when there is none:</source>
            <translation>Une ligne par résultat qui ne donne aucun plan ou un plan dangereux, en langage clair, vide s'il n'y en a pas :</translation>
        </message>
        <message>
            <source>no street reaches the venue;</source>
            <translation>aucune voie n'atteint le site ;</translation>
        </message>
        <message>
            <source>a vehicle bomb stopped by a barrier would be closer to the crowd than the chart's mandatory distance for THREAT (and by how much);</source>
            <translation>un véhicule piégé arrêté par une barrière serait plus près de la foule que la distance obligatoire du tableau pour THREAT (et de combien) ;</translation>
        </message>
        <message>
            <source>the attendance is larger than the venue holds (and by how much);</source>
            <translation>la fréquentation dépasse ce que le site peut accueillir (et de combien) ;</translation>
        </message>
        <message>
            <source>with the largest entry blocked the evacuation takes longer than EGRESS_MINUTES (and by how much), or there is a single entry;</source>
            <translation>avec le plus grand accès bloqué, l'évacuation dure plus que EGRESS_MINUTES (et de combien), ou il n'y a qu'un seul accès ;</translation>
        </message>
        <message>
            <source>the venue has almost no area; a venue polygon was invalid and repaired;</source>
            <translation>le site n'a presque pas de surface ; un polygone du site était invalide et a été réparé ;</translation>
        </message>
        <message>
            <source>fewer emergency gates than asked could be placed;</source>
            <translation>moins d'accès de secours que demandé ont pu être placés ;</translation>
        </message>
        <message>
            <source>a queue outside the cordon is exposed (a vehicle can drive into it, or stop within the chart's mandatory distance of it), spills beyond its street, or an entry has no lane;</source>
            <translation>une file d'attente hors du périmètre est exposée (un véhicule peut la percuter, ou s'arrêter dans la distance obligatoire du tableau), déborde de sa voie, ou un accès n'a aucune ligne de filtrage ;</translation>
        </message>
        <message>
            <source>open ground gives a faster approach than every street.</source>
            <translation>le terrain ouvert offre une approche plus rapide que toutes les voies.</translation>
        </message>
        <message>
            <source>Key figures</source>
            <translation>Chiffres clés</translation>
        </message>
        <message>
            <source>persons the event area holds.</source>
            <translation>personnes que la zone de l'événement peut accueillir.</translation>
        </message>
        <message>
            <source>search lanes, for the arrival peak.</source>
            <translation>lignes de filtrage, pour le pic d'arrivée.</translation>
        </message>
        <message>
            <source>fixed vehicle barriers.</source>
            <translation>barrières anti-véhicules fixes.</translation>
        </message>
        <message>
            <source>the emergency gates and pedestrian entries.</source>
            <translation>les accès de secours et les accès piétons.</translation>
        </message>
        <message>
            <source>roads closed to vehicles.</source>
            <translation>voies fermées aux véhicules.</translation>
        </message>
        <message>
            <source>fastest impact at the cordon.</source>
            <translation>impact le plus rapide sur le périmètre.</translation>
        </message>
        <message>
            <source>how far a vehicle stopped by a barrier stays from the crowd.</source>
            <translation>distance à laquelle un véhicule arrêté par une barrière reste de la foule.</translation>
        </message>
        <message>
            <source>where the barrier line stands: the standoff plus the penetration.</source>
            <translation>emplacement de la ligne de barrières : la distance de sécurité plus la pénétration.</translation>
        </message>
        <message>
            <source>the metres of barrier line the plan needs in all (OPEN_GROUND_BARRIER_M of them along open ground).</source>
            <translation>les mètres de ligne de barrières que le plan demande au total (dont OPEN_GROUND_BARRIER_M le long du terrain ouvert).</translation>
        </message>
        <message>
            <source>everyone out through every entry.</source>
            <translation>tout le monde sorti par tous les accès.</translation>
        </message>
        <message>
            <source>with the largest entry blocked; empty with a single entry.</source>
            <translation>avec le plus grand accès bloqué ; vide avec un seul accès.</translation>
        </message>
        <message>
            <source>entries with a queue outside the cordon at the peak.</source>
            <translation>accès avec une file d'attente hors du périmètre au pic.</translation>
        </message>
        <message>
            <source>of them, those a hostile vehicle or a vehicle bomb can reach.</source>
            <translation>parmi elles, celles qu'un véhicule hostile ou un véhicule piégé peut atteindre.</translation>
        </message>
        <message>
            <source>on the ground.</source>
            <translation>au sol.</translation>
        </message>
        <message>
            <source>empty when a queue never clears.</source>
            <translation>vide lorsqu'une file ne se résorbe jamais.</translation>
        </message>
        <message>
            <source>the fastest vehicle reaching a queue, 0 when none does.</source>
            <translation>le véhicule le plus rapide atteignant une file, 0 si aucun.</translation>
        </message>
    </context>
    <context>
        <name>SecurityLayoutPrint</name>
        <message>
            <source>Crowd: %1 expected; the event area holds %2 at %3 persons/m².</source>
            <translation>Foule : %1 personnes attendues ; la zone de l'événement peut en accueillir %2 à %3 personnes/m².</translation>
        </message>
        <message>
            <source>Entries: %1 pedestrian entries with %2 search lanes in total.</source>
            <translation>Accès : %1 accès piétons avec %2 lignes de filtrage au total.</translation>
        </message>
        <message>
            <source>Vehicles kept %1 m from the crowd (the chart asks %2 m for a %3).</source>
            <translation>Véhicules tenus à %1 m de la foule (le tableau demande %2 m pour une charge de type %3).</translation>
        </message>
        <message>
            <source>Crossings of the cordon: %1 vehicle barriers, %2 emergency gates, %3 entries.</source>
            <translation>Franchissements du périmètre : %1 barrières anti-véhicules, %2 accès de secours, %3 accès piétons.</translation>
        </message>
        <message>
            <source>%1 × %2</source>
            <translation>%1 × %2</translation>
        </message>
        <message>
            <source>not reachable</source>
            <translation>inatteignable</translation>
        </message>
        <message>
            <source>Barriers needed (IWA 14-1 vehicle/speed): %1.</source>
            <translation>Barrières nécessaires (IWA 14-1 véhicule/vitesse) : %1.</translation>
        </message>
        <message>
            <source>Fastest hostile vehicle impact: %1 km/h (%2).</source>
            <translation>Impact le plus rapide d'un véhicule hostile : %1 km/h (%2).</translation>
        </message>
        <message>
            <source>Roads closed to vehicles: %1 m. Buildings exposed to the blast: %2.</source>
            <translation>Voies fermées aux véhicules : %1 m. Bâtiments exposés à l'explosion : %2.</translation>
        </message>
        <message>
            <source>Sources: stand-off distances, NCTC/DHS Bomb Threat Stand-off Chart (2013); blast overpressure, Kingery-Bulmash fit (Swisdak 1994, DTIC ADA526744); barrier ratings, ASTM F2656, IWA 14-1:2013 and PAS 68; exit flow and evacuation time, UK Green Guide; vehicle speeds, the Event Security Planner approach model (upper bounds; class accelerations are estimates).</source>
            <translation>Sources : distances de sécurité, NCTC/DHS Bomb Threat Stand-off Chart (2013) ; surpression de l'onde de souffle, ajustement de Kingery-Bulmash (Swisdak 1994, DTIC ADA526744) ; classements des barrières, ASTM F2656, IWA 14-1:2013 et PAS 68 ; débit de sortie et temps d'évacuation, Green Guide (Royaume-Uni) ; vitesses des véhicules, modèle d'approche du Planificateur de sécurité des événements (majorants ; les accélérations par catégorie sont des estimations).</translation>
        </message>
        <message>
            <source>Map data: %1.</source>
            <translation>Données cartographiques : %1.</translation>
        </message>
        <message>
            <source>Prepared on %1 with Event Security Planner %2. A planning aid: it supports, and does not replace, the assessment of a qualified security adviser.</source>
            <translation>Établi le %1 avec le Planificateur de sécurité des événements %2. Aide à la planification : ne remplace pas l'évaluation d'un conseiller en sûreté qualifié.</translation>
        </message>
        <message>
            <source>Security layout: %1</source>
            <translation>Plan de sécurité : %1</translation>
        </message>
        <message>
            <source>Vehicle-exclusion cordon, crash-rated barriers, entries and bomb stand-off zones for %1 people</source>
            <translation>Périmètre d'exclusion des véhicules, barrières certifiées, accès et zones d'exclusion (menace à la bombe) pour %1 personnes</translation>
        </message>
        <message>
            <source>Legend</source>
            <translation>Légende</translation>
        </message>
        <message>
            <source>Key figures</source>
            <translation>Chiffres clés</translation>
        </message>
        <message>
            <source>the file could not be written (check the folder exists and the file is not open in another program)</source>
            <translation>le fichier n'a pas pu être écrit (vérifiez que le dossier existe et que le fichier n'est pas ouvert dans un autre programme)</translation>
        </message>
        <message>
            <source>the export failed (code %1)</source>
            <translation>l'export a échoué (code %1)</translation>
        </message>
        <message>
            <source>Exits: %1 m; everyone out in %2 min, nobody if the single entry is blocked (target %3 min).</source>
            <translation>Sorties : %1 m ; tout le monde sorti en %2 min, personne si l'accès unique est bloqué (objectif %3 min).</translation>
        </message>
        <message>
            <source>Exits: %1 m in all; everyone out in %2 min, in %3 min with the largest entry blocked (target %4 min).</source>
            <translation>Sorties : %1 m au total ; tout le monde sorti en %2 min, en %3 min avec le plus grand accès bloqué (objectif %4 min).</translation>
        </message>
        <message>
            <source>Crowd: %1 expected; the area holds %2 (%3 persons/m²).</source>
            <translation>Foule : %1 attendues ; la zone en accueille %2 (%3 personnes/m²).</translation>
        </message>
        <message>
            <source>Entries: %1, with %2 search lanes in all, enough for the arrival peak at %3 × the mean rate.</source>
            <translation>Accès : %1, avec %2 lignes de filtrage au total, assez pour le pic d'arrivée à %3 × le débit moyen.</translation>
        </message>
        <message>
            <source>Vehicles kept %1 m from the crowd (the chart asks %2 m for a %3): barrier line %4 m out, %5 m for penetration.</source>
            <translation>Véhicules tenus à %1 m de la foule (le tableau demande %2 m pour une charge de type %3) : ligne de barrières à %4 m, dont %5 m pour la pénétration.</translation>
        </message>
        <message>
            <source>Crossings: %1 vehicle barriers, %2 emergency gates, %3 entries.</source>
            <translation>Franchissements : %1 barrières anti-véhicules, %2 accès de secours, %3 accès piétons.</translation>
        </message>
        <message>
            <source>Roads closed: %1 m; buildings exposed to the blast: %2.</source>
            <translation>Voies fermées : %1 m ; bâtiments exposés à l'explosion : %2.</translation>
        </message>
        <message>
            <source>Queues outside the cordon: none, the lanes keep up with the arrivals.</source>
            <translation>Files d'attente hors du périmètre : aucune, les lignes suivent le rythme des arrivées.</translation>
        </message>
        <message>
            <source>longest wait %1 min</source>
            <translation>attente la plus longue %1 min</translation>
        </message>
        <message>
            <source>a queue never clears</source>
            <translation>une file ne se résorbe jamais</translation>
        </message>
        <message>
            <source>a vehicle can reach one at %1 km/h</source>
            <translation>un véhicule peut en atteindre une à %1 km/h</translation>
        </message>
        <message>
            <source>no vehicle reaches one</source>
            <translation>aucun véhicule n'en atteint</translation>
        </message>
        <message>
            <source>Queues outside the cordon: %1, %2 exposed to a vehicle or a bomb; the longest %3 m (%4 people), %5; %6.</source>
            <translation>Files d'attente hors du périmètre : %1, dont %2 exposée(s) à un véhicule ou à une bombe ; la plus longue %3 m (%4 personnes), %5 ; %6.</translation>
        </message>
        <message>
            <source>, up to %1</source>
            <translation>, jusqu'à %1</translation>
        </message>
        <message>
            <source>Barrier line: %1 m across the streets.</source>
            <translation>Ligne de barrières : %1 m en travers des voies.</translation>
        </message>
        <message numerus="yes">
            <source>Barrier line: %1 m in all, %2 m of it along open ground (%n stretch(es)%3).</source>
            <translation>
                <numerusform>Ligne de barrières : %1 m au total, dont %2 m le long du terrain ouvert (%n portion%3).</numerusform>
                <numerusform>Ligne de barrières : %1 m au total, dont %2 m le long du terrain ouvert (%n portions%3).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SecurityLayoutStyles</name>
        <message>
            <source>Pedestrian entries: search lanes, exit width</source>
            <translation>Accès piétons : lignes de filtrage, largeur de sortie</translation>
        </message>
        <message>
            <source>Street crossings of the cordon</source>
            <translation>Franchissements du périmètre par les voies</translation>
        </message>
        <message>
            <source>Crash-rated barriers</source>
            <translation>Barrières certifiées par crash-test</translation>
        </message>
        <message>
            <source>Vehicle impact speed at the cordon</source>
            <translation>Vitesse d'impact des véhicules sur le périmètre</translation>
        </message>
        <message>
            <source>Fastest hostile vehicle routes (impact speed)</source>
            <translation>Itinéraires hostiles les plus rapides (vitesse d'impact)</translation>
        </message>
        <message>
            <source>Vehicle-exclusion cordon</source>
            <translation>Périmètre d'exclusion des véhicules</translation>
        </message>
        <message>
            <source>Roads closed to vehicles</source>
            <translation>Voies fermées aux véhicules</translation>
        </message>
        <message>
            <source>Buildings exposed to the blast</source>
            <translation>Bâtiments exposés à l'explosion</translation>
        </message>
        <message>
            <source>Highest vehicle speed on each street</source>
            <translation>Vitesse maximale des véhicules sur chaque voie</translation>
        </message>
        <message>
            <source>Bomb stand-off zones (NCTC chart)</source>
            <translation>Zones d'exclusion, menace à la bombe (tableau NCTC)</translation>
        </message>
        <message>
            <source>%1 km/h and faster</source>
            <translation>%1 km/h et plus</translation>
        </message>
        <message>
            <source>%1 to %2 km/h</source>
            <translation>De %1 à %2 km/h</translation>
        </message>
        <message>
            <source>%1 (up to %2 m)</source>
            <translation>%1 (jusqu'à %2 m)</translation>
        </message>
        <message>
            <source>Building to evacuate</source>
            <translation>Bâtiment à évacuer</translation>
        </message>
        <message>
            <source>Building to shelter in</source>
            <translation>Bâtiment de mise à l'abri</translation>
        </message>
        <message>
            <source>Building in zone %1</source>
            <translation>Bâtiment dans la zone %1</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Barrier no vehicle route reaches (%1)</source>
            <translation>Barrière qu'aucun itinéraire de véhicule n'atteint (%1)</translation>
        </message>
        <message>
            <source>Barrier IWA 14-1 %1 (%2)</source>
            <translation>Barrière IWA 14-1 %1 (%2)</translation>
        </message>
        <message>
            <source>Vehicle barrier (%1)</source>
            <translation>Barrière anti-véhicules (%1)</translation>
        </message>
        <message>
            <source>Emergency gate, removable barrier (%1)</source>
            <translation>Accès de secours, barrière amovible (%1)</translation>
        </message>
        <message>
            <source>Pedestrian entry (%1)</source>
            <translation>Accès piéton (%1)</translation>
        </message>
        <message>
            <source>lanes</source>
            <translation>lignes</translation>
        </message>
        <message>
            <source>faster than every IWA 14-1 test</source>
            <translation>au-delà de tous les essais IWA 14-1</translation>
        </message>
        <message>
            <source>Event Security Planner layout style</source>
            <translation>Style du plan du Planificateur de sécurité des événements</translation>
        </message>
        <message>
            <source>Queues outside the cordon: people, longest wait</source>
            <translation>Files d'attente hors du périmètre : personnes, attente la plus longue</translation>
        </message>
        <message>
            <source>Queue, exposed (vehicle or bomb)</source>
            <translation>File exposée (véhicule ou bombe)</translation>
        </message>
        <message>
            <source>Queue, not exposed</source>
            <translation>File non exposée</translation>
        </message>
        <message>
            <source>people</source>
            <translation>personnes</translation>
        </message>
        <message>
            <source>never clears</source>
            <translation>ne se résorbe jamais</translation>
        </message>
        <message>
            <source>min</source>
            <translation>min</translation>
        </message>
        <message>
            <source>Open ground reaching the cordon: barrier line along it</source>
            <translation>Terrain ouvert atteignant le périmètre : ligne de barrières qui le longe</translation>
        </message>
        <message>
            <source>%1, over open ground</source>
            <translation>%1, sur terrain ouvert</translation>
        </message>
    </context>
    <context>
        <name>StandoffZonesAlgorithm</name>
        <message>
            <source>Standoff zones (blast)</source>
            <translation>Zones d'exclusion (explosion)</translation>
        </message>
        <message>
            <source>blast,bomb,explosion,evacuation,standoff,stand-off,overpressure,kingery,bulmash,ied,vbied,rings,buffer,cordon</source>
            <translation>explosion,bombe,souffle,évacuation,distance de sécurité,exclusion,surpression,kingery,bulmash,eei,eeiv,ied,vbied,cercles,zone tampon,bouclage,périmètre</translation>
        </message>
        <message>
            <source>Threat locations or protected areas (points or polygons)</source>
            <translation>Emplacements de la menace ou zones à protéger (points ou polygones)</translation>
        </message>
        <message>
            <source>Custom charge (set the charge)</source>
            <translation>Charge personnalisée (indiquer la charge)</translation>
        </message>
        <message>
            <source>Threat</source>
            <translation>Menace</translation>
        </message>
        <message>
            <source>Charge, kg TNT equivalent (0 = the threat's own)</source>
            <translation>Charge, kg d'équivalent TNT (0 = celle de la menace)</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Méthode</translation>
        </message>
        <message>
            <source>Stand-off chart (NCTC/DHS 2013)</source>
            <translation>Tableau des distances de sécurité (NCTC/DHS 2013)</translation>
        </message>
        <message>
            <source>Blast overpressure (Kingery-Bulmash)</source>
            <translation>Surpression de l'onde de souffle (Kingery-Bulmash)</translation>
        </message>
        <message>
            <source>Overpressure thresholds, kPa (comma separated; overpressure method)</source>
            <translation>Seuils de surpression, kPa (séparés par des virgules ; méthode de la surpression)</translation>
        </message>
        <message>
            <source>Merge the zones of all features</source>
            <translation>Fusionner les zones de toutes les entités</translation>
        </message>
        <message>
            <source>Segments per quarter circle</source>
            <translation>Segments par quart de cercle</translation>
        </message>
        <message>
            <source>Roads (for closures)</source>
            <translation>Voirie (pour les fermetures)</translation>
        </message>
        <message>
            <source>Buildings (for exposure)</source>
            <translation>Bâtiments (pour l'exposition)</translation>
        </message>
        <message>
            <source>Standoff zones</source>
            <translation>Zones d'exclusion</translation>
        </message>
        <message>
            <source>Road closures</source>
            <translation>Fermetures de voies</translation>
        </message>
        <message>
            <source>Exposed buildings</source>
            <translation>Bâtiments exposés</translation>
        </message>
        <message>
            <source>The charge must be a positive TNT-equivalent mass in kg (got %1).</source>
            <translation>La charge doit être une masse positive en kg d'équivalent TNT (valeur reçue : %1).</translation>
        </message>
        <message>
            <source>A custom charge needs its TNT-equivalent mass: set CHARGE_KG to a value greater than 0.</source>
            <translation>Une charge personnalisée nécessite sa masse en équivalent TNT : donnez à CHARGE_KG une valeur supérieure à 0.</translation>
        </message>
        <message>
            <source>Mandatory evacuation</source>
            <translation>Évacuation obligatoire</translation>
        </message>
        <message>
            <source>Shelter in place (evacuate beyond the preferred distance)</source>
            <translation>Mise à l'abri (évacuer au-delà de la distance recommandée)</translation>
        </message>
        <message>
            <source>THRESHOLDS_KPA: '%1' is not a positive pressure in kPa; give a comma-separated list such as 34.5, 6.9.</source>
            <translation>THRESHOLDS_KPA : « %1 » n'est pas une pression positive en kPa ; indiquez une liste séparée par des virgules, par exemple 34.5, 6.9.</translation>
        </message>
        <message>
            <source>Threshold %1 kPa is outside the Kingery-Bulmash fit's validity (%2 to %3 kPa, scaled distance %4 to %5 m/kg^(1/3)); the fit is not extrapolated: choose thresholds inside that range.</source>
            <translation>Le seuil de %1 kPa est hors du domaine de validité de l'ajustement de Kingery-Bulmash (%2 à %3 kPa, distance réduite de %4 à %5 m/kg^(1/3)) ; l'ajustement n'est pas extrapolé : choisissez des seuils dans cet intervalle.</translation>
        </message>
        <message>
            <source>THRESHOLDS_KPA is empty: give at least one overpressure in kPa, e.g. 34.5, 6.9.</source>
            <translation>THRESHOLDS_KPA est vide : indiquez au moins une surpression en kPa, par exemple 34.5, 6.9.</translation>
        </message>
        <message>
            <source>%1 kPa, beyond: %2</source>
            <translation>%1 kPa, au-delà : %2</translation>
        </message>
        <message>
            <source>%1 kPa, below every tabulated effect</source>
            <translation>%1 kPa, en dessous de tous les effets du tableau</translation>
        </message>
        <message>
            <source>INPUT must be a point or polygon layer (threat locations or protected areas), not lines.</source>
            <translation>INPUT doit être une couche de points ou de polygones (emplacements de la menace ou zones à protéger), pas de lignes.</translation>
        </message>
        <message>
            <source>INPUT has no features with a geometry: give at least one threat location or protected area.</source>
            <translation>INPUT ne contient aucune entité avec une géométrie : indiquez au moins un emplacement de la menace ou une zone à protéger.</translation>
        </message>
        <message>
            <source>%1 (%2): %3–%4 m, %5 ha</source>
            <translation>%1 (%2) : %3–%4 m, %5 ha</translation>
        </message>
        <message numerus="yes">
            <source>, %n building(s)</source>
            <translation>
                <numerusform>, %n bâtiment</numerusform>
                <numerusform>, %n bâtiments</numerusform>
            </translation>
        </message>
        <message>
            <source>, %1 m of road closed</source>
            <translation>, %1 m de voirie fermée</translation>
        </message>
        <message>
            <source>The outer edge lies beyond the blast fit's range (scaled distance above %1 m/kg^(1/3)): its overpressure is left empty.</source>
            <translation>Le bord extérieur se trouve au-delà du domaine de l'ajustement (distance réduite supérieure à %1 m/kg^(1/3)) : sa surpression est laissée vide.</translation>
        </message>
        <message>
            <source>A hand-held charge: the distances are no shorter than the chart's %1 row (%2 m and %3 m), which fragments set, not blast.</source>
            <translation>Une charge portative : les distances ne sont pas plus courtes que celles de la ligne « %1 » du tableau (%2 m et %3 m), fixées par les éclats et non par le souffle.</translation>
        </message>
        <message>
            <source>Draws the blast standoff zones of one bomb threat around each input feature (INPUT): points (a suspect device, a parked vehicle) get concentric rings, polygons (a venue, a building) get rings measured from their edge. Zones do not overlap; each feature's innermost zone includes the feature.</source>
            <translation>Trace les zones d'exclusion d'une menace d'explosion autour de chaque entité en entrée (INPUT) : les points (un objet suspect, un véhicule stationné) reçoivent des cercles concentriques, les polygones (un site, un bâtiment) des anneaux mesurés depuis leur bord. Les zones ne se chevauchent pas ; la zone la plus intérieure de chaque entité contient l'entité.</translation>
        </message>
        <message>
            <source>METHOD picks how the zones are drawn: the stand-off chart or the blast overpressure (below). DISSOLVE merges the zones of all features.</source>
            <translation>METHOD choisit comment les zones sont tracées : le tableau des distances de sécurité ou la surpression de l'onde de souffle (ci-dessous). DISSOLVE fusionne les zones de toutes les entités.</translation>
        </message>
        <message>
            <source>Stand-off chart method</source>
            <translation>Méthode du tableau des distances de sécurité</translation>
        </message>
        <message>
            <source>The US NCTC/DHS Bomb Threat Stand-Off Card (2013): mandatory evacuation from 0 to the mandatory distance, shelter in place from there to the preferred distance.</source>
            <translation>La Bomb Threat Stand-Off Card du NCTC/DHS américain (2013) : évacuation obligatoire de 0 jusqu'à la distance obligatoire, mise à l'abri de là jusqu'à la distance recommandée.</translation>
        </message>
        <message>
            <source>When a charge other than the type's own is given, both distances are scaled by the cube root of the charge ratio (Hopkinson-Cranz scaling, as the chart's rows scale among themselves); a custom charge uses the largest scaled distances of the chart's vehicle bombs, Z = 16 and 95.3 m/kg^(1/3), so it never lands inside a row's distance. Vehicle bombs keep the cube-root scaling.</source>
            <translation>Lorsqu'une charge autre que celle du type est indiquée, les deux distances sont mises à l'échelle par la racine cubique du rapport des charges (loi de similitude de Hopkinson-Cranz, comme les lignes du tableau entre elles) ; une charge personnalisée utilise les plus grandes distances réduites des véhicules piégés du tableau, Z = 16 et 95,3 m/kg^(1/3), afin de ne jamais tomber en deçà de la distance d'une ligne. Les véhicules piégés gardent la mise à l'échelle par la racine cubique.</translation>
        </message>
        <message>
            <source>Hand-held charges are never scaled below the chart: the chart's distances for a pipe bomb, a suicide vest and a briefcase are set by the fragments such a device throws, not by its blast, and fragments do not fly less far because the charge is smaller. So a hand-held threat, and a custom charge (its delivery is not known), gets at least the distances of the smallest hand-held row whose charge is at least as large (the briefcase row above 23 kg): a custom 2.3 kg charge gets the pipe bomb's 21 m and 366 m, where blast scaling alone gives 125 m preferred.</source>
            <translation>Les charges portatives ne sont jamais réduites en dessous du tableau : les distances du tableau pour un engin explosif tubulaire, un gilet explosif et une mallette sont fixées par les éclats que projette un tel engin, et non par son souffle, et les éclats ne volent pas moins loin parce que la charge est plus petite. Une menace portative, et une charge personnalisée (son mode d'acheminement n'est pas connu), reçoit donc au moins les distances de la plus petite ligne portative dont la charge est au moins aussi grande (la ligne de la mallette au-delà de 23 kg) : une charge personnalisée de 2,3 kg reçoit les 21 m et 366 m de l'engin explosif tubulaire, là où la seule loi de similitude donne 125 m recommandés.</translation>
        </message>
        <message>
            <source>Blast overpressure method</source>
            <translation>Méthode de la surpression de l'onde de souffle</translation>
        </message>
        <message>
            <source>The Kingery-Bulmash fit of incident overpressure for a hemispherical surface burst of TNT (Swisdak 1994, DTIC ADA526744), one ring per threshold of THRESHOLDS_KPA, each labelled with its effect (the effects table).</source>
            <translation>L'ajustement de Kingery-Bulmash de la surpression incidente pour une explosion hémisphérique de TNT au sol (Swisdak 1994, DTIC ADA526744), un anneau par seuil de THRESHOLDS_KPA, chacun portant son effet (le tableau des effets).</translation>
        </message>
        <message>
            <source>Charges</source>
            <translation>Charges</translation>
        </message>
        <message>
            <source>Charges are TNT-equivalent kilograms. CHARGE_KG is required for a custom charge and overrides the type's weight when greater than 0.</source>
            <translation>Les charges sont exprimées en kilogrammes d'équivalent TNT. CHARGE_KG est obligatoire pour une charge personnalisée et remplace la masse du type lorsqu'il est supérieur à 0.</translation>
        </message>
        <message>
            <source>the zones; overpressure_kpa is the incident overpressure at the zone's outer edge for both methods, empty outside the fit's range.</source>
            <translation>les zones ; overpressure_kpa est la surpression incidente au bord extérieur de la zone pour les deux méthodes, vide hors du domaine de validité de l'ajustement.</translation>
        </message>
        <message>
            <source>optional, with ROADS: the road stretches to close, within the mandatory evacuation distance for vehicle-borne threats, within the innermost zone otherwise.</source>
            <translation>facultatif, avec ROADS : les tronçons de voirie à fermer, dans la distance d'évacuation obligatoire pour les menaces de type véhicule piégé, dans la zone la plus intérieure sinon.</translation>
        </message>
        <message>
            <source>optional, with BUILDINGS: every building reached by a zone, with the innermost zone it reaches, its distance to the nearest source and the overpressure there.</source>
            <translation>facultatif, avec BUILDINGS : chaque bâtiment atteint par une zone, avec la zone la plus intérieure qui l'atteint, sa distance à la source la plus proche et la surpression à cet endroit.</translation>
        </message>
        <message>
            <source>A summary per zone goes to the log.</source>
            <translation>Un bilan par zone est écrit dans le journal.</translation>
        </message>
        <message>
            <source>Distances are metres on the ground whatever the CRS: geographic layers are processed in a local transverse Mercator and every output is written in the CRS of the layer its features come from.</source>
            <translation>Les distances sont des mètres au sol quel que soit le SCR : les couches géographiques sont traitées dans une projection transverse de Mercator locale et chaque sortie est écrite dans le SCR de la couche dont proviennent ses entités.</translation>
        </message>
        <message>
            <source>Stand-off distances: US NCTC/DHS Bomb Threat Stand-Off Card (2013).</source>
            <translation>Distances de sécurité : Bomb Threat Stand-Off Card du NCTC/DHS américain (2013).</translation>
        </message>
        <message>
            <source>Scaling with the cube root of the charge: Hopkinson-Cranz scaling.</source>
            <translation>Mise à l'échelle par la racine cubique de la charge : loi de similitude de Hopkinson-Cranz.</translation>
        </message>
        <message>
            <source>Incident overpressure: the Kingery-Bulmash fit (Swisdak 1994, DTIC ADA526744).</source>
            <translation>Surpression incidente : l'ajustement de Kingery-Bulmash (Swisdak 1994, DTIC ADA526744).</translation>
        </message>
        <message>
            <source>Effects table: US DOE/TIC-11268 1981 for people, Clancey 1972 for glass and structures.</source>
            <translation>Tableau des effets : US DOE/TIC-11268 1981 pour les personnes, Clancey 1972 pour les vitrages et les structures.</translation>
        </message>
        <message>
            <source>103, 34.5, 20.7, 6.9 and 2.1 kPa.</source>
            <translation>103, 34.5, 20.7, 6.9 et 2.1 kPa.</translation>
        </message>
        <message>
            <source>the sedan, the smallest vehicle-borne threat of the chart.</source>
            <translation>la berline, la plus petite menace de véhicule piégé du tableau.</translation>
        </message>
        <message>
            <source>The fit is valid for scaled distances 0.2–198.5 m/kg^(1/3), i.e. about 0.25–17,300 kPa; a threshold outside that range is an error, never an extrapolation.</source>
            <translation>L'ajustement est valable pour des distances réduites de 0,2 à 198,5 m/kg^(1/3), soit environ 0,25 à 17 300 kPa ; un seuil hors de cet intervalle est une erreur, jamais une extrapolation.</translation>
        </message>
        <message>
            <source>CHARGE_KG is refused above 100,000 kg, more than any real charge (the chart's largest threat, a semi-trailer, carries 27,216 kg).</source>
            <translation>CHARGE_KG est refusé au-delà de 100 000 kg, plus qu'aucune charge réelle (la plus grande menace du tableau, un semi-remorque, transporte 27 216 kg).</translation>
        </message>
        <message>
            <source>Curves are drawn with SEGMENTS segments per quarter circle so that the polygon contains the true circle (vertices slightly outside it).</source>
            <translation>Les courbes sont tracées avec SEGMENTS segments par quart de cercle, de sorte que le polygone contienne le cercle exact (sommets légèrement à l'extérieur).</translation>
        </message>
        <message>
            <source>Overpressures assume an open surface burst: reflections from buildings, confinement and fragments are not modelled; these zones are a planning aid, not a substitute for an expert's assessment.</source>
            <translation>Les surpressions supposent une explosion au sol en terrain dégagé : les réflexions sur les bâtiments, le confinement et les éclats ne sont pas modélisés ; ces zones sont une aide à la planification et ne remplacent pas l'évaluation d'un expert.</translation>
        </message>
        <message>
            <source>Charge %1 kg TNT, %2 out to %3 m, %4.</source>
            <translation>Charge de %1 kg de TNT, %2 jusqu'à %3 m, %4.</translation>
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
                <numerusform>%n entité source</numerusform>
                <numerusform>%n entités sources</numerusform>
            </translation>
        </message>
        <message>
            <source>Road closures: %1, %2 m within the mandatory evacuation distance (%3 m).</source>
            <translation>Fermetures de voies : %1, %2 m dans la distance d'évacuation obligatoire (%3 m).</translation>
        </message>
        <message numerus="yes">
            <source>%n stretch(es)</source>
            <translation>
                <numerusform>%n tronçon</numerusform>
                <numerusform>%n tronçons</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StreetNetworkReader</name>
        <message>
            <source>The width field "%1" is not in the network layer: choose one of its fields or none.</source>
            <translation>Le champ de largeur « %1 » n'existe pas dans la couche du réseau : choisissez l'un de ses champs ou aucun.</translation>
        </message>
        <message>
            <source>The one-way field "%1" is not in the network layer: choose one of its fields or none.</source>
            <translation>Le champ de sens unique « %1 » n'existe pas dans la couche du réseau : choisissez l'un de ses champs ou aucun.</translation>
        </message>
        <message>
            <source>The expression "%1" is not valid: %2</source>
            <translation>L'expression « %1 » n'est pas valide : %2</translation>
        </message>
        <message>
            <source>The name field "%1" is not in the network layer: choose one of its fields or none.</source>
            <translation>Le champ de nom « %1 » n'existe pas dans la couche du réseau : choisissez l'un de ses champs ou aucun.</translation>
        </message>
        <message>
            <source>The speed limit field "%1" is not in the network layer: choose one of its fields or none.</source>
            <translation>Le champ de limitation de vitesse « %1 » n'est pas dans la couche du réseau : choisissez l'un de ses champs ou aucun.</translation>
        </message>
    </context>
    <context>
        <name>ThreatCatalogue</name>
        <message>
            <source>Pipe bomb</source>
            <translation>Engin explosif tubulaire</translation>
        </message>
        <message>
            <source>Suicide vest</source>
            <translation>Gilet explosif</translation>
        </message>
        <message>
            <source>Briefcase / suitcase</source>
            <translation>Mallette / valise</translation>
        </message>
        <message>
            <source>Sedan</source>
            <translation>Berline</translation>
        </message>
        <message>
            <source>SUV / van</source>
            <translation>SUV / fourgonnette</translation>
        </message>
        <message>
            <source>Small delivery truck</source>
            <translation>Petit camion de livraison</translation>
        </message>
        <message>
            <source>Container / water truck</source>
            <translation>Camion porte-conteneur / citerne à eau</translation>
        </message>
        <message>
            <source>Semi-trailer</source>
            <translation>Semi-remorque</translation>
        </message>
        <message>
            <source>Occasional breakage of large windows</source>
            <translation>Bris occasionnel de grandes vitres</translation>
        </message>
        <message>
            <source>Typical glass breakage</source>
            <translation>Bris de vitres courant</translation>
        </message>
        <message>
            <source>10 % of glass broken ("safe distance")</source>
            <translation>10 % des vitres brisées (« distance de sécurité »)</translation>
        </message>
        <message>
            <source>Windows shatter, light injuries</source>
            <translation>Vitres brisées en éclats, blessures légères</translation>
        </message>
        <message>
            <source>Residential structures collapse, serious injuries</source>
            <translation>Effondrement des habitations, blessures graves</translation>
        </message>
        <message>
            <source>Eardrum rupture 1 %</source>
            <translation>Rupture du tympan 1 %</translation>
        </message>
        <message>
            <source>Lung damage threshold, eardrum rupture 50 %</source>
            <translation>Seuil des lésions pulmonaires, rupture du tympan 50 %</translation>
        </message>
        <message>
            <source>Fatalities 1 %</source>
            <translation>Létalité 1 %</translation>
        </message>
        <message>
            <source>Fatalities 99 %</source>
            <translation>Létalité 99 %</translation>
        </message>
    </context>
    <context>
        <name>VehicleApproachAlgorithm</name>
        <message>
            <source>Hostile vehicle approach</source>
            <translation>Approche d'un véhicule hostile</translation>
        </message>
        <message>
            <source>vehicle,hostile,ramming,hvm,vda,dynamics,speed,impact,barrier,bollard,astm,f2656,iwa,pas68,approach,run-up</source>
            <translation>véhicule,hostile,bélier,véhicule-bélier,hvm,vda,dynamique,vitesse,impact,barrière,borne,astm,f2656,iwa,pas68,approche,élan</translation>
        </message>
        <message>
            <source>Protected area (polygons)</source>
            <translation>Zone protégée (polygones)</translation>
        </message>
        <message>
            <source>Mass override, kg (0 = the vehicle's)</source>
            <translation>Masse imposée, kg (0 = celle du véhicule)</translation>
        </message>
        <message>
            <source>Acceleration from standstill override, m/s² (0 = the vehicle's)</source>
            <translation>Accélération à l'arrêt imposée, m/s² (0 = celle du véhicule)</translation>
        </message>
        <message>
            <source>Top speed override, km/h (0 = the vehicle's)</source>
            <translation>Vitesse maximale imposée, km/h (0 = celle du véhicule)</translation>
        </message>
        <message>
            <source>Respect one-way streets</source>
            <translation>Respecter les sens uniques</translation>
        </message>
        <message>
            <source>One-way field (OSM values; default: "oneway" if present)</source>
            <translation>Champ de sens unique (valeurs OSM ; par défaut : « oneway » s'il existe)</translation>
        </message>
        <message>
            <source>Impact points</source>
            <translation>Points d'impact</translation>
        </message>
        <message>
            <source>Critical routes</source>
            <translation>Itinéraires critiques</translation>
        </message>
        <message>
            <source>Approach speeds on the network</source>
            <translation>Vitesses d'approche sur le réseau</translation>
        </message>
        <message>
            <source>NETWORK must be a line layer (streets).</source>
            <translation>NETWORK doit être une couche de lignes (les voies).</translation>
        </message>
        <message>
            <source>PROTECTED_AREA must be a polygon layer.</source>
            <translation>PROTECTED_AREA doit être une couche de polygones.</translation>
        </message>
        <message>
            <source>PROTECTED_AREA has no polygon: draw the area to protect (e.g. the venue).</source>
            <translation>PROTECTED_AREA ne contient aucun polygone : dessinez la zone à protéger (par ex. le site de l'événement).</translation>
        </message>
        <message>
            <source>PROTECTED_AREA has no area: check its polygons.</source>
            <translation>PROTECTED_AREA n'a pas de surface : vérifiez ses polygones.</translation>
        </message>
        <message>
            <source>No street crosses the edge of PROTECTED_AREA: there is no vehicle approach to assess.</source>
            <translation>Aucune voie ne franchit la limite de PROTECTED_AREA : il n'y a pas d'approche de véhicule à évaluer.</translation>
        </message>
        <message>
            <source>0 keeps the vehicle's own value</source>
            <translation>0 garde la valeur propre au véhicule</translation>
        </message>
        <message>
            <source>An expression could not be evaluated on every street (%1): those streets count as not matching.</source>
            <translation>Une expression n'a pas pu être évaluée sur toutes les voies (%1) : ces voies sont considérées comme ne la vérifiant pas.</translation>
        </message>
        <message>
            <source>Finds, for every place where the street network crosses the edge of the protected area, the highest speed a hostile vehicle can reach there over any route, one route that reaches it, and the crash-tested barrier rating that stops it: a vehicle dynamics assessment (VDA) over the whole network.</source>
            <translation>Détermine, pour chaque point où le réseau de voirie franchit la limite de la zone protégée, la vitesse maximale qu'un véhicule hostile peut y atteindre par n'importe quel itinéraire, un itinéraire qui l'atteint, et le classement de la barrière certifiée par crash-test qui l'arrête : une étude de dynamique des véhicules (VDA) sur l'ensemble du réseau.</translation>
        </message>
        <message>
            <source>entering the study area at %1 km/h</source>
            <translation>en entrant dans la zone d'étude à %1 km/h</translation>
        </message>
        <message>
            <source>starting at %1 km/h</source>
            <translation>en partant à %1 km/h</translation>
        </message>
        <message>
            <source>Fastest impact: %1 km/h on street feature %2, %3 m of free run-up after the last bend, junction or start, on a route of %4 m %5. ASTM F2656: %6; IWA 14-1: %7; PAS 68: %8.</source>
            <translation>Impact le plus rapide : %1 km/h sur l'entité de voie %2, %3 m d'élan libre après le dernier virage, carrefour ou départ, sur un itinéraire de %4 m %5. ASTM F2656 : %6 ; IWA 14-1 : %7 ; PAS 68 : %8.</translation>
        </message>
        <message>
            <source>Its impact speed over the %1 samples: median %2 km/h, 95th percentile %3 km/h; the ratings above are chosen on %4 km/h, the %5th percentile (never below the deterministic %6 km/h).</source>
            <translation>Sa vitesse d'impact sur les %1 échantillons : médiane %2 km/h, 95e centile %3 km/h ; les classements ci-dessus sont choisis pour %4 km/h, le %5e centile (jamais en dessous de la valeur déterministe de %6 km/h).</translation>
        </message>
        <message>
            <source>Stretches of the edge open ground reaches</source>
            <translation>Portions de la limite atteintes par le terrain ouvert</translation>
        </message>
        <message>
            <source>Open ground gives a faster approach (%1 km/h) than any street crossing (%2): a barrier line along the stretches is needed, not only across the streets.</source>
            <translation>Le terrain ouvert offre une approche plus rapide (%1 km/h) que tous les franchissements de voie (%2) : une ligne de barrières le long des portions est nécessaire, pas seulement en travers des voies.</translation>
        </message>
        <message>
            <source>%1 km/h</source>
            <translation>%1 km/h</translation>
        </message>
        <message>
            <source>none is reached</source>
            <translation>aucun n'est atteint</translation>
        </message>
        <message>
            <source>Where a vehicle can be</source>
            <translation>Où un véhicule peut se trouver</translation>
        </message>
        <message>
            <source>The study area is the protected area (PROTECTED_AREA) grown by SEARCH_DISTANCE_M; the streets inside it, minus the protected area itself, are the network. Hostile drivers ignore one-way rules unless RESPECT_ONEWAY is set (ONEWAY_FIELD, default the field "oneway" when the layer has one: OSM values yes/true/1 and -1/reverse); pedestrian streets and squares are drivable unless EXCLUDE_EXPRESSION removes them (e.g. bollarded ways). Street ends within TOLERANCE_M are joined. No U-turns: turning round is a near standstill, which starting at rest covers.</source>
            <translation>La zone d'étude est la zone protégée (PROTECTED_AREA) élargie de SEARCH_DISTANCE_M ; les voies qu'elle contient, zone protégée exceptée, forment le réseau. Un conducteur hostile ignore les sens uniques sauf si RESPECT_ONEWAY est coché (ONEWAY_FIELD, par défaut le champ « oneway » si la couche en a un : valeurs OSM yes/true/1 et -1/reverse) ; les rues piétonnes et les places sont carrossables sauf si EXCLUDE_EXPRESSION les écarte (par exemple les voies équipées de bornes). Les extrémités de voies distantes de moins de TOLERANCE_M sont raccordées. Pas de demi-tour : faire demi-tour revient presque à s'arrêter, ce que couvre le départ à l'arrêt.</translation>
        </message>
        <message>
            <source>Acceleration</source>
            <translation>Accélération</translation>
        </message>
        <message>
            <source>a(v) = a0 (1 - v/vmax): over a run s the speed grows from v1 to v2 with S(v2) = S(v1) + s, S(v) = (vmax/a0)(-v - vmax ln(1 - v/vmax)). Speeds never exceed vmax.</source>
            <translation>a(v) = a0 (1 - v/vmax) : sur une distance s, la vitesse passe de v1 à v2 avec S(v2) = S(v1) + s, S(v) = (vmax/a0)(-v - vmax ln(1 - v/vmax)). La vitesse ne dépasse jamais vmax.</translation>
        </message>
        <message>
            <source>Vehicles</source>
            <translation>Véhicules</translation>
        </message>
        <message>
            <source>VEHICLE picks a row of the vehicle table (mass, a0, vmax, rollover threshold and the test vehicle of each standard); MASS_KG, ACCEL_MS2 and MAX_SPEED_KMH override it when greater than 0 (a mass override rates against the lightest test vehicle at least as heavy, within 5 %).</source>
            <translation>VEHICLE choisit une ligne du tableau des véhicules (masse, a0, vmax, seuil de renversement et le véhicule d'essai de chaque norme) ; MASS_KG, ACCEL_MS2 et MAX_SPEED_KMH la remplacent lorsqu'ils sont supérieurs à 0 (une masse imposée est classée d'après le véhicule d'essai le plus léger au moins aussi lourd, à 5 % près).</translation>
        </message>
        <message>
            <source>The class accelerations have no primary source (plausible values from 0-100 km/h times: car 3, van 2, 7.5 t truck 1, 30 t lorry 0.5 m/s²) and vmax is a judgement call: set them from the vehicles that matter on your site (ACCEL_MS2, MAX_SPEED_KMH).</source>
            <translation>Les accélérations par catégorie n'ont pas de source primaire (valeurs plausibles tirées des temps de 0 à 100 km/h : voiture 3, fourgon 2, camion de 7,5 t 1, poids lourd de 30 t 0,5 m/s²) et vmax relève de l'appréciation : réglez-les d'après les véhicules pertinents sur votre site (ACCEL_MS2, MAX_SPEED_KMH).</translation>
        </message>
        <message>
            <source>impact points: impact_kmh; runup_m, the run-up as a VDA reports it: the distance over which the vehicle accelerates freely up to the impact, since the last point where its speed was bound (the route's start, a bend or a junction turn); route_m, the length of the whole critical route; entry_kmh, the speed at which the route entered the study area (NULL when it starts at rest, or builds its speed going round a loop); energy_kj (m v² / 2); angle_deg, between the street's final approach and the protected area's edge (90 = head-on), which the ratings do not carry; rating_astm, rating_iwa and rating_pas68 (Barrier ratings, above). With OPEN_AREAS, impact points are also placed along every stretch of the protected area's edge that open ground reaches (kind open_ground, with its stretch_id; kind street where a street crosses the edge).</source>
            <translation>points d'impact : impact_kmh ; runup_m, l'élan tel qu'une étude VDA le rapporte : la distance sur laquelle le véhicule accélère librement jusqu'à l'impact, depuis le dernier point où sa vitesse était limitée (le départ de l'itinéraire, un virage ou un changement de direction à un carrefour) ; route_m, la longueur de tout l'itinéraire critique ; entry_kmh, la vitesse à laquelle l'itinéraire est entré dans la zone d'étude (NULL s'il part de l'arrêt ou prend de la vitesse en faisant une boucle) ; energy_kj (m v² / 2) ; angle_deg, entre l'approche finale de la voie et la limite de la zone protégée (90 = de face), que les classements ne reprennent pas ; rating_astm, rating_iwa et rating_pas68 (Classements des barrières, ci-dessus). Avec OPEN_AREAS, des points d'impact sont aussi placés le long de chaque portion de la limite de la zone protégée que le terrain ouvert atteint (kind open_ground, avec son stretch_id ; kind street là où une voie franchit la limite).</translation>
        </message>
        <message>
            <source>the critical route of each impact point as a line whose M value is the speed in km/h at each vertex, with runup_m, route_m, entry_kmh and start_kmh (above 0 when the vehicle enters at speed or builds it up going round a loop) and kind, as its impact point's.</source>
            <translation>l'itinéraire critique de chaque point d'impact, sous forme de ligne dont la valeur M est la vitesse en km/h à chaque sommet, avec runup_m, route_m, entry_kmh et start_kmh (supérieur à 0 lorsque le véhicule entre déjà lancé ou prend de la vitesse en faisant une boucle) et kind, comme son point d'impact.</translation>
        </message>
        <message>
            <source>every street of the study area with max_kmh, the highest speed on it in a direction from which the protected area can be reached (a heat map). It covers the open ground's legs too (kind open_ground_leg, no network_fid): the highest speed on each leg toward the protected area.</source>
            <translation>chaque voie de la zone d'étude avec max_kmh, la vitesse maximale atteinte sur cette voie dans un sens permettant d'atteindre la zone protégée (une carte de chaleur). Elle couvre aussi les tronçons du terrain ouvert (kind open_ground_leg, sans network_fid) : la vitesse la plus élevée sur chaque tronçon en direction de la zone protégée.</translation>
        </message>
        <message>
            <source>with OPEN_AREAS, each stretch of the edge that open ground reaches as a line along the edge, with length_m, its fastest impact_kmh and energy_kj, the ratings a barrier line along it needs, impact_points and reached, how many of them a vehicle reaches (with SAMPLES above 0, the range fields of its critical point: the one whose barrier must be the strongest).</source>
            <translation>avec OPEN_AREAS, chaque portion de la limite que le terrain ouvert atteint, sous forme de ligne le long de la limite, avec length_m, son impact_kmh et son energy_kj les plus élevés, les classements que demande une ligne de barrières qui la longe, impact_points et reached, combien d'entre eux un véhicule atteint (avec SAMPLES supérieur à 0, les champs de plage de son point critique : celui dont la barrière doit être la plus résistante).</translation>
        </message>
        <message>
            <source>Outputs are in the network layer's CRS; distances are metres on the ground (a local metric CRS is used for geographic layers).</source>
            <translation>Les sorties sont dans le SCR de la couche du réseau ; les distances sont des mètres au sol (un SCR métrique local est utilisé pour les couches géographiques).</translation>
        </message>
        <message>
            <source>No street of NETWORK lies within %1 m of PROTECTED_AREA (%2 read, %3 left out by the expression): check the layers overlap or raise SEARCH_DISTANCE_M.</source>
            <translation>Aucune voie de NETWORK ne se trouve à moins de %1 m de PROTECTED_AREA (lues : %2 ; écartées par l'expression : %3) : vérifiez que les couches se superposent ou augmentez SEARCH_DISTANCE_M.</translation>
        </message>
        <message numerus="yes">
            <source>%n street(s)</source>
            <translation>
                <numerusform>%n voie</numerusform>
                <numerusform>%n voies</numerusform>
            </translation>
        </message>
        <message>
            <source>Street graph: %1, %2 from %3; %4 of the protected area's edge, %5 on the study area's edge.</source>
            <translation>Graphe des voies : %1, %2 issus de %3 ; %4 de la limite de la zone protégée, %5 sur le bord de la zone d'étude.</translation>
        </message>
        <message numerus="yes">
            <source>%n node(s)</source>
            <translation>
                <numerusform>%n nœud</numerusform>
                <numerusform>%n nœuds</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n edge(s)</source>
            <translation>
                <numerusform>%n arc</numerusform>
                <numerusform>%n arcs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n crossing(s)</source>
            <translation>
                <numerusform>%n franchissement</numerusform>
                <numerusform>%n franchissements</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n entry point(s)</source>
            <translation>
                <numerusform>%n point d'entrée</numerusform>
                <numerusform>%n points d'entrée</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (%2 kg, a0 %3 m/s², vmax %4 km/h): %5, fastest %6 km/h; %7 beyond every crash test; %8 no vehicle can reach.</source>
            <translation>%1 (%2 kg, a0 %3 m/s², vmax %4 km/h) : %5, le plus rapide à %6 km/h ; %7 au-delà de tous les crash-tests ; %8 qu'aucun véhicule ne peut atteindre.</translation>
        </message>
        <message numerus="yes">
            <source>%n impact point(s)</source>
            <translation>
                <numerusform>%n point d'impact</numerusform>
                <numerusform>%n points d'impact</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Open ground: no vehicle reaches any of its %n impact point(s).</source>
            <translation>
                <numerusform>Terrain ouvert : aucun véhicule n'atteint son point d'impact (%n au total).</numerusform>
                <numerusform>Terrain ouvert : aucun véhicule n'atteint l'un de ses %n points d'impact.</numerusform>
            </translation>
        </message>
        <message>
            <source>Open ground: %1 on %2 of the protected area's edge, %3 of them no vehicle reaches; fastest %4 km/h, %5 m of free run-up on a route of %6 m. ASTM F2656: %7; IWA 14-1: %8; PAS 68: %9.</source>
            <translation>Terrain ouvert : %1 sur %2 de la limite de la zone protégée, dont %3 qu'aucun véhicule n'atteint ; le plus rapide à %4 km/h, %5 m d'élan libre sur un itinéraire de %6 m. ASTM F2656 : %7 ; IWA 14-1 : %8 ; PAS 68 : %9.</translation>
        </message>
        <message numerus="yes">
            <source>%n stretch(es)</source>
            <translation>
                <numerusform>%n portion</numerusform>
                <numerusform>%n portions</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>VehicleClasses</name>
        <message>
            <source>Car (M1)</source>
            <translation>Voiture particulière (M1)</translation>
        </message>
        <message>
            <source>Pickup (N1G)</source>
            <translation>Pick-up (N1G)</translation>
        </message>
        <message>
            <source>Van (N1)</source>
            <translation>Fourgon (N1)</translation>
        </message>
        <message>
            <source>Truck 7.2 t (N2)</source>
            <translation>Camion 7,2 t (N2)</translation>
        </message>
        <message>
            <source>Truck 7.5 t (N3)</source>
            <translation>Camion 7,5 t (N3)</translation>
        </message>
        <message>
            <source>Lorry 30 t (N3)</source>
            <translation>Poids lourd 30 t (N3)</translation>
        </message>
    </context>
    <context>
        <name>eventsecurity::EventSecurityDock</name>
        <message>
            <source>Event Security Planner</source>
            <translation>Planificateur de sécurité des événements</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Planifier</translation>
        </message>
        <message>
            <source>Work out the standoff zones, vehicle approaches and perimeter of the venue</source>
            <translation>Calculer les zones d'exclusion, les approches de véhicules et le périmètre du site</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Événement</translation>
        </message>
        <message>
            <source>e.g. Carnival parade 2026</source>
            <translation>par ex. Défilé du carnaval 2026</translation>
        </message>
        <message>
            <source>Names the layer group and the printed plan</source>
            <translation>Donne son nom au groupe de couches et au plan imprimé</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source> persons</source>
            <translation> personnes</translation>
        </message>
        <message>
            <source>The number of people expected at the busiest moment</source>
            <translation>Le nombre de personnes attendues au moment de plus forte affluence</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Fréquentation</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>The time in which the crowd arrives: it sets the number of search lanes</source>
            <translation>La durée pendant laquelle le public arrive : elle détermine le nombre de lignes de filtrage</translation>
        </message>
        <message>
            <source>Arrival window</source>
            <translation>Durée d'arrivée</translation>
        </message>
        <message>
            <source>Venue and surroundings</source>
            <translation>Site et abords</translation>
        </message>
        <message>
            <source>The polygon layer with the area where the crowd gathers</source>
            <translation>La couche de polygones contenant la zone où se rassemble la foule</translation>
        </message>
        <message>
            <source>Venue layer</source>
            <translation>Couche du site</translation>
        </message>
        <message>
            <source>One feature</source>
            <translation>Une entité</translation>
        </message>
        <message>
            <source>Selected features</source>
            <translation>Entités sélectionnées</translation>
        </message>
        <message>
            <source>All features</source>
            <translation>Toutes les entités</translation>
        </message>
        <message>
            <source>Venue area</source>
            <translation>Emprise du site</translation>
        </message>
        <message>
            <source>Venue feature</source>
            <translation>Entité du site</translation>
        </message>
        <message>
            <source>The street centre lines vehicles and people use to reach the venue</source>
            <translation>Les axes des voies qu'empruntent les véhicules et les piétons pour rejoindre le site</translation>
        </message>
        <message>
            <source>Streets</source>
            <translation>Voies</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Aucune</translation>
        </message>
        <message>
            <source>Optional: buildings inside the blast zones are listed as exposed</source>
            <translation>Facultatif : les bâtiments situés dans les zones d'effets de l'explosion sont signalés comme exposés</translation>
        </message>
        <message>
            <source>Buildings</source>
            <translation>Bâtiments</translation>
        </message>
        <message>
            <source>Threat</source>
            <translation>Menace</translation>
        </message>
        <message>
            <source>The explosive threat the standoff zones are drawn for</source>
            <translation>La menace explosive pour laquelle les zones d'exclusion sont tracées</translation>
        </message>
        <message>
            <source>Explosive</source>
            <translation>Engin explosif</translation>
        </message>
        <message>
            <source>The hostile vehicle whose approach speeds rate the barriers</source>
            <translation>Le véhicule hostile dont les vitesses d'approche déterminent le classement des barrières</translation>
        </message>
        <message>
            <source>Vehicle</source>
            <translation>Véhicule</translation>
        </message>
        <message>
            <source> m</source>
            <translation> m</translation>
        </message>
        <message>
            <source>Chart distance</source>
            <translation>Distance du tableau</translation>
        </message>
        <message>
            <source>Where the vehicle barrier line goes. "Chart distance": the threat's mandatory evacuation distance from the stand-off chart.</source>
            <translation>L'emplacement de la ligne de barrières anti-véhicules. « Distance du tableau » : la distance d'évacuation obligatoire de la menace dans le tableau des distances de sécurité.</translation>
        </message>
        <message>
            <source>Standoff</source>
            <translation>Distance de sécurité</translation>
        </message>
        <message>
            <source>Output</source>
            <translation>Sortie</translation>
        </message>
        <message>
            <source>Folder for the plans</source>
            <translation>Dossier des plans</translation>
        </message>
        <message>
            <source>The project's folder (temporary if unsaved)</source>
            <translation>Le dossier du projet (temporaire s'il n'est pas enregistré)</translation>
        </message>
        <message>
            <source>Each plan is written to a new folder inside this one, named after the event and the time, so earlier plans stay as they were.</source>
            <translation>Chaque plan est écrit dans un nouveau sous-dossier, nommé d'après l'événement et l'heure, afin que les plans précédents restent intacts.</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Dossier</translation>
        </message>
        <message>
            <source>The security layout algorithm is not available: enable the Event Security Planner plugin's Processing provider.</source>
            <translation>L'algorithme du plan de sécurité n'est pas disponible : activez le fournisseur de traitements de l'extension Planificateur de sécurité des événements.</translation>
        </message>
        <message>
            <source>Give the event a name: it names the layer group and the printed plan.</source>
            <translation>Donnez un nom à l'événement : il sert à nommer le groupe de couches et le plan imprimé.</translation>
        </message>
        <message>
            <source>Choose the venue layer (polygons).</source>
            <translation>Choisissez la couche du site (polygones).</translation>
        </message>
        <message>
            <source>Choose the venue feature in the list, or use the selected features.</source>
            <translation>Choisissez l'entité du site dans la liste, ou utilisez les entités sélectionnées.</translation>
        </message>
        <message>
            <source>No feature of "%1" is selected: select the venue on the map, or choose one feature.</source>
            <translation>Aucune entité de « %1 » n'est sélectionnée : sélectionnez le site sur la carte, ou choisissez une entité.</translation>
        </message>
        <message>
            <source>Choose the street layer (lines).</source>
            <translation>Choisissez la couche des voies (lignes).</translation>
        </message>
        <message>
            <source>Replace the Plan</source>
            <translation>Remplacer le plan</translation>
        </message>
        <message>
            <source>The project already has a plan for "%1". Replace its layer group with the new plan? The input layers are not changed.</source>
            <translation>Le projet contient déjà un plan pour « %1 ». Remplacer son groupe de couches par le nouveau plan ? Les couches d'entrée ne sont pas modifiées.</translation>
        </message>
        <message>
            <source>The folder %1 cannot be created: choose another output folder.</source>
            <translation>Impossible de créer le dossier %1 : choisissez un autre dossier de sortie.</translation>
        </message>
        <message>
            <source>The plan could not start.</source>
            <translation>Le calcul du plan n'a pas pu démarrer.</translation>
        </message>
        <message>
            <source>Planning…</source>
            <translation>Planification…</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Annulation…</translation>
        </message>
        <message>
            <source>Planning cancelled: the project is as it was.</source>
            <translation>Planification annulée : le projet n'a pas été modifié.</translation>
        </message>
        <message>
            <source>The plan could not be made; the Processing log has the details.</source>
            <translation>Le plan n'a pas pu être établi ; le journal des traitements donne les détails.</translation>
        </message>
        <message>
            <source>There is no plan to print: press Plan first (its layer group must be in the project).</source>
            <translation>Il n'y a aucun plan à imprimer : cliquez d'abord sur Planifier (son groupe de couches doit se trouver dans le projet).</translation>
        </message>
        <message>
            <source>The plan's GeoPackage %1 has no cordon to frame the map on.</source>
            <translation>Le GeoPackage du plan %1 ne contient pas de périmètre sur lequel cadrer la carte.</translation>
        </message>
        <message>
            <source>The print layout could not be added to the project.</source>
            <translation>La mise en page n'a pas pu être ajoutée au projet.</translation>
        </message>
        <message>
            <source>The print layout "%1" is in the project's layouts.</source>
            <translation>La mise en page « %1 » figure dans les mises en page du projet.</translation>
        </message>
        <message>
            <source>Export the Plan as PDF</source>
            <translation>Exporter le plan en PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Fichiers PDF (*.pdf)</translation>
        </message>
        <message>
            <source>The plan is printed to %1.</source>
            <translation>Le plan est imprimé dans %1.</translation>
        </message>
        <message>
            <source>The PDF could not be written to %1.</source>
            <translation>Le PDF n'a pas pu être écrit dans %1.</translation>
        </message>
        <message>
            <source>Key Figures</source>
            <translation>Chiffres clés</translation>
        </message>
        <message>
            <source>The plan is in the layer group "%1". &lt;a href="%2" title="%3"&gt;Open its folder&lt;/a&gt;</source>
            <translation>Le plan se trouve dans le groupe de couches « %1 ». &lt;a href="%2" title="%3"&gt;Ouvrir son dossier&lt;/a&gt;</translation>
        </message>
        <message>
            <source>the Event Security Planner panel was closed</source>
            <translation>le panneau du Planificateur de sécurité des événements a été fermé</translation>
        </message>
        <message>
            <source>Enter the number</source>
            <translation>Saisir le nombre</translation>
        </message>
        <message>
            <source>Which features of the venue layer are the venue</source>
            <translation>Quelles entités de la couche du site forment le site</translation>
        </message>
        <message>
            <source>Optional: squares, promenades, parks a vehicle can drive on (polygons). The vehicle approach then crosses them too, and the cordon gets a barrier line wherever they reach it.</source>
            <translation>Facultatif : places, promenades, parcs sur lesquels un véhicule peut rouler (polygones). L'approche des véhicules les traverse alors aussi, et le périmètre reçoit une ligne de barrières partout où ils l'atteignent.</translation>
        </message>
        <message>
            <source>None: streets only</source>
            <translation>Aucun : les rues seules</translation>
        </message>
        <message>
            <source>Open ground</source>
            <translation>Terrain ouvert</translation>
        </message>
        <message>
            <source>Obstacles</source>
            <translation>Obstacles</translation>
        </message>
        <message>
            <source>Key Figures: %1</source>
            <translation>Chiffres clés : %1</translation>
        </message>
        <message>
            <source>Key Figures of the Previous Plan: %1</source>
            <translation>Chiffres clés du plan précédent : %1</translation>
        </message>
        <message>
            <source>Key Figures of a Plan No Longer in the Project: %1</source>
            <translation>Chiffres clés d'un plan qui n'est plus dans le projet : %1</translation>
        </message>
        <message>
            <source>Enter the attendance: the number of people expected at the busiest moment.</source>
            <translation>Saisissez la fréquentation : le nombre de personnes attendues au moment de plus forte affluence.</translation>
        </message>
        <message>
            <source>The project already has a plan for "%1". When the new plan is ready, its layer group replaces the old one: the layers the plugin loaded for the old plan leave the project with that group (their files stay where they are), you are asked first about any unsaved edits in them, and any other layer in the group is moved out of it and kept. The input layers are not changed.</source>
            <translation>Le projet a déjà un plan pour « %1 ». Quand le nouveau plan sera prêt, son groupe de couches remplacera l'ancien : les couches que l'extension a chargées pour l'ancien plan quittent le projet avec ce groupe (leurs fichiers restent où ils sont), on vous demande d'abord ce qu'il faut faire des modifications non enregistrées qu'elles contiennent, et toute autre couche du groupe en est sortie et conservée. Les couches d'entrée ne sont pas modifiées.</translation>
        </message>
        <message>
            <source>The plan of "%1" was cancelled: %2.</source>
            <translation>Le plan de « %1 » a été annulé : %2.</translation>
        </message>
        <message>
            <source>The project the plan of "%1" was made for was closed, so the plan was not added to this one. Its GeoPackage and report are in %2.</source>
            <translation>Le projet pour lequel le plan de « %1 » a été fait a été fermé : le plan n'a donc pas été ajouté à celui-ci. Son GeoPackage et son rapport sont dans %2.</translation>
        </message>
        <message>
            <source>Unsaved Edits</source>
            <translation>Modifications non enregistrées</translation>
        </message>
        <message>
            <source>The plan being replaced has unsaved edits in %1. Save them to its GeoPackage before its layers leave the project?

Cancel keeps the previous plan as it is; the new plan's files stay in %2.</source>
            <translation>Le plan remplacé a des modifications non enregistrées dans %1. Les enregistrer dans son GeoPackage avant que ses couches quittent le projet ?

Annuler garde le plan précédent tel quel ; les fichiers du nouveau plan restent dans %2.</translation>
        </message>
        <message>
            <source>The previous plan of "%1" is kept with its edits; the new plan was not added. Its files are in %2.</source>
            <translation>Le plan précédent de « %1 » est conservé avec ses modifications ; le nouveau plan n'a pas été ajouté. Ses fichiers sont dans %2.</translation>
        </message>
        <message>
            <source>The plan is in the layer group "%1". Its files: %2.</source>
            <translation>Le plan est dans le groupe de couches « %1 ». Ses fichiers : %2.</translation>
        </message>
        <message>
            <source>Kept out of the replaced group: %1.</source>
            <translation>Sorties du groupe remplacé et conservées : %1.</translation>
        </message>
        <message>
            <source>Read the warnings below before using it.</source>
            <translation>Lisez les avertissements ci-dessous avant de l'utiliser.</translation>
        </message>
    </context>
    <context>
        <name>eventsecurity::EventSecurityPlugin</name>
        <message>
            <source>&amp;Event Security Planner</source>
            <translation>Planificateur de &amp;sécurité des événements</translation>
        </message>
        <message>
            <source>Event Security Planner</source>
            <translation>Planificateur de sécurité des événements</translation>
        </message>
        <message>
            <source>Show the Event Security Planner panel</source>
            <translation>Afficher le panneau du planificateur de sécurité des événements</translation>
        </message>
        <message>
            <source>%1 was cancelled: %2.</source>
            <translation>%1 a été annulé : %2.</translation>
        </message>
        <message>
            <source>QGIS is closing</source>
            <translation>QGIS se ferme</translation>
        </message>
        <message>
            <source>the Event Security Planner plugin was unloaded</source>
            <translation>l'extension Planificateur de sécurité des événements a été déchargée</translation>
        </message>
    </context>
    <context>
        <name>eventsecurity::EventSecurityProvider</name>
        <message>
            <source>Blast threat</source>
            <translation>Menace d'explosion</translation>
        </message>
        <message>
            <source>Hostile vehicle</source>
            <translation>Véhicule hostile</translation>
        </message>
        <message>
            <source>Perimeter and crowd</source>
            <translation>Périmètre et foule</translation>
        </message>
        <message>
            <source>Security layout</source>
            <translation>Plan de sécurité</translation>
        </message>
        <message>
            <source>Event security</source>
            <translation>Sécurité des événements</translation>
        </message>
        <message>
            <source>Event Security Planner %1</source>
            <translation>Planificateur de sécurité des événements %1</translation>
        </message>
    </context>
    <context>
        <name>eventsecurity::PlanResultsWidget</name>
        <message>
            <source>Standoff distance</source>
            <translation>Distance de sécurité</translation>
        </message>
        <message>
            <source>%1 m</source>
            <translation>%1 m</translation>
        </message>
        <message>
            <source>Venue capacity</source>
            <translation>Jauge du site</translation>
        </message>
        <message>
            <source>%1 persons</source>
            <translation>%1 personnes</translation>
        </message>
        <message>
            <source>Search lanes</source>
            <translation>Lignes de filtrage</translation>
        </message>
        <message>
            <source>Emergency gates</source>
            <translation>Accès de secours</translation>
        </message>
        <message>
            <source>Vehicle barriers</source>
            <translation>Barrières anti-véhicules</translation>
        </message>
        <message>
            <source>%1 km/h</source>
            <translation>%1 km/h</translation>
        </message>
        <message>
            <source>Roads closed</source>
            <translation>Voies fermées</translation>
        </message>
        <message>
            <source>Open Layout</source>
            <translation>Ouvrir la mise en page</translation>
        </message>
        <message>
            <source>Open the printable layout of this plan in QGIS's layout designer</source>
            <translation>Ouvrir la mise en page imprimable de ce plan dans le concepteur de mise en page de QGIS</translation>
        </message>
        <message>
            <source>Export PDF…</source>
            <translation>Exporter en PDF…</translation>
        </message>
        <message>
            <source>Save the printable layout of this plan as a PDF file</source>
            <translation>Enregistrer la mise en page imprimable de ce plan dans un fichier PDF</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Rapport</translation>
        </message>
        <message>
            <source>Open the plan's report (figures, sources, assumptions) in the web browser</source>
            <translation>Ouvrir le rapport du plan (chiffres, sources, hypothèses) dans le navigateur web</translation>
        </message>
        <message>
            <source>not available</source>
            <translation>non disponible</translation>
        </message>
        <message>
            <source>Fastest impact</source>
            <translation>Impact le plus rapide</translation>
        </message>
        <message>
            <source>Queues outside the cordon</source>
            <translation>Files d'attente hors du périmètre</translation>
        </message>
        <message>
            <source>The people waiting at the search lanes outside the cordon at the arrival peak, and whether a hostile vehicle or a vehicle bomb can reach them. The plan's queues layer shows them: red where exposed, amber elsewhere.</source>
            <translation>Les personnes qui attendent aux lignes de filtrage hors du périmètre au pic d'arrivée, et si un véhicule hostile ou un véhicule piégé peut les atteindre. La couche des files d'attente du plan les montre : en rouge là où elles sont exposées, en orange ailleurs.</translation>
        </message>
        <message>
            <source>Queues at the peak</source>
            <translation>Files au pic d'arrivée</translation>
        </message>
        <message>
            <source>Exposed</source>
            <translation>Exposées</translation>
        </message>
        <message>
            <source>Longest queue</source>
            <translation>File la plus longue</translation>
        </message>
        <message>
            <source>Longest wait</source>
            <translation>Attente la plus longue</translation>
        </message>
        <message>
            <source>Fastest vehicle at a queue</source>
            <translation>Véhicule le plus rapide sur une file</translation>
        </message>
        <message>
            <source>none: the search lanes keep up with the arrivals</source>
            <translation>aucune : les lignes de filtrage suivent le rythme des arrivées</translation>
        </message>
        <message numerus="yes">
            <source>at %n entries</source>
            <translation>
                <numerusform>à %n point d'accès</numerusform>
                <numerusform>à %n points d'accès</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n queues a hostile vehicle or a vehicle bomb can reach</source>
            <translation>
                <numerusform>%n file qu'un véhicule hostile ou un véhicule piégé peut atteindre</numerusform>
                <numerusform>%n files qu'un véhicule hostile ou un véhicule piégé peut atteindre</numerusform>
            </translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucune</translation>
        </message>
        <message>
            <source>endless: a queue never clears</source>
            <translation>sans fin : une file ne se résorbe jamais</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <source>no vehicle reaches a queue</source>
            <translation>aucun véhicule n'atteint une file</translation>
        </message>
        <message>
            <source>Barrier length</source>
            <translation>Longueur de barrières</translation>
        </message>
        <message>
            <source>Of it on open ground</source>
            <translation>Dont sur terrain ouvert</translation>
        </message>
    </context>
    <context>
        <name>ApproachAlgorithmBase</name>
        <message>
            <source>Street network (lines)</source>
            <translation>Réseau de voirie (lignes)</translation>
        </message>
        <message>
            <source>Hostile vehicle</source>
            <translation>Véhicule hostile</translation>
        </message>
        <message>
            <source>Search distance around the protected area (m)</source>
            <translation>Distance de recherche autour de la zone protégée (m)</translation>
        </message>
        <message>
            <source>Street width field (m)</source>
            <translation>Champ de largeur de voie (m)</translation>
        </message>
        <message>
            <source>Default street width (m)</source>
            <translation>Largeur de voie par défaut (m)</translation>
        </message>
        <message>
            <source>Leave out of the vehicle model streets where (e.g. bollarded)</source>
            <translation>Exclure du modèle de véhicule les voies pour lesquelles (par ex. équipées de bornes)</translation>
        </message>
        <message>
            <source>Tyre-road friction coefficient</source>
            <translation>Coefficient d'adhérence pneu-chaussée</translation>
        </message>
        <message>
            <source>Join street ends closer than (m)</source>
            <translation>Raccorder les extrémités de voies distantes de moins de (m)</translation>
        </message>
        <message>
            <source>VEHICLE must be one of the %1 listed vehicle classes (0 to %2).</source>
            <translation>VEHICLE doit être l'une des %1 catégories de véhicules proposées (0 à %2).</translation>
        </message>
        <message>
            <source>e.g. 50 km/h</source>
            <translation>par ex. 50 km/h</translation>
        </message>
        <message>
            <source>how far from the protected area vehicles are modelled, e.g. 1000 m</source>
            <translation>jusqu'où les véhicules sont modélisés autour de la zone protégée, par ex. 1000 m</translation>
        </message>
        <message>
            <source>the width of a street without a width value, e.g. 7 m</source>
            <translation>la largeur d'une voie sans valeur de largeur, par ex. 7 m</translation>
        </message>
        <message>
            <source>dry asphalt about 0.7, wet 0.3-0.4</source>
            <translation>enrobé sec environ 0,7, mouillé 0,3-0,4</translation>
        </message>
        <message>
            <source>metres, e.g. 0.5</source>
            <translation>mètres, par ex. 0,5</translation>
        </message>
        <message>
            <source>Speed entering the study area where a street has no speed limit (km/h)</source>
            <translation>Vitesse à l'entrée de la zone d'étude là où une voie n'a pas de limitation de vitesse (km/h)</translation>
        </message>
        <message>
            <source>Speed limit field (OSM maxspeed values; default: "maxspeed" if present)</source>
            <translation>Champ de limitation de vitesse (valeurs OSM maxspeed ; par défaut : « maxspeed » s'il existe)</translation>
        </message>
        <message>
            <source>Kerb radius of junction corners (m; 0 = sharp corner)</source>
            <translation>Rayon de bordure des angles de carrefour (m ; 0 = angle vif)</translation>
        </message>
        <message>
            <source>Penetration the plan allows past a barrier (m; 1 = ASTM P1)</source>
            <translation>Pénétration admise par le plan au-delà d'une barrière (m ; 1 = ASTM P1)</translation>
        </message>
        <message>
            <source>Rollover threshold override, g (0 = the vehicle's)</source>
            <translation>Seuil de renversement imposé, g (0 = celui du véhicule)</translation>
        </message>
        <message>
            <source>Digitising tolerance: vertices closer to a straight line make no bend (m)</source>
            <translation>Tolérance de numérisation : les sommets plus proches d'une droite ne forment pas de virage (m)</translation>
        </message>
        <message>
            <source>%1: %2.</source>
            <translation>%1 : %2.</translation>
        </message>
        <message>
            <source>metres, 0 cuts junction corners sharp</source>
            <translation>mètres, 0 coupe les angles de carrefour à vif</translation>
        </message>
        <message>
            <source>metres past the barrier line, 1 m is ASTM P1</source>
            <translation>mètres au-delà de la ligne de barrières, 1 m correspond à ASTM P1</translation>
        </message>
        <message>
            <source>0 keeps the vehicle's own threshold</source>
            <translation>0 conserve le seuil propre au véhicule</translation>
        </message>
        <message>
            <source>Samples of the uncertain inputs, for impact speed ranges (0 = one deterministic run; %1 recommended)</source>
            <translation>Échantillons des données incertaines, pour des plages de vitesses d'impact (0 = un seul calcul déterministe ; %1 recommandés)</translation>
        </message>
        <message>
            <source>Seed of the samples (the same seed repeats a run)</source>
            <translation>Graine des échantillons (la même graine reproduit un calcul)</translation>
        </message>
        <message>
            <source>Percentile of the sampled impact speeds the ratings are chosen on (%)</source>
            <translation>Centile des vitesses d'impact échantillonnées sur lequel les classements sont choisis (%)</translation>
        </message>
        <message>
            <source>Spread of the acceleration a0 (± %)</source>
            <translation>Dispersion de l'accélération a0 (± %)</translation>
        </message>
        <message>
            <source>Spread of the top speed (± %)</source>
            <translation>Dispersion de la vitesse maximale (± %)</translation>
        </message>
        <message>
            <source>Spread of the friction (± %)</source>
            <translation>Dispersion du coefficient d'adhérence (± %)</translation>
        </message>
        <message>
            <source>Spread of the entry speeds (± %)</source>
            <translation>Dispersion des vitesses d'entrée (± %)</translation>
        </message>
        <message>
            <source>Shape of the ranges</source>
            <translation>Forme des plages</translation>
        </message>
        <message>
            <source>Uniform between the bounds</source>
            <translation>Uniforme entre les bornes</translation>
        </message>
        <message>
            <source>Triangular, most likely at the deterministic value</source>
            <translation>Triangulaire, plus probable à la valeur déterministe</translation>
        </message>
        <message>
            <source>Refuse a ranged run estimated longer than (minutes)</source>
            <translation>Refuser un calcul par plages estimé plus long que (minutes)</translation>
        </message>
        <message>
            <source>%1 must be a whole number from 0 to %2; got %3.</source>
            <translation>%1 doit être un nombre entier de 0 à %2 ; valeur reçue : %3.</translation>
        </message>
        <message>
            <source>%1 must be 0 % or more: a negative spread would put the range's upper bound below its lower bound; got %2.</source>
            <translation>%1 doit valoir 0 % ou plus : une dispersion négative placerait la borne supérieure de la plage sous sa borne inférieure ; valeur reçue : %2.</translation>
        </message>
        <message>
            <source>%1 must be at most %2 %: the range's lower bound, the value times (1 - spread), must stay above 0; got %3.</source>
            <translation>%1 doit valoir au plus %2 % : la borne inférieure de la plage, la valeur multipliée par (1 - dispersion), doit rester au-dessus de 0 ; valeur reçue : %3.</translation>
        </message>
        <message>
            <source>RATING_PERCENTILE must be between %1 (the median: a lower one rates barriers for fewer than half of the sampled vehicles) and %2 %; got %3.</source>
            <translation>RATING_PERCENTILE doit être compris entre %1 (la médiane : un centile plus bas classerait les barrières pour moins de la moitié des véhicules échantillonnés) et %2 % ; valeur reçue : %3.</translation>
        </message>
        <message>
            <source>SAMPLES must be 0 (one deterministic run) or at least %1 for the percentiles up to the %2th: fewer samples cannot tell them from the highest one; got %3.</source>
            <translation>SAMPLES doit valoir 0 (un seul calcul déterministe) ou au moins %1 pour les centiles jusqu'au %2e : avec moins d'échantillons, on ne peut pas les distinguer du plus élevé ; valeur reçue : %3.</translation>
        </message>
        <message>
            <source>RANGE_SHAPE must be 0 (uniform) or 1 (triangular); got %1.</source>
            <translation>RANGE_SHAPE doit valoir 0 (uniforme) ou 1 (triangulaire) ; valeur reçue : %1.</translation>
        </message>
        <message>
            <source>e.g. 30 minutes</source>
            <translation>par ex. 30 minutes</translation>
        </message>
        <message>
            <source>Open ground a vehicle can drive on: squares, promenades, parks (polygons)</source>
            <translation>Terrain ouvert praticable par un véhicule : places, promenades, parcs (polygones)</translation>
        </message>
        <message>
            <source>Obstacles that stop a vehicle: buildings, walls, water, bollards (layers of any geometry)</source>
            <translation>Obstacles qui arrêtent un véhicule : bâtiments, murs, eau, bornes (couches de toute géométrie)</translation>
        </message>
        <message>
            <source>Radius of an obstacle drawn as a point (m)</source>
            <translation>Rayon d'un obstacle dessiné comme un point (m)</translation>
        </message>
        <message>
            <source>Field with a point obstacle's radius in metres (optional)</source>
            <translation>Champ du rayon d'un obstacle ponctuel, en mètres (facultatif)</translation>
        </message>
        <message>
            <source>Barrier points that can be removed or lowered are where</source>
            <translation>Les barrières ponctuelles amovibles ou escamotables sont celles où</translation>
        </message>
        <message>
            <source>Removable or rising barriers count as open</source>
            <translation>Les barrières amovibles ou escamotables comptent comme ouvertes</translation>
        </message>
        <message>
            <source>Spacing of the impact points along open ground (m)</source>
            <translation>Espacement des points d'impact le long du terrain ouvert (m)</translation>
        </message>
        <message>
            <source>metres, e.g. 0.1 for a slim bollard</source>
            <translation>mètres, par ex. 0,1 pour une borne fine</translation>
        </message>
        <message>
            <source>OBSTACLE_RADIUS_M must be at most %1 m (draw a larger obstacle as a polygon); got %2.</source>
            <translation>OBSTACLE_RADIUS_M doit valoir au plus %1 m (dessinez un obstacle plus grand comme un polygone) ; valeur reçue : %2.</translation>
        </message>
        <message>
            <source>REMOVABLE_EXPRESSION: the expression "%1" is not valid: %2</source>
            <translation>REMOVABLE_EXPRESSION : l'expression « %1 » n'est pas valide : %2</translation>
        </message>
        <message>
            <source>metres between impact points, e.g. 10</source>
            <translation>mètres entre points d'impact, par ex. 10</translation>
        </message>
        <message>
            <source>IMPACT_SPACING_M must be at least %1 m (1 m, and 4 times TOLERANCE_M so that the points stay apart) and at most %2 m; got %3.</source>
            <translation>IMPACT_SPACING_M doit valoir au moins %1 m (1 m, et 4 fois TOLERANCE_M pour que les points restent distincts) et au plus %2 m ; valeur reçue : %3.</translation>
        </message>
        <message>
            <source>OPEN_AREAS must be a polygon layer: the squares, promenades and parks a vehicle can drive on.</source>
            <translation>OPEN_AREAS doit être une couche de polygones : les places, promenades et parcs qu'un véhicule peut parcourir.</translation>
        </message>
        <message>
            <source>OBSTACLES: the layer %1 has no points, lines or polygons: give layers of obstacles (buildings, walls, bollards...).</source>
            <translation>OBSTACLES : la couche %1 n'a ni points, ni lignes, ni polygones : donnez des couches d'obstacles (bâtiments, murs, bornes...).</translation>
        </message>
        <message>
            <source>Entry speeds</source>
            <translation>Vitesses d'entrée</translation>
        </message>
        <message>
            <source>A vehicle may start at rest anywhere on the network, or enter the study area where a street crosses its outer edge at that street's speed limit: MAXSPEED_FIELD (default the field "maxspeed" when the layer has one), read as OpenStreetMap writes maxspeed: a number is km/h, "30 mph" and knots are converted, "walk" is %1 km/h, "none" (no limit) is the vehicle's top speed, a national code such as "DE:urban" is that country's default limit, a list "50;30" its highest part. A street without a value, or with one that says no number ("signals", "variable"), enters at START_SPEED_KMH.</source>
            <translation>Un véhicule peut partir à l'arrêt n'importe où sur le réseau, ou entrer dans la zone d'étude là où une voie franchit son bord extérieur, à la limitation de vitesse de cette voie : MAXSPEED_FIELD (par défaut le champ « maxspeed » si la couche en a un), lu comme OpenStreetMap écrit maxspeed : un nombre est en km/h, « 30 mph » et les nœuds sont convertis, « walk » vaut %1 km/h, « none » (pas de limite) est la vitesse maximale du véhicule, un code national tel que « DE:urban » est la limite par défaut de ce pays, une liste « 50;30 » sa plus haute valeur. Une voie sans valeur, ou dont la valeur ne donne pas de nombre (« signals », « variable »), entre à START_SPEED_KMH.</translation>
        </message>
        <message>
            <source>The limit stands for the traffic speed a vehicle can already have where the street enters the area; inside it a hostile driver ignores limits. No vehicle exceeds its top speed.</source>
            <translation>La limitation représente la vitesse de circulation qu'un véhicule peut déjà avoir là où la voie entre dans la zone ; à l'intérieur, un conducteur hostile ignore les limitations. Aucun véhicule ne dépasse sa vitesse maximale.</translation>
        </message>
        <message>
            <source>Bends and junctions</source>
            <translation>Virages et carrefours</translation>
        </message>
        <message>
            <source>Bends are read from each street's centreline, whatever the number of points it was drawn with: vertices within DIGITISING_TOLERANCE_M of a straight line are digitising noise and make no bend; a run of vertices turning the same way is one bend (an S-bend is two), also across a way split where only two streets meet. Its centreline radius Rc follows from its length and total turn theta; a corner drawn as one vertex gets the largest radius its drawing admits (tangents reaching the nearest drawn points).</source>
            <translation>Les virages sont lus sur l'axe de chaque voie, quel que soit le nombre de points avec lequel il a été dessiné : les sommets à moins de DIGITISING_TOLERANCE_M d'une droite sont du bruit de numérisation et ne forment pas de virage ; une suite de sommets tournant du même côté forme un seul virage (un virage en S en forme deux), y compris à travers une coupure de voie où seules deux voies se rejoignent. Son rayon d'axe Rc découle de sa longueur et de son angle total theta ; un angle dessiné par un seul sommet reçoit le plus grand rayon que son dessin admet (des tangentes allant jusqu'aux points dessinés les plus proches).</translation>
        </message>
        <message>
            <source>The fastest path cuts across the usable width w (WIDTH_FIELD, else DEFAULT_WIDTH_M): the racing line touching the outer edge before and after the bend and the inner edge at its apex has the radius R = Ri + w / (1 - cos(theta/2)), Ri = Rc - w/2 the inner edge's radius (plane geometry; with Ri = 0 it is the corner-cutting radius of common VDA practice, domain reference sec. 4). A turn at a junction (three or more streets) is a corner whose inner kerb has the radius KERB_RADIUS_M: R = KERB_RADIUS_M + w / (1 - cos(theta/2)), w the mean of the two streets' widths; 0 cuts the corner sharp.</source>
            <translation>La trajectoire la plus rapide coupe sur la largeur utilisable w (WIDTH_FIELD, sinon DEFAULT_WIDTH_M) : la trajectoire idéale, qui touche le bord extérieur avant et après le virage et le bord intérieur à la corde, a pour rayon R = Ri + w / (1 - cos(theta/2)), Ri = Rc - w/2 étant le rayon du bord intérieur (géométrie plane ; avec Ri = 0 c'est le rayon de coupe d'angle de la pratique courante des études VDA, référence du domaine, sect. 4). Un changement de direction à un carrefour (trois voies ou plus) est un angle dont la bordure intérieure a pour rayon KERB_RADIUS_M : R = KERB_RADIUS_M + w / (1 - cos(theta/2)), w étant la moyenne des largeurs des deux voies ; 0 coupe l'angle à vif.</translation>
        </message>
        <message>
            <source>Through a bend or a turn the speed is at most sqrt(a R), a = g times the lower of FRICTION (the tyres slide) and the vehicle's rollover threshold in g (it tips over; ROLLOVER_G overrides the class's): a laden truck rolls over at about 0.3-0.5 g, long before its tyres slide at 0.7.</source>
            <translation>Dans un virage ou un changement de direction, la vitesse est au plus sqrt(a R), a = g multiplié par la plus petite valeur entre FRICTION (les pneus glissent) et le seuil de renversement du véhicule en g (il se renverse ; ROLLOVER_G remplace celui de la catégorie) : un camion chargé se renverse vers 0,3-0,5 g, bien avant que ses pneus ne glissent à 0,7.</translation>
        </message>
        <message>
            <source>Barrier ratings</source>
            <translation>Classements des barrières</translation>
        </message>
        <message>
            <source>Each impact gets, per standard, the lowest crash-test rating that stops it, for the standard's test vehicle matching the class. An impact faster than every test of a standard says so.</source>
            <translation>Chaque impact reçoit, pour chaque norme, le plus faible classement d'essai de choc qui l'arrête, pour le véhicule d'essai de la norme correspondant à la catégorie. Un impact plus rapide que tous les essais d'une norme est signalé comme tel.</translation>
        </message>
        <message>
            <source>ASTM F2656 designations are miles per hour: M30, M40 and M50 are the 6.8 t truck at 30, 40 and 50 mph (48, 64 and 80 km/h), written with the km/h, e.g. "M40-P1 (64 km/h)". ASTM grants a designation to tests down to the floor of its speed band (30: 28 mph, 40: 38 mph, 50: 47 mph, i.e. 45, 61 and 76 km/h), so an impact above a band's floor needs the next designation, and one inside the open top band names the test speed to ask of the test report ("tested at 78 km/h or more").</source>
            <translation>Les désignations ASTM F2656 sont en miles par heure : M30, M40 et M50 désignent le camion de 6,8 t à 30, 40 et 50 mph (48, 64 et 80 km/h), écrites avec les km/h, par ex. « M40-P1 (64 km/h) ». L'ASTM accorde une désignation à des essais jusqu'au plancher de sa plage de vitesses (30 : 28 mph, 40 : 38 mph, 50 : 47 mph, soit 45, 61 et 76 km/h) : un impact au-dessus du plancher d'une plage exige la désignation suivante, et un impact dans la plage supérieure ouverte indique la vitesse d'essai à exiger du rapport d'essai (« tested at 78 km/h or more »).</translation>
        </message>
        <message>
            <source>IWA 14-1 (e.g. V/7200[N3C]/64/90:1.0) and PAS 68 (e.g. V/7500[N3]/64/90:1.0) write the test vehicle's mass and class, the test speed in km/h, the TEST's impact angle, 90 (head-on, as the standards test: a hostile driver can leave the street at any angle; the street's own approach angle is angle_deg) and the penetration.</source>
            <translation>IWA 14-1 (par ex. V/7200[N3C]/64/90:1.0) et PAS 68 (par ex. V/7500[N3]/64/90:1.0) indiquent la masse et la classe du véhicule d'essai, la vitesse d'essai en km/h, l'angle d'impact de l'ESSAI, 90 (de face, comme les normes l'essaient : un conducteur hostile peut quitter la voie sous n'importe quel angle ; l'angle d'approche propre à la voie est angle_deg) et la pénétration.</translation>
        </message>
        <message>
            <source>Every rating names the penetration the plan allows, PENETRATION_M: ASTM P1 up to 1 m, P2 up to 7 m, P3 up to 30 m, P4 more (the least stringent class within the allowance; below 1 m the text says no ASTM class is that strict); IWA 14-1 and PAS 68 in metres, rounded down.</source>
            <translation>Chaque classement indique la pénétration admise par le plan, PENETRATION_M : ASTM P1 jusqu'à 1 m, P2 jusqu'à 7 m, P3 jusqu'à 30 m, P4 au-delà (la classe la moins exigeante dans la tolérance ; en dessous de 1 m, le texte précise qu'aucune classe ASTM n'est aussi stricte) ; IWA 14-1 et PAS 68 en mètres, arrondis vers le bas.</translation>
        </message>
        <message>
            <source>Racing line through a bend: plane geometry; with Ri = 0 the corner-cutting radius of common VDA practice (domain reference sec. 4).</source>
            <translation>Trajectoire idéale dans un virage : géométrie plane ; avec Ri = 0, le rayon de coupe d'angle de la pratique courante des études VDA (référence du domaine, sect. 4).</translation>
        </message>
        <message>
            <source>Tyre-road friction: 0.7-0.8 on dry asphalt, 0.3-0.4 wet (domain reference sec. 4).</source>
            <translation>Adhérence pneu-chaussée : 0,7-0,8 sur enrobé sec, 0,3-0,4 mouillé (référence du domaine, sect. 4).</translation>
        </message>
        <message>
            <source>Rollover threshold of the 30 t lorry, 0.45 g: Winkler, UMTRI (a heavy trailer in good order).</source>
            <translation>Seuil de renversement du poids lourd de 30 t, 0,45 g : Winkler, UMTRI (une remorque lourde en bon état).</translation>
        </message>
        <message>
            <source>ASTM F2656 speed bands: the floors of ASTM F2656-07 table 3, recalled (the standard is not public) and not re-read; the 60 mph band's 57 mph is assumed.</source>
            <translation>Plages de vitesses ASTM F2656 : les planchers du tableau 3 de l'ASTM F2656-07, cités de mémoire (la norme n'est pas publique) et non relus ; les 57 mph de la plage de 60 mph sont supposés.</translation>
        </message>
        <message>
            <source>ASTM P1 is the only penetration class the US Department of State's SD-STD-02.01 Rev A (2003) certifies.</source>
            <translation>ASTM P1 est la seule classe de pénétration que certifie la norme SD-STD-02.01 Rev A (2003) du Département d'État américain.</translation>
        </message>
        <message>
            <source>the 7.5 t truck (PAS 68 N3), the usual design threat of UK hostile vehicle mitigation.</source>
            <translation>le camion de 7,5 t (PAS 68 N3), la menace de référence habituelle de la protection contre les véhicules hostiles au Royaume-Uni.</translation>
        </message>
        <message>
            <source>%1 km/h, a common urban limit.</source>
            <translation>%1 km/h, une limite urbaine courante.</translation>
        </message>
        <message>
            <source>%L1 m.</source>
            <translation>%L1 m.</translation>
        </message>
        <message>
            <source>%1 m, two lanes of 3.5 m.</source>
            <translation>%1 m, deux voies de circulation de 3,5 m.</translation>
        </message>
        <message>
            <source>The mean of the two streets' widths at junctions.</source>
            <translation>La moyenne des largeurs des deux voies aux carrefours.</translation>
        </message>
        <message>
            <source>%L1, dry asphalt (0.7-0.8 dry, 0.3-0.4 wet, domain reference sec. 4).</source>
            <translation>%L1, enrobé sec (0,7-0,8 sec, 0,3-0,4 mouillé, référence du domaine, sect. 4).</translation>
        </message>
        <message>
            <source>%1 m, on the safe side (a larger radius allows a faster turn): historic town corners are under 1 m, UK trunk-road practice 6 m, US municipal codes ask 25 to 50 ft (7.6 to 15.2 m) on collectors and arterials.</source>
            <translation>%1 m, du côté de la sécurité (un rayon plus grand permet de tourner plus vite) : les angles des centres historiques font moins de 1 m, la pratique des routes principales britanniques 6 m, les règlements municipaux américains demandent 25 à 50 ft (7,6 à 15,2 m) sur les voies collectrices et artérielles.</translation>
        </message>
        <message>
            <source>%L1 m: centrelines traced from imagery are good to about a metre.</source>
            <translation>%L1 m : les axes tracés sur imagerie sont justes à un mètre près environ.</translation>
        </message>
        <message>
            <source>0, the class's rollover threshold: 30 t lorry 0.45 g (Winkler, UMTRI: a heavy trailer in good order); 7.2 and 7.5 t trucks 0.5 g, van 1.1, pickup 1.3, car 1.5 g are judgement calls at the upper end of published ranges (the safe side; for cars friction binds first).</source>
            <translation>0, le seuil de renversement de la catégorie : poids lourd de 30 t 0,45 g (Winkler, UMTRI : une remorque lourde en bon état) ; camions de 7,2 et 7,5 t 0,5 g, fourgon 1,1, pick-up 1,3, voiture 1,5 g sont des choix d'appréciation au haut des plages publiées (du côté de la sécurité ; pour les voitures, l'adhérence limite la première).</translation>
        </message>
        <message>
            <source>%1 m: ASTM P1, the strictest class, the only one the US Department of State's SD-STD-02.01 Rev A (2003) certifies; at an event a crowd stands close behind the barrier line.</source>
            <translation>%1 m : ASTM P1, la classe la plus stricte, la seule que certifie la norme SD-STD-02.01 Rev A (2003) du Département d'État américain ; lors d'un événement, la foule se tient juste derrière la ligne de barrières.</translation>
        </message>
        <message>
            <source>Not modelled: braking, traffic, parked cars, street furniture and kerbs as obstacles, gradients and surface changes, speed limits inside the study area.</source>
            <translation>Non modélisés : le freinage, la circulation, les véhicules stationnés, le mobilier urbain et les bordures comme obstacles, les pentes et les changements de revêtement, les limitations de vitesse à l'intérieur de la zone d'étude.</translation>
        </message>
        <message>
            <source>Cornering is steady: no load transfer in a sudden swerve.</source>
            <translation>Le virage est pris en régime établi : pas de report de charge lors d'un brusque écart.</translation>
        </message>
        <message>
            <source>Streets that cross without a shared vertex (bridges) do not connect.</source>
            <translation>Les voies qui se croisent sans sommet commun (ponts) ne sont pas reliées.</translation>
        </message>
        <message>
            <source>Speeds are upper bounds for planning, not a substitute for a site survey by a qualified assessor.</source>
            <translation>Les vitesses sont des majorants pour la planification et ne remplacent pas une visite de site par un évaluateur qualifié.</translation>
        </message>
        <message>
            <source>Values no real vehicle or street has are refused, with the limit and its reason (e.g. speeds above %1 km/h, accelerations above %2 m/s², masses above %3 kg, widths above %4 m).</source>
            <translation>Les valeurs qu'aucun véhicule ni aucune voie réels n'ont sont refusées, avec la limite et sa raison (par ex. des vitesses au-delà de %1 km/h, des accélérations au-delà de %2 m/s², des masses au-delà de %3 kg, des largeurs au-delà de %4 m).</translation>
        </message>
        <message>
            <source>Impact speeds as ranges</source>
            <translation>Vitesses d'impact en plages</translation>
        </message>
        <message>
            <source>The class accelerations, top speeds, friction and entry speeds are estimates. With SAMPLES above 0 the approach search runs once more per sample of them, each drawn from a range around its value:</source>
            <translation>Les accélérations des catégories, les vitesses maximales, l'adhérence et les vitesses d'entrée sont des estimations. Avec SAMPLES supérieur à 0, la recherche d'approche est relancée pour chaque échantillon de ces valeurs, chacune tirée dans une plage autour de sa valeur :</translation>
        </message>
        <message>
            <source>a0 ± ACCEL_SPREAD_PCT (%1 %: the class accelerations are read from 0-100 km/h times, which vary that much within a class);</source>
            <translation>a0 ± ACCEL_SPREAD_PCT (%1 % : les accélérations des catégories sont déduites des temps de 0 à 100 km/h, qui varient autant au sein d'une catégorie) ;</translation>
        </message>
        <message>
            <source>vmax ± MAX_SPEED_SPREAD_PCT (%1 %: top speeds vary less);</source>
            <translation>vmax ± MAX_SPEED_SPREAD_PCT (%1 % : les vitesses maximales varient moins) ;</translation>
        </message>
        <message>
            <source>FRICTION ± FRICTION_SPREAD_PCT (%1 %: 0.7 becomes 0.60-0.81, dry asphalt's 0.7-0.8 and worn tyres or dusty asphalt below);</source>
            <translation>FRICTION ± FRICTION_SPREAD_PCT (%1 % : 0,7 devient 0,60-0,81, l'enrobé sec à 0,7-0,8 et, en dessous, des pneus usés ou un enrobé poussiéreux) ;</translation>
        </message>
        <message>
            <source>every entry speed ± ENTRY_SPEED_SPREAD_PCT (%1 %: drivers keep to a limit only roughly, 50 km/h becomes 40-60 km/h), never above the sample's top speed.</source>
            <translation>chaque vitesse d'entrée ± ENTRY_SPEED_SPREAD_PCT (%1 % : les conducteurs ne respectent une limite qu'approximativement, 50 km/h devient 40-60 km/h), jamais au-delà de la vitesse maximale de l'échantillon.</translation>
        </message>
        <message>
            <source>RANGE_SHAPE: uniform between the bounds (the default: it assumes nothing beyond the bounds, and its upper percentiles are the higher, the safe side) or triangular, most likely at the deterministic value. The samples are a Latin hypercube (McKay, Beckman and Conover 1979) drawn from SEED: the same SEED gives the same output.</source>
            <translation>RANGE_SHAPE : uniforme entre les bornes (par défaut : elle ne suppose rien au-delà des bornes, et ses centiles supérieurs sont les plus élevés, du côté de la sécurité) ou triangulaire, plus probable à la valeur déterministe. Les échantillons forment un hypercube latin (McKay, Beckman et Conover 1979) tiré à partir de SEED : la même SEED donne le même résultat.</translation>
        </message>
        <message>
            <source>The ratings are then chosen on the RATING_PERCENTILE (default %1, from 50 up) of the sampled speeds, but never below impact_kmh, which stays the deterministic run's speed, so that models keep working and a ranged run never asks for a weaker barrier than the single run. The log says which percentile rated the barriers. Routes and network speeds are the deterministic run's.</source>
            <translation>Les classements sont alors choisis sur le centile RATING_PERCENTILE (par défaut %1, à partir de 50) des vitesses échantillonnées, mais jamais en dessous d'impact_kmh, qui reste la vitesse du calcul déterministe, afin que les modèles continuent de fonctionner et qu'un calcul par plages ne demande jamais une barrière plus faible que le calcul unique. Le journal indique quel centile a servi à classer les barrières. Les itinéraires et les vitesses sur le réseau sont ceux du calcul déterministe.</translation>
        </message>
        <message>
            <source>%1 samples (recommended) give the 95th percentile to within 2 percentage points of probability: independent samples need 457 for that, and a Latin hypercube does at least as well for impact speeds, which rise with each of the four inputs.</source>
            <translation>%1 échantillons (recommandés) donnent le 95e centile à 2 points de probabilité près : des échantillons indépendants en demandent 457 pour cela, et un hypercube latin fait au moins aussi bien pour les vitesses d'impact, qui croissent avec chacune des quatre données.</translation>
        </message>
        <message>
            <source>with SAMPLES above 0, on each impact point (and each crossing of perimeter design): the median and the 95th percentile of its sampled impact speeds, the 95th percentile of the sampled energies, and the speed the ratings rating_astm, rating_iwa and rating_pas68 are chosen on. With SAMPLES 0 (the default: one run) these four fields are NULL and the ratings are chosen on impact_kmh.</source>
            <translation>avec SAMPLES supérieur à 0, sur chaque point d'impact (et chaque franchissement de la conception du périmètre) : la médiane et le 95e centile de ses vitesses d'impact échantillonnées, le 95e centile des énergies échantillonnées, et la vitesse sur laquelle les classements rating_astm, rating_iwa et rating_pas68 sont choisis. Avec SAMPLES 0 (par défaut : un seul calcul), ces quatre champs sont NULL et les classements sont choisis sur impact_kmh.</translation>
        </message>
        <message>
            <source>%1, %2, %3 and %4 %: the four spreads (their reasons under Impact speeds as ranges).</source>
            <translation>%1, %2, %3 et %4 % : les quatre dispersions (leurs raisons sous Vitesses d'impact en plages).</translation>
        </message>
        <message>
            <source>%1 minutes, a planning run rather than an overnight job.</source>
            <translation>%1 minutes : un calcul de planification plutôt qu'un travail de nuit.</translation>
        </message>
        <message>
            <source>A ranged run costs one search of the network per sample: about 1 ms over the Montevideo sample venue's streets (0.3 to 0.7 s for 500 samples), 0.15 to 0.5 s on a 100,000-edge network (1 to 5 minutes for 500), as the machine's load varies. Open ground multiplies it: with the sample's open areas (about 20,000 legs) a search takes 0.15 to 0.25 s, so 500 samples take 1.5 to 2 minutes; 100 samples give a first look in about 20 s.</source>
            <translation>Un calcul par plages coûte une recherche sur le réseau par échantillon : environ 1 ms sur les rues du site d'exemple de Montevideo (0,3 à 0,7 s pour 500 échantillons), 0,15 à 0,5 s sur un réseau de 100 000 tronçons (1 à 5 minutes pour 500), selon la charge de la machine. Le terrain ouvert le multiplie : avec les espaces ouverts de l'exemple (environ 20 000 segments), une recherche prend 0,15 à 0,25 s, donc 500 échantillons prennent 1,5 à 2 minutes ; 100 échantillons donnent un premier aperçu en 20 s environ.</translation>
        </message>
        <message>
            <source>A run estimated (from one timed search) to take longer than MAX_SAMPLING_MINUTES is refused before it starts, as is a sample count too small for the percentiles (at least 20 for the 95th, 1 / (1 - p) for a higher RATING_PERCENTILE p).</source>
            <translation>Un calcul estimé (à partir d'une recherche chronométrée) plus long que MAX_SAMPLING_MINUTES est refusé avant de commencer, de même qu'un nombre d'échantillons trop petit pour les centiles (au moins 20 pour le 95e, 1 / (1 - p) pour un RATING_PERCENTILE p plus élevé).</translation>
        </message>
        <message>
            <source>Open ground (OPEN_AREAS, OBSTACLES)</source>
            <translation>Terrain ouvert (OPEN_AREAS, OBSTACLES)</translation>
        </message>
        <message>
            <source>A hostile vehicle need not keep to the streets: it can cross squares, promenades, car parks and lawns (Nice, 14 July 2016: a 19 t lorry drove about 1.7 km along the Promenade des Anglais). OPEN_AREAS are the polygons of ground it can drive on off the carriageway (clipped to the study area; overlapping ones are joined; the protected area itself is never driven on); OBSTACLES, one or more layers of points, lines or polygons, are what stops it: buildings, walls, water, planters, bollards, crash-rated barriers. Leave out what does not stop a vehicle (trees, fences, hedges, OSM bollard=flexible): an obstacle that does not stop one makes the speeds too low.</source>
            <translation>Un véhicule hostile n'est pas tenu de rester sur la voirie : il peut traverser places, promenades, parkings et pelouses (Nice, 14 juillet 2016 : un camion de 19 t a roulé environ 1,7 km le long de la promenade des Anglais). OPEN_AREAS sont les polygones du terrain qu'il peut parcourir hors de la chaussée (découpés à la zone d'étude ; ceux qui se chevauchent sont réunis ; la zone protégée elle-même n'est jamais parcourue) ; OBSTACLES, une ou plusieurs couches de points, de lignes ou de polygones, sont ce qui l'arrête : bâtiments, murs, eau, jardinières, bornes, barrières certifiées. Laissez de côté ce qui n'arrête pas un véhicule (arbres, clôtures, haies, bornes OSM bollard=flexible) : un obstacle qui ne l'arrête pas rend les vitesses trop basses.</translation>
        </message>
        <message>
            <source>The model, in plain words: the free space is where the vehicle's centre can be: the open areas and the carriageways and pavements of the streets that touch them, shrunk by half the vehicle's width, minus the obstacles grown by it. The vehicle drives straight legs between the corners of the free space, points along the streets and points on the protected area's edge, accelerating as on the streets; where legs meet, its speed is at most sqrt(a R), R the largest circle that fits the turn in the room beside the two legs and along their straight runs (a U-turn in a strip of width w has R = w / 2). It may start at rest anywhere on open ground, or come off a street at the speed it has there; a route never drives through the protected area's edge or a corner of the free space.</source>
            <translation>Le modèle, en termes simples : l'espace libre est l'ensemble des positions possibles du centre du véhicule : les terrains ouverts et les chaussées et trottoirs des voies qui les touchent, rétrécis de la moitié de la largeur du véhicule, moins les obstacles élargis d'autant. Le véhicule suit des tronçons droits entre les angles de l'espace libre, des points le long des voies et des points sur la limite de la zone protégée, en accélérant comme sur la voirie ; là où les tronçons se rejoignent, sa vitesse est au plus sqrt(a R), R le plus grand cercle qui tient dans le virage avec la place disponible de part et d'autre des deux tronçons et le long de leurs parties droites (un demi-tour dans une bande de largeur w a R = w / 2). Il peut partir à l'arrêt n'importe où sur le terrain ouvert, ou quitter une voie à la vitesse qu'il y a ; un itinéraire ne traverse jamais la limite de la zone protégée ni un angle de l'espace libre.</translation>
        </message>
        <message>
            <source>Impacts along open ground</source>
            <translation>Impacts le long du terrain ouvert</translation>
        </message>
        <message>
            <source>A vehicle on open ground can hit the protected area anywhere along a stretch of its edge that the free space reaches, not only where a street crosses it: impact points are placed along every such stretch, IMPACT_SPACING_M apart, both ends included, each with its speed, route and ratings; the stretch's rating is that of its fastest point.</source>
            <translation>Un véhicule sur le terrain ouvert peut heurter la zone protégée n'importe où le long d'une portion de sa limite que l'espace libre atteint, pas seulement là où une voie la franchit : des points d'impact sont placés le long de chacune de ces portions, espacés de IMPACT_SPACING_M, extrémités comprises, chacun avec sa vitesse, son itinéraire et ses classements ; le classement de la portion est celui de son point le plus rapide.</translation>
        </message>
        <message>
            <source>An obstacle drawn as a point is a disc of radius OBSTACLE_RADIUS_M or of the radius in metres in OBSTACLE_RADIUS_FIELD (a negative radius is refused). A point on a street line (within TOLERANCE_M, as OpenStreetMap draws a barrier=bollard node on its way) closes that street to vehicles, unless REMOVABLE_EXPRESSION says it can be removed or lowered (default: OSM bollard=removable, rising or foldable, the values of the OSM wiki's Key:bollard for bollards that can be taken away or lowered, and retractable, a word some mappers use for rising) and REMOVABLE_BARRIERS_OPEN is set; points of a layer without the expression's fields count as fixed. Lines and polygons never close a street (streets pass under buildings and through gates, which OSM draws as points).</source>
            <translation>Un obstacle dessiné comme un point est un disque de rayon OBSTACLE_RADIUS_M ou du rayon en mètres donné par OBSTACLE_RADIUS_FIELD (un rayon négatif est refusé). Un point sur l'axe d'une voie (à moins de TOLERANCE_M, comme OpenStreetMap dessine un nœud barrier=bollard sur sa voie) ferme cette voie aux véhicules, sauf si REMOVABLE_EXPRESSION dit qu'il peut être retiré ou abaissé (par défaut : OSM bollard=removable, rising ou foldable, les valeurs de la clé Key:bollard du wiki OSM pour les bornes qu'on peut retirer ou abaisser, et retractable, un terme que certains contributeurs emploient pour rising) et que REMOVABLE_BARRIERS_OPEN est coché ; les points d'une couche sans les champs de l'expression comptent comme fixes. Les lignes et les polygones ne ferment jamais une voie (les voies passent sous des bâtiments et par des portails, qu'OSM dessine comme des points).</translation>
        </message>
        <message>
            <source>%1 m, about two vehicle lengths.</source>
            <translation>%1 m, environ deux longueurs de véhicule.</translation>
        </message>
        <message>
            <source>%L1 m, a slim bollard: the smallest obstacle is the safe side.</source>
            <translation>%L1 m, une borne fine : le plus petit obstacle va dans le sens de la sécurité.</translation>
        </message>
        <message>
            <source>yes, the safe side: a removable bollard is down whenever someone lets a vehicle through.</source>
            <translation>oui, le sens de la sécurité : une borne amovible est baissée chaque fois qu'on laisse passer un véhicule.</translation>
        </message>
        <message>
            <source>The vehicle's width on open ground is its class's body width: car 1.7 m, pickup 1.8, van 1.9, 7.2 and 7.5 t trucks 2.2, 30 t lorry 2.5 (at the narrow end of each class, the safe side: a narrower vehicle passes more gaps; the EU maximum is 2.55 m).</source>
            <translation>La largeur du véhicule sur le terrain ouvert est la largeur de caisse de sa catégorie : voiture 1,7 m, pick-up 1,8, fourgon 1,9, camions de 7,2 et 7,5 t 2,2, poids lourd de 30 t 2,5 (au bas de chaque catégorie, dans le sens de la sécurité : un véhicule plus étroit passe plus d'interstices ; le maximum européen est de 2,55 m).</translation>
        </message>
        <message>
            <source>Pavements of %1 m beside each carriageway join it to the open ground.</source>
            <translation>Des trottoirs de %1 m de chaque côté de la chaussée la relient au terrain ouvert.</translation>
        </message>
        <message>
            <source>Not modelled on open ground: kerbs and steps (a kerb is mounted at speed), soft ground (a lawn is as fast as asphalt: the safe side), slopes; vehicles entering at speed over open ground where it crosses the study area's edge (they start at rest there).</source>
            <translation>Non modélisés sur le terrain ouvert : les bordures et les marches (une bordure se franchit en vitesse), les sols meubles (une pelouse est aussi rapide que l'enrobé : le sens de la sécurité), les pentes ; les véhicules entrant déjà lancés par un terrain ouvert là où il franchit le bord de la zone d'étude (ils y partent à l'arrêt).</translation>
        </message>
        <message>
            <source>Each turn is judged on its own, from the room at its node and the straight runs beside it, so a route that chains turns (a zigzag through a park, a lap round a lawn, a U-turn made of two turns at a street) can be credited more speed than a vehicle could keep: check the critical route on the map before relying on a speed. A turn taken short of a corner of the free space (cutting a plaza's corner) is not credited, which can leave a speed slightly low there.</source>
            <translation>Chaque virage est jugé seul, d'après la place à son nœud et les parties droites de part et d'autre, si bien qu'un itinéraire qui enchaîne les virages (un zigzag dans un parc, un tour de pelouse, un demi-tour fait de deux virages sur une voie) peut se voir attribuer plus de vitesse qu'un véhicule ne pourrait en garder : vérifiez l'itinéraire critique sur la carte avant de vous fier à une vitesse. Un virage pris avant un angle de l'espace libre (en coupant l'angle d'une place) n'est pas pris en compte, ce qui peut y laisser une vitesse un peu basse.</translation>
        </message>
        <message>
            <source>Invalid open area and obstacle polygons are repaired with make valid (a warning says so) and curves made straight; obstacles away from every open area are ignored, except points that close a street.</source>
            <translation>Les polygones invalides des terrains ouverts et des obstacles sont réparés avec « make valid » (un avertissement le signale) et les courbes converties en segments droits ; les obstacles éloignés de tout terrain ouvert sont ignorés, sauf les points qui ferment une voie.</translation>
        </message>
    </context>
    <context>
        <name>ApproachRanges</name>
        <message>
            <source>%1 takes the range's upper bound too high: %2. Lower the spread or the value it spreads around.</source>
            <translation>%1 porte la borne supérieure de la plage trop haut : %2. Réduisez la dispersion ou la valeur autour de laquelle elle s'applique.</translation>
        </message>
        <message>
            <source>Internal error: the approach search re-run with the deterministic inputs does not give the study's impact speeds; run with SAMPLES 0 and report this.</source>
            <translation>Erreur interne : la recherche d'approche relancée avec les données déterministes ne redonne pas les vitesses d'impact de l'étude ; lancez le calcul avec SAMPLES 0 et signalez ce problème.</translation>
        </message>
        <message>
            <source>SAMPLES: %1 (one search of this network took %2 s). Lower SAMPLES, or raise MAX_SAMPLING_MINUTES if you mean to wait.</source>
            <translation>SAMPLES : %1 (une recherche sur ce réseau a pris %2 s). Réduisez SAMPLES, ou augmentez MAX_SAMPLING_MINUTES si vous acceptez d'attendre.</translation>
        </message>
        <message>
            <source>Impact speeds as ranges: %1 samples (Latin hypercube, SEED %2), a0 %3 m/s², vmax %4 km/h, friction %5, entry speeds x %6, %7 between the bounds; one search took %8 s, so about %9 s in all. Ratings chosen on the %10th percentile of the sampled impact speeds, never below the deterministic impact_kmh.</source>
            <translation>Vitesses d'impact en plages : %1 échantillons (hypercube latin, SEED %2), a0 %3 m/s², vmax %4 km/h, adhérence %5, vitesses d'entrée x %6, répartition %7 entre les bornes ; une recherche a pris %8 s, soit environ %9 s en tout. Classements choisis sur le %10e centile des vitesses d'impact échantillonnées, jamais en dessous de la valeur déterministe impact_kmh.</translation>
        </message>
        <message>
            <source>uniform</source>
            <translation>uniforme</translation>
        </message>
        <message>
            <source>triangular</source>
            <translation>triangulaire</translation>
        </message>
        <message>
            <source>Ranged run: %1 samples in %2 s.</source>
            <translation>Calcul par plages : %1 échantillons en %2 s.</translation>
        </message>
    </context>
    <context>
        <name>ApproachStudy</name>
        <message>
            <source>Could not rate the barrier for %1: %2</source>
            <translation>Impossible de déterminer le classement de la barrière pour %1 : %2</translation>
        </message>
        <message>
            <source>Bends and junction turns: lateral limit %1 g, the lower of FRICTION %2 and the vehicle's rollover threshold %3 g; junction corners with a kerb radius of %4 m.</source>
            <translation>Virages et changements de direction aux carrefours : limite latérale %1 g, la plus petite valeur entre FRICTION %2 et le seuil de renversement du véhicule %3 g ; angles de carrefour avec un rayon de bordure de %4 m.</translation>
        </message>
        <message>
            <source> (none chosen)</source>
            <translation> (aucun choisi)</translation>
        </message>
        <message numerus="yes">
            <source>Entry speeds: %n entr(y/ies) into the study area, all at START_SPEED_KMH (%1 km/h, at most the vehicle's top speed): no street has a speed limit in MAXSPEED_FIELD%2.</source>
            <translation>
                <numerusform>Vitesses d'entrée : %n entrée dans la zone d'étude, à START_SPEED_KMH (%1 km/h, au plus la vitesse maximale du véhicule) : aucune voie n'a de limitation de vitesse dans MAXSPEED_FIELD%2.</numerusform>
                <numerusform>Vitesses d'entrée : %n entrées dans la zone d'étude, toutes à START_SPEED_KMH (%1 km/h, au plus la vitesse maximale du véhicule) : aucune voie n'a de limitation de vitesse dans MAXSPEED_FIELD%2.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Entry speeds: %1 of %n entr(y/ies) into the study area at their street's speed limit (field "%2": %3 to %4 km/h, at most the vehicle's top speed), %5 at START_SPEED_KMH (%6 km/h).</source>
            <translation>
                <numerusform>Vitesses d'entrée : %1 sur %n entrée dans la zone d'étude à la limitation de vitesse de sa voie (champ « %2 » : %3 à %4 km/h, au plus la vitesse maximale du véhicule), %5 à START_SPEED_KMH (%6 km/h).</numerusform>
                <numerusform>Vitesses d'entrée : %1 des %n entrées dans la zone d'étude à la limitation de vitesse de leur voie (champ « %2 » : %3 à %4 km/h, au plus la vitesse maximale du véhicule), %5 à START_SPEED_KMH (%6 km/h).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AreaInputTexts</name>
        <message numerus="yes">
            <source>%n polygon(s) of %1 were invalid (a ring crossing itself, for example) and were repaired with QGIS's make valid: check that the result is the area you meant.</source>
            <translation>
                <numerusform>%n polygone de %1 était invalide (un anneau qui se croise, par exemple) et a été réparé avec « make valid » de QGIS : vérifiez que le résultat est bien la zone voulue.</numerusform>
                <numerusform>%n polygones de %1 étaient invalides (un anneau qui se croise, par exemple) et ont été réparés avec « make valid » de QGIS : vérifiez que le résultat est bien la zone voulue.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n polygon(s) of %1 were invalid and have no area (a ring along a line, for example): they were left out.</source>
            <translation>
                <numerusform>%n polygone de %1 était invalide et sans surface (un anneau le long d'une ligne, par exemple) : il a été ignoré.</numerusform>
                <numerusform>%n polygones de %1 étaient invalides et sans surface (un anneau le long d'une ligne, par exemple) : ils ont été ignorés.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SourceSnapshotTexts</name>
        <message>
            <source>%1: the file %2 does not exist (moved or deleted?): choose the layer again.</source>
            <translation>%1 : le fichier %2 n'existe pas (déplacé ou supprimé ?) : choisissez de nouveau la couche.</translation>
        </message>
        <message>
            <source>%1: the layer %2 could not be opened: check that it is a readable vector layer.</source>
            <translation>%1 : la couche %2 n'a pas pu être ouverte : vérifiez qu'il s'agit d'une couche vecteur lisible.</translation>
        </message>
        <message>
            <source>%1: the layer is no longer in the project (was it removed?): choose it again.</source>
            <translation>%1 : la couche n'est plus dans le projet (a-t-elle été retirée ?) : choisissez-la de nouveau.</translation>
        </message>
        <message>
            <source>%1 is required: choose a layer.</source>
            <translation>%1 est obligatoire : choisissez une couche.</translation>
        </message>
        <message>
            <source>%1: the layer “%2” cannot be read (its data source is not available).</source>
            <translation>%1 : la couche « %2 » ne peut pas être lue (sa source de données n'est pas disponible).</translation>
        </message>
        <message>
            <source>%1 is required: choose at least one layer.</source>
            <translation>%1 est obligatoire : choisissez au moins une couche.</translation>
        </message>
    </context>
    <context>
        <name>PhysicalParameterTexts</name>
        <message>
            <source>%1 must be at most %2%3, more than any real %4 (%5); got %6.</source>
            <translation>%1 doit valoir au plus %2%3, plus qu'aucune valeur réelle de %4 (%5) ; valeur reçue : %6.</translation>
        </message>
    </context>
    <context>
        <name>QueueParameters</name>
        <message>
            <source>Queue width on the ground (m)</source>
            <translation>Largeur de la file d'attente au sol (m)</translation>
        </message>
        <message>
            <source>at least one person: Fruin's body ellipse is 0.61 m across the shoulders; at most wider than any street: a plaza is an area, not a queue</source>
            <translation>au moins une personne : l'ellipse corporelle de Fruin mesure 0,61 m aux épaules ; au plus plus large qu'aucune voie : une place est une aire, pas une file</translation>
        </message>
        <message>
            <source>Space per person in a queue (m²)</source>
            <translation>Surface par personne dans une file d'attente (m²)</translation>
        </message>
        <message>
            <source>above 4 persons per m² a crowd is unstable; people 10 m² apart are not queueing</source>
            <translation>au-delà de 4 personnes par m² une foule est instable ; des personnes espacées de 10 m² ne font pas la queue</translation>
        </message>
        <message>
            <source>Longest acceptable wait at an entry (minutes)</source>
            <translation>Attente maximale acceptable à un accès (minutes)</translation>
        </message>
        <message>
            <source>a wait shorter than a minute is below the precision of any arrival figure; a week is longer than any one event plans for</source>
            <translation>une attente de moins d'une minute est en deçà de la précision de tout chiffre d'arrivée ; une semaine dépasse ce que prévoit tout événement</translation>
        </message>
        <message>
            <source>Arrival peak: the last minutes before the start</source>
            <translation>Pic d'arrivée : les dernières minutes avant le début</translation>
        </message>
        <message>
            <source>a peak lasts some time; a week is longer than any one event plans for</source>
            <translation>un pic dure un certain temps ; une semaine dépasse ce que prévoit tout événement</translation>
        </message>
        <message>
            <source>Arrival variability (squared coefficient of variation)</source>
            <translation>Variabilité des arrivées (carré du coefficient de variation)</translation>
        </message>
        <message>
            <source>0 is arrivals evenly spaced, 100 a coach party of about 100 people arriving at once: a judgement call</source>
            <translation>0 correspond à des arrivées régulièrement espacées, 100 à un groupe d'environ 100 personnes arrivant en autocar d'un coup : un choix d'appréciation</translation>
        </message>
        <message>
            <source>Search time variability (squared coefficient of variation)</source>
            <translation>Variabilité des temps de contrôle (carré du coefficient de variation)</translation>
        </message>
        <message>
            <source>0 is searches of equal length, 25 a standard deviation five times the mean: a judgement call</source>
            <translation>0 correspond à des contrôles de durée égale, 25 à un écart type de cinq fois la moyenne : un choix d'appréciation</translation>
        </message>
        <message>
            <source>A queue this close to a carriageway faces traffic (m)</source>
            <translation>Une file aussi proche d'une chaussée est exposée à la circulation (m)</translation>
        </message>
        <message>
            <source>0 counts only a queue touching the carriageway; beyond 100 m every street of a block would face it: a judgement call</source>
            <translation>0 ne compte qu'une file touchant la chaussée ; au-delà de 100 m, toutes les voies d'un îlot y feraient face : un choix d'appréciation</translation>
        </message>
        <message>
            <source>must lie between %1 and %2</source>
            <translation>doit être compris entre %1 et %2</translation>
        </message>
        <message>
            <source>must be greater than %1 and at most %2</source>
            <translation>doit être supérieur à %1 et au plus %2</translation>
        </message>
        <message>
            <source>%1 %2 (%3); got %4.</source>
            <translation>%1 %2 (%3) ; valeur reçue : %4.</translation>
        </message>
        <message>
            <source>Queues outside the cordon</source>
            <translation>Files d'attente hors du périmètre</translation>
        </message>
        <message>
            <source>The people waiting at the search lanes stand outside the cordon, where it does not protect them. At each pedestrian entry the queue is worked out over the arrival window: people arrive at ARRIVAL_PEAK_FACTOR times the mean rate in the last PEAK_MINUTES minutes (shortened, with a note, where a longer peak would bring more than ATTENDANCE), evenly before; each entry takes the share of the arrivals it has of the weights the lanes are shared by (the street widths) and each lane checks LANE_RATE_PPH.</source>
            <translation>Les personnes qui attendent aux lignes de filtrage se tiennent hors du périmètre, là où il ne les protège pas. À chaque accès piéton, la file est calculée sur la fenêtre d'arrivée : les gens arrivent à ARRIVAL_PEAK_FACTOR fois le débit moyen pendant les PEAK_MINUTES dernières minutes (raccourci, avec une note, là où un pic plus long amènerait plus que ATTENDANCE), régulièrement avant ; chaque accès reçoit la part des arrivées qu'il a dans les poids selon lesquels les lignes sont réparties (les largeurs des voies) et chaque ligne contrôle LANE_RATE_PPH.</translation>
        </message>
        <message>
            <source>The queue is the backlog (the arrivals beyond the lanes' throughput, first come first served) plus the random queue that forms even below capacity because people arrive in groups and searches take unequal times: the Allen-Cunneen approximation for several lanes with ARRIVAL_SCV and SEARCH_SCV, period by period (Green and Kolesar 1991), bounded near capacity by what randomness adds within the period. The figures are means, not a worst case.</source>
            <translation>La file est le reliquat (les arrivées au-delà du débit des lignes, premier arrivé premier servi) plus la file aléatoire qui se forme même en deçà de la capacité parce que les gens arrivent en groupes et que les contrôles durent inégalement : l'approximation d'Allen-Cunneen pour plusieurs lignes avec ARRIVAL_SCV et SEARCH_SCV, période par période (Green et Kolesar 1991), bornée près de la capacité par ce que l'aléa ajoute au cours de la période. Les chiffres sont des moyennes, pas un pire cas.</translation>
        </message>
        <message>
            <source>On the ground each person takes QUEUE_SPACE_M2 (default 0.6 m², the boundary of the queuing levels of service C and D: TRB Highway Capacity Manual 2000 after Fruin 1971) of a queue QUEUE_WIDTH_M wide, drawn from the entry outward along its street, straight on at junctions; where the street ends first the rest spills over (spills, drawn_m).</source>
            <translation>Au sol, chaque personne occupe QUEUE_SPACE_M2 (0,6 m² par défaut, la limite entre les niveaux de service d'attente C et D : TRB Highway Capacity Manual 2000 d'après Fruin 1971) d'une file de QUEUE_WIDTH_M de large, tracée depuis l'accès vers l'extérieur le long de sa voie, tout droit aux carrefours ; là où la voie s'arrête avant, le reste déborde (spills, drawn_m).</translation>
        </message>
        <message>
            <source>Exposed queues</source>
            <translation>Files exposées</translation>
        </message>
        <message>
            <source>A second vehicle approach study protects the cordon and the queues together: impact_kmh and energy_kj are the fastest VEHICLE reaching a queue (impact_by: along a street that ends at it, beside it on its own street when the street is wider than the queue, or on a carriageway passing within QUEUE_REACH_M of it); bomb_distance_m is how close a vehicle can stop: the nearest carriageway outside the cordon and the queues. A queue is exposed (exposed_ramming, exposed_bomb, exposed) when a vehicle reaches it or can stop within the mandatory evacuation distance of THREAT in the NCTC/DHS chart; when no street was studied that far it is not known, and counts as exposed.</source>
            <translation>Une deuxième étude d'approche des véhicules protège ensemble le périmètre et les files : impact_kmh et energy_kj sont ceux du VEHICLE le plus rapide qui atteint une file (impact_by : par une voie qui y aboutit, le long de la file sur sa propre voie lorsque celle-ci est plus large que la file, ou sur une chaussée passant à moins de QUEUE_REACH_M d'elle) ; bomb_distance_m est la distance la plus courte à laquelle un véhicule peut s'arrêter : la chaussée la plus proche hors du périmètre et des files. Une file est exposée (exposed_ramming, exposed_bomb, exposed) lorsqu'un véhicule l'atteint ou peut s'arrêter dans la distance d'évacuation obligatoire de THREAT dans le tableau NCTC/DHS ; lorsqu'aucune voie n'a été étudiée aussi loin, ce n'est pas connu, et elle compte comme exposée.</translation>
        </message>
        <message>
            <source>What the plan can do:</source>
            <translation>Ce que le plan peut faire :</translation>
        </message>
        <message>
            <source>barrier_m of barrier along the queue's street side, rated by the same rule as the crossings (rating_astm, rating_iwa, rating_pas68);</source>
            <translation>barrier_m de barrière le long du côté voie de la file, classée selon la même règle que les franchissements (rating_astm, rating_iwa, rating_pas68) ;</translation>
        </message>
        <message>
            <source>move the search line out so that the queue's street lies inside the vehicle-exclusion zone: move_line_m of line more, cutting move_crossings streets (move_barrier_m of rated barrier across them);</source>
            <translation>reculer la ligne de contrôle pour que la voie de la file se trouve dans la zone d'exclusion des véhicules : move_line_m de ligne en plus, coupant move_crossings voies (move_barrier_m de barrière certifiée en travers) ;</translation>
        </message>
        <message>
            <source>or more lanes (lanes_for_target).</source>
            <translation>ou plus de lignes de filtrage (lanes_for_target).</translation>
        </message>
        <message>
            <source>A warning names each exposed queue, and the report gives the options. The queues' study is the deterministic one: with SAMPLES above 0 the speeds at the queues and their barrier's rating stay the single run's.</source>
            <translation>Un avertissement nomme chaque file exposée, et le rapport donne les options. L'étude des files est l'étude déterministe : avec SAMPLES supérieur à 0, les vitesses aux files et le classement de leur barrière restent ceux du calcul unique.</translation>
        </message>
        <message>
            <source>the queues outside the cordon: entry (its crossing_id), street, share, lanes, peak_people, length_m, drawn_m, spills, max_wait_min (NULL: the queue never clears), peak_min (minutes from the opening of the gates), lanes_for_target (the fewest lanes that keep the wait within WAIT_TARGET_MIN; NULL: no number will), lane_lost_wait_min (one lane lost for the whole window), and the fields of Exposed queues above.</source>
            <translation>les files d'attente hors du périmètre : entry (son crossing_id), street, share, lanes, peak_people, length_m, drawn_m, spills, max_wait_min (NULL : la file ne se résorbe jamais), peak_min (minutes depuis l'ouverture des portes), lanes_for_target (le plus petit nombre de lignes qui maintient l'attente sous WAIT_TARGET_MIN ; NULL : aucun nombre ne suffit), lane_lost_wait_min (une ligne perdue pendant toute la fenêtre), et les champs de Files exposées ci-dessus.</translation>
        </message>
        <message>
            <source>Queues: the Allen-Cunneen approximation, period by period (Green and Kolesar 1991); 0.6 m² a person in a queue, the boundary of the queuing levels of service C and D: TRB Highway Capacity Manual 2000 after Fruin 1971.</source>
            <translation>Files d'attente : l'approximation d'Allen-Cunneen, période par période (Green et Kolesar 1991) ; 0,6 m² par personne dans une file, la limite entre les niveaux de service d'attente C et D : TRB Highway Capacity Manual 2000 d'après Fruin 1971.</translation>
        </message>
        <message>
            <source>%1, within the 20-30 minutes planning guidance cites.</source>
            <translation>%1, dans les 20 à 30 minutes que citent les guides de planification.</translation>
        </message>
        <message>
            <source>%1, people arriving in pairs (1: each person arrives alone; groups raise it to about their mean size).</source>
            <translation>%1, des personnes arrivant par deux (1 : chacun arrive seul ; les groupes l'élèvent à peu près à leur taille moyenne).</translation>
        </message>
        <message>
            <source>%1, exponential search times (a machine-paced lane is lower, a mix of quick pat-downs and long bag searches can be higher).</source>
            <translation>%1, des temps de contrôle exponentiels (une ligne au rythme d'une machine est plus basse, un mélange de palpations rapides et de longues fouilles de sacs peut être plus haut).</translation>
        </message>
        <message>
            <source>%L1 m²: which level of service a queue reaches is a judgement call.</source>
            <translation>%L1 m² : le niveau de service qu'atteint une file est un choix d'appréciation.</translation>
        </message>
        <message>
            <source>%1 m, an urban footway (2-4 m: the site decides).</source>
            <translation>%1 m, un trottoir urbain (2 à 4 m : le site décide).</translation>
        </message>
        <message>
            <source>%1 minutes, not a published figure.</source>
            <translation>%1 minutes, pas une valeur publiée.</translation>
        </message>
        <message>
            <source>%1 m, a kerb and a step: no source gives how far from a carriageway a crowd is within reach of a vehicle leaving it; a wider margin asks more barrier, the safe side.</source>
            <translation>%1 m, une bordure et un pas : aucune source ne dit à quelle distance d'une chaussée une foule est à portée d'un véhicule qui la quitte ; une marge plus large demande plus de barrière, le sens de la sécurité.</translation>
        </message>
    </context>
    <context>
        <name>QueuePlanner</name>
        <message>
            <source>The queues at the entries cannot be planned: %1</source>
            <translation>Les files d'attente aux accès ne peuvent pas être planifiées : %1</translation>
        </message>
        <message>
            <source>Entry %1</source>
            <translation>Accès %1</translation>
        </message>
        <message>
            <source>Entry %1 (%2)</source>
            <translation>Accès %1 (%2)</translation>
        </message>
        <message>
            <source>The arrival peak was shortened from %1 to %2 minutes: at %3 times the mean rate a longer peak would bring more people than the attendance within the %4-minute window, so everyone arrives in the peak.</source>
            <translation>Le pic d'arrivée a été raccourci de %1 à %2 minutes : à %3 fois le débit moyen, un pic plus long amènerait plus de personnes que la fréquentation dans la fenêtre de %4 minutes ; tout le monde arrive donc pendant le pic.</translation>
        </message>
        <message>
            <source>%1, the barrier beside its queue: %2</source>
            <translation>%1, la barrière le long de sa file : %2</translation>
        </message>
        <message>
            <source>%1: no drivable street lies within the %2 m studied around the cordon, but the mandatory evacuation distance is %3 m: whether a vehicle can stop that close to the queue is not known, so it is counted as exposed. Widen SEARCH_DISTANCE_M to tell.</source>
            <translation>%1 : aucune voie carrossable ne se trouve dans les %2 m étudiés autour du périmètre, mais la distance d'évacuation obligatoire est de %3 m : on ne sait pas si un véhicule peut s'arrêter aussi près de la file, elle est donc comptée comme exposée. Élargissez SEARCH_DISTANCE_M pour le savoir.</translation>
        </message>
        <message>
            <source>a vehicle can drive into it at %1 km/h</source>
            <translation>un véhicule peut la percuter à %1 km/h</translation>
        </message>
        <message>
            <source>a vehicle can stop %1 m from it, within the mandatory evacuation distance of %2 m</source>
            <translation>un véhicule peut s'arrêter à %1 m d'elle, dans la distance d'évacuation obligatoire de %2 m</translation>
        </message>
        <message>
            <source>%1: its queue of up to %2 people (%3 m) stands outside the cordon and is exposed: %4.</source>
            <translation>%1 : sa file d'attente, jusqu'à %2 personnes (%3 m), se tient hors du périmètre et est exposée : %4.</translation>
        </message>
        <message>
            <source>; </source>
            <translation> ; </translation>
        </message>
        <message>
            <source>%1: %2 m of its queue's edge face a carriageway on which the approach study finds no vehicle heading for the cordon or a queue; no rating is given: rate that barrier on site.</source>
            <translation>%1 : %2 m du bord de sa file font face à une chaussée sur laquelle l'étude d'approche ne trouve aucun véhicule se dirigeant vers le périmètre ou une file ; aucun classement n'est donné : classez cette barrière sur place.</translation>
        </message>
        <message>
            <source>%1: the street of the entry was not found outside the cordon; its queue (%2 m) is not drawn and its exposure not studied.</source>
            <translation>%1 : la voie de l'accès n'a pas été trouvée hors du périmètre ; sa file (%2 m) n'est pas tracée et son exposition n'est pas étudiée.</translation>
        </message>
        <message>
            <source>%1: its queue (%2 m) is longer than the street it stands on (%3 m to where the street ends): the rest spills over somewhere the plan does not show. Add lanes or plan a queueing area.</source>
            <translation>%1 : sa file (%2 m) est plus longue que la voie où elle se tient (%3 m jusqu'à la fin de la voie) : le reste déborde là où le plan ne le montre pas. Ajoutez des lignes de filtrage ou prévoyez une aire d'attente.</translation>
        </message>
        <message>
            <source>%1 has no search lane (the plan has fewer lanes than entries): no one is sent there to be searched, and it has no queue.</source>
            <translation>%1 n'a aucune ligne de filtrage (le plan compte moins de lignes que d'accès) : personne n'y est envoyé pour être contrôlé, et il n'a pas de file.</translation>
        </message>
        <message>
            <source>%1 has %2 search lanes, more than any venue has (%3): its queue is not planned. Check ATTENDANCE and LANE_RATE_PPH.</source>
            <translation>%1 a %2 lignes de filtrage, plus qu'aucun site n'en a (%3) : sa file n'est pas planifiée. Vérifiez ATTENDANCE et LANE_RATE_PPH.</translation>
        </message>
        <message>
            <source>%1: even %2 search lanes would not keep the wait within %3 minutes.</source>
            <translation>%1 : même %2 lignes de filtrage ne maintiendraient pas l'attente sous %3 minutes.</translation>
        </message>
    </context>
    <context>
        <name>QueueReport</name>
        <message>
            <source>unnamed street</source>
            <translation>voie sans nom</translation>
        </message>
        <message>
            <source>never clears</source>
            <translation>ne se résorbe jamais</translation>
        </message>
        <message>
            <source>%1 (%2 drawn: the street ends)</source>
            <translation>%1 (%2 tracés : la voie s'arrête)</translation>
        </message>
        <message>
            <source>The people waiting to be searched stand outside the perimeter: a dense crowd the cordon does not protect, at places and times the plan itself sets (the attack on Manchester Arena in 2017 struck a gathering area outside the security line).</source>
            <translation>Les personnes qui attendent d'être contrôlées se tiennent hors du périmètre : une foule dense que le périmètre ne protège pas, en des lieux et à des heures que fixe le plan lui-même (l'attentat de la Manchester Arena en 2017 a frappé une zone de rassemblement hors de la ligne de sécurité).</translation>
        </message>
        <message>
            <source>At each entry the queue is the backlog of the people who arrive faster than its search lanes pass them (%1 a lane and hour %2), with people arriving at %3 times the mean rate in the last %4 minutes of the %5-minute window %6, plus the queue that forms even below capacity because people arrive in groups and searches take unequal times %7; each person takes %8 m² of a queue %9 m wide %10.</source>
            <translation>À chaque accès, la file est le reliquat des personnes qui arrivent plus vite que ses lignes de filtrage ne les font passer (%1 par ligne et par heure %2), les arrivées se faisant à %3 fois le débit moyen pendant les %4 dernières minutes de la fenêtre de %5 minutes %6, plus la file qui se forme même en deçà de la capacité parce que les gens arrivent en groupes et que les contrôles durent inégalement %7 ; chaque personne occupe %8 m² d'une file de %9 m de large %10.</translation>
        </message>
        <message>
            <source>The figures are means: on a bad day the queue is longer.</source>
            <translation>Les chiffres sont des moyennes : un mauvais jour, la file est plus longue.</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>Voie</translation>
        </message>
        <message>
            <source>Share of arrivals (%)</source>
            <translation>Part des arrivées (%)</translation>
        </message>
        <message>
            <source>Search lanes</source>
            <translation>Lignes de filtrage</translation>
        </message>
        <message>
            <source>People at the peak</source>
            <translation>Personnes au pic</translation>
        </message>
        <message>
            <source>Length (m)</source>
            <translation>Longueur (m)</translation>
        </message>
        <message>
            <source>Longest wait (min)</source>
            <translation>Attente la plus longue (min)</translation>
        </message>
        <message>
            <source>Lanes for a %1-minute wait</source>
            <translation>Lignes pour une attente de %1 minutes</translation>
        </message>
        <message>
            <source>Longest wait with a lane lost (min)</source>
            <translation>Attente la plus longue avec une ligne perdue (min)</translation>
        </message>
        <message>
            <source>no search lane: no one is sent here</source>
            <translation>aucune ligne de filtrage : personne n'y est envoyé</translation>
        </message>
        <message>
            <source>more lanes than any venue has: not planned</source>
            <translation>plus de lignes qu'aucun site n'en a : non planifié</translation>
        </message>
        <message>
            <source>none will</source>
            <translation>aucun nombre ne suffit</translation>
        </message>
        <message>
            <source>along a street that ends at the queue</source>
            <translation>par une voie qui aboutit à la file</translation>
        </message>
        <message>
            <source>beside the queue, on its own street</source>
            <translation>le long de la file, sur sa propre voie</translation>
        </message>
        <message>
            <source>on a carriageway within %1 m of the queue</source>
            <translation>sur une chaussée à moins de %1 m de la file</translation>
        </message>
        <message>
            <source>no vehicle reaches it</source>
            <translation>aucun véhicule ne l'atteint</translation>
        </message>
        <message>
            <source>not known: no street within the %1 m studied (the chart asks %2)</source>
            <translation>inconnue : aucune voie dans les %1 m étudiés (le tableau demande %2)</translation>
        </message>
        <message>
            <source>%1 (the chart asks %2)</source>
            <translation>%1 (le tableau demande %2)</translation>
        </message>
        <message>
            <source>yes: vehicle and bomb</source>
            <translation>oui : véhicule et bombe</translation>
        </message>
        <message>
            <source>yes: vehicle</source>
            <translation>oui : véhicule</translation>
        </message>
        <message>
            <source>yes: bomb</source>
            <translation>oui : bombe</translation>
        </message>
        <message>
            <source>no</source>
            <translation>non</translation>
        </message>
        <message>
            <source>Fastest vehicle (km/h)</source>
            <translation>Véhicule le plus rapide (km/h)</translation>
        </message>
        <message>
            <source>How it gets there</source>
            <translation>Par où il arrive</translation>
        </message>
        <message>
            <source>Nearest place a vehicle can stop (m)</source>
            <translation>Point le plus proche où un véhicule peut s'arrêter (m)</translation>
        </message>
        <message>
            <source>Exposed</source>
            <translation>Exposée</translation>
        </message>
        <message>
            <source>the street was not found: not studied</source>
            <translation>la voie n'a pas été trouvée : non étudiée</translation>
        </message>
        <message>
            <source>no queue</source>
            <translation>pas de file</translation>
        </message>
        <message>
            <source>faster than tested</source>
            <translation>au-delà des essais</translation>
        </message>
        <message>
            <source>#%1, %2 (%3 people, %4 m):</source>
            <translation>n° %1, %2 (%3 personnes, %4 m) :</translation>
        </message>
        <message>
            <source>(b) No number of lanes keeps the wait within %1 minutes: spread the arrivals (an earlier opening, timed tickets).</source>
            <translation>(b) Aucun nombre de lignes ne maintient l'attente sous %1 minutes : étalez les arrivées (ouverture plus tôt, billets horodatés).</translation>
        </message>
        <message>
            <source>(b) Add lanes: %1 instead of %2 keep the longest wait within %3 minutes; more lanes shorten the queue but do not remove it.</source>
            <translation>(b) Ajouter des lignes : %1 au lieu de %2 maintiennent l'attente la plus longue sous %3 minutes ; plus de lignes raccourcissent la file sans la supprimer.</translation>
        </message>
        <message>
            <source>(b) The %1 lanes already keep the wait within %2 minutes; each lane more shortens the queue but does not remove it.</source>
            <translation>(b) Les %1 lignes maintiennent déjà l'attente sous %2 minutes ; chaque ligne supplémentaire raccourcit la file sans la supprimer.</translation>
        </message>
        <message>
            <source>(c) Barrier the queue's street side: %1 m rated ASTM F2656 %2, IWA 14-1 %3, PAS 68 %4 against the %5 km/h vehicle %6.</source>
            <translation>(c) Protéger le côté voie de la file par une barrière : %1 m classés ASTM F2656 %2, IWA 14-1 %3, PAS 68 %4 contre le véhicule à %5 km/h %6.</translation>
        </message>
        <message>
            <source>A barrier beside the queue does not keep a vehicle bomb away: the chart asks %1 m %2, so keep vehicles that far from the queue (close the streets that come closer, or (a)).</source>
            <translation>Une barrière le long de la file n'éloigne pas un véhicule piégé : le tableau demande %1 m %2, tenez donc les véhicules à cette distance de la file (fermez les voies qui s'en approchent davantage, ou (a)).</translation>
        </message>
        <message>
            <source>(c) A barrier beside the queue does not keep a vehicle bomb away: the chart asks %1 m %2, so keep vehicles that far from the queue (close the streets that come closer, or (a)).</source>
            <translation>(c) Une barrière le long de la file n'éloigne pas un véhicule piégé : le tableau demande %1 m %2, tenez donc les véhicules à cette distance de la file (fermez les voies qui s'en approchent davantage, ou (a)).</translation>
        </message>
        <message>
            <source>6. Queues outside the cordon</source>
            <translation>6. Files d'attente hors du périmètre</translation>
        </message>
        <message>
            <source>There is no pedestrian entry, so no queue.</source>
            <translation>Il n'y a aucun accès piéton, donc aucune file.</translation>
        </message>
        <message>
            <source># is the entry's number in the barrier table (section 4) and its crossing_id in the layers. The longest wait is the longest that anyone arriving waits, on average.</source>
            <translation>Le n° est celui de l'accès dans le tableau des barrières (section 4) et son crossing_id dans les couches. L'attente la plus longue est la plus longue que subit, en moyenne, une personne qui arrive.</translation>
        </message>
        <message>
            <source>No queue is exposed: no vehicle reaches one, and none can stop within the chart's mandatory distance.</source>
            <translation>Aucune file n'est exposée : aucun véhicule n'en atteint une, et aucun ne peut s'arrêter dans la distance obligatoire du tableau.</translation>
        </message>
        <message numerus="yes">
            <source>(a) Move the search line out, so that the queue stands inside the vehicle-exclusion zone: %1 m more of barrier line around the queue's street, cutting %n drivable street(s), %2 m of rated barrier across them.</source>
            <translation>
                <numerusform>(a) Reculer la ligne de contrôle, pour que la file se tienne dans la zone d'exclusion des véhicules : %1 m de ligne de barrières en plus autour de la voie de la file, coupant %n voie carrossable, soit %2 m de barrière certifiée en travers.</numerusform>
                <numerusform>(a) Reculer la ligne de contrôle, pour que la file se tienne dans la zone d'exclusion des véhicules : %1 m de ligne de barrières en plus autour de la voie de la file, coupant %n voies carrossables, soit %2 m de barrière certifiée en travers.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n queue(s) exposed to a hostile vehicle or a vehicle bomb. What to do about it:</source>
            <translation>
                <numerusform>%n file exposée à un véhicule hostile ou à un véhicule piégé. Que faire :</numerusform>
                <numerusform>%n files exposées à un véhicule hostile ou à un véhicule piégé. Que faire :</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OpenGroundInputTexts</name>
        <message numerus="yes">
            <source>%n polygon(s) of %1 were invalid (a ring crossing itself, for example) and were repaired with QGIS's make valid: check that the result is the ground you meant.</source>
            <translation>
                <numerusform>%n polygone de %1 était invalide (un anneau qui se croise, par exemple) et a été réparé avec « make valid » de QGIS : vérifiez que le résultat est bien le terrain voulu.</numerusform>
                <numerusform>%n polygones de %1 étaient invalides (un anneau qui se croise, par exemple) et ont été réparés avec « make valid » de QGIS : vérifiez que le résultat est bien le terrain voulu.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n polygon(s) of %1 were invalid and have no area (a ring along a line, for example): they were left out.</source>
            <translation>
                <numerusform>%n polygone de %1 était invalide et n'a pas de surface (un anneau le long d'une ligne, par exemple) : il a été écarté.</numerusform>
                <numerusform>%n polygones de %1 étaient invalides et n'ont pas de surface (un anneau le long d'une ligne, par exemple) : ils ont été écartés.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n curved geometr(y/ies) of %1 were made of straight segments.</source>
            <translation>
                <numerusform>%n géométrie courbe de %1 a été convertie en segments droits.</numerusform>
                <numerusform>%n géométries courbes de %1 ont été converties en segments droits.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 has no field %2 that REMOVABLE_EXPRESSION reads: its points count as fixed barriers.</source>
            <translation>%1 n'a pas le champ %2 que lit REMOVABLE_EXPRESSION : ses points comptent comme des barrières fixes.</translation>
        </message>
        <message>
            <source>OBSTACLE_RADIUS_FIELD: feature %1 of %2 has the radius %3 m: a point obstacle's radius must be 0 or more and at most %4 m (draw a larger obstacle as a polygon).</source>
            <translation>OBSTACLE_RADIUS_FIELD : l'entité %1 de %2 a le rayon %3 m : le rayon d'un obstacle ponctuel doit valoir au moins 0 et au plus %4 m (dessinez un obstacle plus grand comme un polygone).</translation>
        </message>
        <message>
            <source>%1 has no field "%2" (OBSTACLE_RADIUS_FIELD): its points have the radius OBSTACLE_RADIUS_M, %3 m.</source>
            <translation>%1 n'a pas de champ « %2 » (OBSTACLE_RADIUS_FIELD) : ses points ont le rayon OBSTACLE_RADIUS_M, %3 m.</translation>
        </message>
        <message numerus="yes">
            <source>%n point(s) of %1 have no number in "%2": they have the radius OBSTACLE_RADIUS_M, %3 m.</source>
            <translation>
                <numerusform>%n point de %1 n'a pas de nombre dans « %2 » : il a le rayon OBSTACLE_RADIUS_M, %3 m.</numerusform>
                <numerusform>%n points de %1 n'ont pas de nombre dans « %2 » : ils ont le rayon OBSTACLE_RADIUS_M, %3 m.</numerusform>
            </translation>
        </message>
        <message>
            <source>REMOVABLE_EXPRESSION could not be evaluated on every point of %1 (%2): those points count as fixed barriers.</source>
            <translation>REMOVABLE_EXPRESSION n'a pas pu être évaluée sur tous les points de %1 (%2) : ces points comptent comme des barrières fixes.</translation>
        </message>
    </context>
    <context>
        <name>OpenGroundStudy</name>
        <message>
            <source>The open ground could not be built: %1. Check OPEN_AREAS, OBSTACLES and IMPACT_SPACING_M.</source>
            <translation>Le terrain ouvert n'a pas pu être construit : %1. Vérifiez OPEN_AREAS, OBSTACLES et IMPACT_SPACING_M.</translation>
        </message>
        <message>
            <source>Open ground: %1 in the study area, %2 near them, %3; free space %4 m² for a vehicle %5 m wide.</source>
            <translation>Terrain ouvert : %1 dans la zone d'étude, %2 à proximité, %3 ; espace libre de %4 m² pour un véhicule de %5 m de large.</translation>
        </message>
        <message numerus="yes">
            <source>%n open area polygon(s)</source>
            <translation>
                <numerusform>%n polygone de terrain ouvert</numerusform>
                <numerusform>%n polygones de terrain ouvert</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n obstacle polygon(s) and line(s)</source>
            <translation>
                <numerusform>%n polygone ou ligne d'obstacles</numerusform>
                <numerusform>%n polygones et lignes d'obstacles</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n obstacle point(s)</source>
            <translation>
                <numerusform>%n point d'obstacles</numerusform>
                <numerusform>%n points d'obstacles</numerusform>
            </translation>
        </message>
        <message>
            <source>Open ground: %1 between %2, %3 and %4 on %5 of the protected area's edge (%6 m); built in %7 s.</source>
            <translation>Terrain ouvert : %1 entre %2, %3 et %4 sur %5 de la limite de la zone protégée (%6 m) ; construit en %7 s.</translation>
        </message>
        <message numerus="yes">
            <source>%n leg(s)</source>
            <translation>
                <numerusform>%n tronçon</numerusform>
                <numerusform>%n tronçons</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n corner(s)</source>
            <translation>
                <numerusform>%n angle</numerusform>
                <numerusform>%n angles</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n street attach point(s)</source>
            <translation>
                <numerusform>%n point de raccordement aux voies</numerusform>
                <numerusform>%n points de raccordement aux voies</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n impact point(s)</source>
            <translation>
                <numerusform>%n point d'impact</numerusform>
                <numerusform>%n points d'impact</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n stretch(es)</source>
            <translation>
                <numerusform>%n portion</numerusform>
                <numerusform>%n portions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n barrier point(s) on streets close %1 to vehicles.</source>
            <translation>
                <numerusform>%n barrière ponctuelle sur une voie ferme %1 aux véhicules.</numerusform>
                <numerusform>%n barrières ponctuelles sur les voies ferment %1 aux véhicules.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n street line(s)</source>
            <translation>
                <numerusform>%n ligne de voie</numerusform>
                <numerusform>%n lignes de voie</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HelpPage</name>
        <message>
            <source>What it does</source>
            <translation>Ce qu'il fait</translation>
        </message>
        <message>
            <source>The model</source>
            <translation>Le modèle</translation>
        </message>
        <message>
            <source>Outputs</source>
            <translation>Sorties</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Sources</translation>
        </message>
        <message>
            <source>Judgement calls</source>
            <translation>Choix d'appréciation</translation>
        </message>
        <message>
            <source>Limits</source>
            <translation>Limites</translation>
        </message>
        <message>
            <source>Defaults that are judgement calls of this tool, each with its parameter: set them for the site.</source>
            <translation>Valeurs par défaut qui relèvent de l'appréciation de cet outil, chacune avec son paramètre : réglez-les pour le site.</translation>
        </message>
    </context>
    <context>
        <name>eventsecurity::ObstacleLayersPicker</name>
        <message>
            <source>None</source>
            <translation>Aucun</translation>
        </message>
        <message>
            <source>Optional: what stops a vehicle on the open ground (buildings, walls, water, bollards), layers of any geometry; bollards on a street close it. Tick them in the list.</source>
            <translation>Facultatif : ce qui arrête un véhicule sur le terrain ouvert (bâtiments, murs, eau, bornes), couches de toute géométrie ; des bornes sur une rue la ferment. Cochez-les dans la liste.</translation>
        </message>
    </context>
    <context>
        <name>eventsecurity::VenueFeaturePicker</name>
        <message>
            <source>The feature of the venue layer where the crowd gathers</source>
            <translation>L'entité de la couche du site où se rassemble la foule</translation>
        </message>
    </context>
    <context>
        <name>eventsecurity::PluginVersion</name>
        <message>
            <source>The Event Security Planner was not loaded: it was built for QGIS %1 and this is QGIS %2. A C++ plugin only works with the QGIS release it was compiled against; loading it into another could crash QGIS. Install the Event Security Planner package built for QGIS %2, or build the plugin from source against it.</source>
            <translation>Le Planificateur de sécurité des événements n'a pas été chargé : il a été compilé pour QGIS %1 et ceci est QGIS %2. Une extension C++ ne fonctionne qu'avec la version de QGIS pour laquelle elle a été compilée ; la charger dans une autre pourrait faire planter QGIS. Installez le paquet du Planificateur de sécurité des événements compilé pour QGIS %2, ou compilez l'extension depuis les sources pour celle-ci.</translation>
        </message>
    </context>
</TS>
