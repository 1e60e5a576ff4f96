<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
    <context>
        <name>CatalogueParameters</name>
        <message>
            <source>%1, %2 kg</source>
            <translation>%1, %2 kg</translation>
        </message>
        <message>
            <source>%1 (%2 kg TNT, %3 m)</source>
            <translation>%1 (%2 kg di TNT, %3 m)</translation>
        </message>
    </context>
    <context>
        <name>EventSecurityAlgorithm</name>
        <message>
            <source>%1 cannot go on: %2. Check the parameters and the layers.</source>
            <translation>%1 non può proseguire: %2. Verificare i parametri e i layer.</translation>
        </message>
        <message>
            <source>%1 was run without being prepared.</source>
            <translation>%1 è stato eseguito senza essere stato preparato.</translation>
        </message>
        <message>
            <source>%1 has no feature source parameter %2.</source>
            <translation>%1 non ha un parametro di sorgente di elementi %2.</translation>
        </message>
        <message>
            <source>%1 must be a number.</source>
            <translation>%1 deve essere un numero.</translation>
        </message>
        <message>
            <source>%1 must be greater than 0 (%2); got %3.</source>
            <translation>%1 deve essere maggiore di 0 (%2); valore ricevuto: %3.</translation>
        </message>
        <message>
            <source>%1 must be 0 or more (%2); got %3.</source>
            <translation>%1 deve essere 0 o più (%2); ricevuto %3.</translation>
        </message>
        <message>
            <source>%1 has no multiple-layer parameter %2.</source>
            <translation>%1 non ha il parametro multi-layer %2.</translation>
        </message>
    </context>
    <context>
        <name>MetricFrame</name>
        <message>
            <source>Could not reproject a geometry (%1); check the layers' CRS.</source>
            <translation>Impossibile riproiettare una geometria (%1); verificare il SR dei layer.</translation>
        </message>
        <message>
            <source>A feature has coordinates that are not finite numbers (NaN or infinite) or lie far outside its layer's CRS (%1, %2): fix or remove it, or check the layer's CRS.</source>
            <translation>Un elemento ha coordinate che non sono numeri finiti (NaN o infinito) o che cadono molto al di fuori del SR del suo layer (%1, %2): correggerlo o rimuoverlo, oppure verificare il SR del layer.</translation>
        </message>
    </context>
    <context>
        <name>PerimeterDesignAlgorithm</name>
        <message>
            <source>vehicle barrier</source>
            <translation>barriera antiveicolo</translation>
        </message>
        <message>
            <source>emergency gate</source>
            <translation>varco di emergenza</translation>
        </message>
        <message>
            <source>pedestrian entry</source>
            <translation>varco pedonale</translation>
        </message>
        <message>
            <source>unnamed street (feature %1)</source>
            <translation>strada senza nome (elemento %1)</translation>
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
            <translation>sud-ovest</translation>
        </message>
        <message>
            <source>west</source>
            <translation>ovest</translation>
        </message>
        <message>
            <source>north-west</source>
            <translation>nord-ovest</translation>
        </message>
        <message>
            <source>faster than tested</source>
            <translation>oltre le prove</translation>
        </message>
        <message>
            <source>Event perimeter design</source>
            <translation>Progettazione del perimetro di sicurezza dell'evento</translation>
        </message>
        <message>
            <source>perimeter,cordon,barrier,bollard,gate,entry,search,lanes,crowd,capacity,egress,evacuation,green guide,standoff,hvm,event</source>
            <translation>perimetro,cordone,barriera,dissuasore,varco,ingresso,filtraggio,controllo,corsie,folla,capienza,esodo,evacuazione,green guide,distanza di sicurezza,hvm,evento</translation>
        </message>
        <message>
            <source>Event area, where the crowd stands (polygons)</source>
            <translation>Area dell'evento, dove sta la folla (poligoni)</translation>
        </message>
        <message>
            <source>Expected attendance (persons)</source>
            <translation>Affluenza prevista (persone)</translation>
        </message>
        <message>
            <source>Arrival window (minutes)</source>
            <translation>Finestra di afflusso (minuti)</translation>
        </message>
        <message>
            <source>Standing density for capacity (persons/m²)</source>
            <translation>Densità in piedi per la capienza (persone/m²)</translation>
        </message>
        <message>
            <source>Search lane throughput (persons/hour)</source>
            <translation>Portata di una corsia di controllo (persone/ora)</translation>
        </message>
        <message>
            <source>Exit flow rate (persons/metre/minute)</source>
            <translation>Portata di esodo (persone/metro/minuto)</translation>
        </message>
        <message>
            <source>Target evacuation time (minutes)</source>
            <translation>Tempo di evacuazione obiettivo (minuti)</translation>
        </message>
        <message>
            <source>Bomb threat (stand-off chart)</source>
            <translation>Minaccia esplosiva (tabella delle distanze di sicurezza)</translation>
        </message>
        <message>
            <source>Standoff from the event area (m; not set = the chart's mandatory distance)</source>
            <translation>Distanza di sicurezza dall'area dell'evento (m; non impostata = distanza obbligatoria della tabella)</translation>
        </message>
        <message>
            <source>Street name field (default: "name" if present)</source>
            <translation>Campo del nome della strada (predefinito: "name" se presente)</translation>
        </message>
        <message>
            <source>Footways and pedestrian streets are where</source>
            <translation>I percorsi e le strade pedonali sono quelli per cui</translation>
        </message>
        <message>
            <source>Emergency gates (at least)</source>
            <translation>Varchi di emergenza (almeno)</translation>
        </message>
        <message>
            <source>Pedestrian entries (at least)</source>
            <translation>Varchi pedonali (almeno)</translation>
        </message>
        <message>
            <source>Minimum bearing between emergency gates (degrees)</source>
            <translation>Differenza minima di azimut tra varchi di emergenza (gradi)</translation>
        </message>
        <message>
            <source>Vehicle-exclusion cordon</source>
            <translation>Perimetro di interdizione veicolare</translation>
        </message>
        <message>
            <source>Street crossings</source>
            <translation>Attraversamenti stradali</translation>
        </message>
        <message>
            <source>Barrier lines</source>
            <translation>Linee delle barriere</translation>
        </message>
        <message>
            <source>Pedestrian entries</source>
            <translation>Varchi pedonali</translation>
        </message>
        <message>
            <source>Perimeter report</source>
            <translation>Rapporto sul perimetro</translation>
        </message>
        <message>
            <source>HTML files (*.html *.htm)</source>
            <translation>File HTML (*.html *.htm)</translation>
        </message>
        <message>
            <source>the number of people expected</source>
            <translation>il numero di persone previste</translation>
        </message>
        <message>
            <source>the minutes in which people arrive, e.g. 60</source>
            <translation>i minuti entro cui arriva il pubblico, per es. 60</translation>
        </message>
        <message>
            <source>persons per m², 2 for a standing crowd</source>
            <translation>persone per m², 2 per una folla in piedi</translation>
        </message>
        <message>
            <source>persons per hour one search lane checks, e.g. 400</source>
            <translation>persone controllate all'ora da una corsia di controllo, per es. 400</translation>
        </message>
        <message>
            <source>persons per metre of exit per minute, 82 on level ground</source>
            <translation>persone per metro di uscita al minuto, 82 in piano</translation>
        </message>
        <message>
            <source>the evacuation target, e.g. 8 minutes</source>
            <translation>l'obiettivo di evacuazione, per es. 8 minuti</translation>
        </message>
        <message>
            <source>THREAT must be one of the %1 rows of the stand-off chart (0 to %2).</source>
            <translation>THREAT deve essere una delle %1 righe della tabella delle distanze di sicurezza (da 0 a %2).</translation>
        </message>
        <message>
            <source>STANDOFF_M must be 0 or more metres (how far vehicles are kept from the event area), or left unset to use the chart's mandatory distance for the threat; got %1.</source>
            <translation>STANDOFF_M deve essere pari o superiore a 0 metri (la distanza a cui i veicoli sono tenuti lontani dall'area dell'evento), oppure non impostato per usare la distanza obbligatoria della tabella per la minaccia; valore ricevuto: %1.</translation>
        </message>
        <message>
            <source>GATE_SEPARATION_DEG must lie between 0 and 180 degrees.</source>
            <translation>GATE_SEPARATION_DEG deve essere compreso tra 0 e 180 gradi.</translation>
        </message>
        <message>
            <source>EVENT_AREA must be a polygon layer: draw the area where the crowd will stand.</source>
            <translation>EVENT_AREA deve essere un layer di poligoni: disegnare l'area in cui starà la folla.</translation>
        </message>
        <message>
            <source>NETWORK must be a line layer (the streets around the event).</source>
            <translation>NETWORK deve essere un layer di linee (le strade attorno all'evento).</translation>
        </message>
        <message>
            <source>NETWORK has no streets: give the street lines around the event (e.g. OpenStreetMap highways).</source>
            <translation>NETWORK non contiene strade: fornire le linee delle strade attorno all'evento (per es. le highway di OpenStreetMap).</translation>
        </message>
        <message>
            <source>EVENT_AREA has no polygon: draw the area where the crowd will stand.</source>
            <translation>EVENT_AREA non contiene poligoni: disegnare l'area in cui starà la folla.</translation>
        </message>
        <message>
            <source>EVENT_AREA has no area: check its polygons.</source>
            <translation>EVENT_AREA non ha superficie: verificarne i poligoni.</translation>
        </message>
        <message>
            <source>event</source>
            <translation>evento</translation>
        </message>
        <message>
            <source>An expression could not be evaluated on every street (%1): those streets count as not matching.</source>
            <translation>Non è stato possibile valutare un'espressione su tutte le strade (%1): tali strade sono considerate non corrispondenti.</translation>
        </message>
        <message>
            <source>No street within %1 m crosses the cordon: no barrier, gate or entry could be placed. Check that NETWORK covers the event area, or place the entries on site.</source>
            <translation>Nessuna strada entro %1 m attraversa il perimetro: non è stato possibile collocare barriere, varchi di emergenza o varchi pedonali. Verificare che NETWORK copra l'area dell'evento, oppure collocare i varchi sul posto.</translation>
        </message>
        <message>
            <source>Only %1 of the %2 emergency gates could be placed: too few drivable streets cross the cordon.</source>
            <translation>È stato possibile collocare solo %1 dei %2 varchi di emergenza: troppo poche strade percorribili dai veicoli attraversano il perimetro.</translation>
        </message>
        <message>
            <source>Could not write the report to %1: %2</source>
            <translation>Impossibile scrivere il rapporto in %1: %2</translation>
        </message>
        <message>
            <source>not possible without entries</source>
            <translation>impossibile senza varchi</translation>
        </message>
        <message>
            <source>Event perimeter design: %1</source>
            <translation>Progettazione del perimetro di sicurezza dell'evento: %1</translation>
        </message>
        <message>
            <source>This report sizes the security perimeter of the event: the line vehicles may not cross, the barriers on the streets that cross it, the gates for emergency vehicles, and the entries where visitors are searched. Numbers in square brackets point to the sources at the end.</source>
            <translation>Questo rapporto dimensiona il perimetro di sicurezza dell'evento: la linea che i veicoli non devono oltrepassare, le barriere sulle strade che la attraversano, i varchi per i mezzi di soccorso e i varchi in cui il pubblico viene controllato. I numeri tra parentesi quadre rimandano alle fonti, in fondo al rapporto.</translation>
        </message>
        <message>
            <source>1. How many people the area holds</source>
            <translation>1. Quante persone può contenere l'area</translation>
        </message>
        <message>
            <source>Expected attendance: %1.</source>
            <translation>Affluenza prevista: %1.</translation>
        </message>
        <message>
            <source>The attendance is larger than the area holds: limit the tickets, enlarge the area, or plan overflow space.</source>
            <translation>L'affluenza supera la capienza dell'area: limitare i biglietti, ampliare l'area o prevedere spazi di sfogo.</translation>
        </message>
        <message>
            <source>The area is large enough (%1 % full).</source>
            <translation>L'area è sufficientemente ampia (riempita al %1 %).</translation>
        </message>
        <message>
            <source>2. Entries and search lanes</source>
            <translation>2. Varchi e corsie di controllo</translation>
        </message>
        <message>
            <source>No street crosses the perimeter, so no entry could be placed automatically: choose the entries on site.</source>
            <translation>Nessuna strada attraversa il perimetro, quindi non è stato possibile collocare automaticamente alcun varco: scegliere i varchi sul posto.</translation>
        </message>
        <message>
            <source>Entries are placed first where footways and pedestrian streets cross the perimeter, then on as few other streets as are needed for the exit width (section 3), at least %1, widest streets first and spread around the perimeter.</source>
            <translation>I varchi sono collocati prima dove i percorsi e le strade pedonali attraversano il perimetro, poi sul minor numero di altre strade necessario per la larghezza di uscita (sezione 3), almeno %1, a partire dalle strade più larghe e distribuiti lungo il perimetro.</translation>
        </message>
        <message>
            <source>No footway or pedestrian street crosses the perimeter, so entries are placed on as few streets as are needed for the exit width (section 3), at least %1, widest streets first and spread around the perimeter, behind a barrier people can walk through.</source>
            <translation>Nessun percorso né strada pedonale attraversa il perimetro: i varchi sono quindi collocati sul minor numero di strade necessario per la larghezza di uscita (sezione 3), almeno %1, a partire dalle strade più larghe e distribuiti lungo il perimetro, dietro una barriera attraversabile a piedi.</translation>
        </message>
        <message>
            <source>The lanes are shared in proportion to the width of each street (wider streets bring more people).</source>
            <translation>Le corsie sono ripartite in proporzione alla larghezza di ogni strada (le strade più larghe portano più persone).</translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>Varco</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>Strada</translation>
        </message>
        <message>
            <source>Side</source>
            <translation>Lato</translation>
        </message>
        <message>
            <source>Street width (m)</source>
            <translation>Larghezza della strada (m)</translation>
        </message>
        <message>
            <source>Search lanes</source>
            <translation>Corsie di controllo</translation>
        </message>
        <message>
            <source>Exit width (m)</source>
            <translation>Larghezza di uscita (m)</translation>
        </message>
        <message>
            <source>3. Getting everyone out</source>
            <translation>3. Far uscire tutti</translation>
        </message>
        <message>
            <source>That is longer than the %1 minute target: open more or wider exits (the vehicle barriers can have pedestrian openings).</source>
            <translation>È più dell'obiettivo di %1 minuti: aprire uscite più numerose o più larghe (le barriere antiveicolo possono avere passaggi pedonali).</translation>
        </message>
        <message>
            <source>Without entries no evacuation time can be given.</source>
            <translation>Senza varchi non è possibile indicare un tempo di evacuazione.</translation>
        </message>
        <message>
            <source>4. The vehicle perimeter and its barriers</source>
            <translation>4. Il perimetro antiveicolo e le sue barriere</translation>
        </message>
        <message>
            <source>the distance chosen by the planner</source>
            <translation>la distanza scelta dal pianificatore</translation>
        </message>
        <message>
            <source>No street crosses the perimeter: vehicles cannot reach it over the street network given.</source>
            <translation>Nessuna strada attraversa il perimetro: i veicoli non possono raggiungerlo attraverso la rete stradale fornita.</translation>
        </message>
        <message>
            <source>The fastest possible hit is %1 km/h, at %2.</source>
            <translation>L'impatto più veloce possibile è di %1 km/h, in %2.</translation>
        </message>
        <message>
            <source>Use</source>
            <translation>Funzione</translation>
        </message>
        <message>
            <source>Width (m)</source>
            <translation>Larghezza (m)</translation>
        </message>
        <message>
            <source>Impact speed (km/h)</source>
            <translation>Velocità d'impatto (km/h)</translation>
        </message>
        <message>
            <source>Energy (kJ)</source>
            <translation>Energia (kJ)</translation>
        </message>
        <message>
            <source>no vehicle route reaches it</source>
            <translation>nessun percorso veicolare la raggiunge</translation>
        </message>
        <message>
            <source>left out of the vehicle network by the planner</source>
            <translation>esclusa dalla rete veicolare dal pianificatore</translation>
        </message>
        <message>
            <source>5. A vehicle bomb at the perimeter</source>
            <translation>5. Un veicolo bomba sul perimetro</translation>
        </message>
        <message>
            <source>5. A bomb carried up to the perimeter</source>
            <translation>5. Un ordigno portato fino al perimetro</translation>
        </message>
        <message>
            <source>This is the incident overpressure in the open; buildings reflect and focus it, and fragments fly much further.</source>
            <translation>Si tratta della sovrappressione incidente in campo aperto; gli edifici la riflettono e la concentrano, e le schegge arrivano molto più lontano.</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Fonti</translation>
        </message>
        <message>
            <source>J. J. Fruin, Pedestrian Planning and Design, 1971: walkway levels of service A (&lt; 23 persons/m/min) to F (&gt; 82).</source>
            <translation>J. J. Fruin, Pedestrian Planning and Design, 1971: livelli di servizio dei percorsi pedonali da A (&lt; 23 persone/m/min) a F (&gt; 82).</translation>
        </message>
        <message>
            <source>Vehicle impact points on the cordon</source>
            <translation>Punti d'impatto dei veicoli sul cordone</translation>
        </message>
        <message>
            <source>Critical vehicle routes</source>
            <translation>Percorsi critici dei veicoli</translation>
        </message>
        <message>
            <source>Approach speeds on the network</source>
            <translation>Velocità di avvicinamento sulla rete</translation>
        </message>
        <message>
            <source>The event area has almost no area (%1 m²): it holds no one. Check its polygons.</source>
            <translation>L'area dell'evento non ha quasi superficie (%1 m²): non contiene nessuno. Controllare i suoi poligoni.</translation>
        </message>
        <message>
            <source>The attendance (%1) is %2 more than the event area holds (%3 at %4 persons/m²): limit the tickets, enlarge the area or plan overflow space.</source>
            <translation>L'affluenza (%1) supera di %2 la capienza dell'area dell'evento (%3 a %4 persone/m²): limitare i biglietti, ampliare l'area o prevedere spazi di sfogo.</translation>
        </message>
        <message>
            <source>The event area measures %1 m². At %2 persons per m² standing it holds %3 people %4.</source>
            <translation>L'area dell'evento misura %1 m². A %2 persone in piedi per m² contiene %3 persone %4.</translation>
        </message>
        <message>
            <source>the chart's mandatory evacuation distance for the threat "%1" %2</source>
            <translation>la distanza di evacuazione obbligatoria della tabella per la minaccia "%1" %2</translation>
        </message>
        <message>
            <source>That is below every effect in the table %1; flying glass and debris can still hurt.</source>
            <translation>È al di sotto di tutti gli effetti della tabella %1; schegge di vetro e detriti proiettati possono comunque ferire.</translation>
        </message>
        <message>
            <source>At that pressure: %1 %2.</source>
            <translation>A questa pressione: %1 %2.</translation>
        </message>
        <message>
            <source>The crowd would be so close to the bomb that the blast formula does not apply %1: expect deaths.</source>
            <translation>La folla sarebbe così vicina all'ordigno che la formula dell'onda d'urto non si applica %1: sono da attendersi vittime.</translation>
        </message>
        <message>
            <source>The crowd would be so far that the blast formula gives no value %1: the blast itself is negligible.</source>
            <translation>La folla sarebbe così lontana che la formula dell'onda d'urto non fornisce alcun valore %1: l'onda d'urto in sé è trascurabile.</translation>
        </message>
        <message>
            <source>The bomb threat chart %5 asks everyone to be at least %1 m from a bomb of the type "%2" (%3 kg of TNT equivalent), and recommends %4 m, sheltering inside buildings in between.</source>
            <translation>La tabella delle distanze di sicurezza %5 chiede che tutti si trovino ad almeno %1 m da un ordigno di tipo "%2" (%3 kg di TNT equivalente) e raccomanda %4 m, con riparo al chiuso negli edifici nella fascia intermedia.</translation>
        </message>
        <message>
            <source>Designs the security perimeter of an event: the line vehicles may not cross, a crash-rated barrier wherever a street crosses it, the emergency gates, the pedestrian entries with their search lanes and exit widths, and an HTML report in plain words with every figure's source.</source>
            <translation>Progetta il perimetro di sicurezza di un evento: la linea che i veicoli non devono oltrepassare, una barriera antisfondamento certificata ovunque una strada la attraversi, i varchi di emergenza, i varchi pedonali con le loro corsie di controllo e le larghezze di uscita, e un rapporto HTML in linguaggio semplice con la fonte di ogni dato.</translation>
        </message>
        <message>
            <source>Arrival peak, times the mean rate of the window</source>
            <translation>Picco di afflusso, in multipli del flusso medio della finestra</translation>
        </message>
        <message>
            <source>e.g. 2 for twice the mean rate</source>
            <translation>per es. 2 per il doppio del flusso medio</translation>
        </message>
        <message>
            <source>ARRIVAL_PEAK_FACTOR must be at least 1: the peak arrival rate is never below the mean; got %1.</source>
            <translation>ARRIVAL_PEAK_FACTOR deve essere almeno 1: il flusso di afflusso nel picco non è mai inferiore alla media; valore ricevuto: %1.</translation>
        </message>
        <message>
            <source>%1 must be 0 or more (%2).</source>
            <translation>%1 deve essere maggiore o uguale a 0 (%2).</translation>
        </message>
        <message>
            <source>%1 must be at most %2, more than any event perimeter has streets crossing it (a judgement call); got %3.</source>
            <translation>%1 deve essere al massimo %2, più di quante strade attraversino il perimetro di qualsiasi evento (una scelta di giudizio); valore ricevuto: %3.</translation>
        </message>
        <message>
            <source>2 or more recommended</source>
            <translation>2 o più consigliati</translation>
        </message>
        <message>
            <source>2 recommended</source>
            <translation>2 consigliati</translation>
        </message>
        <message>
            <source>The cordon came out empty: check EVENT_AREA's polygons, STANDOFF_M and PENETRATION_M.</source>
            <translation>Il perimetro è risultato vuoto: controllate i poligoni di EVENT_AREA, STANDOFF_M e PENETRATION_M.</translation>
        </message>
        <message>
            <source>A %1 bomb stopped at the barrier line (%2 m out, %3 m past it at most) would be %4 m from the crowd: %5 m less than the chart's mandatory evacuation distance (%6 m). Move the barrier line out, or plan for the residual risk the report states.</source>
            <translation>Un ordigno di tipo %1 fermato alla linea di barriere (a %2 m, al massimo %3 m oltre) si troverebbe a %4 m dalla folla: %5 m in meno della distanza di evacuazione obbligatoria della tabella (%6 m). Spostate più in fuori la linea di barriere, o pianificate il rischio residuo indicato nel rapporto.</translation>
        </message>
        <message>
            <source>There is a single pedestrian entry: if it is blocked, nobody can get out. Open a second exit (a vehicle barrier can have a pedestrian opening).</source>
            <translation>C'è un solo varco pedonale: se è bloccato, nessuno può uscire. Aprite una seconda uscita (una barriera antiveicolo può avere un passaggio pedonale).</translation>
        </message>
        <message>
            <source>With the largest entry blocked, everyone is out in %1 minutes: %2 minutes longer than the %3 minute target. Open more or wider exits (the vehicle barriers can have pedestrian openings).</source>
            <translation>Con il varco più grande bloccato, tutti escono in %1 minuti: %2 minuti in più dell'obiettivo di %3 minuti. Aprite uscite più numerose o più larghe (le barriere antiveicolo possono avere passaggi pedonali).</translation>
        </message>
        <message>
            <source>Cordon: barrier line %1 m out (standoff %2 m + penetration %3 m), %4 m long, %5 m². Capacity %6 at %7 persons/m² for %8 expected.</source>
            <translation>Perimetro: linea di barriere a %1 m (distanza di sicurezza %2 m + penetrazione %3 m), lunghezza %4 m, %5 m². Capienza %6 a %7 persone/m² per %8 previste.</translation>
        </message>
        <message>
            <source>Search lanes: %1 for the arrival peak (%2 x the mean rate; %3 would do for the mean).</source>
            <translation>Corsie di controllo: %1 per il picco di afflusso (%2 x il flusso medio; %3 basterebbero per la media).</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <source>nobody gets out</source>
            <translation>nessuno esce</translation>
        </message>
        <message>
            <source>Exit width needed with the largest entry lost %1 m, provided %2 m in all; evacuation %3 through every entry, %4 with the largest lost (target %5 min).</source>
            <translation>Larghezza di uscita necessaria senza il varco più grande %1 m, disponibile %2 m in totale; evacuazione %3 attraverso tutti i varchi, %4 senza il più grande (obiettivo %5 min).</translation>
        </message>
        <message>
            <source>Blast: a %1 (%2 kg TNT) stopped at the barrier gives %3 kPa at the crowd edge; the chart's mandatory distance is %4 m.</source>
            <translation>Esplosione: un ordigno di tipo %1 (%2 kg di TNT) fermato alla barriera produce %3 kPa al bordo della folla; la distanza obbligatoria della tabella è di %4 m.</translation>
        </message>
        <message>
            <source>%1 people arriving within %2 minutes come at %3 a minute on average. They do not arrive evenly: at the peak, often the last 20-30 minutes before the start, they come %4 times as fast, %5 a minute %6.</source>
            <translation>%1 persone che arrivano entro %2 minuti arrivano in media a %3 al minuto. Non arrivano in modo uniforme: nel picco, spesso negli ultimi 20-30 minuti prima dell'inizio, arrivano %4 volte più in fretta, %5 al minuto %6.</translation>
        </message>
        <message>
            <source>With one search lane (walk-through metal detector) checking about %1 people per hour %2, the entries need %3 search lanes to keep up with the peak. %4 would do for the mean rate, but the queue they let build at the peak would stand outside the perimeter, where it protects no one.</source>
            <translation>Con una corsia di controllo (metal detector a portale) che controlla circa %1 persone all'ora %2, i varchi richiedono %3 corsie di controllo per reggere il picco. %4 basterebbero per il flusso medio, ma la coda che lascerebbero formare nel picco starebbe fuori dal perimetro, dove non protegge nessuno.</translation>
        </message>
        <message>
            <source>At the peak about %1 people per metre of exit width per minute walk up to the entries: walkway level of service %2 (A free flow … F queueing) %3.</source>
            <translation>Nel picco circa %1 persone per metro di larghezza di uscita al minuto raggiungono i varchi: livello di servizio pedonale %2 (A flusso libero … F coda) %3.</translation>
        </message>
        <message>
            <source>Everyone is out in %1 minutes through the single entry.</source>
            <translation>Tutti escono in %1 minuti attraverso l'unico varco.</translation>
        </message>
        <message>
            <source>If that entry is blocked nobody can get out: open a second exit (a vehicle barrier can have a pedestrian opening).</source>
            <translation>Se quel varco è bloccato nessuno può uscire: aprite una seconda uscita (una barriera antiveicolo può avere un passaggio pedonale).</translation>
        </message>
        <message>
            <source>Everyone is out in %1 minutes through every entry, and in %2 minutes with the largest entry blocked.</source>
            <translation>Tutti escono in %1 minuti attraverso tutti i varchi, e in %2 minuti con il varco più grande bloccato.</translation>
        </message>
        <message>
            <source>An entry can be blocked in an emergency, by the incident itself or by the crowd, so the exits are sized with the largest one lost %1: the other entries alone must let %2 people leave within %3 minutes at %4 persons per metre of width per minute (level ground) %5, so they must be %6 m wide in total.</source>
            <translation>Un varco può essere bloccato in un'emergenza, dall'incidente stesso o dalla folla, per questo le uscite sono dimensionate senza la più grande %1: gli altri varchi da soli devono far uscire %2 persone entro %3 minuti a %4 persone per metro di larghezza al minuto (in piano) %5, quindi devono essere larghi %6 m in totale.</translation>
        </message>
        <message>
            <source>The entries provide %1 m in all (the table in section 2).</source>
            <translation>I varchi offrono %1 m in totale (la tabella della sezione 2).</translation>
        </message>
        <message>
            <source>A barrier does not stop a vehicle at its face: the vehicle gets some way past the line before it stops (the barrier's penetration), and a vehicle bomb goes off where the vehicle stops. The plan allows %1 m of penetration %2, so the barrier line stands %3 m outside the event area: the standoff of %4 m (%5) plus the %1 m. A vehicle stopped by a barrier is then still %4 m from the crowd. The line is %6 m long and encloses %7 m².</source>
            <translation>Una barriera non ferma un veicolo sulla sua faccia: il veicolo percorre un certo tratto oltre la linea prima di fermarsi (la penetrazione della barriera), e un veicolo bomba esplode dove il veicolo si ferma. Il piano ammette %1 m di penetrazione %2, quindi la linea di barriere si trova a %3 m dall'area dell'evento: la distanza di sicurezza di %4 m (%5) più %1 m. Un veicolo fermato da una barriera resta così a %4 m dalla folla. La linea è lunga %6 m e racchiude %7 m².</translation>
        </message>
        <message>
            <source>Wherever a street crosses it, a crash-tested barrier is needed. How fast a hostile vehicle can hit each barrier comes from a model of the street network %5: the vehicle "%1" (%2 kg) starting anywhere at rest, or entering the area within %3 m at the street's speed limit (%4 km/h where it has none), accelerating on straights and slowing for bends. The barrier must be rated for at least that speed and that penetration %6.</source>
            <translation>Ovunque una strada lo attraversi serve una barriera antisfondamento certificata. La velocità con cui un veicolo ostile può colpire ogni barriera è ricavata da un modello della rete stradale %5: il veicolo "%1" (%2 kg) che parte da fermo da qualsiasi punto, o che entra nell'area entro %3 m al limite di velocità della strada (%4 km/h se non ne ha), accelerando sui rettilinei e rallentando in curva. La barriera deve essere certificata almeno per questa velocità e questa penetrazione %6.</translation>
        </message>
        <message>
            <source>Ratings name the test vehicle, the test speed (ASTM in mph, with km/h), the test's impact angle (90, head-on: a hostile driver chooses the angle) and the penetration the plan allows (ASTM P1 up to 1 m; IWA and PAS in metres after the colon); "faster than tested" means no barrier has been crash-tested to that standard at that speed. A barrier that lets a vehicle further through needs the line moved out by the difference (PENETRATION_M). Emergency gates are removable barriers with the same rating; entries need a rated line that people can walk through (e.g. bollards with 1.2 m gaps).</source>
            <translation>Le classi indicano il veicolo di prova, la velocità di prova (ASTM in mph, con i km/h), l'angolo d'impatto della prova (90, frontale: un conducente ostile sceglie l'angolo) e la penetrazione ammessa dal piano (ASTM P1 fino a 1 m; IWA e PAS in metri dopo i due punti); "oltre le prove" significa che nessuna barriera è stata sottoposta a crash test secondo quella norma a quella velocità. Una barriera che lascia avanzare di più un veicolo richiede di spostare la linea in fuori della differenza (PENETRATION_M). I varchi di emergenza sono barriere rimovibili con la stessa classe; i varchi pedonali richiedono una linea certificata attraversabile a piedi (per es. dissuasori distanziati di 1,2 m).</translation>
        </message>
        <message>
            <source>If such a bomb went off where a barrier stops it, the blast wave would reach the edge of the crowd with an overpressure of about %1 kPa %2.</source>
            <translation>Se un tale ordigno esplodesse dove una barriera lo ferma, l'onda d'urto raggiungerebbe il bordo della folla con una sovrappressione di circa %1 kPa %2.</translation>
        </message>
        <message>
            <source>A vehicle bomb stopped by a barrier would be only %1 m from the crowd, %2 m less than the chart asks.</source>
            <translation>Un veicolo bomba fermato da una barriera sarebbe a soli %1 m dalla folla, %2 m in meno di quanto chiede la tabella.</translation>
        </message>
        <message>
            <source>A vehicle bomb stopped by a barrier would be %1 m from the crowd, which meets the chart's mandatory distance.</source>
            <translation>Un veicolo bomba fermato da una barriera sarebbe a %1 m dalla folla, il che rispetta la distanza obbligatoria della tabella.</translation>
        </message>
        <message>
            <source>Standing density 2 persons/m² (0.5 m² per person): HSE, The Event Safety Guide (HSG195, 1999), para. 87. Search lane throughput about 400 persons/hour for a walk-through metal detector: a vendor figure, below the 500-1,000 the US DHS quotes, so it asks for more lanes. Hand searches are slower, about 10, 7 and 4 persons a minute without bags, mixed and with bags (event trade press, a judgement call). The values used here are the planner's parameters.</source>
            <translation>Densità in piedi di 2 persone/m² (0,5 m² a persona): HSE, The Event Safety Guide (HSG195, 1999), par. 87. Portata di una corsia di controllo di circa 400 persone/ora per un metal detector a portale: un valore del fornitore, inferiore ai 500-1.000 citati dal DHS statunitense, quindi richiede più corsie. Le perquisizioni manuali sono più lente, circa 10, 7 e 4 persone al minuto senza borse, miste e con borse (stampa di settore, una scelta di giudizio). I valori qui usati sono parametri del pianificatore.</translation>
        </message>
        <message>
            <source>Arrival peak: planning guidance cites peaks of 1.5 to 2 times the mean rate of the arrival window (project domain reference, section 5). The factor used here, %1, is a parameter; the default 2 is a judgement call at the safe end of that range.</source>
            <translation>Picco di afflusso: le linee guida di pianificazione citano picchi da 1,5 a 2 volte il flusso medio della finestra di afflusso (riferimento di dominio del progetto, sezione 5). Il fattore qui usato, %1, è un parametro; il valore predefinito 2 è una scelta di giudizio all'estremo prudente di questo intervallo.</translation>
        </message>
        <message>
            <source>UK Sports Grounds Safety Authority, Guide to Safety at Sports Grounds (Green Guide): exit flow 82 persons/m/min on level ground, 66 stepped; a normal maximum egress time of 8 minutes (13.4a). Lower flows with alcohol (72 level, 56 stepped) and egress times by risk (10 low, 8 medium, 6 high minutes) are attributed to the Green Guide by council guidance but were not found in it: judgement calls, and 10 minutes is not on the safe side.</source>
            <translation>Sports Grounds Safety Authority (Regno Unito), Guide to Safety at Sports Grounds (Green Guide): flusso di esodo di 82 persone/m/min in piano, 66 su gradinate; un tempo massimo normale di esodo di 8 minuti (13.4a). Flussi più bassi con alcol (72 in piano, 56 su gradinate) e tempi di esodo per livello di rischio (10 basso, 8 medio, 6 alto, in minuti) sono attribuiti alla Green Guide da linee guida di enti locali ma non vi sono stati trovati: scelte di giudizio, e 10 minuti non è dal lato prudente.</translation>
        </message>
        <message>
            <source>Exits sized with the largest unavailable: UK Approved Document B, volume 2, 2.21 ("fire might prevent one from being used ... the largest exit should be discounted"); BS 9999, 16.6.1; Green Guide practice.</source>
            <translation>Uscite dimensionate senza la più grande: Approved Document B britannico, volume 2, 2.21 ("fire might prevent one from being used ... the largest exit should be discounted"); BS 9999, 16.6.1; prassi della Green Guide.</translation>
        </message>
        <message>
            <source>Penetration: ASTM F2656 classes P1 (up to 1 m), P2 (up to 7 m), P3 (up to 30 m), P4 (more); IWA 14-1 and PAS 68 state it in metres. The default 1 m (P1, the strictest class) is a judgement call for events, where the crowd stands close behind the line; the US Department of State certifies barriers only at 1 m or less (SD-STD-02.01 Rev. A, 2003).</source>
            <translation>Penetrazione: classi ASTM F2656 P1 (fino a 1 m), P2 (fino a 7 m), P3 (fino a 30 m), P4 (oltre); IWA 14-1 e PAS 68 la indicano in metri. Il valore predefinito di 1 m (P1, la classe più severa) è una scelta di giudizio per gli eventi, dove la folla sta subito dietro la linea; il Dipartimento di Stato statunitense certifica le barriere solo a 1 m o meno (SD-STD-02.01 Rev. A, 2003).</translation>
        </message>
        <message>
            <source>Vehicle approach model of this tool (eventsecurity:vehicleapproach): acceleration a(v) = a0 (1 - v/vmax); in bends sqrt(a R), R from the street's curvature and a the lower of the tyre grip (mu g, mu = %1) and the class's rollover limit; vehicle table: %2. The accelerations are unconfirmed estimates.</source>
            <translation>Modello di avvicinamento dei veicoli di questo strumento (eventsecurity:vehicleapproach): accelerazione a(v) = a0 (1 - v/vmax); in curva sqrt(a R), con R dalla curvatura della strada e a il minore tra l'aderenza degli pneumatici (mu g, mu = %1) e il limite di ribaltamento della classe; tabella dei veicoli: %2. Le accelerazioni sono stime non confermate.</translation>
        </message>
        <message>
            <source>Crash test standards ASTM F2656 (designations in mph, each band from its floor), IWA 14-1:2013 (now ISO 22343-1) and PAS 68: the lowest published test speed at or above the impact speed, for the test vehicle matching the vehicle's mass, at the test's 90° impact angle.</source>
            <translation>Norme di crash test ASTM F2656 (designazioni in mph, ogni fascia dal suo limite inferiore), IWA 14-1:2013 (ora ISO 22343-1) e PAS 68: la velocità di prova pubblicata più bassa pari o superiore alla velocità d'impatto, per il veicolo di prova corrispondente alla massa del veicolo, all'angolo d'impatto di prova di 90°.</translation>
        </message>
        <message>
            <source>Kingery-Bulmash fit for a hemispherical surface burst of TNT in the open (Swisdak 1994, DTIC ADA526744); a bomb stopped by a barrier is %1 m from the crowd edge (scaled distance %2 m/kg^(1/3)).</source>
            <translation>Interpolazione di Kingery-Bulmash per un'esplosione emisferica di TNT al suolo in campo aperto (Swisdak 1994, DTIC ADA526744); un ordigno fermato da una barriera si trova a %1 m dal bordo della folla (distanza scalata %2 m/kg^(1/3)).</translation>
        </message>
        <message>
            <source>Judgement calls of this tool (all of them parameters): the arrival window and its peak factor, the lane throughput, the penetration allowed, the egress target, the number of emergency gates and how far apart they must be, the default street width, the threat and the vehicle; for the queues the length of the arrival peak, the space per person and the queue's width, the wait target, the arrival and search variability and how close to a carriageway a queue faces traffic.</source>
            <translation>Scelte di giudizio di questo strumento (tutte parametri): la finestra di afflusso e il suo fattore di picco, la portata delle corsie di controllo, la penetrazione ammessa, l'obiettivo di esodo, il numero di varchi di emergenza e la loro distanza minima, la larghezza stradale predefinita, la minaccia e il veicolo; per le code la durata del picco di afflusso, la superficie per persona e la larghezza della coda, l'obiettivo di attesa, la variabilità degli arrivi e dei controlli e la distanza da una carreggiata entro cui una coda è esposta al traffico.</translation>
        </message>
        <message>
            <source>What the numbers mean</source>
            <translation>Che cosa significano i numeri</translation>
        </message>
        <message>
            <source>Vehicles: a hostile vehicle accelerates by a(v) = a0 (1 - v/vmax) (class accelerations are estimates, no primary source), slows for bends to the speed their curvature allows (the radius from the street's shape, junction corners rounded by KERB_RADIUS_M) at the lower of the tyre grip (FRICTION) and the class's rollover limit (judgement calls but for the 30 t lorry's, UMTRI), enters the study area at the street's speed limit (MAXSPEED_FIELD, else START_SPEED_KMH) and ignores one-way rules and pedestrian zones; braking, traffic, parked cars, kerbs and street furniture are not modelled, so the speeds are upper bounds. Blast: the Kingery-Bulmash incident overpressure of a surface burst in the open (Swisdak 1994); reflections off buildings, confinement and fragments are not modelled, so a hand-held charge is never given less than the chart's distances, which its fragments set. Barrier ratings: ASTM F2656 designations in mph, each speed band from its floor; IWA 14-1 and PAS 68 at the test's 90° angle; each names the penetration the plan allows (ASTM P1-P4, metres for IWA and PAS). Crowd: capacity at a standing density (HSE HSG195), search lanes for the arrival peak (the peak factor is a judgement call), exits that meet the egress time with the largest lost (Approved Document B, BS 9999) at the Green Guide's flows. Queues outside the cordon, which it does not protect: the backlog of the arrivals beyond the lanes' throughput plus the random queue of the Allen-Cunneen approximation, period by period (Green and Kolesar 1991); means, not a worst case; on the ground at 0.6 m² a person (HCM 2000 after Fruin) in a queue 3 m wide (a judgement call); exposed when the approach model finds a vehicle reaching it, or a vehicle can stop within the chart's mandatory distance. A planning aid: it supports, and does not replace, the assessment of a qualified security adviser.</source>
            <translation>Veicoli: un veicolo ostile accelera secondo a(v) = a0 (1 - v/vmax) (accelerazioni delle classi stimate, senza fonte primaria), rallenta in curva alla velocità consentita dalla loro curvatura (il raggio dalla forma della strada, gli angoli degli incroci arrotondati da KERB_RADIUS_M) secondo il minore tra l'aderenza degli pneumatici (FRICTION) e il limite di ribaltamento della classe (scelte di giudizio, tranne quello dell'autocarro da 30 t: UMTRI), entra nell'area di studio al limite di velocità della strada (MAXSPEED_FIELD, altrimenti START_SPEED_KMH) e ignora i sensi unici e le aree pedonali; frenata, traffico, auto in sosta, cordoli e arredo urbano non sono modellati, quindi le velocità sono limiti superiori. Esplosione: la sovrappressione incidente di Kingery-Bulmash di un'esplosione al suolo in campo aperto (Swisdak 1994); riflessioni sugli edifici, confinamento e schegge non sono modellati, per questo a una carica portatile non si danno mai distanze inferiori a quelle della tabella, determinate dalle sue schegge. Classi delle barriere: designazioni ASTM F2656 in mph, ogni fascia di velocità dal suo limite inferiore; IWA 14-1 e PAS 68 all'angolo di prova di 90°; ognuna indica la penetrazione ammessa dal piano (ASTM P1-P4, metri per IWA e PAS). Folla: capienza a una densità in piedi (HSE HSG195), corsie di controllo per il picco di afflusso (il fattore di picco è una scelta di giudizio), uscite che rispettano il tempo di esodo senza la più grande (Approved Document B, BS 9999) ai flussi della Green Guide. Code fuori dal perimetro, che esso non protegge: l'arretrato degli arrivi oltre la portata delle corsie più la coda casuale dell'approssimazione di Allen-Cunneen, periodo per periodo (Green e Kolesar 1991); medie, non il caso peggiore; al suolo a 0,6 m² per persona (HCM 2000 da Fruin) in una coda larga 3 m (una scelta di giudizio); esposta quando il modello di avvicinamento trova un veicolo che la raggiunge, o un veicolo può fermarsi entro la distanza obbligatoria della tabella. Un ausilio alla pianificazione: supporta, senza sostituirla, la valutazione di un consulente per la sicurezza qualificato.</translation>
        </message>
        <message>
            <source>Queues outside the cordon</source>
            <translation>Code fuori dal perimetro</translation>
        </message>
        <message>
            <source>ARRIVAL_MINUTES must be at least %1 minute: a shorter window is seconds typed for minutes; got %2.</source>
            <translation>ARRIVAL_MINUTES deve essere almeno %1 minuto: una finestra più breve sono secondi scritti al posto di minuti; valore ricevuto: %2.</translation>
        </message>
        <message>
            <source>Queues outside the cordon: %1 of %2 entries have one, %3 exposed; the longest %4 m (%5 people), the longest wait %6.</source>
            <translation>Code fuori dal perimetro: %1 dei %2 varchi ne hanno una, %3 esposta/e; la più lunga %4 m (%5 persone), l'attesa più lunga %6.</translation>
        </message>
        <message>
            <source>endless (a queue never clears)</source>
            <translation>infinita (una coda non si esaurisce mai)</translation>
        </message>
        <message>
            <source>Queues at the entries: the backlog of the arrivals beyond the lanes' throughput (a deterministic fluid queue, first come first served), plus the random queue of the Allen-Cunneen approximation for several servers (A. O. Allen, Probability, Statistics, and Queueing Theory, 2nd ed., 1990; Erlang C when arrivals are Poisson and searches exponential), taken period by period as the pointwise stationary approximation (L. V. Green and P. J. Kolesar, Management Science 37(1), 1991, 84-97), bounded near capacity by reflected Brownian motion (J. M. Harrison, Brownian Motion and Stochastic Flow Systems, 1985). Arrival and search variability: judgement calls (parameters). The queue outside the security line as a target: project domain reference, section 5.</source>
            <translation>Code ai varchi: l'arretrato degli arrivi oltre la portata delle corsie (una coda fluida deterministica, in ordine di arrivo), più la coda casuale dell'approssimazione di Allen-Cunneen per più serventi (A. O. Allen, Probability, Statistics, and Queueing Theory, 2a ed., 1990; Erlang C quando gli arrivi sono poissoniani e i controlli esponenziali), presa periodo per periodo secondo l'approssimazione stazionaria puntuale (L. V. Green e P. J. Kolesar, Management Science 37(1), 1991, 84-97), limitata vicino alla capacità dal moto browniano riflesso (J. M. Harrison, Brownian Motion and Stochastic Flow Systems, 1985). Variabilità degli arrivi e dei controlli: scelte di giudizio (parametri). La coda fuori dalla linea di sicurezza come bersaglio: riferimento di dominio del progetto, sezione 5.</translation>
        </message>
        <message>
            <source>Space per person in a queue: TRB, Highway Capacity Manual 2000, chapter 18, after J. J. Fruin, Pedestrian Planning and Design, 1971: 0.6 m² is the boundary of the queuing levels of service C (0.6-0.9 m², within the range of personal comfort) and D (0.3-0.6 m², long-term waiting is uncomfortable). Which level an event queue reaches, and the queue's width, are judgement calls (parameters).</source>
            <translation>Superficie per persona in coda: TRB, Highway Capacity Manual 2000, capitolo 18, da J. J. Fruin, Pedestrian Planning and Design, 1971: 0,6 m² è il confine tra i livelli di servizio in coda C (0,6-0,9 m², entro il comfort personale) e D (0,3-0,6 m², un'attesa lunga è scomoda). Il livello raggiunto dalla coda di un evento, e la larghezza della coda, sono scelte di giudizio (parametri).</translation>
        </message>
        <message>
            <source>Length (m)</source>
            <translation>Lunghezza (m)</translation>
        </message>
        <message>
            <source>Open ground (squares, promenades, parks) was studied: vehicles cannot reach the perimeter across it except where the streets cross it.</source>
            <translation>Il terreno aperto (piazze, passeggiate, parchi) è stato studiato: i veicoli non possono raggiungere il perimetro attraversandolo, se non dove le strade lo attraversano.</translation>
        </message>
        <message>
            <source>Open ground gives a faster approach than the streets: up to %1 km/h on the %2 side, against %3 at the fastest street crossing.</source>
            <translation>Il terreno aperto offre un avvicinamento più veloce delle strade: fino a %1 km/h sul lato %2, contro %3 all'attraversamento stradale più veloce.</translation>
        </message>
        <message>
            <source>%1 km/h</source>
            <translation>%1 km/h</translation>
        </message>
        <message>
            <source>no speed (no street crossing is reached)</source>
            <translation>nessuna velocità (nessun attraversamento stradale è raggiunto)</translation>
        </message>
        <message>
            <source>Open ground (OPEN_AREAS, OBSTACLES): the vehicle drives straight legs across squares, promenades and parks between the obstacles, grown by half its width (its class's body width, a judgement call at the narrow end of the class: the safe side), accelerating as on streets and slowing where legs meet to what the room there allows; it can hit anywhere along a stretch of the perimeter open ground reaches, so a barrier line goes along it; bollards on a street close it. Kerbs, soft ground and slopes are not modelled, and a turn is judged on its own, so a route that chains turns (a zigzag through a park, a lap round a lawn) can be credited more speed than a driver keeps: upper bounds, to be checked on the map.</source>
            <translation>Terreno aperto (OPEN_AREAS, OBSTACLES): il veicolo percorre tratti rettilinei attraverso piazze, passeggiate e parchi tra gli ostacoli, allargati di metà della sua larghezza (la larghezza della carrozzeria della sua categoria, una scelta di giudizio all'estremo stretto della categoria: il senso della sicurezza), accelera come sulle strade e rallenta dove i tratti si incontrano a quanto consente lo spazio disponibile; può colpire in qualsiasi punto lungo un tratto del perimetro raggiunto dal terreno aperto, per cui una linea di barriere lo segue; i dissuasori su una strada la chiudono. Cordoli, terreno molle e pendenze non sono modellati, e ogni svolta è valutata da sola, per cui un percorso che concatena svolte (uno zigzag in un parco, un giro attorno a un prato) può ricevere più velocità di quella che un conducente mantiene: valori massimi, da controllare sulla mappa.</translation>
        </message>
        <message>
            <source>Stretches of the cordon open ground reaches</source>
            <translation>Tratti del perimetro raggiunti dal terreno aperto</translation>
        </message>
        <message>
            <source>%1 km/h at the fastest street crossing</source>
            <translation>%1 km/h all'attraversamento stradale più veloce</translation>
        </message>
        <message>
            <source>no street crossing a vehicle reaches</source>
            <translation>nessun attraversamento stradale raggiunto da un veicolo</translation>
        </message>
        <message numerus="yes">
            <source>In all the plan needs %1 m of crash-rated barrier line, across the %n street(s) that cross the perimeter (their widths).</source>
            <translation>
                <numerusform>In tutto il piano richiede %1 m di linea di barriere certificate, attraverso la %n strada che attraversa il perimetro (la sua larghezza).</numerusform>
                <numerusform>In tutto il piano richiede %1 m di linea di barriere certificate, attraverso le %n strade che attraversano il perimetro (le loro larghezze).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>In all the plan needs %1 m of crash-rated barrier line: %2 m across the %n street(s) that cross the perimeter (their widths) and %3 m along the open ground.</source>
            <translation>
                <numerusform>In tutto il piano richiede %1 m di linea di barriere certificate: %2 m attraverso la %n strada che attraversa il perimetro (la sua larghezza) e %3 m lungo il terreno aperto.</numerusform>
                <numerusform>In tutto il piano richiede %1 m di linea di barriere certificate: %2 m attraverso le %n strade che attraversano il perimetro (le loro larghezze) e %3 m lungo il terreno aperto.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n barrier point(s) of the obstacles (bollards) stand on streets and close %1 to vehicles; the approach speeds take that into account.</source>
            <translation>
                <numerusform>%n barriera puntuale degli ostacoli (un dissuasore) si trova su una strada e chiude %1 ai veicoli; le velocità di avvicinamento ne tengono conto.</numerusform>
                <numerusform>%n barriere puntuali degli ostacoli (dissuasori) si trovano su strade e chiudono %1 ai veicoli; le velocità di avvicinamento ne tengono conto.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n street line(s)</source>
            <translation>
                <numerusform>%n linea stradale</numerusform>
                <numerusform>%n linee stradali</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Vehicles can also leave the streets and cross open ground (squares, promenades, parks): it reaches %n stretch(es) of the perimeter, %1 m in all %2. A vehicle can hit anywhere along them, so a crash-rated barrier line is needed along each, rated for the fastest impact on it (impact points every few metres along the stretch; the map shows them).</source>
            <translation>
                <numerusform>I veicoli possono anche lasciare le strade e attraversare il terreno aperto (piazze, passeggiate, parchi): esso raggiunge %n tratto del perimetro, lungo %1 m %2. Un veicolo può colpire in qualsiasi punto lungo di esso, per cui serve una linea di barriere certificate lungo tutto il tratto, classificata per l'impatto più veloce che subisce (punti d'impatto ogni pochi metri lungo il tratto; la mappa li mostra).</numerusform>
                <numerusform>I veicoli possono anche lasciare le strade e attraversare il terreno aperto (piazze, passeggiate, parchi): esso raggiunge %n tratti del perimetro, %1 m in tutto %2. Un veicolo può colpire in qualsiasi punto lungo di essi, per cui serve una linea di barriere certificate lungo ciascuno, classificata per l'impatto più veloce che subisce (punti d'impatto ogni pochi metri lungo il tratto; la mappa li mostra).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sliver(s) smaller than %1 m² left out of the cordon.</source>
            <translation>
                <numerusform>%n frammento inferiore a %1 m² escluso dal perimetro.</numerusform>
                <numerusform>%n frammenti inferiori a %1 m² esclusi dal perimetro.</numerusform>
            </translation>
        </message>
        <message>
            <source>Street graph: %1, %2; %3 of the cordon, %4 at the edge %5 m out.</source>
            <translation>Grafo stradale: %1, %2; %3 del perimetro, %4 sul bordo a %5 m.</translation>
        </message>
        <message numerus="yes">
            <source>%n node(s)</source>
            <translation>
                <numerusform>%n nodo</numerusform>
                <numerusform>%n nodi</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n edge(s)</source>
            <translation>
                <numerusform>%n arco</numerusform>
                <numerusform>%n archi</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n crossing(s)</source>
            <translation>
                <numerusform>%n attraversamento</numerusform>
                <numerusform>%n attraversamenti</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n way(s) in</source>
            <translation>
                <numerusform>%n via di ingresso</numerusform>
                <numerusform>%n vie di ingresso</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Open ground gives a faster approach to the cordon than the streets: up to %1 km/h on its %2 side (%n stretch(es) of open ground reach it, %3 m in all), against %4. A crash-rated barrier line is needed along those stretches (see OUTPUT_BARRIERS, kind open_ground_line), not only across the streets.</source>
            <translation>
                <numerusform>Il terreno aperto offre un avvicinamento al perimetro più veloce delle strade: fino a %1 km/h sul suo lato %2 (%n tratto di terreno aperto lo raggiunge, lungo %3 m), contro %4. Serve una linea di barriere certificate lungo quel tratto (vedi OUTPUT_BARRIERS, kind open_ground_line), non solo attraverso le strade.</numerusform>
                <numerusform>Il terreno aperto offre un avvicinamento al perimetro più veloce delle strade: fino a %1 km/h sul suo lato %2 (%n tratti di terreno aperto lo raggiungono, %3 m in tutto), contro %4. Serve una linea di barriere certificate lungo quei tratti (vedi OUTPUT_BARRIERS, kind open_ground_line), non solo attraverso le strade.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: %2, %3, %4; fastest impact %5 km/h (%6).</source>
            <translation>%1: %2, %3, %4; impatto più veloce %5 km/h (%6).</translation>
        </message>
        <message numerus="yes">
            <source>%n emergency gate(s)</source>
            <translation>
                <numerusform>%n varco di emergenza</numerusform>
                <numerusform>%n varchi di emergenza</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n pedestrian entr(y/ies)</source>
            <translation>
                <numerusform>%n varco pedonale</numerusform>
                <numerusform>%n varchi pedonali</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n vehicle barrier(s)</source>
            <translation>
                <numerusform>%n barriera antiveicolo</numerusform>
                <numerusform>%n barriere antiveicolo</numerusform>
            </translation>
        </message>
        <message>
            <source>Cordon</source>
            <translation>Perimetro</translation>
        </message>
        <message>
            <source>A barrier stops a vehicle only after it has driven some way past the line (its penetration), and a vehicle bomb goes off where the vehicle stops. So the barrier line stands the standoff plus the penetration the plan allows (PENETRATION_M) out from the event area (EVENT_AREA, where the crowd stands), and a vehicle stopped there is still the standoff from the crowd.</source>
            <translation>Una barriera ferma un veicolo solo dopo che ha percorso un certo tratto oltre la linea (la sua penetrazione), e un veicolo bomba esplode dove il veicolo si ferma. Per questo la linea di barriere si trova, a partire dall'area dell'evento (EVENT_AREA, dove sta la folla), alla distanza di sicurezza più la penetrazione ammessa dal piano (PENETRATION_M), e un veicolo fermato lì resta alla distanza di sicurezza dalla folla.</translation>
        </message>
        <message>
            <source>The standoff is STANDOFF_M or, when it is not set, the mandatory evacuation distance of THREAT in the NCTC/DHS bomb threat stand-off chart (2013). A real square rarely allows the chart's distance, so both are offered; the report states the residual risk and a warning says by how much the standoff falls short of the chart.</source>
            <translation>La distanza di sicurezza è STANDOFF_M oppure, se non è impostato, la distanza di evacuazione obbligatoria di THREAT nella tabella delle distanze di sicurezza NCTC/DHS per minaccia esplosiva (2013). Una piazza reale raramente consente la distanza della tabella, per questo sono offerte entrambe; il rapporto indica il rischio residuo e un avviso dice di quanto la distanza di sicurezza è inferiore a quella della tabella.</translation>
        </message>
        <message>
            <source>The shape is made buildable: gaps narrower than a street (DEFAULT_WIDTH_M) are closed by growing it by half a street width and shrinking it back, holes are filled and pieces smaller than a street's square are dropped.</source>
            <translation>La forma viene resa realizzabile: i passaggi più stretti di una strada (DEFAULT_WIDTH_M) vengono chiusi ampliandola di mezza larghezza stradale e poi restringendola di nuovo, i buchi vengono riempiti e i frammenti più piccoli del quadrato di una larghezza stradale vengono eliminati.</translation>
        </message>
        <message>
            <source>Crossings</source>
            <translation>Attraversamenti</translation>
        </message>
        <message>
            <source>Every place where a street of NETWORK crosses the cordon's edge gets a point and a barrier line across the street, perpendicular to it and as wide as the street (WIDTH_FIELD, else DEFAULT_WIDTH_M). Each has impact_kmh, energy_kj and the ratings a barrier needs (ASTM F2656, IWA 14-1, PAS 68), each naming the penetration the plan allows (e.g. M40-P1, V/7200[N3C]/64/90:1.0), from the hostile vehicle approach study of eventsecurity:vehicleapproach for VEHICLE (its help gives the model); streets matching EXCLUDE_EXPRESSION (e.g. already bollarded) are left out of it.</source>
            <translation>Ogni punto in cui una strada di NETWORK attraversa il bordo del perimetro riceve un punto e una linea di barriera trasversale alla strada, perpendicolare a essa e larga quanto la strada (WIDTH_FIELD, altrimenti DEFAULT_WIDTH_M). Ciascuno riporta impact_kmh, energy_kj e le classi richieste alla barriera (ASTM F2656, IWA 14-1, PAS 68), ognuna con la penetrazione ammessa dal piano (per es. M40-P1, V/7200[N3C]/64/90:1.0), ricavate dallo studio di avvicinamento del veicolo ostile di eventsecurity:vehicleapproach per VEHICLE (la sua guida descrive il modello); le strade che soddisfano EXCLUDE_EXPRESSION (per es. già protette da dissuasori) ne sono escluse.</translation>
        </message>
        <message>
            <source>Gates, entries and barriers</source>
            <translation>Varchi di emergenza, varchi pedonali e barriere</translation>
        </message>
        <message>
            <source>Each crossing becomes one of three kinds (kind):</source>
            <translation>Ogni attraversamento diventa uno di tre tipi (kind):</translation>
        </message>
        <message>
            <source>EMERGENCY_GATES of them, chosen among the drivable streets that are not pedestrian: first the widest street, then each next the widest at least GATE_SEPARATION_DEG in bearing, seen from the event area's centre, from the gates already chosen (ties: the farthest in bearing, then the lowest impact speed), so they lie on different sides; if no street is that far, the farthest one.</source>
            <translation>EMERGENCY_GATES di essi, scelti tra le strade percorribili dai veicoli che non sono pedonali: prima la strada più larga, poi ogni volta la più larga distante almeno GATE_SEPARATION_DEG in azimut, visto dal centro dell'area dell'evento, dai varchi già scelti (a parità: la più distante in azimut, poi la velocità d'impatto più bassa), in modo che si trovino su lati diversi; se nessuna strada è così distante, la più distante.</translation>
        </message>
        <message>
            <source>first the crossings of footways and pedestrian streets (PEDESTRIAN_EXPRESSION); then, while their widths without the widest entry add up to less than the exit width needed (below) or there are fewer than MIN_ENTRIES, the widest other street crossing that is not a gate (ties: the farthest in bearing from the entries so far, then the lowest impact speed). Footways first, then as few streets as the exits need: each entry must be staffed.</source>
            <translation>prima gli attraversamenti di marciapiedi, percorsi pedonali e strade pedonali (PEDESTRIAN_EXPRESSION); poi, finché le loro larghezze sommate senza il varco più largo restano inferiori alla larghezza di uscita necessaria (vedi sotto) o sono meno di MIN_ENTRIES, l'attraversamento stradale più largo che non sia un varco di emergenza (a parità: il più distante in azimut dai varchi già scelti, poi la velocità d'impatto più bassa). Prima i percorsi pedonali, poi il minor numero di strade richiesto dalle uscite: ogni varco deve essere presidiato.</translation>
        </message>
        <message>
            <source>the remaining crossings.</source>
            <translation>gli attraversamenti rimanenti.</translation>
        </message>
        <message>
            <source>Every crossing, entries included, needs a rated barrier: entries a line people can walk through.</source>
            <translation>Ogni attraversamento, varchi compresi, richiede una barriera certificata: per i varchi una linea attraversabile a piedi.</translation>
        </message>
        <message>
            <source>Search lanes for the arrival peak</source>
            <translation>Corsie di controllo per il picco di afflusso</translation>
        </message>
        <message>
            <source>People do not arrive evenly: near the start (often the last 20-30 minutes) they come faster than the mean of the window, and lanes sized for the mean let a queue build outside the cordon, where the cordon does not protect it. The lanes in total = ceil(peak arrivals per minute / (LANE_RATE_PPH / 60)) with the peak = ARRIVAL_PEAK_FACTOR x ATTENDANCE / ARRIVAL_MINUTES, shared among the entries in proportion to their street widths by the largest-remainder method (each entry gets at least one when there are enough).</source>
            <translation>Le persone non arrivano in modo uniforme: verso l'inizio (spesso negli ultimi 20-30 minuti) arrivano più in fretta della media della finestra, e corsie dimensionate sulla media lasciano formare una coda fuori dal perimetro, dove il perimetro non la protegge. Corsie in totale = ceil(arrivi al minuto nel picco / (LANE_RATE_PPH / 60)) con il picco = ARRIVAL_PEAK_FACTOR x ATTENDANCE / ARRIVAL_MINUTES, ripartite tra i varchi in proporzione alla larghezza delle loro strade con il metodo dei resti più alti (ogni varco ne riceve almeno una se sono sufficienti).</translation>
        </message>
        <message>
            <source>Exits with the largest lost</source>
            <translation>Uscite senza la più grande</translation>
        </message>
        <message>
            <source>An entry may be blocked in an emergency (by the incident itself), so the exits are sized with the largest one lost (UK Approved Document B vol. 2, 2.21; BS 9999, 16.6.1; Green Guide practice): the other entries alone must let ATTENDANCE out within EGRESS_MINUTES at FLOW_RATE, i.e. give ATTENDANCE / (FLOW_RATE x EGRESS_MINUTES) metres. Each entry's exit width (exit_width_m) is its share of the exits, in proportion to the street widths and at most the street's width; two equal entries each carry the whole width. The report gives both evacuation times: through every entry, and with the largest lost. Only the entries count as exits: a cautious choice.</source>
            <translation>Un varco può essere bloccato in un'emergenza (dall'incidente stesso), per questo le uscite sono dimensionate senza la più grande (Approved Document B britannico, vol. 2, 2.21; BS 9999, 16.6.1; prassi della Green Guide): gli altri varchi da soli devono far uscire ATTENDANCE persone entro EGRESS_MINUTES al flusso FLOW_RATE, cioè offrire ATTENDANCE / (FLOW_RATE x EGRESS_MINUTES) metri. La larghezza di uscita di ogni varco (exit_width_m) è la sua quota delle uscite, in proporzione alle larghezze delle strade e al massimo pari alla larghezza della strada; due varchi uguali portano ciascuno l'intera larghezza. Il rapporto riporta entrambi i tempi di evacuazione: attraverso tutti i varchi, e senza il più grande. Solo i varchi contano come uscite: una scelta prudente.</translation>
        </message>
        <message>
            <source>Open ground and the barrier line along it</source>
            <translation>Il terreno aperto e la linea di barriere che lo segue</translation>
        </message>
        <message>
            <source>With OPEN_AREAS (squares, promenades, parks a vehicle can drive on) and OBSTACLES (what stops it), the approach study also crosses open ground (the model below). Wherever open ground reaches the cordon, a vehicle can hit anywhere along that stretch of it, so a crash-rated barrier line goes along the whole stretch. Bollards drawn as points on the streets close those streets.</source>
            <translation>Con OPEN_AREAS (piazze, passeggiate, parchi che un veicolo può percorrere) e OBSTACLES (ciò che lo ferma), lo studio di avvicinamento attraversa anche il terreno aperto (il modello più sotto). Ovunque il terreno aperto raggiunga il perimetro, un veicolo può colpire in qualsiasi punto lungo quel tratto, per cui una linea di barriere certificate segue l'intero tratto. I dissuasori disegnati come punti sulle strade chiudono quelle strade.</translation>
        </message>
        <message>
            <source>the cordon: area_m2, length_m, standoff_m, penetration_m, barrier_line_m (their sum), capacity = event area x DENSITY (persons per m² standing, default 2, i.e. 0.5 m² per person), and the crowd figures (arrival_peak_factor, egress_target_min, evacuation_min, evacuation_largest_lost_min).</source>
            <translation>il perimetro: area_m2, length_m, standoff_m, penetration_m, barrier_line_m (la loro somma), capacity = superficie dell'evento x DENSITY (persone in piedi per m², 2 per impostazione predefinita, cioè 0,5 m² a persona), e i dati sulla folla (arrival_peak_factor, egress_target_min, evacuation_min, evacuation_largest_lost_min).</translation>
        </message>
        <message>
            <source>a point per crossing with its street (NAME_FIELD, default the field "name" when the layer has one), kind, impact_kmh, energy_kj and ratings (rating_astm, rating_iwa, rating_pas68).</source>
            <translation>un punto per attraversamento con la sua strada (NAME_FIELD, per impostazione predefinita il campo "name" se il layer lo possiede), kind, impact_kmh, energy_kj e le classi (rating_astm, rating_iwa, rating_pas68).</translation>
        </message>
        <message>
            <source>a barrier line across each crossing's street, its length_m equal to its width_m; with OPEN_AREAS also one line along each stretch of the cordon that open ground reaches (kind open_ground_line, length_m, stretch_id, and the impact_kmh and ratings of its fastest impact point; no crossing_id or width_m).</source>
            <translation>una linea di barriera attraverso la strada di ogni attraversamento, con length_m uguale al suo width_m; con OPEN_AREAS, anche una linea lungo ogni tratto del perimetro raggiunto dal terreno aperto (kind open_ground_line, length_m, stretch_id, e l'impact_kmh e le classificazioni del suo punto d'impatto più veloce; né crossing_id né width_m).</translation>
        </message>
        <message>
            <source>the pedestrian entries with their lanes and exit_width_m; gate_width_m is exit_width_m under its old name, kept for one release.</source>
            <translation>i varchi pedonali con le loro corsie (lanes) ed exit_width_m; gate_width_m è exit_width_m con il suo vecchio nome, mantenuto per una versione.</translation>
        </message>
        <message>
            <source>optional: the hostile vehicle approach to the cordon as eventsecurity:vehicleapproach writes it: impact points against the cordon's edge (with OPEN_AREAS also along open ground, kind open_ground), critical routes and the speed on every street, with the same fields.</source>
            <translation>facoltativi: l'avvicinamento del veicolo ostile al perimetro come lo scrive eventsecurity:vehicleapproach: punti d'impatto contro il bordo del perimetro (con OPEN_AREAS anche lungo il terreno aperto, kind open_ground), percorsi critici e velocità su ogni strada, con gli stessi campi.</translation>
        </message>
        <message>
            <source>optional, with OPEN_AREAS: the stretches of the cordon that open ground reaches, with their figures.</source>
            <translation>facoltativo, con OPEN_AREAS: i tratti del perimetro raggiunti dal terreno aperto, con i loro valori.</translation>
        </message>
        <message>
            <source>HTML: capacity against attendance; the mean and peak arrival rates and the lanes; the exit width needed and provided and both evacuation times; where the barrier line stands and why; the barriers with their ratings; the blast risk: the Kingery-Bulmash incident overpressure (Swisdak 1994) at the crowd's edge of a THREAT bomb stopped at the standoff, and its effect from the effects table. Its section 4 lists the stretches of open ground and says how many metres of barrier line the plan needs in all, across the streets and along open ground.</source>
            <translation>HTML: capienza rispetto all'affluenza; i flussi di afflusso medio e di picco e le corsie; la larghezza di uscita necessaria e disponibile ed entrambi i tempi di evacuazione; dove si trova la linea di barriere e perché; le barriere con le loro classi; il rischio da esplosione: la sovrappressione incidente di Kingery-Bulmash (Swisdak 1994) al bordo della folla per un ordigno di tipo THREAT fermato alla distanza di sicurezza, e il suo effetto secondo la tabella degli effetti. La sua sezione 4 elenca i tratti di terreno aperto e indica quanti metri di linea di barriere il piano richiede in tutto, attraverso le strade e lungo il terreno aperto.</translation>
        </message>
        <message>
            <source>A warning says when no street crosses the cordon, when the standoff is shorter than the chart's mandatory distance for THREAT (and by how much), when the attendance is larger than the event area holds (and by how much), when the evacuation with the largest entry lost takes longer than EGRESS_MINUTES or there is a single entry, when the event area has almost no area, when an invalid event area polygon (a ring crossing itself, for example) was repaired with QGIS's make valid, and when open ground gives a faster approach than every street.</source>
            <translation>Un avviso segnala quando nessuna strada attraversa il perimetro, quando la distanza di sicurezza è inferiore alla distanza obbligatoria della tabella per THREAT (e di quanto), quando l'affluenza supera la capienza dell'area dell'evento (e di quanto), quando l'evacuazione senza il varco più grande dura più di EGRESS_MINUTES o c'è un solo varco, quando l'area dell'evento non ha quasi superficie, quando un poligono non valido dell'area dell'evento (un anello che si interseca, per esempio) è stato riparato con la correzione della geometria di QGIS, e quando il terreno aperto offre un avvicinamento più veloce di tutte le strade.</translation>
        </message>
        <message>
            <source>Outputs are in the event area's CRS; distances are metres on the ground (a local metric CRS is used for geographic layers).</source>
            <translation>I risultati sono nel SR dell'area dell'evento; le distanze sono metri sul terreno (per i layer geografici si usa un SR metrico locale).</translation>
        </message>
        <message>
            <source>Exit flow 82 persons/m/min on level ground, 66 stepped: UK Green Guide (Guide to Safety at Sports Grounds).</source>
            <translation>Flusso di esodo di 82 persone/m/min in piano, 66 su gradinate: Green Guide britannica (Guide to Safety at Sports Grounds).</translation>
        </message>
        <message>
            <source>Egress time 8 minutes: the Green Guide's normal maximum egress time (13.4a).</source>
            <translation>Tempo di esodo di 8 minuti: il tempo massimo normale di esodo della Green Guide (13.4a).</translation>
        </message>
        <message>
            <source>Exits sized with the largest lost: UK Approved Document B vol. 2, 2.21; BS 9999, 16.6.1; Green Guide practice.</source>
            <translation>Uscite dimensionate senza la più grande: Approved Document B britannico, vol. 2, 2.21; BS 9999, 16.6.1; prassi della Green Guide.</translation>
        </message>
        <message>
            <source>Standing density 2 persons/m²: HSE, The Event Safety Guide (HSG195), para. 87.</source>
            <translation>Densità in piedi di 2 persone/m²: HSE, The Event Safety Guide (HSG195), par. 87.</translation>
        </message>
        <message>
            <source>400 persons an hour per walk-through metal detector lane (LANE_RATE_PPH): a vendor figure, below the 500-1,000 the US DHS quotes, so it asks for more lanes. Set it from the search team's measured rate.</source>
            <translation>400 persone l'ora per corsia con metal detector a portale (LANE_RATE_PPH): un valore del fornitore, inferiore ai 500-1.000 citati dal DHS statunitense, quindi richiede più corsie. Impostatelo in base al ritmo misurato della squadra di controllo.</translation>
        </message>
        <message>
            <source>Walkway levels of service: Fruin 1971.</source>
            <translation>Livelli di servizio pedonali: Fruin 1971.</translation>
        </message>
        <message>
            <source>Stand-off distances: NCTC/DHS chart 2013.</source>
            <translation>Distanze di sicurezza: tabella NCTC/DHS 2013.</translation>
        </message>
        <message>
            <source>Penetration classes: ASTM F2656.</source>
            <translation>Classi di penetrazione: ASTM F2656.</translation>
        </message>
        <message>
            <source>Incident overpressure: Kingery-Bulmash (Swisdak 1994).</source>
            <translation>Sovrappressione incidente: Kingery-Bulmash (Swisdak 1994).</translation>
        </message>
        <message>
            <source>1,000 people, so that a new form does not start at 0: set the attendance you expect.</source>
            <translation>1.000 persone, perché un nuovo modulo non parta da 0: indicate l'affluenza prevista.</translation>
        </message>
        <message>
            <source>60 minutes: people arrive within an hour.</source>
            <translation>60 minuti: le persone arrivano entro un'ora.</translation>
        </message>
        <message>
            <source>2, at the safe end of the 1.5-2 times the mean rate that planning guidance cites; set it from the arrival profile of a comparable event.</source>
            <translation>2, all'estremo prudente dell'intervallo da 1,5 a 2 volte il flusso medio citato dalle linee guida di pianificazione; impostatelo in base al profilo di afflusso di un evento comparabile.</translation>
        </message>
        <message>
            <source>the flows with alcohol (72 level, 56 stepped) and egress times by risk (10 low, 8 medium, 6 high minutes) are attributed to the Green Guide by council guidance but were not found in it: judgement calls; 10 minutes is longer than the sourced 8 and so not on the safe side, only for a venue whose risk assessment says why.</source>
            <translation>i flussi con alcol (72 in piano, 56 su gradinate) e i tempi di esodo per livello di rischio (10 basso, 8 medio, 6 alto, in minuti) sono attribuiti alla Green Guide da linee guida di enti locali ma non vi sono stati trovati: scelte di giudizio; 10 minuti, più degli 8 documentati, non è dal lato prudente ed è adatto solo a un luogo la cui valutazione dei rischi lo giustifichi.</translation>
        </message>
        <message>
            <source>hand searches are slower than a metal detector lane: about 10, 7 and 4 persons a minute without bags, mixed and with bags (event trade press).</source>
            <translation>le perquisizioni manuali sono più lente di una corsia con metal detector: circa 10, 7 e 4 persone al minuto senza borse, miste e con borse (stampa di settore).</translation>
        </message>
        <message>
            <source>the sedan, the smallest vehicle-borne threat of the chart.</source>
            <translation>la berlina, la più piccola minaccia con veicolo bomba della tabella.</translation>
        </message>
        <message>
            <source>2: at least two, on different sides.</source>
            <translation>2: almeno due, su lati diversi.</translation>
        </message>
        <message>
            <source>90°, so that the gates lie on different sides.</source>
            <translation>90°, perché i varchi di emergenza si trovino su lati diversi.</translation>
        </message>
        <message>
            <source>2, so one blocked entry does not leave a single way out.</source>
            <translation>2, perché un varco bloccato non lasci un'unica via d'uscita.</translation>
        </message>
        <message>
            <source>the OSM highway values footway, pedestrian, path and steps.</source>
            <translation>i valori OSM di highway footway, pedestrian, path e steps.</translation>
        </message>
        <message>
            <source>The gate and entry rules (Gates, entries and barriers, above) and the sliver size (a street's square).</source>
            <translation>Le regole di scelta dei varchi (Varchi di emergenza, varchi pedonali e barriere, sopra) e la dimensione dei frammenti eliminati (il quadrato di una larghezza stradale).</translation>
        </message>
        <message>
            <source>A number no real crowd, charge or site has is refused with a message naming the limit and its reason (physical bounds): ATTENDANCE up to 100 million, DENSITY 10 persons/m², LANE_RATE_PPH 3,600 persons an hour, FLOW_RATE 150 persons/m/min, ARRIVAL_MINUTES 1 minute to a week, EGRESS_MINUTES a week, ARRIVAL_PEAK_FACTOR 1 to 10, STANDOFF_M 100 km, PENETRATION_M 100 m, EMERGENCY_GATES and MIN_ENTRIES 1,000.</source>
            <translation>Un numero che nessuna folla, carica o luogo reale raggiunge viene rifiutato con un messaggio che indica il limite e il motivo (limiti fisici): ATTENDANCE fino a 100 milioni, DENSITY 10 persone/m², LANE_RATE_PPH 3.600 persone l'ora, FLOW_RATE 150 persone/m/min, ARRIVAL_MINUTES da un minuto a una settimana, EGRESS_MINUTES una settimana, ARRIVAL_PEAK_FACTOR da 1 a 10, STANDOFF_M 100 km, PENETRATION_M 100 m, EMERGENCY_GATES e MIN_ENTRIES 1.000.</translation>
        </message>
        <message>
            <source>Queue parameters likewise: QUEUE_WIDTH_M 0.61 to 100 m, QUEUE_SPACE_M2 0.25 to 10 m², WAIT_TARGET_MIN 1 minute to a week, PEAK_MINUTES up to a week, ARRIVAL_SCV 0 to 100, SEARCH_SCV 0 to 25, QUEUE_REACH_M 0 to 100 m.</source>
            <translation>Allo stesso modo per le code: QUEUE_WIDTH_M da 0,61 a 100 m, QUEUE_SPACE_M2 da 0,25 a 10 m², WAIT_TARGET_MIN da un minuto a una settimana, PEAK_MINUTES fino a una settimana, ARRIVAL_SCV da 0 a 100, SEARCH_SCV da 0 a 25, QUEUE_REACH_M da 0 a 100 m.</translation>
        </message>
        <message numerus="yes">
            <source>%n street(s) cross the perimeter: %1 closed by vehicle barriers, %2, %3.</source>
            <translation>
                <numerusform>%n strada attraversa il perimetro: barriera antiveicolo su %1, %2, %3.</numerusform>
                <numerusform>%n strade attraversano il perimetro: barriere antiveicolo su %1, %2, %3.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n crossing(s) can be hit faster than any crash test: slow the approach (chicanes, closures further out) before relying on a barrier there.</source>
            <translation>
                <numerusform>%n attraversamento può essere colpito più velocemente di qualsiasi crash test: rallentare l'avvicinamento (chicane, chiusure più a monte) prima di affidarsi a una barriera in quel punto.</numerusform>
                <numerusform>%n attraversamenti possono essere colpiti più velocemente di qualsiasi crash test: rallentare l'avvicinamento (chicane, chiusure più a monte) prima di affidarsi a una barriera in quei punti.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ResultGroup</name>
        <message>
            <source>The plan produced no layers.</source>
            <translation>Il piano non ha prodotto alcun layer.</translation>
        </message>
        <message>
            <source>The layer "%1" of %2 could not be opened.</source>
            <translation>Non è stato possibile aprire il layer "%1" di %2.</translation>
        </message>
    </context>
    <context>
        <name>SecurityLayoutAlgorithm</name>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>— %1 (%2)</source>
            <translation>— %1 (%2)</translation>
        </message>
        <message>
            <source>%1 failed: %2</source>
            <translation>Errore nella fase %1: %2</translation>
        </message>
        <message>
            <source>see the log</source>
            <translation>vedere il registro</translation>
        </message>
        <message>
            <source>Could not write the layer %1 to %2: %3</source>
            <translation>Impossibile scrivere il layer %1 in %2: %3</translation>
        </message>
        <message>
            <source>Security layout of the event "%1".</source>
            <translation>Piano di sicurezza dell'evento "%1".</translation>
        </message>
        <message>
            <source>The layers are in the GeoPackage %1; the map is in the PDF.</source>
            <translation>I layer si trovano nel GeoPackage %1; la mappa è nel PDF.</translation>
        </message>
        <message>
            <source>Could not write the report %1: %2</source>
            <translation>Impossibile scrivere il rapporto %1: %2</translation>
        </message>
        <message>
            <source>Event security layout</source>
            <translation>Piano di sicurezza dell'evento</translation>
        </message>
        <message>
            <source>event,security,layout,plan,cordon,barrier,standoff,blast,vehicle,hvm,entries,pdf,print,report</source>
            <translation>evento,sicurezza,piano,dispositivo,perimetro,cordone,barriera,distanza di sicurezza,esplosione,veicolo,hvm,varchi,pdf,stampa,rapporto</translation>
        </message>
        <message>
            <source>Venue, where the crowd stands (polygons)</source>
            <translation>Luogo dell'evento, dove sta la folla (poligoni)</translation>
        </message>
        <message>
            <source>Street network (lines)</source>
            <translation>Rete stradale (linee)</translation>
        </message>
        <message>
            <source>Buildings (polygons)</source>
            <translation>Edifici (poligoni)</translation>
        </message>
        <message>
            <source>Event name</source>
            <translation>Nome dell'evento</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Evento</translation>
        </message>
        <message>
            <source>Map data credit on the PDF (empty = automatic)</source>
            <translation>Attribuzione dei dati cartografici nel PDF (vuoto = automatica)</translation>
        </message>
        <message>
            <source>Security layout (GeoPackage)</source>
            <translation>Piano di sicurezza (GeoPackage)</translation>
        </message>
        <message>
            <source>GeoPackage (*.gpkg)</source>
            <translation>GeoPackage (*.gpkg)</translation>
        </message>
        <message>
            <source>Print layout (PDF)</source>
            <translation>Layout di stampa (PDF)</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>File PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Rapporto</translation>
        </message>
        <message>
            <source>HTML files (*.html *.htm)</source>
            <translation>File HTML (*.html *.htm)</translation>
        </message>
        <message>
            <source>Crowd capacity of the venue (persons)</source>
            <translation>Capienza del luogo (persone)</translation>
        </message>
        <message>
            <source>Search lanes</source>
            <translation>Corsie di controllo</translation>
        </message>
        <message>
            <source>Pedestrian entries</source>
            <translation>Varchi pedonali</translation>
        </message>
        <message>
            <source>Vehicle barriers</source>
            <translation>Barriere antiveicolo</translation>
        </message>
        <message>
            <source>Emergency gates</source>
            <translation>Varchi di emergenza</translation>
        </message>
        <message>
            <source>Roads closed to vehicles (m)</source>
            <translation>Strade chiuse ai veicoli (m)</translation>
        </message>
        <message>
            <source>Fastest vehicle impact at the cordon (km/h)</source>
            <translation>Impatto di veicolo più veloce sul perimetro (km/h)</translation>
        </message>
        <message>
            <source>Vehicle standoff used (m)</source>
            <translation>Distanza di sicurezza dei veicoli adottata (m)</translation>
        </message>
        <message>
            <source>GeoPackage layers, top to bottom (';' separated)</source>
            <translation>Layer del GeoPackage, dall'alto in basso (separati da ';')</translation>
        </message>
        <message>
            <source>OUTPUT_GPKG is empty: give the GeoPackage file to write (.gpkg).</source>
            <translation>OUTPUT_GPKG è vuoto: indicare il file GeoPackage da scrivere (.gpkg).</translation>
        </message>
        <message>
            <source>Standoff zones</source>
            <translation>Zone di sicurezza</translation>
        </message>
        <message>
            <source>Perimeter design</source>
            <translation>Progettazione del perimetro</translation>
        </message>
        <message>
            <source>Perimeter design gave no cordon: see the log.</source>
            <translation>La progettazione del perimetro non ha prodotto alcun perimetro: vedere il registro.</translation>
        </message>
        <message>
            <source>Could not open the layer %1 just written to %2.</source>
            <translation>Impossibile aprire il layer %1 appena scritto in %2.</translation>
        </message>
        <message>
            <source>Could not save the style of %1 in %2: %3</source>
            <translation>Impossibile salvare lo stile di %1 in %2: %3</translation>
        </message>
        <message>
            <source>Security layout written to %1: %2.</source>
            <translation>Piano di sicurezza scritto in %1: %2.</translation>
        </message>
        <message>
            <source>The PDF was not made: print layouts can only be made on QGIS's main thread.</source>
            <translation>Il PDF non è stato prodotto: i layout di stampa possono essere creati solo nel thread principale di QGIS.</translation>
        </message>
        <message>
            <source>The PDF was not made: the GeoPackage has no cordon.</source>
            <translation>Il PDF non è stato prodotto: il GeoPackage non contiene alcun perimetro.</translation>
        </message>
        <message>
            <source>Event area</source>
            <translation>Area dell'evento</translation>
        </message>
        <message>
            <source>Buildings</source>
            <translation>Edifici</translation>
        </message>
        <message>
            <source>Streets</source>
            <translation>Strade</translation>
        </message>
        <message>
            <source>Could not write the PDF %1: %2</source>
            <translation>Impossibile scrivere il PDF %1: %2</translation>
        </message>
        <message>
            <source>Print layout written to %1.</source>
            <translation>Layout di stampa scritto in %1.</translation>
        </message>
        <message>
            <source>Impact speed (km/h)</source>
            <translation>Velocità d'impatto (km/h)</translation>
        </message>
        <message>
            <source>Energy (kJ)</source>
            <translation>Energia (kJ)</translation>
        </message>
        <message>
            <source>Bomb stand-off zones around the venue</source>
            <translation>Zone di sicurezza attorno al luogo (minaccia esplosiva)</translation>
        </message>
        <message>
            <source>The zones of the bomb threat stand-off chart (NCTC/DHS 2013), drawn around the event area: inside the mandatory evacuation distance no one stays and no vehicle is allowed; between it and the preferred distance people shelter inside buildings, away from windows. The overpressure at each zone's outer edge is the Kingery-Bulmash incident overpressure (Swisdak 1994).</source>
            <translation>Le zone della tabella delle distanze di sicurezza per minaccia esplosiva (NCTC/DHS 2013), disegnate attorno all'area dell'evento: entro la distanza di evacuazione obbligatoria non resta nessuno e non è ammesso alcun veicolo; tra questa e la distanza raccomandata le persone si riparano al chiuso negli edifici, lontano dalle finestre. La sovrappressione al bordo esterno di ogni zona è la sovrappressione incidente di Kingery-Bulmash (Swisdak 1994).</translation>
        </message>
        <message>
            <source>Zone</source>
            <translation>Zona</translation>
        </message>
        <message>
            <source>From (m)</source>
            <translation>Da (m)</translation>
        </message>
        <message>
            <source>To (m)</source>
            <translation>A (m)</translation>
        </message>
        <message>
            <source>Overpressure at the outer edge (kPa)</source>
            <translation>Sovrappressione al bordo esterno (kPa)</translation>
        </message>
        <message>
            <source>Roads to close (m)</source>
            <translation>Strade da chiudere (m)</translation>
        </message>
        <message>
            <source>Hostile vehicle approach to the cordon</source>
            <translation>Avvicinamento di un veicolo ostile al perimetro</translation>
        </message>
        <message>
            <source>Run-up (m)</source>
            <translation>Rincorsa (m)</translation>
        </message>
        <message>
            <source>Angle (°)</source>
            <translation>Angolo (°)</translation>
        </message>
        <message>
            <source>Warnings: outcomes that make no plan or an unsafe one, one a line</source>
            <translation>Avvisi: esiti che non danno un piano o ne danno uno non sicuro, uno per riga</translation>
        </message>
        <message>
            <source>The vehicle approach analysis (eventsecurity:vehicleapproach) finds, for each of the %1 places where a street reaches the cordon, the highest speed a hostile vehicle can reach there over any route; the map shows these routes coloured by speed. The fastest are listed here, with the length of the route and its run-up: the distance since the last bend, junction or start that held the speed down.</source>
            <translation>L'analisi di avvicinamento dei veicoli (eventsecurity:vehicleapproach) trova, per ciascuno dei %1 punti in cui una strada raggiunge il perimetro, la velocità più alta che un veicolo ostile può raggiungervi per qualsiasi percorso; la mappa mostra questi percorsi colorati per velocità. I più veloci sono elencati qui, con la lunghezza del percorso e la sua rincorsa: la distanza dall'ultima curva, incrocio o partenza che limitava la velocità.</translation>
        </message>
        <message>
            <source>Route (m)</source>
            <translation>Percorso (m)</translation>
        </message>
        <message>
            <source>The whole security layout of one venue in one run: the bomb stand-off zones, the vehicle-exclusion cordon with its crash-rated barriers, emergency gates and pedestrian entries, and the fastest hostile vehicle routes to the cordon; written as one styled GeoPackage, an HTML report and an A3 PDF map.</source>
            <translation>L'intero piano di sicurezza di un luogo in un'unica esecuzione: le zone di sicurezza per minaccia esplosiva, il perimetro interdetto ai veicoli con le sue barriere antisfondamento certificate, i varchi di emergenza e i varchi pedonali, e i percorsi più veloci di un veicolo ostile verso il perimetro; scritto come un unico GeoPackage con stili, un rapporto HTML e una mappa PDF A3.</translation>
        </message>
        <message>
            <source>Barrier line from the venue: standoff + penetration (m)</source>
            <translation>Linea di barriere dal luogo: distanza di sicurezza + penetrazione (m)</translation>
        </message>
        <message>
            <source>Evacuation through every entry (minutes)</source>
            <translation>Evacuazione attraverso tutti i varchi (minuti)</translation>
        </message>
        <message>
            <source>Evacuation with the largest entry blocked (minutes)</source>
            <translation>Evacuazione con il varco più grande bloccato (minuti)</translation>
        </message>
        <message>
            <source>Capacity %1, %2 search lanes at %3 entries, %4 vehicle barriers, %5 emergency gates, fastest impact %6 km/h, %7 m of road closed, standoff %8 m, barrier line %9 m out.</source>
            <translation>Capienza %1, %2 corsie di controllo su %3 varchi, %4 barriere antiveicolo, %5 varchi di emergenza, impatto più veloce %6 km/h, %7 m di strade chiuse, distanza di sicurezza %8 m, linea di barriere a %9 m.</translation>
        </message>
        <message>
            <source>Entries with a queue outside the cordon at the peak</source>
            <translation>Varchi con una coda fuori dal perimetro al picco</translation>
        </message>
        <message>
            <source>Queues exposed to a hostile vehicle or a vehicle bomb</source>
            <translation>Code esposte a un veicolo ostile o a un veicolo bomba</translation>
        </message>
        <message>
            <source>Longest queue outside the cordon (m)</source>
            <translation>Coda più lunga fuori dal perimetro (m)</translation>
        </message>
        <message>
            <source>Longest wait at an entry (minutes)</source>
            <translation>Attesa più lunga a un varco (minuti)</translation>
        </message>
        <message>
            <source>Fastest vehicle reaching a queue (km/h)</source>
            <translation>Veicolo più veloce che raggiunge una coda (km/h)</translation>
        </message>
        <message>
            <source>Queues outside the cordon: %1, %2 exposed; the longest %3 m, the longest wait %4; the fastest vehicle at a queue %5 km/h.</source>
            <translation>Code fuori dal perimetro: %1, di cui %2 esposta/e; la più lunga %3 m, l'attesa più lunga %4; il veicolo più veloce su una coda %5 km/h.</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <source>endless (a queue never clears)</source>
            <translation>infinita (una coda non si esaurisce mai)</translation>
        </message>
        <message>
            <source>Open ground a vehicle can drive on</source>
            <translation>Terreno aperto percorribile da un veicolo</translation>
        </message>
        <message>
            <source>Crash-rated barrier line the plan needs, in all (m)</source>
            <translation>Linea di barriere certificate richiesta dal piano, in tutto (m)</translation>
        </message>
        <message>
            <source>Of it, along open ground (m)</source>
            <translation>Di cui lungo il terreno aperto (m)</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Passi</translation>
        </message>
        <message>
            <source>Standoff zones (eventsecurity:standoffzones, stand-off chart method) around VENUE for THREAT, with the road closures on NETWORK and the exposed BUILDINGS.</source>
            <translation>Zone di sicurezza (eventsecurity:standoffzones, metodo della tabella delle distanze di sicurezza) attorno a VENUE per THREAT, con le chiusure stradali su NETWORK e i BUILDINGS esposti.</translation>
        </message>
        <message>
            <source>Perimeter design (eventsecurity:perimeterdesign) of VENUE for ATTENDANCE: the barrier line at STANDOFF_M (not set: the chart's mandatory distance for THREAT) plus the penetration the plan allows (PENETRATION_M), so that a vehicle bomb stopped by a barrier is still the standoff from the crowd; the crossings, barriers and entries, the search lanes sized for the arrival peak (ARRIVAL_PEAK_FACTOR) and the exits sized with the largest entry lost.</source>
            <translation>Progettazione del perimetro (eventsecurity:perimeterdesign) di VENUE per ATTENDANCE: la linea di barriere a STANDOFF_M (non impostato: la distanza obbligatoria della tabella per THREAT) più la penetrazione ammessa dal piano (PENETRATION_M), perché un veicolo bomba fermato da una barriera resti alla distanza di sicurezza dalla folla; gli attraversamenti, le barriere e i varchi, le corsie di controllo dimensionate per il picco di afflusso (ARRIVAL_PEAK_FACTOR) e le uscite dimensionate senza il varco più grande.</translation>
        </message>
        <message>
            <source>Vehicle approach (eventsecurity:vehicleapproach) of VEHICLE to the cordon.</source>
            <translation>Avvicinamento del veicolo (eventsecurity:vehicleapproach) di VEHICLE al perimetro.</translation>
        </message>
        <message>
            <source>The other parameters are those of the steps, with the same defaults: see their help for the model, the sources and the judgement calls; every parameter of perimeter design the layout does not list itself is offered among the advanced ones, so none is left at its default unseen. THREAT lists the chart's threats only (a custom charge cannot size a cordon).</source>
            <translation>Gli altri parametri sono quelli dei passi, con gli stessi valori predefiniti: vedete la loro guida per il modello, le fonti e le scelte di giudizio; ogni parametro della progettazione del perimetro che il piano non elenca da sé è offerto tra quelli avanzati, perché nessuno resti al valore predefinito senza essere visto. THREAT elenca solo le minacce della tabella (una carica personalizzata non può dimensionare un perimetro).</translation>
        </message>
        <message>
            <source>Open ground (OPEN_AREAS, OBSTACLES)</source>
            <translation>Terreno aperto (OPEN_AREAS, OBSTACLES)</translation>
        </message>
        <message>
            <source>With the squares, promenades and parks a vehicle can drive on and the obstacles that stop it (several layers: buildings, walls, water, bollards), the vehicle approach crosses open ground too, and perimeter design puts a crash-rated barrier line along every stretch of the cordon that open ground reaches. The model and its limits: eventsecurity:vehicleapproach's help.</source>
            <translation>Con le piazze, passeggiate e parchi che un veicolo può percorrere e gli ostacoli che lo fermano (più layer: edifici, muri, acqua, dissuasori), l'avvicinamento dei veicoli attraversa anche il terreno aperto, e la progettazione del perimetro pone una linea di barriere certificate lungo ogni tratto del perimetro raggiunto dal terreno aperto. Il modello e i suoi limiti: la guida di eventsecurity:vehicleapproach.</translation>
        </message>
        <message>
            <source>1,000 people: set your own.</source>
            <translation>1.000 persone: indicate il vostro valore.</translation>
        </message>
        <message>
            <source>The other defaults are those of the steps: their help names them.</source>
            <translation>Gli altri valori predefiniti sono quelli dei passi: la loro guida li nomina.</translation>
        </message>
        <message>
            <source>GeoPackage (OUTPUT_GPKG)</source>
            <translation>GeoPackage (OUTPUT_GPKG)</translation>
        </message>
        <message>
            <source>One table per result, each with its style saved as the default in the GeoPackage (layer_styles), so QGIS shows it styled when the file is opened. Top to bottom:</source>
            <translation>Una tabella per risultato, ciascuna con il proprio stile salvato come predefinito nel GeoPackage (layer_styles), così QGIS la mostra con lo stile all'apertura del file. Dall'alto in basso:</translation>
        </message>
        <message>
            <source>lanes, exit_width_m; labelled.</source>
            <translation>lanes, exit_width_m; etichettati.</translation>
        </message>
        <message>
            <source>kind.</source>
            <translation>kind.</translation>
        </message>
        <message>
            <source>with OPEN_AREAS: the stretches of the cordon that open ground reaches, drawn dashed over their barrier line.</source>
            <translation>con OPEN_AREAS: i tratti del perimetro raggiunti dal terreno aperto, tratteggiati sopra la loro linea di barriere.</translation>
        </message>
        <message>
            <source>coloured by ASTM F2656 rating; with OPEN_AREAS also those along open ground (kind open_ground_line).</source>
            <translation>colorate per classe ASTM F2656; con OPEN_AREAS anche quelle lungo il terreno aperto (kind open_ground_line).</translation>
        </message>
        <message>
            <source>the queue at each entry outside the cordon: red where a hostile vehicle or a vehicle bomb can reach it, amber elsewhere, labelled with its people and longest wait; perimeter design's OUTPUT_QUEUES.</source>
            <translation>la coda di ogni varco fuori dal perimetro: rossa dove un veicolo ostile o un veicolo bomba può raggiungerla, ambra altrove, etichettata con le sue persone e l'attesa più lunga; OUTPUT_QUEUES della progettazione del perimetro.</translation>
        </message>
        <message>
            <source>coloured by impact speed in classes at the test speeds 32/48/64/80 km/h; with OPEN_AREAS also the impact points along open ground.</source>
            <translation>colorati per velocità d'impatto in classi alle velocità di prova 32/48/64/80 km/h; con OPEN_AREAS anche i punti d'impatto lungo il terreno aperto.</translation>
        </message>
        <message>
            <source>standoff_m, penetration_m, barrier_line_m and the crowd figures.</source>
            <translation>standoff_m, penetration_m, barrier_line_m e i dati sulla folla.</translation>
        </message>
        <message>
            <source>the roads to close.</source>
            <translation>le strade da chiudere.</translation>
        </message>
        <message>
            <source>only with BUILDINGS.</source>
            <translation>solo con BUILDINGS.</translation>
        </message>
        <message>
            <source>max_kmh on every street; with OPEN_AREAS also the open ground's legs (thin, dashed).</source>
            <translation>max_kmh su ogni strada; con OPEN_AREAS anche i tratti del terreno aperto (sottili, tratteggiati).</translation>
        </message>
        <message>
            <source>red to yellow.</source>
            <translation>dal rosso al giallo.</translation>
        </message>
        <message>
            <source>The LAYERS output lists the tables written, in that order, separated by ';'.</source>
            <translation>Il risultato LAYERS elenca le tabelle scritte, in quest'ordine, separate da ';'.</translation>
        </message>
        <message>
            <source>Report (OUTPUT_REPORT)</source>
            <translation>Rapporto (OUTPUT_REPORT)</translation>
        </message>
        <message>
            <source>The perimeter design report with the stand-off zones (distance, overpressure, buildings, roads to close) and the fastest vehicle approaches.</source>
            <translation>Il rapporto di progettazione del perimetro con le zone di sicurezza (distanza, sovrappressione, edifici, strade da chiudere) e gli avvicinamenti di veicoli più veloci.</translation>
        </message>
        <message>
            <source>PDF (OUTPUT_PDF, optional)</source>
            <translation>PDF (OUTPUT_PDF, facoltativo)</translation>
        </message>
        <message>
            <source>An A3 landscape sheet: the map of the cordon, barriers, entries and the mandatory evacuation zone over the input streets and buildings (with OPEN_AREAS, the open areas under the plan), the legend, scale bar, north arrow, the key figures, the sources and the date. DATA_CREDIT is the map data credit; left empty it is "© OpenStreetMap contributors" when the inputs look like OpenStreetMap data (an osm_id field), otherwise none.</source>
            <translation>Un foglio A3 orizzontale: la mappa del perimetro, delle barriere, dei varchi e della zona di evacuazione obbligatoria sulle strade e sugli edifici in ingresso (con OPEN_AREAS, le aree aperte sotto il piano), la legenda, la barra di scala, la freccia del nord, i dati principali, le fonti e la data. DATA_CREDIT è l'attribuzione dei dati cartografici; se lasciato vuoto è "© collaboratori di OpenStreetMap" quando gli ingressi sembrano dati OpenStreetMap (un campo osm_id), altrimenti nessuna.</translation>
        </message>
        <message>
            <source>Warnings (WARNINGS)</source>
            <translation>Avvisi (WARNINGS)</translation>
        </message>
        <message>
            <source>One line per outcome that makes no plan or an unsafe one, in plain words, empty when there is none:</source>
            <translation>Una riga per ogni risultato che non produce un piano o ne produce uno non sicuro, in linguaggio semplice, vuoto se non ce ne sono:</translation>
        </message>
        <message>
            <source>no street reaches the venue;</source>
            <translation>nessuna strada raggiunge il luogo;</translation>
        </message>
        <message>
            <source>a vehicle bomb stopped by a barrier would be closer to the crowd than the chart's mandatory distance for THREAT (and by how much);</source>
            <translation>un veicolo bomba fermato da una barriera sarebbe più vicino alla folla della distanza obbligatoria della tabella per THREAT (e di quanto);</translation>
        </message>
        <message>
            <source>the attendance is larger than the venue holds (and by how much);</source>
            <translation>l'affluenza supera la capienza del luogo (e di quanto);</translation>
        </message>
        <message>
            <source>with the largest entry blocked the evacuation takes longer than EGRESS_MINUTES (and by how much), or there is a single entry;</source>
            <translation>con il varco più grande bloccato l'evacuazione dura più di EGRESS_MINUTES (e di quanto), o c'è un solo varco;</translation>
        </message>
        <message>
            <source>the venue has almost no area; a venue polygon was invalid and repaired;</source>
            <translation>il luogo non ha quasi superficie; un poligono del luogo non era valido ed è stato riparato;</translation>
        </message>
        <message>
            <source>fewer emergency gates than asked could be placed;</source>
            <translation>è stato possibile collocare meno varchi di emergenza di quelli richiesti;</translation>
        </message>
        <message>
            <source>a queue outside the cordon is exposed (a vehicle can drive into it, or stop within the chart's mandatory distance of it), spills beyond its street, or an entry has no lane;</source>
            <translation>una coda fuori dal perimetro è esposta (un veicolo può investirla, o fermarsi entro la distanza obbligatoria della tabella), trabocca dalla sua strada, o un varco non ha corsie di controllo;</translation>
        </message>
        <message>
            <source>open ground gives a faster approach than every street.</source>
            <translation>il terreno aperto offre un avvicinamento più veloce di tutte le strade.</translation>
        </message>
        <message>
            <source>Key figures</source>
            <translation>Dati principali</translation>
        </message>
        <message>
            <source>persons the event area holds.</source>
            <translation>persone che l'area dell'evento può contenere.</translation>
        </message>
        <message>
            <source>search lanes, for the arrival peak.</source>
            <translation>corsie di controllo, per il picco di afflusso.</translation>
        </message>
        <message>
            <source>fixed vehicle barriers.</source>
            <translation>barriere antiveicolo fisse.</translation>
        </message>
        <message>
            <source>the emergency gates and pedestrian entries.</source>
            <translation>i varchi di emergenza e i varchi pedonali.</translation>
        </message>
        <message>
            <source>roads closed to vehicles.</source>
            <translation>strade chiuse ai veicoli.</translation>
        </message>
        <message>
            <source>fastest impact at the cordon.</source>
            <translation>impatto più veloce sul perimetro.</translation>
        </message>
        <message>
            <source>how far a vehicle stopped by a barrier stays from the crowd.</source>
            <translation>a che distanza dalla folla resta un veicolo fermato da una barriera.</translation>
        </message>
        <message>
            <source>where the barrier line stands: the standoff plus the penetration.</source>
            <translation>dove si trova la linea di barriere: la distanza di sicurezza più la penetrazione.</translation>
        </message>
        <message>
            <source>the metres of barrier line the plan needs in all (OPEN_GROUND_BARRIER_M of them along open ground).</source>
            <translation>i metri di linea di barriere che il piano richiede in tutto (di cui OPEN_GROUND_BARRIER_M lungo il terreno aperto).</translation>
        </message>
        <message>
            <source>everyone out through every entry.</source>
            <translation>tutti fuori attraverso tutti i varchi.</translation>
        </message>
        <message>
            <source>with the largest entry blocked; empty with a single entry.</source>
            <translation>con il varco più grande bloccato; vuoto con un solo varco.</translation>
        </message>
        <message>
            <source>entries with a queue outside the cordon at the peak.</source>
            <translation>varchi con una coda fuori dal perimetro al picco.</translation>
        </message>
        <message>
            <source>of them, those a hostile vehicle or a vehicle bomb can reach.</source>
            <translation>tra queste, quelle che un veicolo ostile o un veicolo bomba può raggiungere.</translation>
        </message>
        <message>
            <source>on the ground.</source>
            <translation>al suolo.</translation>
        </message>
        <message>
            <source>empty when a queue never clears.</source>
            <translation>vuoto quando una coda non si esaurisce mai.</translation>
        </message>
        <message>
            <source>the fastest vehicle reaching a queue, 0 when none does.</source>
            <translation>il veicolo più veloce che raggiunge una coda, 0 se nessuno.</translation>
        </message>
    </context>
    <context>
        <name>SecurityLayoutPrint</name>
        <message>
            <source>Crowd: %1 expected; the event area holds %2 at %3 persons/m².</source>
            <translation>Folla: %1 persone previste; l'area dell'evento ne contiene %2 a %3 persone/m².</translation>
        </message>
        <message>
            <source>Entries: %1 pedestrian entries with %2 search lanes in total.</source>
            <translation>Varchi: %1 varchi pedonali con %2 corsie di controllo in totale.</translation>
        </message>
        <message>
            <source>Vehicles kept %1 m from the crowd (the chart asks %2 m for a %3).</source>
            <translation>Veicoli tenuti a %1 m dalla folla (la tabella chiede %2 m per un ordigno di tipo %3).</translation>
        </message>
        <message>
            <source>Crossings of the cordon: %1 vehicle barriers, %2 emergency gates, %3 entries.</source>
            <translation>Attraversamenti del perimetro: %1 barriere antiveicolo, %2 varchi di emergenza, %3 varchi pedonali.</translation>
        </message>
        <message>
            <source>%1 × %2</source>
            <translation>%1 × %2</translation>
        </message>
        <message>
            <source>not reachable</source>
            <translation>non raggiungibile</translation>
        </message>
        <message>
            <source>Barriers needed (IWA 14-1 vehicle/speed): %1.</source>
            <translation>Barriere necessarie (IWA 14-1 veicolo/velocità): %1.</translation>
        </message>
        <message>
            <source>Fastest hostile vehicle impact: %1 km/h (%2).</source>
            <translation>Impatto più veloce di un veicolo ostile: %1 km/h (%2).</translation>
        </message>
        <message>
            <source>Roads closed to vehicles: %1 m. Buildings exposed to the blast: %2.</source>
            <translation>Strade chiuse ai veicoli: %1 m. Edifici esposti all'esplosione: %2.</translation>
        </message>
        <message>
            <source>Sources: stand-off distances, NCTC/DHS Bomb Threat Stand-off Chart (2013); blast overpressure, Kingery-Bulmash fit (Swisdak 1994, DTIC ADA526744); barrier ratings, ASTM F2656, IWA 14-1:2013 and PAS 68; exit flow and evacuation time, UK Green Guide; vehicle speeds, the Event Security Planner approach model (upper bounds; class accelerations are estimates).</source>
            <translation>Fonti: distanze di sicurezza, NCTC/DHS Bomb Threat Stand-off Chart (2013); sovrappressione, interpolazione di Kingery-Bulmash (Swisdak 1994, DTIC ADA526744); classi delle barriere, ASTM F2656, IWA 14-1:2013 e PAS 68; flusso e tempo di esodo, Green Guide (Regno Unito); velocità dei veicoli, modello di avvicinamento del Pianificatore (limiti superiori; accelerazioni per categoria stimate).</translation>
        </message>
        <message>
            <source>Map data: %1.</source>
            <translation>Dati cartografici: %1.</translation>
        </message>
        <message>
            <source>Prepared on %1 with Event Security Planner %2. A planning aid: it supports, and does not replace, the assessment of a qualified security adviser.</source>
            <translation>Redatto il %1 con il Pianificatore della sicurezza degli eventi %2. Ausilio alla pianificazione: non sostituisce la valutazione di un consulente per la sicurezza qualificato.</translation>
        </message>
        <message>
            <source>Security layout: %1</source>
            <translation>Piano di sicurezza: %1</translation>
        </message>
        <message>
            <source>Vehicle-exclusion cordon, crash-rated barriers, entries and bomb stand-off zones for %1 people</source>
            <translation>Perimetro di interdizione veicolare, barriere antisfondamento certificate, varchi e zone di sicurezza (minaccia esplosiva) per %1 persone</translation>
        </message>
        <message>
            <source>Legend</source>
            <translation>Legenda</translation>
        </message>
        <message>
            <source>Key figures</source>
            <translation>Dati principali</translation>
        </message>
        <message>
            <source>the file could not be written (check the folder exists and the file is not open in another program)</source>
            <translation>non è stato possibile scrivere il file (verificare che la cartella esista e che il file non sia aperto in un altro programma)</translation>
        </message>
        <message>
            <source>the export failed (code %1)</source>
            <translation>l'esportazione non è riuscita (codice %1)</translation>
        </message>
        <message>
            <source>Exits: %1 m; everyone out in %2 min, nobody if the single entry is blocked (target %3 min).</source>
            <translation>Uscite: %1 m; tutti fuori in %2 min, nessuno se l'unico varco è bloccato (obiettivo %3 min).</translation>
        </message>
        <message>
            <source>Exits: %1 m in all; everyone out in %2 min, in %3 min with the largest entry blocked (target %4 min).</source>
            <translation>Uscite: %1 m in totale; tutti fuori in %2 min, in %3 min con il varco più grande bloccato (obiettivo %4 min).</translation>
        </message>
        <message>
            <source>Crowd: %1 expected; the area holds %2 (%3 persons/m²).</source>
            <translation>Folla: %1 previste; l'area ne contiene %2 (%3 persone/m²).</translation>
        </message>
        <message>
            <source>Entries: %1, with %2 search lanes in all, enough for the arrival peak at %3 × the mean rate.</source>
            <translation>Varchi: %1, con %2 corsie di controllo in totale, sufficienti per il picco di afflusso a %3 × il flusso medio.</translation>
        </message>
        <message>
            <source>Vehicles kept %1 m from the crowd (the chart asks %2 m for a %3): barrier line %4 m out, %5 m for penetration.</source>
            <translation>Veicoli tenuti a %1 m dalla folla (la tabella chiede %2 m per un ordigno di tipo %3): linea di barriere a %4 m, di cui %5 m per la penetrazione.</translation>
        </message>
        <message>
            <source>Crossings: %1 vehicle barriers, %2 emergency gates, %3 entries.</source>
            <translation>Attraversamenti: %1 barriere antiveicolo, %2 varchi di emergenza, %3 varchi pedonali.</translation>
        </message>
        <message>
            <source>Roads closed: %1 m; buildings exposed to the blast: %2.</source>
            <translation>Strade chiuse: %1 m; edifici esposti all'esplosione: %2.</translation>
        </message>
        <message>
            <source>Queues outside the cordon: none, the lanes keep up with the arrivals.</source>
            <translation>Code fuori dal perimetro: nessuna, le corsie tengono il passo con gli arrivi.</translation>
        </message>
        <message>
            <source>longest wait %1 min</source>
            <translation>attesa più lunga %1 min</translation>
        </message>
        <message>
            <source>a queue never clears</source>
            <translation>una coda non si esaurisce mai</translation>
        </message>
        <message>
            <source>a vehicle can reach one at %1 km/h</source>
            <translation>un veicolo può raggiungerne una a %1 km/h</translation>
        </message>
        <message>
            <source>no vehicle reaches one</source>
            <translation>nessun veicolo ne raggiunge una</translation>
        </message>
        <message>
            <source>Queues outside the cordon: %1, %2 exposed to a vehicle or a bomb; the longest %3 m (%4 people), %5; %6.</source>
            <translation>Code fuori dal perimetro: %1, di cui %2 esposta/e a un veicolo o a una bomba; la più lunga %3 m (%4 persone), %5; %6.</translation>
        </message>
        <message>
            <source>, up to %1</source>
            <translation>, fino a %1</translation>
        </message>
        <message>
            <source>Barrier line: %1 m across the streets.</source>
            <translation>Linea di barriere: %1 m attraverso le strade.</translation>
        </message>
        <message numerus="yes">
            <source>Barrier line: %1 m in all, %2 m of it along open ground (%n stretch(es)%3).</source>
            <translation>
                <numerusform>Linea di barriere: %1 m in tutto, di cui %2 m lungo il terreno aperto (%n tratto%3).</numerusform>
                <numerusform>Linea di barriere: %1 m in tutto, di cui %2 m lungo il terreno aperto (%n tratti%3).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SecurityLayoutStyles</name>
        <message>
            <source>Pedestrian entries: search lanes, exit width</source>
            <translation>Varchi pedonali: corsie di controllo, larghezza di uscita</translation>
        </message>
        <message>
            <source>Street crossings of the cordon</source>
            <translation>Attraversamenti stradali del perimetro</translation>
        </message>
        <message>
            <source>Crash-rated barriers</source>
            <translation>Barriere antisfondamento certificate</translation>
        </message>
        <message>
            <source>Vehicle impact speed at the cordon</source>
            <translation>Velocità d'impatto dei veicoli sul perimetro</translation>
        </message>
        <message>
            <source>Fastest hostile vehicle routes (impact speed)</source>
            <translation>Percorsi più veloci di un veicolo ostile (velocità d'impatto)</translation>
        </message>
        <message>
            <source>Vehicle-exclusion cordon</source>
            <translation>Perimetro di interdizione veicolare</translation>
        </message>
        <message>
            <source>Roads closed to vehicles</source>
            <translation>Strade chiuse ai veicoli</translation>
        </message>
        <message>
            <source>Buildings exposed to the blast</source>
            <translation>Edifici esposti all'esplosione</translation>
        </message>
        <message>
            <source>Highest vehicle speed on each street</source>
            <translation>Velocità massima dei veicoli su ogni strada</translation>
        </message>
        <message>
            <source>Bomb stand-off zones (NCTC chart)</source>
            <translation>Zone di sicurezza, minaccia esplosiva (tabella NCTC)</translation>
        </message>
        <message>
            <source>%1 km/h and faster</source>
            <translation>%1 km/h e oltre</translation>
        </message>
        <message>
            <source>%1 to %2 km/h</source>
            <translation>Da %1 a %2 km/h</translation>
        </message>
        <message>
            <source>%1 (up to %2 m)</source>
            <translation>%1 (fino a %2 m)</translation>
        </message>
        <message>
            <source>Building to evacuate</source>
            <translation>Edificio da evacuare</translation>
        </message>
        <message>
            <source>Building to shelter in</source>
            <translation>Edificio in cui ripararsi</translation>
        </message>
        <message>
            <source>Building in zone %1</source>
            <translation>Edificio nella zona %1</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Barrier no vehicle route reaches (%1)</source>
            <translation>Barriera non raggiunta da alcun percorso veicolare (%1)</translation>
        </message>
        <message>
            <source>Barrier IWA 14-1 %1 (%2)</source>
            <translation>Barriera IWA 14-1 %1 (%2)</translation>
        </message>
        <message>
            <source>Vehicle barrier (%1)</source>
            <translation>Barriera antiveicolo (%1)</translation>
        </message>
        <message>
            <source>Emergency gate, removable barrier (%1)</source>
            <translation>Varco di emergenza, barriera rimovibile (%1)</translation>
        </message>
        <message>
            <source>Pedestrian entry (%1)</source>
            <translation>Varco pedonale (%1)</translation>
        </message>
        <message>
            <source>lanes</source>
            <translation>corsie</translation>
        </message>
        <message>
            <source>faster than every IWA 14-1 test</source>
            <translation>oltre tutte le prove IWA 14-1</translation>
        </message>
        <message>
            <source>Event Security Planner layout style</source>
            <translation>Stile del piano del Pianificatore della sicurezza degli eventi</translation>
        </message>
        <message>
            <source>Queues outside the cordon: people, longest wait</source>
            <translation>Code fuori dal perimetro: persone, attesa più lunga</translation>
        </message>
        <message>
            <source>Queue, exposed (vehicle or bomb)</source>
            <translation>Coda esposta (veicolo o bomba)</translation>
        </message>
        <message>
            <source>Queue, not exposed</source>
            <translation>Coda non esposta</translation>
        </message>
        <message>
            <source>people</source>
            <translation>persone</translation>
        </message>
        <message>
            <source>never clears</source>
            <translation>non si esaurisce mai</translation>
        </message>
        <message>
            <source>min</source>
            <translation>min</translation>
        </message>
        <message>
            <source>Open ground reaching the cordon: barrier line along it</source>
            <translation>Terreno aperto che raggiunge il perimetro: linea di barriere che lo segue</translation>
        </message>
        <message>
            <source>%1, over open ground</source>
            <translation>%1, su terreno aperto</translation>
        </message>
    </context>
    <context>
        <name>StandoffZonesAlgorithm</name>
        <message>
            <source>Standoff zones (blast)</source>
            <translation>Zone di sicurezza (esplosione)</translation>
        </message>
        <message>
            <source>blast,bomb,explosion,evacuation,standoff,stand-off,overpressure,kingery,bulmash,ied,vbied,rings,buffer,cordon</source>
            <translation>esplosione,bomba,ordigno,evacuazione,distanza di sicurezza,sovrappressione,kingery,bulmash,ied,vbied,anelli,buffer,cordone,perimetro</translation>
        </message>
        <message>
            <source>Threat locations or protected areas (points or polygons)</source>
            <translation>Posizioni della minaccia o aree da proteggere (punti o poligoni)</translation>
        </message>
        <message>
            <source>Custom charge (set the charge)</source>
            <translation>Carica personalizzata (indicare la carica)</translation>
        </message>
        <message>
            <source>Threat</source>
            <translation>Minaccia</translation>
        </message>
        <message>
            <source>Charge, kg TNT equivalent (0 = the threat's own)</source>
            <translation>Carica, kg di TNT equivalente (0 = quella della minaccia)</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Metodo</translation>
        </message>
        <message>
            <source>Stand-off chart (NCTC/DHS 2013)</source>
            <translation>Tabella delle distanze di sicurezza (NCTC/DHS 2013)</translation>
        </message>
        <message>
            <source>Blast overpressure (Kingery-Bulmash)</source>
            <translation>Sovrappressione dell'onda d'urto (Kingery-Bulmash)</translation>
        </message>
        <message>
            <source>Overpressure thresholds, kPa (comma separated; overpressure method)</source>
            <translation>Soglie di sovrappressione, kPa (separate da virgole; metodo della sovrappressione)</translation>
        </message>
        <message>
            <source>Merge the zones of all features</source>
            <translation>Unire le zone di tutti gli elementi</translation>
        </message>
        <message>
            <source>Segments per quarter circle</source>
            <translation>Segmenti per quarto di cerchio</translation>
        </message>
        <message>
            <source>Roads (for closures)</source>
            <translation>Strade (per le chiusure)</translation>
        </message>
        <message>
            <source>Buildings (for exposure)</source>
            <translation>Edifici (per l'esposizione)</translation>
        </message>
        <message>
            <source>Standoff zones</source>
            <translation>Zone di sicurezza</translation>
        </message>
        <message>
            <source>Road closures</source>
            <translation>Chiusure stradali</translation>
        </message>
        <message>
            <source>Exposed buildings</source>
            <translation>Edifici esposti</translation>
        </message>
        <message>
            <source>The charge must be a positive TNT-equivalent mass in kg (got %1).</source>
            <translation>La carica deve essere una massa positiva in kg di TNT equivalente (valore ricevuto: %1).</translation>
        </message>
        <message>
            <source>A custom charge needs its TNT-equivalent mass: set CHARGE_KG to a value greater than 0.</source>
            <translation>Una carica personalizzata richiede la sua massa in TNT equivalente: impostare CHARGE_KG a un valore maggiore di 0.</translation>
        </message>
        <message>
            <source>Mandatory evacuation</source>
            <translation>Evacuazione obbligatoria</translation>
        </message>
        <message>
            <source>Shelter in place (evacuate beyond the preferred distance)</source>
            <translation>Riparo sul posto (evacuare oltre la distanza raccomandata)</translation>
        </message>
        <message>
            <source>THRESHOLDS_KPA: '%1' is not a positive pressure in kPa; give a comma-separated list such as 34.5, 6.9.</source>
            <translation>THRESHOLDS_KPA: '%1' non è una pressione positiva in kPa; indicare un elenco separato da virgole, per esempio 34.5, 6.9.</translation>
        </message>
        <message>
            <source>Threshold %1 kPa is outside the Kingery-Bulmash fit's validity (%2 to %3 kPa, scaled distance %4 to %5 m/kg^(1/3)); the fit is not extrapolated: choose thresholds inside that range.</source>
            <translation>La soglia di %1 kPa è fuori dal campo di validità dell'interpolazione di Kingery-Bulmash (da %2 a %3 kPa, distanza scalata da %4 a %5 m/kg^(1/3)); l'interpolazione non viene estrapolata: scegliere soglie entro questo intervallo.</translation>
        </message>
        <message>
            <source>THRESHOLDS_KPA is empty: give at least one overpressure in kPa, e.g. 34.5, 6.9.</source>
            <translation>THRESHOLDS_KPA è vuoto: indicare almeno una sovrappressione in kPa, per esempio 34.5, 6.9.</translation>
        </message>
        <message>
            <source>%1 kPa, beyond: %2</source>
            <translation>%1 kPa, oltre: %2</translation>
        </message>
        <message>
            <source>%1 kPa, below every tabulated effect</source>
            <translation>%1 kPa, al di sotto di tutti gli effetti tabulati</translation>
        </message>
        <message>
            <source>INPUT must be a point or polygon layer (threat locations or protected areas), not lines.</source>
            <translation>INPUT deve essere un layer di punti o di poligoni (posizioni della minaccia o aree da proteggere), non di linee.</translation>
        </message>
        <message>
            <source>INPUT has no features with a geometry: give at least one threat location or protected area.</source>
            <translation>INPUT non contiene elementi con geometria: indicare almeno una posizione della minaccia o un'area da proteggere.</translation>
        </message>
        <message>
            <source>%1 (%2): %3–%4 m, %5 ha</source>
            <translation>%1 (%2): %3–%4 m, %5 ha</translation>
        </message>
        <message numerus="yes">
            <source>, %n building(s)</source>
            <translation>
                <numerusform>, %n edificio</numerusform>
                <numerusform>, %n edifici</numerusform>
            </translation>
        </message>
        <message>
            <source>, %1 m of road closed</source>
            <translation>, %1 m di strada chiusi</translation>
        </message>
        <message>
            <source>The outer edge lies beyond the blast fit's range (scaled distance above %1 m/kg^(1/3)): its overpressure is left empty.</source>
            <translation>Il bordo esterno è oltre il campo dell'interpolazione (distanza scalata superiore a %1 m/kg^(1/3)): la sua sovrappressione è lasciata vuota.</translation>
        </message>
        <message>
            <source>A hand-held charge: the distances are no shorter than the chart's %1 row (%2 m and %3 m), which fragments set, not blast.</source>
            <translation>Una carica portatile: le distanze non sono più brevi di quelle della riga "%1" della tabella (%2 m e %3 m), determinate dalle schegge, non dall'onda d'urto.</translation>
        </message>
        <message>
            <source>Draws the blast standoff zones of one bomb threat around each input feature (INPUT): points (a suspect device, a parked vehicle) get concentric rings, polygons (a venue, a building) get rings measured from their edge. Zones do not overlap; each feature's innermost zone includes the feature.</source>
            <translation>Disegna le zone di sicurezza di una minaccia esplosiva attorno a ogni elemento in ingresso (INPUT): i punti (un oggetto sospetto, un veicolo in sosta) ricevono cerchi concentrici, i poligoni (un luogo dell'evento, un edificio) anelli misurati dal loro bordo. Le zone non si sovrappongono; la zona più interna di ogni elemento include l'elemento stesso.</translation>
        </message>
        <message>
            <source>METHOD picks how the zones are drawn: the stand-off chart or the blast overpressure (below). DISSOLVE merges the zones of all features.</source>
            <translation>METHOD sceglie come si disegnano le zone: la tabella delle distanze di sicurezza o la sovrappressione dell'onda d'urto (sotto). DISSOLVE unisce le zone di tutti gli elementi.</translation>
        </message>
        <message>
            <source>Stand-off chart method</source>
            <translation>Metodo della tabella delle distanze di sicurezza</translation>
        </message>
        <message>
            <source>The US NCTC/DHS Bomb Threat Stand-Off Card (2013): mandatory evacuation from 0 to the mandatory distance, shelter in place from there to the preferred distance.</source>
            <translation>La Bomb Threat Stand-Off Card dell'NCTC/DHS statunitense (2013): evacuazione obbligatoria da 0 fino alla distanza obbligatoria, riparo sul posto da lì fino alla distanza raccomandata.</translation>
        </message>
        <message>
            <source>When a charge other than the type's own is given, both distances are scaled by the cube root of the charge ratio (Hopkinson-Cranz scaling, as the chart's rows scale among themselves); a custom charge uses the largest scaled distances of the chart's vehicle bombs, Z = 16 and 95.3 m/kg^(1/3), so it never lands inside a row's distance. Vehicle bombs keep the cube-root scaling.</source>
            <translation>Se si indica una carica diversa da quella del tipo, entrambe le distanze sono scalate con la radice cubica del rapporto tra le cariche (legge di similitudine di Hopkinson-Cranz, come le righe della tabella tra loro); una carica personalizzata usa le distanze scalate più grandi dei veicoli bomba della tabella, Z = 16 e 95,3 m/kg^(1/3), così non cade mai entro la distanza di una riga. I veicoli bomba mantengono la scalatura con la radice cubica.</translation>
        </message>
        <message>
            <source>Hand-held charges are never scaled below the chart: the chart's distances for a pipe bomb, a suicide vest and a briefcase are set by the fragments such a device throws, not by its blast, and fragments do not fly less far because the charge is smaller. So a hand-held threat, and a custom charge (its delivery is not known), gets at least the distances of the smallest hand-held row whose charge is at least as large (the briefcase row above 23 kg): a custom 2.3 kg charge gets the pipe bomb's 21 m and 366 m, where blast scaling alone gives 125 m preferred.</source>
            <translation>Le cariche portatili non sono mai scalate al di sotto della tabella: le distanze della tabella per una bomba a tubo, un giubbotto esplosivo e una valigetta sono determinate dalle schegge che un tale ordigno proietta, non dalla sua onda d'urto, e le schegge non volano meno lontano perché la carica è più piccola. Così una minaccia portatile, e una carica personalizzata (il modo in cui è portata non è noto), riceve almeno le distanze della riga portatile più piccola con una carica almeno pari (la riga della valigetta oltre 23 kg): una carica personalizzata di 2,3 kg riceve i 21 m e 366 m della bomba a tubo, dove la sola similitudine darebbe 125 m raccomandati.</translation>
        </message>
        <message>
            <source>Blast overpressure method</source>
            <translation>Metodo della sovrappressione dell'onda d'urto</translation>
        </message>
        <message>
            <source>The Kingery-Bulmash fit of incident overpressure for a hemispherical surface burst of TNT (Swisdak 1994, DTIC ADA526744), one ring per threshold of THRESHOLDS_KPA, each labelled with its effect (the effects table).</source>
            <translation>L'interpolazione di Kingery-Bulmash della sovrappressione incidente per un'esplosione emisferica di TNT al suolo (Swisdak 1994, DTIC ADA526744), un anello per soglia di THRESHOLDS_KPA, ciascuno con il proprio effetto (la tabella degli effetti).</translation>
        </message>
        <message>
            <source>Charges</source>
            <translation>Cariche</translation>
        </message>
        <message>
            <source>Charges are TNT-equivalent kilograms. CHARGE_KG is required for a custom charge and overrides the type's weight when greater than 0.</source>
            <translation>Le cariche sono in chilogrammi di TNT equivalente. CHARGE_KG è obbligatorio per una carica personalizzata e sostituisce la massa del tipo quando è maggiore di 0.</translation>
        </message>
        <message>
            <source>the zones; overpressure_kpa is the incident overpressure at the zone's outer edge for both methods, empty outside the fit's range.</source>
            <translation>le zone; overpressure_kpa è la sovrappressione incidente al bordo esterno della zona per entrambi i metodi, vuoto fuori dal campo di validità dell'interpolazione.</translation>
        </message>
        <message>
            <source>optional, with ROADS: the road stretches to close, within the mandatory evacuation distance for vehicle-borne threats, within the innermost zone otherwise.</source>
            <translation>facoltativo, con ROADS: i tratti di strada da chiudere, entro la distanza di evacuazione obbligatoria per le minacce con veicolo bomba, altrimenti entro la zona più interna.</translation>
        </message>
        <message>
            <source>optional, with BUILDINGS: every building reached by a zone, with the innermost zone it reaches, its distance to the nearest source and the overpressure there.</source>
            <translation>facoltativo, con BUILDINGS: ogni edificio raggiunto da una zona, con la zona più interna che lo raggiunge, la distanza dalla sorgente più vicina e la sovrappressione in quel punto.</translation>
        </message>
        <message>
            <source>A summary per zone goes to the log.</source>
            <translation>Un riepilogo per zona viene scritto nel registro.</translation>
        </message>
        <message>
            <source>Distances are metres on the ground whatever the CRS: geographic layers are processed in a local transverse Mercator and every output is written in the CRS of the layer its features come from.</source>
            <translation>Le distanze sono metri sul terreno qualunque sia il SR: i layer geografici sono elaborati in una proiezione trasversa di Mercatore locale e ogni risultato è scritto nel SR del layer da cui provengono i suoi elementi.</translation>
        </message>
        <message>
            <source>Stand-off distances: US NCTC/DHS Bomb Threat Stand-Off Card (2013).</source>
            <translation>Distanze di sicurezza: Bomb Threat Stand-Off Card dell'NCTC/DHS statunitense (2013).</translation>
        </message>
        <message>
            <source>Scaling with the cube root of the charge: Hopkinson-Cranz scaling.</source>
            <translation>Scalatura con la radice cubica della carica: legge di similitudine di Hopkinson-Cranz.</translation>
        </message>
        <message>
            <source>Incident overpressure: the Kingery-Bulmash fit (Swisdak 1994, DTIC ADA526744).</source>
            <translation>Sovrappressione incidente: l'interpolazione di Kingery-Bulmash (Swisdak 1994, DTIC ADA526744).</translation>
        </message>
        <message>
            <source>Effects table: US DOE/TIC-11268 1981 for people, Clancey 1972 for glass and structures.</source>
            <translation>Tabella degli effetti: US DOE/TIC-11268 1981 per le persone, Clancey 1972 per vetri e strutture.</translation>
        </message>
        <message>
            <source>103, 34.5, 20.7, 6.9 and 2.1 kPa.</source>
            <translation>103, 34.5, 20.7, 6.9 e 2.1 kPa.</translation>
        </message>
        <message>
            <source>the sedan, the smallest vehicle-borne threat of the chart.</source>
            <translation>la berlina, la più piccola minaccia con veicolo bomba della tabella.</translation>
        </message>
        <message>
            <source>The fit is valid for scaled distances 0.2–198.5 m/kg^(1/3), i.e. about 0.25–17,300 kPa; a threshold outside that range is an error, never an extrapolation.</source>
            <translation>L'interpolazione è valida per distanze scalate da 0,2 a 198,5 m/kg^(1/3), cioè circa da 0,25 a 17 300 kPa; una soglia al di fuori di questo intervallo è un errore, mai un'estrapolazione.</translation>
        </message>
        <message>
            <source>CHARGE_KG is refused above 100,000 kg, more than any real charge (the chart's largest threat, a semi-trailer, carries 27,216 kg).</source>
            <translation>CHARGE_KG è rifiutato oltre 100.000 kg, più di qualsiasi carica reale (la minaccia più grande della tabella, un semirimorchio, trasporta 27.216 kg).</translation>
        </message>
        <message>
            <source>Curves are drawn with SEGMENTS segments per quarter circle so that the polygon contains the true circle (vertices slightly outside it).</source>
            <translation>Le curve sono disegnate con SEGMENTS segmenti per quarto di cerchio, in modo che il poligono contenga il cerchio esatto (vertici leggermente all'esterno).</translation>
        </message>
        <message>
            <source>Overpressures assume an open surface burst: reflections from buildings, confinement and fragments are not modelled; these zones are a planning aid, not a substitute for an expert's assessment.</source>
            <translation>Le sovrappressioni presuppongono un'esplosione al suolo in campo aperto: riflessioni sugli edifici, confinamento e schegge non sono modellati; queste zone sono un ausilio alla pianificazione e non sostituiscono la valutazione di un esperto.</translation>
        </message>
        <message>
            <source>Charge %1 kg TNT, %2 out to %3 m, %4.</source>
            <translation>Carica di %1 kg di TNT, %2 fino a %3 m, %4.</translation>
        </message>
        <message numerus="yes">
            <source>%n zone(s)</source>
            <translation>
                <numerusform>%n zona</numerusform>
                <numerusform>%n zone</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n source feature(s)</source>
            <translation>
                <numerusform>%n elemento sorgente</numerusform>
                <numerusform>%n elementi sorgente</numerusform>
            </translation>
        </message>
        <message>
            <source>Road closures: %1, %2 m within the mandatory evacuation distance (%3 m).</source>
            <translation>Chiusure stradali: %1, %2 m entro la distanza di evacuazione obbligatoria (%3 m).</translation>
        </message>
        <message numerus="yes">
            <source>%n stretch(es)</source>
            <translation>
                <numerusform>%n tratto</numerusform>
                <numerusform>%n tratti</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StreetNetworkReader</name>
        <message>
            <source>The width field "%1" is not in the network layer: choose one of its fields or none.</source>
            <translation>Il campo della larghezza "%1" non è presente nel layer della rete: scegliere uno dei suoi campi o nessuno.</translation>
        </message>
        <message>
            <source>The one-way field "%1" is not in the network layer: choose one of its fields or none.</source>
            <translation>Il campo del senso unico "%1" non è presente nel layer della rete: scegliere uno dei suoi campi o nessuno.</translation>
        </message>
        <message>
            <source>The expression "%1" is not valid: %2</source>
            <translation>L'espressione "%1" non è valida: %2</translation>
        </message>
        <message>
            <source>The name field "%1" is not in the network layer: choose one of its fields or none.</source>
            <translation>Il campo del nome «%1» non è nel layer della rete: sceglierne uno dei suoi campi o nessuno.</translation>
        </message>
        <message>
            <source>The speed limit field "%1" is not in the network layer: choose one of its fields or none.</source>
            <translation>Il campo del limite di velocità "%1" non è nel layer della rete: scegliere uno dei suoi campi o nessuno.</translation>
        </message>
    </context>
    <context>
        <name>ThreatCatalogue</name>
        <message>
            <source>Pipe bomb</source>
            <translation>Bomba a tubo</translation>
        </message>
        <message>
            <source>Suicide vest</source>
            <translation>Giubbotto esplosivo</translation>
        </message>
        <message>
            <source>Briefcase / suitcase</source>
            <translation>Valigetta / valigia</translation>
        </message>
        <message>
            <source>Sedan</source>
            <translation>Berlina</translation>
        </message>
        <message>
            <source>SUV / van</source>
            <translation>SUV / furgone</translation>
        </message>
        <message>
            <source>Small delivery truck</source>
            <translation>Piccolo autocarro per consegne</translation>
        </message>
        <message>
            <source>Container / water truck</source>
            <translation>Autocarro portacontainer / autobotte</translation>
        </message>
        <message>
            <source>Semi-trailer</source>
            <translation>Autoarticolato</translation>
        </message>
        <message>
            <source>Occasional breakage of large windows</source>
            <translation>Rottura occasionale di grandi vetrate</translation>
        </message>
        <message>
            <source>Typical glass breakage</source>
            <translation>Rottura diffusa dei vetri</translation>
        </message>
        <message>
            <source>10 % of glass broken ("safe distance")</source>
            <translation>10 % dei vetri rotti («distanza di sicurezza»)</translation>
        </message>
        <message>
            <source>Windows shatter, light injuries</source>
            <translation>Vetri in frantumi, ferite lievi</translation>
        </message>
        <message>
            <source>Residential structures collapse, serious injuries</source>
            <translation>Crollo degli edifici residenziali, ferite gravi</translation>
        </message>
        <message>
            <source>Eardrum rupture 1 %</source>
            <translation>Rottura del timpano 1 %</translation>
        </message>
        <message>
            <source>Lung damage threshold, eardrum rupture 50 %</source>
            <translation>Soglia di lesioni polmonari, rottura del timpano 50 %</translation>
        </message>
        <message>
            <source>Fatalities 1 %</source>
            <translation>Letalità 1 %</translation>
        </message>
        <message>
            <source>Fatalities 99 %</source>
            <translation>Letalità 99 %</translation>
        </message>
    </context>
    <context>
        <name>VehicleApproachAlgorithm</name>
        <message>
            <source>Hostile vehicle approach</source>
            <translation>Avvicinamento di un veicolo ostile</translation>
        </message>
        <message>
            <source>vehicle,hostile,ramming,hvm,vda,dynamics,speed,impact,barrier,bollard,astm,f2656,iwa,pas68,approach,run-up</source>
            <translation>veicolo,ostile,ariete,veicolo ariete,hvm,vda,dinamica,velocità,impatto,barriera,dissuasore,astm,f2656,iwa,pas68,avvicinamento,rincorsa</translation>
        </message>
        <message>
            <source>Protected area (polygons)</source>
            <translation>Area protetta (poligoni)</translation>
        </message>
        <message>
            <source>Mass override, kg (0 = the vehicle's)</source>
            <translation>Massa imposta, kg (0 = quella del veicolo)</translation>
        </message>
        <message>
            <source>Acceleration from standstill override, m/s² (0 = the vehicle's)</source>
            <translation>Accelerazione da fermo imposta, m/s² (0 = quella del veicolo)</translation>
        </message>
        <message>
            <source>Top speed override, km/h (0 = the vehicle's)</source>
            <translation>Velocità massima imposta, km/h (0 = quella del veicolo)</translation>
        </message>
        <message>
            <source>Respect one-way streets</source>
            <translation>Rispettare i sensi unici</translation>
        </message>
        <message>
            <source>One-way field (OSM values; default: "oneway" if present)</source>
            <translation>Campo del senso unico (valori OSM; predefinito: "oneway" se presente)</translation>
        </message>
        <message>
            <source>Impact points</source>
            <translation>Punti d'impatto</translation>
        </message>
        <message>
            <source>Critical routes</source>
            <translation>Percorsi critici</translation>
        </message>
        <message>
            <source>Approach speeds on the network</source>
            <translation>Velocità di avvicinamento sulla rete</translation>
        </message>
        <message>
            <source>NETWORK must be a line layer (streets).</source>
            <translation>NETWORK deve essere un layer di linee (le strade).</translation>
        </message>
        <message>
            <source>PROTECTED_AREA must be a polygon layer.</source>
            <translation>PROTECTED_AREA deve essere un layer di poligoni.</translation>
        </message>
        <message>
            <source>PROTECTED_AREA has no polygon: draw the area to protect (e.g. the venue).</source>
            <translation>PROTECTED_AREA non contiene poligoni: disegnare l'area da proteggere (per es. il luogo dell'evento).</translation>
        </message>
        <message>
            <source>PROTECTED_AREA has no area: check its polygons.</source>
            <translation>PROTECTED_AREA non ha superficie: verificarne i poligoni.</translation>
        </message>
        <message>
            <source>No street crosses the edge of PROTECTED_AREA: there is no vehicle approach to assess.</source>
            <translation>Nessuna strada attraversa il bordo di PROTECTED_AREA: non vi è alcun avvicinamento di veicoli da valutare.</translation>
        </message>
        <message>
            <source>0 keeps the vehicle's own value</source>
            <translation>0 mantiene il valore proprio del veicolo</translation>
        </message>
        <message>
            <source>An expression could not be evaluated on every street (%1): those streets count as not matching.</source>
            <translation>Non è stato possibile valutare un'espressione su tutte le strade (%1): tali strade sono considerate non corrispondenti.</translation>
        </message>
        <message>
            <source>Finds, for every place where the street network crosses the edge of the protected area, the highest speed a hostile vehicle can reach there over any route, one route that reaches it, and the crash-tested barrier rating that stops it: a vehicle dynamics assessment (VDA) over the whole network.</source>
            <translation>Determina, per ogni punto in cui la rete stradale attraversa il bordo dell'area protetta, la velocità massima che un veicolo ostile può raggiungervi lungo qualsiasi percorso, un percorso che la raggiunge e la classe della barriera antisfondamento certificata che lo ferma: una valutazione della dinamica dei veicoli (VDA) sull'intera rete.</translation>
        </message>
        <message>
            <source>entering the study area at %1 km/h</source>
            <translation>entrando nell'area di studio a %1 km/h</translation>
        </message>
        <message>
            <source>starting at %1 km/h</source>
            <translation>partendo a %1 km/h</translation>
        </message>
        <message>
            <source>Fastest impact: %1 km/h on street feature %2, %3 m of free run-up after the last bend, junction or start, on a route of %4 m %5. ASTM F2656: %6; IWA 14-1: %7; PAS 68: %8.</source>
            <translation>Impatto più veloce: %1 km/h sull'elemento stradale %2, %3 m di rincorsa libera dopo l'ultima curva, incrocio o partenza, su un percorso di %4 m %5. ASTM F2656: %6; IWA 14-1: %7; PAS 68: %8.</translation>
        </message>
        <message>
            <source>Its impact speed over the %1 samples: median %2 km/h, 95th percentile %3 km/h; the ratings above are chosen on %4 km/h, the %5th percentile (never below the deterministic %6 km/h).</source>
            <translation>La sua velocità d'impatto sui %1 campioni: mediana %2 km/h, 95° percentile %3 km/h; le classificazioni sopra sono scelte per %4 km/h, il %5° percentile (mai sotto il valore deterministico di %6 km/h).</translation>
        </message>
        <message>
            <source>Stretches of the edge open ground reaches</source>
            <translation>Tratti del bordo raggiunti dal terreno aperto</translation>
        </message>
        <message>
            <source>Open ground gives a faster approach (%1 km/h) than any street crossing (%2): a barrier line along the stretches is needed, not only across the streets.</source>
            <translation>Il terreno aperto offre un avvicinamento più veloce (%1 km/h) di tutti gli attraversamenti stradali (%2): serve una linea di barriere lungo i tratti, non solo attraverso le strade.</translation>
        </message>
        <message>
            <source>%1 km/h</source>
            <translation>%1 km/h</translation>
        </message>
        <message>
            <source>none is reached</source>
            <translation>nessuno è raggiunto</translation>
        </message>
        <message>
            <source>Where a vehicle can be</source>
            <translation>Dove può trovarsi un veicolo</translation>
        </message>
        <message>
            <source>The study area is the protected area (PROTECTED_AREA) grown by SEARCH_DISTANCE_M; the streets inside it, minus the protected area itself, are the network. Hostile drivers ignore one-way rules unless RESPECT_ONEWAY is set (ONEWAY_FIELD, default the field "oneway" when the layer has one: OSM values yes/true/1 and -1/reverse); pedestrian streets and squares are drivable unless EXCLUDE_EXPRESSION removes them (e.g. bollarded ways). Street ends within TOLERANCE_M are joined. No U-turns: turning round is a near standstill, which starting at rest covers.</source>
            <translation>L'area di studio è l'area protetta (PROTECTED_AREA) ampliata di SEARCH_DISTANCE_M; le strade al suo interno, esclusa l'area protetta stessa, formano la rete. I conducenti ostili ignorano i sensi unici a meno che RESPECT_ONEWAY sia attivo (ONEWAY_FIELD, per impostazione predefinita il campo "oneway" se il layer lo possiede: valori OSM yes/true/1 e -1/reverse); le strade pedonali e le piazze sono percorribili a meno che EXCLUDE_EXPRESSION le escluda (per esempio le vie protette da dissuasori). Le estremità di strade più vicine di TOLERANCE_M vengono unite. Nessuna inversione a U: invertire la marcia equivale quasi a fermarsi, caso coperto dalla partenza da fermo.</translation>
        </message>
        <message>
            <source>Acceleration</source>
            <translation>Accelerazione</translation>
        </message>
        <message>
            <source>a(v) = a0 (1 - v/vmax): over a run s the speed grows from v1 to v2 with S(v2) = S(v1) + s, S(v) = (vmax/a0)(-v - vmax ln(1 - v/vmax)). Speeds never exceed vmax.</source>
            <translation>a(v) = a0 (1 - v/vmax): su un tratto s la velocità passa da v1 a v2 con S(v2) = S(v1) + s, S(v) = (vmax/a0)(-v - vmax ln(1 - v/vmax)). La velocità non supera mai vmax.</translation>
        </message>
        <message>
            <source>Vehicles</source>
            <translation>Veicoli</translation>
        </message>
        <message>
            <source>VEHICLE picks a row of the vehicle table (mass, a0, vmax, rollover threshold and the test vehicle of each standard); MASS_KG, ACCEL_MS2 and MAX_SPEED_KMH override it when greater than 0 (a mass override rates against the lightest test vehicle at least as heavy, within 5 %).</source>
            <translation>VEHICLE sceglie una riga della tabella dei veicoli (massa, a0, vmax, soglia di ribaltamento e il veicolo di prova di ciascuna norma); MASS_KG, ACCEL_MS2 e MAX_SPEED_KMH la sostituiscono quando sono maggiori di 0 (una massa imposta viene classificata rispetto al veicolo di prova più leggero almeno altrettanto pesante, con una tolleranza del 5 %).</translation>
        </message>
        <message>
            <source>The class accelerations have no primary source (plausible values from 0-100 km/h times: car 3, van 2, 7.5 t truck 1, 30 t lorry 0.5 m/s²) and vmax is a judgement call: set them from the vehicles that matter on your site (ACCEL_MS2, MAX_SPEED_KMH).</source>
            <translation>Le accelerazioni per categoria non hanno una fonte primaria (valori plausibili ricavati dai tempi 0-100 km/h: autovettura 3, furgone 2, autocarro da 7,5 t 1, mezzo pesante da 30 t 0,5 m/s²) e vmax è una scelta di giudizio: impostatele in base ai veicoli rilevanti per il vostro sito (ACCEL_MS2, MAX_SPEED_KMH).</translation>
        </message>
        <message>
            <source>impact points: impact_kmh; runup_m, the run-up as a VDA reports it: the distance over which the vehicle accelerates freely up to the impact, since the last point where its speed was bound (the route's start, a bend or a junction turn); route_m, the length of the whole critical route; entry_kmh, the speed at which the route entered the study area (NULL when it starts at rest, or builds its speed going round a loop); energy_kj (m v² / 2); angle_deg, between the street's final approach and the protected area's edge (90 = head-on), which the ratings do not carry; rating_astm, rating_iwa and rating_pas68 (Barrier ratings, above). With OPEN_AREAS, impact points are also placed along every stretch of the protected area's edge that open ground reaches (kind open_ground, with its stretch_id; kind street where a street crosses the edge).</source>
            <translation>punti d'impatto: impact_kmh; runup_m, la rincorsa come la riporta una VDA: la distanza su cui il veicolo accelera liberamente fino all'impatto, dall'ultimo punto in cui la sua velocità era limitata (l'inizio del percorso, una curva o una svolta a un incrocio); route_m, la lunghezza dell'intero percorso critico; entry_kmh, la velocità con cui il percorso è entrato nell'area di studio (NULL quando parte da fermo o prende velocità percorrendo un anello); energy_kj (m v² / 2); angle_deg, tra l'avvicinamento finale della strada e il bordo dell'area protetta (90 = frontale), che le classi non riportano; rating_astm, rating_iwa e rating_pas68 (Classi delle barriere, sopra). Con OPEN_AREAS, punti d'impatto sono posti anche lungo ogni tratto del bordo dell'area protetta raggiunto dal terreno aperto (kind open_ground, con il suo stretch_id; kind street dove una strada attraversa il bordo).</translation>
        </message>
        <message>
            <source>the critical route of each impact point as a line whose M value is the speed in km/h at each vertex, with runup_m, route_m, entry_kmh and start_kmh (above 0 when the vehicle enters at speed or builds it up going round a loop) and kind, as its impact point's.</source>
            <translation>il percorso critico di ogni punto d'impatto come linea il cui valore M è la velocità in km/h a ogni vertice, con runup_m, route_m, entry_kmh e start_kmh (maggiore di 0 quando il veicolo entra già lanciato o prende velocità percorrendo un anello) e kind, come il suo punto d'impatto.</translation>
        </message>
        <message>
            <source>every street of the study area with max_kmh, the highest speed on it in a direction from which the protected area can be reached (a heat map). It covers the open ground's legs too (kind open_ground_leg, no network_fid): the highest speed on each leg toward the protected area.</source>
            <translation>ogni strada dell'area di studio con max_kmh, la velocità massima su di essa in un senso da cui si può raggiungere l'area protetta (una mappa di calore). Copre anche i tratti del terreno aperto (kind open_ground_leg, senza network_fid): la velocità più alta su ogni tratto in direzione dell'area protetta.</translation>
        </message>
        <message>
            <source>with OPEN_AREAS, each stretch of the edge that open ground reaches as a line along the edge, with length_m, its fastest impact_kmh and energy_kj, the ratings a barrier line along it needs, impact_points and reached, how many of them a vehicle reaches (with SAMPLES above 0, the range fields of its critical point: the one whose barrier must be the strongest).</source>
            <translation>con OPEN_AREAS, ogni tratto del bordo raggiunto dal terreno aperto come linea lungo il bordo, con length_m, il suo impact_kmh e il suo energy_kj più alti, le classificazioni richieste da una linea di barriere che lo segue, impact_points e reached, quanti di essi un veicolo raggiunge (con SAMPLES maggiore di 0, i campi d'intervallo del suo punto critico: quello la cui barriera deve essere la più resistente).</translation>
        </message>
        <message>
            <source>Outputs are in the network layer's CRS; distances are metres on the ground (a local metric CRS is used for geographic layers).</source>
            <translation>I risultati sono nel SR del layer della rete; le distanze sono metri sul terreno (per i layer geografici si usa un SR metrico locale).</translation>
        </message>
        <message>
            <source>No street of NETWORK lies within %1 m of PROTECTED_AREA (%2 read, %3 left out by the expression): check the layers overlap or raise SEARCH_DISTANCE_M.</source>
            <translation>Nessuna strada di NETWORK si trova entro %1 m da PROTECTED_AREA (lette: %2; escluse dall'espressione: %3): verificare che i layer si sovrappongano o aumentare SEARCH_DISTANCE_M.</translation>
        </message>
        <message numerus="yes">
            <source>%n street(s)</source>
            <translation>
                <numerusform>%n strada</numerusform>
                <numerusform>%n strade</numerusform>
            </translation>
        </message>
        <message>
            <source>Street graph: %1, %2 from %3; %4 of the protected area's edge, %5 on the study area's edge.</source>
            <translation>Grafo stradale: %1, %2 da %3; %4 del bordo dell'area protetta, %5 sul bordo dell'area di studio.</translation>
        </message>
        <message numerus="yes">
            <source>%n node(s)</source>
            <translation>
                <numerusform>%n nodo</numerusform>
                <numerusform>%n nodi</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n edge(s)</source>
            <translation>
                <numerusform>%n arco</numerusform>
                <numerusform>%n archi</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n crossing(s)</source>
            <translation>
                <numerusform>%n attraversamento</numerusform>
                <numerusform>%n attraversamenti</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n entry point(s)</source>
            <translation>
                <numerusform>%n punto di ingresso</numerusform>
                <numerusform>%n punti di ingresso</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (%2 kg, a0 %3 m/s², vmax %4 km/h): %5, fastest %6 km/h; %7 beyond every crash test; %8 no vehicle can reach.</source>
            <translation>%1 (%2 kg, a0 %3 m/s², vmax %4 km/h): %5, il più veloce a %6 km/h; %7 oltre ogni crash test; %8 che nessun veicolo può raggiungere.</translation>
        </message>
        <message numerus="yes">
            <source>%n impact point(s)</source>
            <translation>
                <numerusform>%n punto d'impatto</numerusform>
                <numerusform>%n punti d'impatto</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Open ground: no vehicle reaches any of its %n impact point(s).</source>
            <translation>
                <numerusform>Terreno aperto: nessun veicolo raggiunge il suo punto d'impatto (%n in tutto).</numerusform>
                <numerusform>Terreno aperto: nessun veicolo raggiunge alcuno dei suoi %n punti d'impatto.</numerusform>
            </translation>
        </message>
        <message>
            <source>Open ground: %1 on %2 of the protected area's edge, %3 of them no vehicle reaches; fastest %4 km/h, %5 m of free run-up on a route of %6 m. ASTM F2656: %7; IWA 14-1: %8; PAS 68: %9.</source>
            <translation>Terreno aperto: %1 su %2 del bordo dell'area protetta, di cui %3 che nessun veicolo raggiunge; il più veloce a %4 km/h, %5 m di rincorsa libera su un percorso di %6 m. ASTM F2656: %7; IWA 14-1: %8; PAS 68: %9.</translation>
        </message>
        <message numerus="yes">
            <source>%n stretch(es)</source>
            <translation>
                <numerusform>%n tratto</numerusform>
                <numerusform>%n tratti</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>VehicleClasses</name>
        <message>
            <source>Car (M1)</source>
            <translation>Autovettura (M1)</translation>
        </message>
        <message>
            <source>Pickup (N1G)</source>
            <translation>Pick-up (N1G)</translation>
        </message>
        <message>
            <source>Van (N1)</source>
            <translation>Furgone (N1)</translation>
        </message>
        <message>
            <source>Truck 7.2 t (N2)</source>
            <translation>Autocarro 7,2 t (N2)</translation>
        </message>
        <message>
            <source>Truck 7.5 t (N3)</source>
            <translation>Autocarro 7,5 t (N3)</translation>
        </message>
        <message>
            <source>Lorry 30 t (N3)</source>
            <translation>Mezzo pesante 30 t (N3)</translation>
        </message>
    </context>
    <context>
        <name>eventsecurity::EventSecurityDock</name>
        <message>
            <source>Event Security Planner</source>
            <translation>Pianificatore della sicurezza degli eventi</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Pianifica</translation>
        </message>
        <message>
            <source>Work out the standoff zones, vehicle approaches and perimeter of the venue</source>
            <translation>Calcolare le zone di sicurezza, gli avvicinamenti dei veicoli e il perimetro del luogo</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annulla</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Evento</translation>
        </message>
        <message>
            <source>e.g. Carnival parade 2026</source>
            <translation>per es. Sfilata di Carnevale 2026</translation>
        </message>
        <message>
            <source>Names the layer group and the printed plan</source>
            <translation>Dà il nome al gruppo di layer e al piano stampato</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source> persons</source>
            <translation> persone</translation>
        </message>
        <message>
            <source>The number of people expected at the busiest moment</source>
            <translation>Il numero di persone previste nel momento di massima affluenza</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Affluenza</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>The time in which the crowd arrives: it sets the number of search lanes</source>
            <translation>Il tempo in cui arriva il pubblico: determina il numero di corsie di controllo</translation>
        </message>
        <message>
            <source>Arrival window</source>
            <translation>Finestra di afflusso</translation>
        </message>
        <message>
            <source>Venue and surroundings</source>
            <translation>Luogo e dintorni</translation>
        </message>
        <message>
            <source>The polygon layer with the area where the crowd gathers</source>
            <translation>Il layer di poligoni con l'area in cui si raduna la folla</translation>
        </message>
        <message>
            <source>Venue layer</source>
            <translation>Layer del luogo</translation>
        </message>
        <message>
            <source>One feature</source>
            <translation>Un elemento</translation>
        </message>
        <message>
            <source>Selected features</source>
            <translation>Elementi selezionati</translation>
        </message>
        <message>
            <source>All features</source>
            <translation>Tutti gli elementi</translation>
        </message>
        <message>
            <source>Venue area</source>
            <translation>Area del luogo</translation>
        </message>
        <message>
            <source>Venue feature</source>
            <translation>Elemento del luogo</translation>
        </message>
        <message>
            <source>The street centre lines vehicles and people use to reach the venue</source>
            <translation>Gli assi stradali che veicoli e persone percorrono per raggiungere il luogo</translation>
        </message>
        <message>
            <source>Streets</source>
            <translation>Strade</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Nessuno</translation>
        </message>
        <message>
            <source>Optional: buildings inside the blast zones are listed as exposed</source>
            <translation>Facoltativo: gli edifici all'interno delle zone dell'esplosione sono elencati come esposti</translation>
        </message>
        <message>
            <source>Buildings</source>
            <translation>Edifici</translation>
        </message>
        <message>
            <source>Threat</source>
            <translation>Minaccia</translation>
        </message>
        <message>
            <source>The explosive threat the standoff zones are drawn for</source>
            <translation>La minaccia esplosiva per cui sono disegnate le zone di sicurezza</translation>
        </message>
        <message>
            <source>Explosive</source>
            <translation>Ordigno</translation>
        </message>
        <message>
            <source>The hostile vehicle whose approach speeds rate the barriers</source>
            <translation>Il veicolo ostile le cui velocità di avvicinamento determinano la classe delle barriere</translation>
        </message>
        <message>
            <source>Vehicle</source>
            <translation>Veicolo</translation>
        </message>
        <message>
            <source> m</source>
            <translation> m</translation>
        </message>
        <message>
            <source>Chart distance</source>
            <translation>Distanza della tabella</translation>
        </message>
        <message>
            <source>Where the vehicle barrier line goes. "Chart distance": the threat's mandatory evacuation distance from the stand-off chart.</source>
            <translation>Dove passa la linea delle barriere antiveicolo. "Distanza della tabella": la distanza di evacuazione obbligatoria della minaccia nella tabella delle distanze di sicurezza.</translation>
        </message>
        <message>
            <source>Standoff</source>
            <translation>Distanza di sicurezza</translation>
        </message>
        <message>
            <source>Output</source>
            <translation>Risultati</translation>
        </message>
        <message>
            <source>Folder for the plans</source>
            <translation>Cartella dei piani</translation>
        </message>
        <message>
            <source>The project's folder (temporary if unsaved)</source>
            <translation>La cartella del progetto (temporanea se non salvato)</translation>
        </message>
        <message>
            <source>Each plan is written to a new folder inside this one, named after the event and the time, so earlier plans stay as they were.</source>
            <translation>Ogni piano viene scritto in una nuova sottocartella, con il nome dell'evento e l'ora, così i piani precedenti restano invariati.</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Cartella</translation>
        </message>
        <message>
            <source>The security layout algorithm is not available: enable the Event Security Planner plugin's Processing provider.</source>
            <translation>L'algoritmo del piano di sicurezza non è disponibile: attivare il provider Processing del plugin Pianificatore della sicurezza degli eventi.</translation>
        </message>
        <message>
            <source>Give the event a name: it names the layer group and the printed plan.</source>
            <translation>Dare un nome all'evento: serve a nominare il gruppo di layer e il piano stampato.</translation>
        </message>
        <message>
            <source>Choose the venue layer (polygons).</source>
            <translation>Scegliere il layer del luogo (poligoni).</translation>
        </message>
        <message>
            <source>Choose the venue feature in the list, or use the selected features.</source>
            <translation>Scegliere l'elemento del luogo nell'elenco, oppure usare gli elementi selezionati.</translation>
        </message>
        <message>
            <source>No feature of "%1" is selected: select the venue on the map, or choose one feature.</source>
            <translation>Nessun elemento di "%1" è selezionato: selezionare il luogo sulla mappa, oppure scegliere un elemento.</translation>
        </message>
        <message>
            <source>Choose the street layer (lines).</source>
            <translation>Scegliere il layer delle strade (linee).</translation>
        </message>
        <message>
            <source>Replace the Plan</source>
            <translation>Sostituisci il piano</translation>
        </message>
        <message>
            <source>The project already has a plan for "%1". Replace its layer group with the new plan? The input layers are not changed.</source>
            <translation>Il progetto contiene già un piano per "%1". Sostituire il suo gruppo di layer con il nuovo piano? I layer in ingresso non vengono modificati.</translation>
        </message>
        <message>
            <source>The folder %1 cannot be created: choose another output folder.</source>
            <translation>Impossibile creare la cartella %1: scegliere un'altra cartella di destinazione.</translation>
        </message>
        <message>
            <source>The plan could not start.</source>
            <translation>Non è stato possibile avviare il calcolo del piano.</translation>
        </message>
        <message>
            <source>Planning…</source>
            <translation>Pianificazione…</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Annullamento…</translation>
        </message>
        <message>
            <source>Planning cancelled: the project is as it was.</source>
            <translation>Pianificazione annullata: il progetto non è stato modificato.</translation>
        </message>
        <message>
            <source>The plan could not be made; the Processing log has the details.</source>
            <translation>Non è stato possibile elaborare il piano; il registro di Processing riporta i dettagli.</translation>
        </message>
        <message>
            <source>There is no plan to print: press Plan first (its layer group must be in the project).</source>
            <translation>Non c'è alcun piano da stampare: premere prima Pianifica (il suo gruppo di layer deve essere nel progetto).</translation>
        </message>
        <message>
            <source>The plan's GeoPackage %1 has no cordon to frame the map on.</source>
            <translation>Il GeoPackage del piano %1 non contiene alcun perimetro su cui inquadrare la mappa.</translation>
        </message>
        <message>
            <source>The print layout could not be added to the project.</source>
            <translation>Non è stato possibile aggiungere il layout di stampa al progetto.</translation>
        </message>
        <message>
            <source>The print layout "%1" is in the project's layouts.</source>
            <translation>Il layout di stampa "%1" si trova tra i layout del progetto.</translation>
        </message>
        <message>
            <source>Export the Plan as PDF</source>
            <translation>Esporta il piano in PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>File PDF (*.pdf)</translation>
        </message>
        <message>
            <source>The plan is printed to %1.</source>
            <translation>Il piano è stato stampato in %1.</translation>
        </message>
        <message>
            <source>The PDF could not be written to %1.</source>
            <translation>Non è stato possibile scrivere il PDF in %1.</translation>
        </message>
        <message>
            <source>Key Figures</source>
            <translation>Dati principali</translation>
        </message>
        <message>
            <source>The plan is in the layer group "%1". &lt;a href="%2" title="%3"&gt;Open its folder&lt;/a&gt;</source>
            <translation>Il piano si trova nel gruppo di layer "%1". &lt;a href="%2" title="%3"&gt;Apri la sua cartella&lt;/a&gt;</translation>
        </message>
        <message>
            <source>the Event Security Planner panel was closed</source>
            <translation>il pannello del Pianificatore della sicurezza degli eventi è stato chiuso</translation>
        </message>
        <message>
            <source>Enter the number</source>
            <translation>Inserire il numero</translation>
        </message>
        <message>
            <source>Which features of the venue layer are the venue</source>
            <translation>Quali elementi del layer del luogo formano il luogo</translation>
        </message>
        <message>
            <source>Optional: squares, promenades, parks a vehicle can drive on (polygons). The vehicle approach then crosses them too, and the cordon gets a barrier line wherever they reach it.</source>
            <translation>Facoltativo: piazze, passeggiate, parchi su cui un veicolo può circolare (poligoni). L'avvicinamento dei veicoli li attraversa allora anch'essi, e il perimetro riceve una linea di barriere ovunque essi lo raggiungano.</translation>
        </message>
        <message>
            <source>None: streets only</source>
            <translation>Nessuno: solo le strade</translation>
        </message>
        <message>
            <source>Open ground</source>
            <translation>Terreno aperto</translation>
        </message>
        <message>
            <source>Obstacles</source>
            <translation>Ostacoli</translation>
        </message>
        <message>
            <source>Key Figures: %1</source>
            <translation>Dati principali: %1</translation>
        </message>
        <message>
            <source>Key Figures of the Previous Plan: %1</source>
            <translation>Dati principali del piano precedente: %1</translation>
        </message>
        <message>
            <source>Key Figures of a Plan No Longer in the Project: %1</source>
            <translation>Dati principali di un piano non più nel progetto: %1</translation>
        </message>
        <message>
            <source>Enter the attendance: the number of people expected at the busiest moment.</source>
            <translation>Inserite l'affluenza: il numero di persone attese nel momento di massimo afflusso.</translation>
        </message>
        <message>
            <source>The project already has a plan for "%1". When the new plan is ready, its layer group replaces the old one: the layers the plugin loaded for the old plan leave the project with that group (their files stay where they are), you are asked first about any unsaved edits in them, and any other layer in the group is moved out of it and kept. The input layers are not changed.</source>
            <translation>Il progetto ha già un piano per "%1". Quando il nuovo piano sarà pronto, il suo gruppo di layer sostituirà il vecchio: i layer che il plugin ha caricato per il vecchio piano lasciano il progetto con quel gruppo (i loro file restano dove sono), vi verrà chiesto prima che cosa fare delle modifiche non salvate che contengono, e ogni altro layer del gruppo ne viene spostato fuori e conservato. I layer di ingresso non vengono modificati.</translation>
        </message>
        <message>
            <source>The plan of "%1" was cancelled: %2.</source>
            <translation>Il piano di "%1" è stato annullato: %2.</translation>
        </message>
        <message>
            <source>The project the plan of "%1" was made for was closed, so the plan was not added to this one. Its GeoPackage and report are in %2.</source>
            <translation>Il progetto per cui è stato fatto il piano di "%1" è stato chiuso: il piano quindi non è stato aggiunto a questo. Il suo GeoPackage e il suo rapporto sono in %2.</translation>
        </message>
        <message>
            <source>Unsaved Edits</source>
            <translation>Modifiche non salvate</translation>
        </message>
        <message>
            <source>The plan being replaced has unsaved edits in %1. Save them to its GeoPackage before its layers leave the project?

Cancel keeps the previous plan as it is; the new plan's files stay in %2.</source>
            <translation>Il piano che viene sostituito ha modifiche non salvate in %1. Salvarle nel suo GeoPackage prima che i suoi layer lascino il progetto?

Annulla mantiene il piano precedente com'è; i file del nuovo piano restano in %2.</translation>
        </message>
        <message>
            <source>The previous plan of "%1" is kept with its edits; the new plan was not added. Its files are in %2.</source>
            <translation>Il piano precedente di "%1" è conservato con le sue modifiche; il nuovo piano non è stato aggiunto. I suoi file sono in %2.</translation>
        </message>
        <message>
            <source>The plan is in the layer group "%1". Its files: %2.</source>
            <translation>Il piano è nel gruppo di layer "%1". I suoi file: %2.</translation>
        </message>
        <message>
            <source>Kept out of the replaced group: %1.</source>
            <translation>Spostati fuori dal gruppo sostituito e conservati: %1.</translation>
        </message>
        <message>
            <source>Read the warnings below before using it.</source>
            <translation>Leggete gli avvisi qui sotto prima di usarlo.</translation>
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
        <message>
            <source>%1 was cancelled: %2.</source>
            <translation>%1 è stato annullato: %2.</translation>
        </message>
        <message>
            <source>QGIS is closing</source>
            <translation>QGIS si sta chiudendo</translation>
        </message>
        <message>
            <source>the Event Security Planner plugin was unloaded</source>
            <translation>il plugin Pianificatore della sicurezza degli eventi è stato scaricato</translation>
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
    <context>
        <name>eventsecurity::PlanResultsWidget</name>
        <message>
            <source>Standoff distance</source>
            <translation>Distanza di sicurezza</translation>
        </message>
        <message>
            <source>%1 m</source>
            <translation>%1 m</translation>
        </message>
        <message>
            <source>Venue capacity</source>
            <translation>Capienza del luogo</translation>
        </message>
        <message>
            <source>%1 persons</source>
            <translation>%1 persone</translation>
        </message>
        <message>
            <source>Search lanes</source>
            <translation>Corsie di controllo</translation>
        </message>
        <message>
            <source>Emergency gates</source>
            <translation>Varchi di emergenza</translation>
        </message>
        <message>
            <source>Vehicle barriers</source>
            <translation>Barriere antiveicolo</translation>
        </message>
        <message>
            <source>%1 km/h</source>
            <translation>%1 km/h</translation>
        </message>
        <message>
            <source>Roads closed</source>
            <translation>Strade chiuse</translation>
        </message>
        <message>
            <source>Open Layout</source>
            <translation>Apri il layout</translation>
        </message>
        <message>
            <source>Open the printable layout of this plan in QGIS's layout designer</source>
            <translation>Apre il layout stampabile di questo piano nell'editor di layout di QGIS</translation>
        </message>
        <message>
            <source>Export PDF…</source>
            <translation>Esporta PDF…</translation>
        </message>
        <message>
            <source>Save the printable layout of this plan as a PDF file</source>
            <translation>Salva il layout stampabile di questo piano in un file PDF</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Rapporto</translation>
        </message>
        <message>
            <source>Open the plan's report (figures, sources, assumptions) in the web browser</source>
            <translation>Apre il rapporto del piano (dati, fonti, ipotesi) nel browser web</translation>
        </message>
        <message>
            <source>not available</source>
            <translation>non disponibile</translation>
        </message>
        <message>
            <source>Fastest impact</source>
            <translation>Impatto più veloce</translation>
        </message>
        <message>
            <source>Queues outside the cordon</source>
            <translation>Code fuori dal perimetro</translation>
        </message>
        <message>
            <source>The people waiting at the search lanes outside the cordon at the arrival peak, and whether a hostile vehicle or a vehicle bomb can reach them. The plan's queues layer shows them: red where exposed, amber elsewhere.</source>
            <translation>Le persone in attesa alle corsie di controllo fuori dal perimetro al picco di afflusso, e se un veicolo ostile o un veicolo bomba può raggiungerle. Lo strato delle code del piano le mostra: in rosso dove sono esposte, in ambra altrove.</translation>
        </message>
        <message>
            <source>Queues at the peak</source>
            <translation>Code al picco di afflusso</translation>
        </message>
        <message>
            <source>Exposed</source>
            <translation>Esposte</translation>
        </message>
        <message>
            <source>Longest queue</source>
            <translation>Coda più lunga</translation>
        </message>
        <message>
            <source>Longest wait</source>
            <translation>Attesa più lunga</translation>
        </message>
        <message>
            <source>Fastest vehicle at a queue</source>
            <translation>Veicolo più veloce su una coda</translation>
        </message>
        <message>
            <source>none: the search lanes keep up with the arrivals</source>
            <translation>nessuna: le corsie di controllo tengono il passo degli arrivi</translation>
        </message>
        <message numerus="yes">
            <source>at %n entries</source>
            <translation>
                <numerusform>presso %n varco</numerusform>
                <numerusform>presso %n varchi</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n queues a hostile vehicle or a vehicle bomb can reach</source>
            <translation>
                <numerusform>%n coda che un veicolo ostile o un veicolo bomba può raggiungere</numerusform>
                <numerusform>%n code che un veicolo ostile o un veicolo bomba può raggiungere</numerusform>
            </translation>
        </message>
        <message>
            <source>none</source>
            <translation>nessuna</translation>
        </message>
        <message>
            <source>endless: a queue never clears</source>
            <translation>infinita: una coda non si esaurisce mai</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <source>no vehicle reaches a queue</source>
            <translation>nessun veicolo raggiunge una coda</translation>
        </message>
        <message>
            <source>Barrier length</source>
            <translation>Lunghezza delle barriere</translation>
        </message>
        <message>
            <source>Of it on open ground</source>
            <translation>Di cui su terreno aperto</translation>
        </message>
    </context>
    <context>
        <name>ApproachAlgorithmBase</name>
        <message>
            <source>Street network (lines)</source>
            <translation>Rete stradale (linee)</translation>
        </message>
        <message>
            <source>Hostile vehicle</source>
            <translation>Veicolo ostile</translation>
        </message>
        <message>
            <source>Search distance around the protected area (m)</source>
            <translation>Distanza di ricerca attorno all'area protetta (m)</translation>
        </message>
        <message>
            <source>Street width field (m)</source>
            <translation>Campo della larghezza stradale (m)</translation>
        </message>
        <message>
            <source>Default street width (m)</source>
            <translation>Larghezza stradale predefinita (m)</translation>
        </message>
        <message>
            <source>Leave out of the vehicle model streets where (e.g. bollarded)</source>
            <translation>Escludere dal modello del veicolo le strade per cui (per es. protette da dissuasori)</translation>
        </message>
        <message>
            <source>Tyre-road friction coefficient</source>
            <translation>Coefficiente di aderenza pneumatico-strada</translation>
        </message>
        <message>
            <source>Join street ends closer than (m)</source>
            <translation>Unire le estremità delle strade più vicine di (m)</translation>
        </message>
        <message>
            <source>VEHICLE must be one of the %1 listed vehicle classes (0 to %2).</source>
            <translation>VEHICLE deve essere una delle %1 categorie di veicoli elencate (da 0 a %2).</translation>
        </message>
        <message>
            <source>e.g. 50 km/h</source>
            <translation>ad es. 50 km/h</translation>
        </message>
        <message>
            <source>how far from the protected area vehicles are modelled, e.g. 1000 m</source>
            <translation>fino a che distanza dall'area protetta si modellano i veicoli, ad es. 1000 m</translation>
        </message>
        <message>
            <source>the width of a street without a width value, e.g. 7 m</source>
            <translation>la larghezza di una strada senza valore di larghezza, per es. 7 m</translation>
        </message>
        <message>
            <source>dry asphalt about 0.7, wet 0.3-0.4</source>
            <translation>asfalto asciutto circa 0,7, bagnato 0,3-0,4</translation>
        </message>
        <message>
            <source>metres, e.g. 0.5</source>
            <translation>metri, ad es. 0,5</translation>
        </message>
        <message>
            <source>Speed entering the study area where a street has no speed limit (km/h)</source>
            <translation>Velocità di ingresso nell'area di studio dove una strada non ha limite di velocità (km/h)</translation>
        </message>
        <message>
            <source>Speed limit field (OSM maxspeed values; default: "maxspeed" if present)</source>
            <translation>Campo del limite di velocità (valori OSM maxspeed; predefinito: "maxspeed" se presente)</translation>
        </message>
        <message>
            <source>Kerb radius of junction corners (m; 0 = sharp corner)</source>
            <translation>Raggio del cordolo degli angoli d'incrocio (m; 0 = angolo vivo)</translation>
        </message>
        <message>
            <source>Penetration the plan allows past a barrier (m; 1 = ASTM P1)</source>
            <translation>Penetrazione ammessa dal piano oltre una barriera (m; 1 = ASTM P1)</translation>
        </message>
        <message>
            <source>Rollover threshold override, g (0 = the vehicle's)</source>
            <translation>Soglia di ribaltamento imposta, g (0 = quella del veicolo)</translation>
        </message>
        <message>
            <source>Digitising tolerance: vertices closer to a straight line make no bend (m)</source>
            <translation>Tolleranza di digitalizzazione: i vertici più vicini a una retta non formano una curva (m)</translation>
        </message>
        <message>
            <source>%1: %2.</source>
            <translation>%1: %2.</translation>
        </message>
        <message>
            <source>metres, 0 cuts junction corners sharp</source>
            <translation>metri, 0 taglia gli angoli d'incrocio a spigolo vivo</translation>
        </message>
        <message>
            <source>metres past the barrier line, 1 m is ASTM P1</source>
            <translation>metri oltre la linea delle barriere, 1 m corrisponde ad ASTM P1</translation>
        </message>
        <message>
            <source>0 keeps the vehicle's own threshold</source>
            <translation>0 mantiene la soglia propria del veicolo</translation>
        </message>
        <message>
            <source>Samples of the uncertain inputs, for impact speed ranges (0 = one deterministic run; %1 recommended)</source>
            <translation>Campioni dei dati incerti, per intervalli di velocità d'impatto (0 = un solo calcolo deterministico; %1 consigliati)</translation>
        </message>
        <message>
            <source>Seed of the samples (the same seed repeats a run)</source>
            <translation>Seme dei campioni (lo stesso seme ripete un calcolo)</translation>
        </message>
        <message>
            <source>Percentile of the sampled impact speeds the ratings are chosen on (%)</source>
            <translation>Percentile delle velocità d'impatto campionate su cui si scelgono le classificazioni (%)</translation>
        </message>
        <message>
            <source>Spread of the acceleration a0 (± %)</source>
            <translation>Dispersione dell'accelerazione a0 (± %)</translation>
        </message>
        <message>
            <source>Spread of the top speed (± %)</source>
            <translation>Dispersione della velocità massima (± %)</translation>
        </message>
        <message>
            <source>Spread of the friction (± %)</source>
            <translation>Dispersione del coefficiente d'aderenza (± %)</translation>
        </message>
        <message>
            <source>Spread of the entry speeds (± %)</source>
            <translation>Dispersione delle velocità d'ingresso (± %)</translation>
        </message>
        <message>
            <source>Shape of the ranges</source>
            <translation>Forma degli intervalli</translation>
        </message>
        <message>
            <source>Uniform between the bounds</source>
            <translation>Uniforme tra i limiti</translation>
        </message>
        <message>
            <source>Triangular, most likely at the deterministic value</source>
            <translation>Triangolare, più probabile al valore deterministico</translation>
        </message>
        <message>
            <source>Refuse a ranged run estimated longer than (minutes)</source>
            <translation>Rifiutare un calcolo a intervalli stimato più lungo di (minuti)</translation>
        </message>
        <message>
            <source>%1 must be a whole number from 0 to %2; got %3.</source>
            <translation>%1 deve essere un numero intero da 0 a %2; ricevuto %3.</translation>
        </message>
        <message>
            <source>%1 must be 0 % or more: a negative spread would put the range's upper bound below its lower bound; got %2.</source>
            <translation>%1 deve essere pari o superiore a 0 %: una dispersione negativa porterebbe il limite superiore dell'intervallo sotto quello inferiore; ricevuto %2.</translation>
        </message>
        <message>
            <source>%1 must be at most %2 %: the range's lower bound, the value times (1 - spread), must stay above 0; got %3.</source>
            <translation>%1 deve essere al massimo %2 %: il limite inferiore dell'intervallo, il valore per (1 - dispersione), deve restare sopra 0; ricevuto %3.</translation>
        </message>
        <message>
            <source>RATING_PERCENTILE must be between %1 (the median: a lower one rates barriers for fewer than half of the sampled vehicles) and %2 %; got %3.</source>
            <translation>RATING_PERCENTILE deve essere compreso tra %1 (la mediana: un percentile più basso classificherebbe le barriere per meno della metà dei veicoli campionati) e %2 %; ricevuto %3.</translation>
        </message>
        <message>
            <source>SAMPLES must be 0 (one deterministic run) or at least %1 for the percentiles up to the %2th: fewer samples cannot tell them from the highest one; got %3.</source>
            <translation>SAMPLES deve essere 0 (un solo calcolo deterministico) o almeno %1 per i percentili fino al %2°: con meno campioni non si possono distinguere dal più alto; ricevuto %3.</translation>
        </message>
        <message>
            <source>RANGE_SHAPE must be 0 (uniform) or 1 (triangular); got %1.</source>
            <translation>RANGE_SHAPE deve essere 0 (uniforme) o 1 (triangolare); ricevuto %1.</translation>
        </message>
        <message>
            <source>e.g. 30 minutes</source>
            <translation>per es. 30 minuti</translation>
        </message>
        <message>
            <source>Open ground a vehicle can drive on: squares, promenades, parks (polygons)</source>
            <translation>Terreno aperto percorribile da un veicolo: piazze, passeggiate, parchi (poligoni)</translation>
        </message>
        <message>
            <source>Obstacles that stop a vehicle: buildings, walls, water, bollards (layers of any geometry)</source>
            <translation>Ostacoli che fermano un veicolo: edifici, muri, acqua, dissuasori (layer di qualsiasi geometria)</translation>
        </message>
        <message>
            <source>Radius of an obstacle drawn as a point (m)</source>
            <translation>Raggio di un ostacolo disegnato come punto (m)</translation>
        </message>
        <message>
            <source>Field with a point obstacle's radius in metres (optional)</source>
            <translation>Campo con il raggio di un ostacolo puntuale, in metri (facoltativo)</translation>
        </message>
        <message>
            <source>Barrier points that can be removed or lowered are where</source>
            <translation>I dissuasori puntuali rimovibili o a scomparsa sono quelli in cui</translation>
        </message>
        <message>
            <source>Removable or rising barriers count as open</source>
            <translation>Le barriere rimovibili o a scomparsa contano come aperte</translation>
        </message>
        <message>
            <source>Spacing of the impact points along open ground (m)</source>
            <translation>Distanza tra i punti d'impatto lungo il terreno aperto (m)</translation>
        </message>
        <message>
            <source>metres, e.g. 0.1 for a slim bollard</source>
            <translation>metri, ad es. 0,1 per un dissuasore sottile</translation>
        </message>
        <message>
            <source>OBSTACLE_RADIUS_M must be at most %1 m (draw a larger obstacle as a polygon); got %2.</source>
            <translation>OBSTACLE_RADIUS_M deve essere al massimo %1 m (disegnate un ostacolo più grande come poligono); valore ricevuto: %2.</translation>
        </message>
        <message>
            <source>REMOVABLE_EXPRESSION: the expression "%1" is not valid: %2</source>
            <translation>REMOVABLE_EXPRESSION: l'espressione "%1" non è valida: %2</translation>
        </message>
        <message>
            <source>metres between impact points, e.g. 10</source>
            <translation>metri tra i punti d'impatto, ad es. 10</translation>
        </message>
        <message>
            <source>IMPACT_SPACING_M must be at least %1 m (1 m, and 4 times TOLERANCE_M so that the points stay apart) and at most %2 m; got %3.</source>
            <translation>IMPACT_SPACING_M deve essere almeno %1 m (1 m, e 4 volte TOLERANCE_M perché i punti restino distinti) e al massimo %2 m; valore ricevuto: %3.</translation>
        </message>
        <message>
            <source>OPEN_AREAS must be a polygon layer: the squares, promenades and parks a vehicle can drive on.</source>
            <translation>OPEN_AREAS deve essere un layer di poligoni: le piazze, passeggiate e parchi che un veicolo può percorrere.</translation>
        </message>
        <message>
            <source>OBSTACLES: the layer %1 has no points, lines or polygons: give layers of obstacles (buildings, walls, bollards...).</source>
            <translation>OBSTACLES: il layer %1 non ha punti, linee o poligoni: fornite layer di ostacoli (edifici, muri, dissuasori...).</translation>
        </message>
        <message>
            <source>Entry speeds</source>
            <translation>Velocità di ingresso</translation>
        </message>
        <message>
            <source>A vehicle may start at rest anywhere on the network, or enter the study area where a street crosses its outer edge at that street's speed limit: MAXSPEED_FIELD (default the field "maxspeed" when the layer has one), read as OpenStreetMap writes maxspeed: a number is km/h, "30 mph" and knots are converted, "walk" is %1 km/h, "none" (no limit) is the vehicle's top speed, a national code such as "DE:urban" is that country's default limit, a list "50;30" its highest part. A street without a value, or with one that says no number ("signals", "variable"), enters at START_SPEED_KMH.</source>
            <translation>Un veicolo può partire da fermo in qualsiasi punto della rete, oppure entrare nell'area di studio dove una strada ne attraversa il bordo esterno, al limite di velocità di quella strada: MAXSPEED_FIELD (per impostazione predefinita il campo "maxspeed" se il layer lo possiede), letto come OpenStreetMap scrive maxspeed: un numero è in km/h, "30 mph" e i nodi vengono convertiti, "walk" vale %1 km/h, "none" (nessun limite) è la velocità massima del veicolo, un codice nazionale come "DE:urban" è il limite predefinito di quel paese, un elenco "50;30" il suo valore più alto. Una strada senza valore, o con un valore che non indica un numero ("signals", "variable"), entra a START_SPEED_KMH.</translation>
        </message>
        <message>
            <source>The limit stands for the traffic speed a vehicle can already have where the street enters the area; inside it a hostile driver ignores limits. No vehicle exceeds its top speed.</source>
            <translation>Il limite rappresenta la velocità di traffico che un veicolo può già avere dove la strada entra nell'area; al suo interno un conducente ostile ignora i limiti. Nessun veicolo supera la propria velocità massima.</translation>
        </message>
        <message>
            <source>Bends and junctions</source>
            <translation>Curve e incroci</translation>
        </message>
        <message>
            <source>Bends are read from each street's centreline, whatever the number of points it was drawn with: vertices within DIGITISING_TOLERANCE_M of a straight line are digitising noise and make no bend; a run of vertices turning the same way is one bend (an S-bend is two), also across a way split where only two streets meet. Its centreline radius Rc follows from its length and total turn theta; a corner drawn as one vertex gets the largest radius its drawing admits (tangents reaching the nearest drawn points).</source>
            <translation>Le curve vengono lette dall'asse di ogni strada, qualunque sia il numero di punti con cui è stato disegnato: i vertici entro DIGITISING_TOLERANCE_M da una retta sono rumore di digitalizzazione e non formano curve; una serie di vertici che girano dallo stesso lato è una sola curva (una curva a S sono due), anche attraverso una divisione della via dove si incontrano solo due strade. Il suo raggio d'asse Rc deriva dalla sua lunghezza e dalla sua deviazione totale theta; un angolo disegnato con un solo vertice riceve il raggio più grande che il suo disegno ammette (tangenti che arrivano ai punti disegnati più vicini).</translation>
        </message>
        <message>
            <source>The fastest path cuts across the usable width w (WIDTH_FIELD, else DEFAULT_WIDTH_M): the racing line touching the outer edge before and after the bend and the inner edge at its apex has the radius R = Ri + w / (1 - cos(theta/2)), Ri = Rc - w/2 the inner edge's radius (plane geometry; with Ri = 0 it is the corner-cutting radius of common VDA practice, domain reference sec. 4). A turn at a junction (three or more streets) is a corner whose inner kerb has the radius KERB_RADIUS_M: R = KERB_RADIUS_M + w / (1 - cos(theta/2)), w the mean of the two streets' widths; 0 cuts the corner sharp.</source>
            <translation>La traiettoria più veloce taglia sulla larghezza utile w (WIDTH_FIELD, altrimenti DEFAULT_WIDTH_M): la traiettoria ideale, che tocca il bordo esterno prima e dopo la curva e il bordo interno al vertice, ha raggio R = Ri + w / (1 - cos(theta/2)), con Ri = Rc - w/2 il raggio del bordo interno (geometria piana; con Ri = 0 è il raggio di taglio dell'angolo della prassi comune delle VDA, riferimento di dominio, sez. 4). Una svolta a un incrocio (tre o più strade) è un angolo il cui cordolo interno ha raggio KERB_RADIUS_M: R = KERB_RADIUS_M + w / (1 - cos(theta/2)), con w la media delle larghezze delle due strade; 0 taglia l'angolo a spigolo vivo.</translation>
        </message>
        <message>
            <source>Through a bend or a turn the speed is at most sqrt(a R), a = g times the lower of FRICTION (the tyres slide) and the vehicle's rollover threshold in g (it tips over; ROLLOVER_G overrides the class's): a laden truck rolls over at about 0.3-0.5 g, long before its tyres slide at 0.7.</source>
            <translation>In una curva o una svolta la velocità è al massimo sqrt(a R), con a = g per il minore tra FRICTION (gli pneumatici slittano) e la soglia di ribaltamento del veicolo in g (si ribalta; ROLLOVER_G sostituisce quella della categoria): un autocarro carico si ribalta intorno a 0,3-0,5 g, molto prima che i suoi pneumatici slittino a 0,7.</translation>
        </message>
        <message>
            <source>Barrier ratings</source>
            <translation>Classi delle barriere</translation>
        </message>
        <message>
            <source>Each impact gets, per standard, the lowest crash-test rating that stops it, for the standard's test vehicle matching the class. An impact faster than every test of a standard says so.</source>
            <translation>Ogni impatto riceve, per ciascuna norma, la classe di prova d'urto più bassa che lo ferma, per il veicolo di prova della norma corrispondente alla categoria. Un impatto più veloce di tutte le prove di una norma viene segnalato come tale.</translation>
        </message>
        <message>
            <source>ASTM F2656 designations are miles per hour: M30, M40 and M50 are the 6.8 t truck at 30, 40 and 50 mph (48, 64 and 80 km/h), written with the km/h, e.g. "M40-P1 (64 km/h)". ASTM grants a designation to tests down to the floor of its speed band (30: 28 mph, 40: 38 mph, 50: 47 mph, i.e. 45, 61 and 76 km/h), so an impact above a band's floor needs the next designation, and one inside the open top band names the test speed to ask of the test report ("tested at 78 km/h or more").</source>
            <translation>Le designazioni ASTM F2656 sono in miglia orarie: M30, M40 e M50 sono l'autocarro da 6,8 t a 30, 40 e 50 mph (48, 64 e 80 km/h), scritte con i km/h, per es. "M40-P1 (64 km/h)". L'ASTM concede una designazione a prove fino alla soglia inferiore della sua fascia di velocità (30: 28 mph, 40: 38 mph, 50: 47 mph, cioè 45, 61 e 76 km/h): un impatto sopra la soglia di una fascia richiede la designazione successiva, e uno nella fascia superiore aperta indica la velocità di prova da chiedere al rapporto di prova ("tested at 78 km/h or more").</translation>
        </message>
        <message>
            <source>IWA 14-1 (e.g. V/7200[N3C]/64/90:1.0) and PAS 68 (e.g. V/7500[N3]/64/90:1.0) write the test vehicle's mass and class, the test speed in km/h, the TEST's impact angle, 90 (head-on, as the standards test: a hostile driver can leave the street at any angle; the street's own approach angle is angle_deg) and the penetration.</source>
            <translation>IWA 14-1 (per es. V/7200[N3C]/64/90:1.0) e PAS 68 (per es. V/7500[N3]/64/90:1.0) indicano massa e classe del veicolo di prova, la velocità di prova in km/h, l'angolo d'impatto della PROVA, 90 (frontale, come provano le norme: un conducente ostile può lasciare la strada con qualsiasi angolo; l'angolo di avvicinamento della strada è angle_deg) e la penetrazione.</translation>
        </message>
        <message>
            <source>Every rating names the penetration the plan allows, PENETRATION_M: ASTM P1 up to 1 m, P2 up to 7 m, P3 up to 30 m, P4 more (the least stringent class within the allowance; below 1 m the text says no ASTM class is that strict); IWA 14-1 and PAS 68 in metres, rounded down.</source>
            <translation>Ogni classe indica la penetrazione ammessa dal piano, PENETRATION_M: ASTM P1 fino a 1 m, P2 fino a 7 m, P3 fino a 30 m, P4 oltre (la classe meno severa entro la tolleranza; sotto 1 m il testo indica che nessuna classe ASTM è così severa); IWA 14-1 e PAS 68 in metri, arrotondati per difetto.</translation>
        </message>
        <message>
            <source>Racing line through a bend: plane geometry; with Ri = 0 the corner-cutting radius of common VDA practice (domain reference sec. 4).</source>
            <translation>Traiettoria ideale in curva: geometria piana; con Ri = 0, il raggio di taglio dell'angolo della prassi comune delle VDA (riferimento di dominio, sez. 4).</translation>
        </message>
        <message>
            <source>Tyre-road friction: 0.7-0.8 on dry asphalt, 0.3-0.4 wet (domain reference sec. 4).</source>
            <translation>Aderenza pneumatico-strada: 0,7-0,8 su asfalto asciutto, 0,3-0,4 bagnato (riferimento di dominio, sez. 4).</translation>
        </message>
        <message>
            <source>Rollover threshold of the 30 t lorry, 0.45 g: Winkler, UMTRI (a heavy trailer in good order).</source>
            <translation>Soglia di ribaltamento del mezzo pesante da 30 t, 0,45 g: Winkler, UMTRI (un rimorchio pesante in buono stato).</translation>
        </message>
        <message>
            <source>ASTM F2656 speed bands: the floors of ASTM F2656-07 table 3, recalled (the standard is not public) and not re-read; the 60 mph band's 57 mph is assumed.</source>
            <translation>Fasce di velocità ASTM F2656: le soglie della tabella 3 dell'ASTM F2656-07, citate a memoria (la norma non è pubblica) e non rilette; i 57 mph della fascia da 60 mph sono presunti.</translation>
        </message>
        <message>
            <source>ASTM P1 is the only penetration class the US Department of State's SD-STD-02.01 Rev A (2003) certifies.</source>
            <translation>ASTM P1 è l'unica classe di penetrazione che certifica la norma SD-STD-02.01 Rev A (2003) del Dipartimento di Stato statunitense.</translation>
        </message>
        <message>
            <source>the 7.5 t truck (PAS 68 N3), the usual design threat of UK hostile vehicle mitigation.</source>
            <translation>l'autocarro da 7,5 t (PAS 68 N3), la minaccia di riferimento abituale della protezione dai veicoli ostili nel Regno Unito.</translation>
        </message>
        <message>
            <source>%1 km/h, a common urban limit.</source>
            <translation>%1 km/h, un limite urbano comune.</translation>
        </message>
        <message>
            <source>%L1 m.</source>
            <translation>%L1 m.</translation>
        </message>
        <message>
            <source>%1 m, two lanes of 3.5 m.</source>
            <translation>%1 m, due corsie da 3,5 m.</translation>
        </message>
        <message>
            <source>The mean of the two streets' widths at junctions.</source>
            <translation>La media delle larghezze delle due strade agli incroci.</translation>
        </message>
        <message>
            <source>%L1, dry asphalt (0.7-0.8 dry, 0.3-0.4 wet, domain reference sec. 4).</source>
            <translation>%L1, asfalto asciutto (0,7-0,8 asciutto, 0,3-0,4 bagnato, riferimento di dominio, sez. 4).</translation>
        </message>
        <message>
            <source>%1 m, on the safe side (a larger radius allows a faster turn): historic town corners are under 1 m, UK trunk-road practice 6 m, US municipal codes ask 25 to 50 ft (7.6 to 15.2 m) on collectors and arterials.</source>
            <translation>%1 m, dal lato della sicurezza (un raggio maggiore permette una svolta più veloce): gli angoli dei centri storici sono sotto 1 m, la prassi delle strade principali britanniche 6 m, i regolamenti municipali statunitensi chiedono da 25 a 50 ft (da 7,6 a 15,2 m) su strade di raccolta e arterie.</translation>
        </message>
        <message>
            <source>%L1 m: centrelines traced from imagery are good to about a metre.</source>
            <translation>%L1 m: gli assi tracciati da immagini sono precisi a circa un metro.</translation>
        </message>
        <message>
            <source>0, the class's rollover threshold: 30 t lorry 0.45 g (Winkler, UMTRI: a heavy trailer in good order); 7.2 and 7.5 t trucks 0.5 g, van 1.1, pickup 1.3, car 1.5 g are judgement calls at the upper end of published ranges (the safe side; for cars friction binds first).</source>
            <translation>0, la soglia di ribaltamento della categoria: mezzo pesante da 30 t 0,45 g (Winkler, UMTRI: un rimorchio pesante in buono stato); autocarri da 7,2 e 7,5 t 0,5 g, furgone 1,1, pickup 1,3, autovettura 1,5 g sono scelte di giudizio all'estremo superiore degli intervalli pubblicati (dal lato della sicurezza; per le autovetture limita prima l'aderenza).</translation>
        </message>
        <message>
            <source>%1 m: ASTM P1, the strictest class, the only one the US Department of State's SD-STD-02.01 Rev A (2003) certifies; at an event a crowd stands close behind the barrier line.</source>
            <translation>%1 m: ASTM P1, la classe più severa, l'unica che certifica la norma SD-STD-02.01 Rev A (2003) del Dipartimento di Stato statunitense; a un evento la folla sta subito dietro la linea delle barriere.</translation>
        </message>
        <message>
            <source>Not modelled: braking, traffic, parked cars, street furniture and kerbs as obstacles, gradients and surface changes, speed limits inside the study area.</source>
            <translation>Non modellati: frenata, traffico, auto in sosta, arredo urbano e cordoli come ostacoli, pendenze e cambi di pavimentazione, i limiti di velocità all'interno dell'area di studio.</translation>
        </message>
        <message>
            <source>Cornering is steady: no load transfer in a sudden swerve.</source>
            <translation>La curva è percorsa a regime: nessun trasferimento di carico in una sterzata improvvisa.</translation>
        </message>
        <message>
            <source>Streets that cross without a shared vertex (bridges) do not connect.</source>
            <translation>Le strade che si incrociano senza vertice comune (ponti) non sono collegate.</translation>
        </message>
        <message>
            <source>Speeds are upper bounds for planning, not a substitute for a site survey by a qualified assessor.</source>
            <translation>Le velocità sono limiti superiori per la pianificazione e non sostituiscono un sopralluogo di un valutatore qualificato.</translation>
        </message>
        <message>
            <source>Values no real vehicle or street has are refused, with the limit and its reason (e.g. speeds above %1 km/h, accelerations above %2 m/s², masses above %3 kg, widths above %4 m).</source>
            <translation>I valori che nessun veicolo o strada reale ha vengono rifiutati, con il limite e la sua ragione (per es. velocità oltre %1 km/h, accelerazioni oltre %2 m/s², masse oltre %3 kg, larghezze oltre %4 m).</translation>
        </message>
        <message>
            <source>Impact speeds as ranges</source>
            <translation>Velocità d'impatto come intervalli</translation>
        </message>
        <message>
            <source>The class accelerations, top speeds, friction and entry speeds are estimates. With SAMPLES above 0 the approach search runs once more per sample of them, each drawn from a range around its value:</source>
            <translation>Le accelerazioni delle categorie, le velocità massime, l'aderenza e le velocità d'ingresso sono stime. Con SAMPLES maggiore di 0 la ricerca dell'avvicinamento viene ripetuta per ogni campione di questi valori, ciascuno estratto da un intervallo attorno al proprio valore:</translation>
        </message>
        <message>
            <source>a0 ± ACCEL_SPREAD_PCT (%1 %: the class accelerations are read from 0-100 km/h times, which vary that much within a class);</source>
            <translation>a0 ± ACCEL_SPREAD_PCT (%1 %: le accelerazioni delle categorie sono ricavate dai tempi 0-100 km/h, che variano così tanto all'interno di una categoria);</translation>
        </message>
        <message>
            <source>vmax ± MAX_SPEED_SPREAD_PCT (%1 %: top speeds vary less);</source>
            <translation>vmax ± MAX_SPEED_SPREAD_PCT (%1 %: le velocità massime variano meno);</translation>
        </message>
        <message>
            <source>FRICTION ± FRICTION_SPREAD_PCT (%1 %: 0.7 becomes 0.60-0.81, dry asphalt's 0.7-0.8 and worn tyres or dusty asphalt below);</source>
            <translation>FRICTION ± FRICTION_SPREAD_PCT (%1 %: 0,7 diventa 0,60-0,81, l'asfalto asciutto a 0,7-0,8 e, sotto, pneumatici usurati o asfalto polveroso);</translation>
        </message>
        <message>
            <source>every entry speed ± ENTRY_SPEED_SPREAD_PCT (%1 %: drivers keep to a limit only roughly, 50 km/h becomes 40-60 km/h), never above the sample's top speed.</source>
            <translation>ogni velocità d'ingresso ± ENTRY_SPEED_SPREAD_PCT (%1 %: i conducenti rispettano un limite solo approssimativamente, 50 km/h diventa 40-60 km/h), mai oltre la velocità massima del campione.</translation>
        </message>
        <message>
            <source>RANGE_SHAPE: uniform between the bounds (the default: it assumes nothing beyond the bounds, and its upper percentiles are the higher, the safe side) or triangular, most likely at the deterministic value. The samples are a Latin hypercube (McKay, Beckman and Conover 1979) drawn from SEED: the same SEED gives the same output.</source>
            <translation>RANGE_SHAPE: uniforme tra i limiti (l'impostazione predefinita: non presuppone nulla oltre i limiti e i suoi percentili superiori sono i più alti, a favore di sicurezza) o triangolare, più probabile al valore deterministico. I campioni formano un ipercubo latino (McKay, Beckman e Conover 1979) estratto da SEED: lo stesso SEED dà lo stesso risultato.</translation>
        </message>
        <message>
            <source>The ratings are then chosen on the RATING_PERCENTILE (default %1, from 50 up) of the sampled speeds, but never below impact_kmh, which stays the deterministic run's speed, so that models keep working and a ranged run never asks for a weaker barrier than the single run. The log says which percentile rated the barriers. Routes and network speeds are the deterministic run's.</source>
            <translation>Le classificazioni si scelgono allora sul RATING_PERCENTILE (predefinito %1, da 50 in su) delle velocità campionate, ma mai sotto impact_kmh, che resta la velocità del calcolo deterministico, così che i modelli continuino a funzionare e un calcolo a intervalli non chieda mai una barriera più debole del calcolo singolo. Il registro indica quale percentile ha classificato le barriere. I percorsi e le velocità sulla rete sono quelli del calcolo deterministico.</translation>
        </message>
        <message>
            <source>%1 samples (recommended) give the 95th percentile to within 2 percentage points of probability: independent samples need 457 for that, and a Latin hypercube does at least as well for impact speeds, which rise with each of the four inputs.</source>
            <translation>%1 campioni (consigliati) danno il 95° percentile entro 2 punti percentuali di probabilità: campioni indipendenti ne richiedono 457 per questo, e un ipercubo latino fa almeno altrettanto bene per le velocità d'impatto, che crescono con ciascuno dei quattro dati.</translation>
        </message>
        <message>
            <source>with SAMPLES above 0, on each impact point (and each crossing of perimeter design): the median and the 95th percentile of its sampled impact speeds, the 95th percentile of the sampled energies, and the speed the ratings rating_astm, rating_iwa and rating_pas68 are chosen on. With SAMPLES 0 (the default: one run) these four fields are NULL and the ratings are chosen on impact_kmh.</source>
            <translation>con SAMPLES maggiore di 0, su ogni punto d'impatto (e ogni attraversamento della progettazione del perimetro): la mediana e il 95° percentile delle sue velocità d'impatto campionate, il 95° percentile delle energie campionate, e la velocità su cui si scelgono le classificazioni rating_astm, rating_iwa e rating_pas68. Con SAMPLES 0 (il valore predefinito: un solo calcolo) questi quattro campi sono NULL e le classificazioni si scelgono su impact_kmh.</translation>
        </message>
        <message>
            <source>%1, %2, %3 and %4 %: the four spreads (their reasons under Impact speeds as ranges).</source>
            <translation>%1, %2, %3 e %4 %: le quattro dispersioni (le loro ragioni sotto Velocità d'impatto come intervalli).</translation>
        </message>
        <message>
            <source>%1 minutes, a planning run rather than an overnight job.</source>
            <translation>%1 minuti: un calcolo di pianificazione piuttosto che un lavoro notturno.</translation>
        </message>
        <message>
            <source>A ranged run costs one search of the network per sample: about 1 ms over the Montevideo sample venue's streets (0.3 to 0.7 s for 500 samples), 0.15 to 0.5 s on a 100,000-edge network (1 to 5 minutes for 500), as the machine's load varies. Open ground multiplies it: with the sample's open areas (about 20,000 legs) a search takes 0.15 to 0.25 s, so 500 samples take 1.5 to 2 minutes; 100 samples give a first look in about 20 s.</source>
            <translation>Un calcolo a intervalli costa una ricerca sulla rete per campione: circa 1 ms sulle strade del sito di esempio di Montevideo (da 0,3 a 0,7 s per 500 campioni), da 0,15 a 0,5 s su una rete di 100.000 tratti (da 1 a 5 minuti per 500), secondo il carico della macchina. Il terreno aperto lo moltiplica: con le aree aperte dell'esempio (circa 20.000 tratti) una ricerca richiede da 0,15 a 0,25 s, quindi 500 campioni richiedono da 1,5 a 2 minuti; 100 campioni danno un primo quadro in circa 20 s.</translation>
        </message>
        <message>
            <source>A run estimated (from one timed search) to take longer than MAX_SAMPLING_MINUTES is refused before it starts, as is a sample count too small for the percentiles (at least 20 for the 95th, 1 / (1 - p) for a higher RATING_PERCENTILE p).</source>
            <translation>Un calcolo stimato (da una ricerca cronometrata) più lungo di MAX_SAMPLING_MINUTES viene rifiutato prima di iniziare, così come un numero di campioni troppo piccolo per i percentili (almeno 20 per il 95°, 1 / (1 - p) per un RATING_PERCENTILE p più alto).</translation>
        </message>
        <message>
            <source>Open ground (OPEN_AREAS, OBSTACLES)</source>
            <translation>Terreno aperto (OPEN_AREAS, OBSTACLES)</translation>
        </message>
        <message>
            <source>A hostile vehicle need not keep to the streets: it can cross squares, promenades, car parks and lawns (Nice, 14 July 2016: a 19 t lorry drove about 1.7 km along the Promenade des Anglais). OPEN_AREAS are the polygons of ground it can drive on off the carriageway (clipped to the study area; overlapping ones are joined; the protected area itself is never driven on); OBSTACLES, one or more layers of points, lines or polygons, are what stops it: buildings, walls, water, planters, bollards, crash-rated barriers. Leave out what does not stop a vehicle (trees, fences, hedges, OSM bollard=flexible): an obstacle that does not stop one makes the speeds too low.</source>
            <translation>Un veicolo ostile non è obbligato a restare sulle strade: può attraversare piazze, passeggiate, parcheggi e prati (Nizza, 14 luglio 2016: un camion da 19 t ha percorso circa 1,7 km lungo la Promenade des Anglais). OPEN_AREAS sono i poligoni del terreno che può percorrere fuori dalla carreggiata (ritagliati all'area di studio; quelli sovrapposti sono uniti; l'area protetta stessa non è mai percorsa); OBSTACLES, uno o più layer di punti, linee o poligoni, sono ciò che lo ferma: edifici, muri, acqua, fioriere, dissuasori, barriere certificate. Escludete ciò che non ferma un veicolo (alberi, recinzioni, siepi, dissuasori OSM bollard=flexible): un ostacolo che non lo ferma rende le velocità troppo basse.</translation>
        </message>
        <message>
            <source>The model, in plain words: the free space is where the vehicle's centre can be: the open areas and the carriageways and pavements of the streets that touch them, shrunk by half the vehicle's width, minus the obstacles grown by it. The vehicle drives straight legs between the corners of the free space, points along the streets and points on the protected area's edge, accelerating as on the streets; where legs meet, its speed is at most sqrt(a R), R the largest circle that fits the turn in the room beside the two legs and along their straight runs (a U-turn in a strip of width w has R = w / 2). It may start at rest anywhere on open ground, or come off a street at the speed it has there; a route never drives through the protected area's edge or a corner of the free space.</source>
            <translation>Il modello, in parole semplici: lo spazio libero è dove può trovarsi il centro del veicolo: le aree aperte e le carreggiate e i marciapiedi delle strade che le toccano, ristretti di metà della larghezza del veicolo, meno gli ostacoli allargati della stessa misura. Il veicolo percorre tratti rettilinei tra gli angoli dello spazio libero, punti lungo le strade e punti sul bordo dell'area protetta, accelerando come sulle strade; dove i tratti si incontrano, la sua velocità è al massimo sqrt(a R), R il cerchio più grande che sta nella svolta con lo spazio disponibile ai lati dei due tratti e lungo le loro parti rettilinee (un'inversione in una striscia larga w ha R = w / 2). Può partire da fermo in qualsiasi punto del terreno aperto, o lasciare una strada alla velocità che vi ha; un percorso non attraversa mai il bordo dell'area protetta né un angolo dello spazio libero.</translation>
        </message>
        <message>
            <source>Impacts along open ground</source>
            <translation>Impatti lungo il terreno aperto</translation>
        </message>
        <message>
            <source>A vehicle on open ground can hit the protected area anywhere along a stretch of its edge that the free space reaches, not only where a street crosses it: impact points are placed along every such stretch, IMPACT_SPACING_M apart, both ends included, each with its speed, route and ratings; the stretch's rating is that of its fastest point.</source>
            <translation>Un veicolo sul terreno aperto può colpire l'area protetta in qualsiasi punto di un tratto del suo bordo raggiunto dallo spazio libero, non solo dove una strada lo attraversa: punti d'impatto sono posti lungo ciascuno di questi tratti, a distanza IMPACT_SPACING_M, estremità comprese, ciascuno con la sua velocità, il suo percorso e le sue classificazioni; la classificazione del tratto è quella del suo punto più veloce.</translation>
        </message>
        <message>
            <source>An obstacle drawn as a point is a disc of radius OBSTACLE_RADIUS_M or of the radius in metres in OBSTACLE_RADIUS_FIELD (a negative radius is refused). A point on a street line (within TOLERANCE_M, as OpenStreetMap draws a barrier=bollard node on its way) closes that street to vehicles, unless REMOVABLE_EXPRESSION says it can be removed or lowered (default: OSM bollard=removable, rising or foldable, the values of the OSM wiki's Key:bollard for bollards that can be taken away or lowered, and retractable, a word some mappers use for rising) and REMOVABLE_BARRIERS_OPEN is set; points of a layer without the expression's fields count as fixed. Lines and polygons never close a street (streets pass under buildings and through gates, which OSM draws as points).</source>
            <translation>Un ostacolo disegnato come punto è un disco di raggio OBSTACLE_RADIUS_M o del raggio in metri indicato da OBSTACLE_RADIUS_FIELD (un raggio negativo è rifiutato). Un punto sull'asse di una strada (entro TOLERANCE_M, come OpenStreetMap disegna un nodo barrier=bollard sulla sua via) chiude quella strada ai veicoli, a meno che REMOVABLE_EXPRESSION dica che può essere rimosso o abbassato (predefinito: OSM bollard=removable, rising o foldable, i valori della chiave Key:bollard del wiki OSM per i dissuasori che si possono rimuovere o abbassare, e retractable, un termine che alcuni mappatori usano per rising) e REMOVABLE_BARRIERS_OPEN sia attivo; i punti di un layer senza i campi dell'espressione contano come fissi. Linee e poligoni non chiudono mai una strada (le strade passano sotto edifici e attraverso cancelli, che OSM disegna come punti).</translation>
        </message>
        <message>
            <source>%1 m, about two vehicle lengths.</source>
            <translation>%1 m, circa due lunghezze di veicolo.</translation>
        </message>
        <message>
            <source>%L1 m, a slim bollard: the smallest obstacle is the safe side.</source>
            <translation>%L1 m, un dissuasore sottile: l'ostacolo più piccolo va nel senso della sicurezza.</translation>
        </message>
        <message>
            <source>yes, the safe side: a removable bollard is down whenever someone lets a vehicle through.</source>
            <translation>sì, il senso della sicurezza: un dissuasore rimovibile è abbassato ogni volta che si lascia passare un veicolo.</translation>
        </message>
        <message>
            <source>The vehicle's width on open ground is its class's body width: car 1.7 m, pickup 1.8, van 1.9, 7.2 and 7.5 t trucks 2.2, 30 t lorry 2.5 (at the narrow end of each class, the safe side: a narrower vehicle passes more gaps; the EU maximum is 2.55 m).</source>
            <translation>La larghezza del veicolo sul terreno aperto è la larghezza della carrozzeria della sua categoria: auto 1,7 m, pick-up 1,8, furgone 1,9, camion da 7,2 e 7,5 t 2,2, autocarro da 30 t 2,5 (all'estremo stretto di ogni categoria, nel senso della sicurezza: un veicolo più stretto passa per più varchi; il massimo europeo è 2,55 m).</translation>
        </message>
        <message>
            <source>Pavements of %1 m beside each carriageway join it to the open ground.</source>
            <translation>Marciapiedi di %1 m ai lati di ogni carreggiata la collegano al terreno aperto.</translation>
        </message>
        <message>
            <source>Not modelled on open ground: kerbs and steps (a kerb is mounted at speed), soft ground (a lawn is as fast as asphalt: the safe side), slopes; vehicles entering at speed over open ground where it crosses the study area's edge (they start at rest there).</source>
            <translation>Non modellati sul terreno aperto: cordoli e gradini (un cordolo si supera in velocità), terreno molle (un prato è veloce come l'asfalto: il senso della sicurezza), pendenze; veicoli che entrano già lanciati attraverso un terreno aperto dove questo attraversa il bordo dell'area di studio (vi partono da fermi).</translation>
        </message>
        <message>
            <source>Each turn is judged on its own, from the room at its node and the straight runs beside it, so a route that chains turns (a zigzag through a park, a lap round a lawn, a U-turn made of two turns at a street) can be credited more speed than a vehicle could keep: check the critical route on the map before relying on a speed. A turn taken short of a corner of the free space (cutting a plaza's corner) is not credited, which can leave a speed slightly low there.</source>
            <translation>Ogni svolta è valutata da sola, dallo spazio al suo nodo e dalle parti rettilinee ai lati, per cui un percorso che concatena svolte (uno zigzag in un parco, un giro attorno a un prato, un'inversione fatta di due svolte su una strada) può ricevere più velocità di quella che un veicolo potrebbe mantenere: controllate il percorso critico sulla mappa prima di fidarvi di una velocità. Una svolta presa prima di un angolo dello spazio libero (tagliando l'angolo di una piazza) non è considerata, il che può lasciarvi una velocità un po' bassa.</translation>
        </message>
        <message>
            <source>Invalid open area and obstacle polygons are repaired with make valid (a warning says so) and curves made straight; obstacles away from every open area are ignored, except points that close a street.</source>
            <translation>I poligoni non validi delle aree aperte e degli ostacoli sono riparati con "make valid" (un avviso lo segnala) e le curve convertite in segmenti rettilinei; gli ostacoli lontani da ogni terreno aperto sono ignorati, tranne i punti che chiudono una strada.</translation>
        </message>
    </context>
    <context>
        <name>ApproachRanges</name>
        <message>
            <source>%1 takes the range's upper bound too high: %2. Lower the spread or the value it spreads around.</source>
            <translation>%1 porta il limite superiore dell'intervallo troppo in alto: %2. Ridurre la dispersione o il valore attorno a cui si applica.</translation>
        </message>
        <message>
            <source>Internal error: the approach search re-run with the deterministic inputs does not give the study's impact speeds; run with SAMPLES 0 and report this.</source>
            <translation>Errore interno: la ricerca dell'avvicinamento ripetuta con i dati deterministici non restituisce le velocità d'impatto dello studio; eseguire il calcolo con SAMPLES 0 e segnalare il problema.</translation>
        </message>
        <message>
            <source>SAMPLES: %1 (one search of this network took %2 s). Lower SAMPLES, or raise MAX_SAMPLING_MINUTES if you mean to wait.</source>
            <translation>SAMPLES: %1 (una ricerca su questa rete ha richiesto %2 s). Ridurre SAMPLES, o aumentare MAX_SAMPLING_MINUTES se si intende attendere.</translation>
        </message>
        <message>
            <source>Impact speeds as ranges: %1 samples (Latin hypercube, SEED %2), a0 %3 m/s², vmax %4 km/h, friction %5, entry speeds x %6, %7 between the bounds; one search took %8 s, so about %9 s in all. Ratings chosen on the %10th percentile of the sampled impact speeds, never below the deterministic impact_kmh.</source>
            <translation>Velocità d'impatto come intervalli: %1 campioni (ipercubo latino, SEED %2), a0 %3 m/s², vmax %4 km/h, aderenza %5, velocità d'ingresso x %6, distribuzione %7 tra i limiti; una ricerca ha richiesto %8 s, quindi circa %9 s in tutto. Classificazioni scelte sul %10° percentile delle velocità d'impatto campionate, mai sotto il valore deterministico impact_kmh.</translation>
        </message>
        <message>
            <source>uniform</source>
            <translation>uniforme</translation>
        </message>
        <message>
            <source>triangular</source>
            <translation>triangolare</translation>
        </message>
        <message>
            <source>Ranged run: %1 samples in %2 s.</source>
            <translation>Calcolo a intervalli: %1 campioni in %2 s.</translation>
        </message>
    </context>
    <context>
        <name>ApproachStudy</name>
        <message>
            <source>Could not rate the barrier for %1: %2</source>
            <translation>Impossibile determinare la classe della barriera per %1: %2</translation>
        </message>
        <message>
            <source>Bends and junction turns: lateral limit %1 g, the lower of FRICTION %2 and the vehicle's rollover threshold %3 g; junction corners with a kerb radius of %4 m.</source>
            <translation>Curve e svolte agli incroci: limite laterale %1 g, il minore tra FRICTION %2 e la soglia di ribaltamento del veicolo %3 g; angoli d'incrocio con un raggio del cordolo di %4 m.</translation>
        </message>
        <message>
            <source> (none chosen)</source>
            <translation> (nessuno scelto)</translation>
        </message>
        <message numerus="yes">
            <source>Entry speeds: %n entr(y/ies) into the study area, all at START_SPEED_KMH (%1 km/h, at most the vehicle's top speed): no street has a speed limit in MAXSPEED_FIELD%2.</source>
            <translation>
                <numerusform>Velocità di ingresso: %n ingresso nell'area di studio, a START_SPEED_KMH (%1 km/h, al massimo la velocità massima del veicolo): nessuna strada ha un limite di velocità in MAXSPEED_FIELD%2.</numerusform>
                <numerusform>Velocità di ingresso: %n ingressi nell'area di studio, tutti a START_SPEED_KMH (%1 km/h, al massimo la velocità massima del veicolo): nessuna strada ha un limite di velocità in MAXSPEED_FIELD%2.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Entry speeds: %1 of %n entr(y/ies) into the study area at their street's speed limit (field "%2": %3 to %4 km/h, at most the vehicle's top speed), %5 at START_SPEED_KMH (%6 km/h).</source>
            <translation>
                <numerusform>Velocità di ingresso: %1 di %n ingresso nell'area di studio al limite di velocità della sua strada (campo "%2": da %3 a %4 km/h, al massimo la velocità massima del veicolo), %5 a START_SPEED_KMH (%6 km/h).</numerusform>
                <numerusform>Velocità di ingresso: %1 dei %n ingressi nell'area di studio al limite di velocità della loro strada (campo "%2": da %3 a %4 km/h, al massimo la velocità massima del veicolo), %5 a START_SPEED_KMH (%6 km/h).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AreaInputTexts</name>
        <message numerus="yes">
            <source>%n polygon(s) of %1 were invalid (a ring crossing itself, for example) and were repaired with QGIS's make valid: check that the result is the area you meant.</source>
            <translation>
                <numerusform>%n poligono di %1 non era valido (un anello che si interseca, per esempio) ed è stato riparato con «make valid» di QGIS: verificare che il risultato sia l'area voluta.</numerusform>
                <numerusform>%n poligoni di %1 non erano validi (un anello che si interseca, per esempio) e sono stati riparati con «make valid» di QGIS: verificare che il risultato sia l'area voluta.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n polygon(s) of %1 were invalid and have no area (a ring along a line, for example): they were left out.</source>
            <translation>
                <numerusform>%n poligono di %1 non era valido e senza superficie (un anello lungo una linea, per esempio): è stato escluso.</numerusform>
                <numerusform>%n poligoni di %1 non erano validi e senza superficie (un anello lungo una linea, per esempio): sono stati esclusi.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SourceSnapshotTexts</name>
        <message>
            <source>%1: the file %2 does not exist (moved or deleted?): choose the layer again.</source>
            <translation>%1: il file %2 non esiste (spostato o eliminato?): scegliere di nuovo il layer.</translation>
        </message>
        <message>
            <source>%1: the layer %2 could not be opened: check that it is a readable vector layer.</source>
            <translation>%1: impossibile aprire il layer %2: verificare che sia un layer vettoriale leggibile.</translation>
        </message>
        <message>
            <source>%1: the layer is no longer in the project (was it removed?): choose it again.</source>
            <translation>%1: il layer non è più nel progetto (è stato rimosso?): sceglierlo di nuovo.</translation>
        </message>
        <message>
            <source>%1 is required: choose a layer.</source>
            <translation>%1 è obbligatorio: scegliere un layer.</translation>
        </message>
        <message>
            <source>%1: the layer “%2” cannot be read (its data source is not available).</source>
            <translation>%1: il layer «%2» non può essere letto (la sua sorgente dati non è disponibile).</translation>
        </message>
        <message>
            <source>%1 is required: choose at least one layer.</source>
            <translation>%1 è obbligatorio: scegliete almeno un layer.</translation>
        </message>
    </context>
    <context>
        <name>PhysicalParameterTexts</name>
        <message>
            <source>%1 must be at most %2%3, more than any real %4 (%5); got %6.</source>
            <translation>%1 deve essere al massimo %2%3, più di qualsiasi valore reale di %4 (%5); valore ricevuto: %6.</translation>
        </message>
    </context>
    <context>
        <name>QueueParameters</name>
        <message>
            <source>Queue width on the ground (m)</source>
            <translation>Larghezza della coda al suolo (m)</translation>
        </message>
        <message>
            <source>at least one person: Fruin's body ellipse is 0.61 m across the shoulders; at most wider than any street: a plaza is an area, not a queue</source>
            <translation>almeno una persona: l'ellisse corporea di Fruin misura 0,61 m alle spalle; al massimo più larga di qualsiasi strada: una piazza è un'area, non una coda</translation>
        </message>
        <message>
            <source>Space per person in a queue (m²)</source>
            <translation>Superficie per persona in coda (m²)</translation>
        </message>
        <message>
            <source>above 4 persons per m² a crowd is unstable; people 10 m² apart are not queueing</source>
            <translation>oltre 4 persone per m² una folla è instabile; persone distanti 10 m² non sono in coda</translation>
        </message>
        <message>
            <source>Longest acceptable wait at an entry (minutes)</source>
            <translation>Attesa massima accettabile a un varco (minuti)</translation>
        </message>
        <message>
            <source>a wait shorter than a minute is below the precision of any arrival figure; a week is longer than any one event plans for</source>
            <translation>un'attesa inferiore a un minuto è al di sotto della precisione di qualsiasi dato di afflusso; una settimana è più di quanto preveda qualsiasi evento</translation>
        </message>
        <message>
            <source>Arrival peak: the last minutes before the start</source>
            <translation>Picco di afflusso: gli ultimi minuti prima dell'inizio</translation>
        </message>
        <message>
            <source>a peak lasts some time; a week is longer than any one event plans for</source>
            <translation>un picco dura un certo tempo; una settimana è più di quanto preveda qualsiasi evento</translation>
        </message>
        <message>
            <source>Arrival variability (squared coefficient of variation)</source>
            <translation>Variabilità degli arrivi (quadrato del coefficiente di variazione)</translation>
        </message>
        <message>
            <source>0 is arrivals evenly spaced, 100 a coach party of about 100 people arriving at once: a judgement call</source>
            <translation>0 corrisponde ad arrivi regolarmente distanziati, 100 a una comitiva di circa 100 persone che arriva in pullman tutta insieme: una scelta di giudizio</translation>
        </message>
        <message>
            <source>Search time variability (squared coefficient of variation)</source>
            <translation>Variabilità dei tempi di controllo (quadrato del coefficiente di variazione)</translation>
        </message>
        <message>
            <source>0 is searches of equal length, 25 a standard deviation five times the mean: a judgement call</source>
            <translation>0 corrisponde a controlli di uguale durata, 25 a una deviazione standard pari a cinque volte la media: una scelta di giudizio</translation>
        </message>
        <message>
            <source>A queue this close to a carriageway faces traffic (m)</source>
            <translation>Una coda così vicina a una carreggiata è esposta al traffico (m)</translation>
        </message>
        <message>
            <source>0 counts only a queue touching the carriageway; beyond 100 m every street of a block would face it: a judgement call</source>
            <translation>0 conta solo una coda che tocca la carreggiata; oltre 100 m tutte le strade di un isolato le sarebbero di fronte: una scelta di giudizio</translation>
        </message>
        <message>
            <source>must lie between %1 and %2</source>
            <translation>deve essere compreso tra %1 e %2</translation>
        </message>
        <message>
            <source>must be greater than %1 and at most %2</source>
            <translation>deve essere maggiore di %1 e al massimo %2</translation>
        </message>
        <message>
            <source>%1 %2 (%3); got %4.</source>
            <translation>%1 %2 (%3); valore ricevuto: %4.</translation>
        </message>
        <message>
            <source>Queues outside the cordon</source>
            <translation>Code fuori dal perimetro</translation>
        </message>
        <message>
            <source>The people waiting at the search lanes stand outside the cordon, where it does not protect them. At each pedestrian entry the queue is worked out over the arrival window: people arrive at ARRIVAL_PEAK_FACTOR times the mean rate in the last PEAK_MINUTES minutes (shortened, with a note, where a longer peak would bring more than ATTENDANCE), evenly before; each entry takes the share of the arrivals it has of the weights the lanes are shared by (the street widths) and each lane checks LANE_RATE_PPH.</source>
            <translation>Le persone in attesa alle corsie di controllo stanno fuori dal perimetro, dove esso non le protegge. A ogni varco pedonale la coda è calcolata sulla finestra di afflusso: le persone arrivano a ARRIVAL_PEAK_FACTOR volte il flusso medio negli ultimi PEAK_MINUTES minuti (accorciato, con una nota, dove un picco più lungo porterebbe più di ATTENDANCE), in modo uniforme prima; ogni varco riceve la quota degli arrivi che ha nei pesi con cui sono ripartite le corsie (le larghezze delle strade) e ogni corsia controlla LANE_RATE_PPH.</translation>
        </message>
        <message>
            <source>The queue is the backlog (the arrivals beyond the lanes' throughput, first come first served) plus the random queue that forms even below capacity because people arrive in groups and searches take unequal times: the Allen-Cunneen approximation for several lanes with ARRIVAL_SCV and SEARCH_SCV, period by period (Green and Kolesar 1991), bounded near capacity by what randomness adds within the period. The figures are means, not a worst case.</source>
            <translation>La coda è l'arretrato (gli arrivi oltre la portata delle corsie, in ordine di arrivo) più la coda casuale che si forma anche sotto la capacità perché le persone arrivano in gruppi e i controlli durano in modo disuguale: l'approssimazione di Allen-Cunneen per più corsie con ARRIVAL_SCV e SEARCH_SCV, periodo per periodo (Green e Kolesar 1991), limitata vicino alla capacità da ciò che la casualità aggiunge nel periodo. I valori sono medie, non il caso peggiore.</translation>
        </message>
        <message>
            <source>On the ground each person takes QUEUE_SPACE_M2 (default 0.6 m², the boundary of the queuing levels of service C and D: TRB Highway Capacity Manual 2000 after Fruin 1971) of a queue QUEUE_WIDTH_M wide, drawn from the entry outward along its street, straight on at junctions; where the street ends first the rest spills over (spills, drawn_m).</source>
            <translation>Al suolo ogni persona occupa QUEUE_SPACE_M2 (0,6 m² per impostazione predefinita, il confine tra i livelli di servizio in coda C e D: TRB Highway Capacity Manual 2000 da Fruin 1971) di una coda larga QUEUE_WIDTH_M, disegnata dal varco verso l'esterno lungo la sua strada, dritto agli incroci; dove la strada finisce prima, il resto trabocca (spills, drawn_m).</translation>
        </message>
        <message>
            <source>Exposed queues</source>
            <translation>Code esposte</translation>
        </message>
        <message>
            <source>A second vehicle approach study protects the cordon and the queues together: impact_kmh and energy_kj are the fastest VEHICLE reaching a queue (impact_by: along a street that ends at it, beside it on its own street when the street is wider than the queue, or on a carriageway passing within QUEUE_REACH_M of it); bomb_distance_m is how close a vehicle can stop: the nearest carriageway outside the cordon and the queues. A queue is exposed (exposed_ramming, exposed_bomb, exposed) when a vehicle reaches it or can stop within the mandatory evacuation distance of THREAT in the NCTC/DHS chart; when no street was studied that far it is not known, and counts as exposed.</source>
            <translation>Un secondo studio di avvicinamento dei veicoli protegge insieme il perimetro e le code: impact_kmh ed energy_kj sono quelli del VEHICLE più veloce che raggiunge una coda (impact_by: lungo una strada che vi termina, accanto alla coda sulla sua stessa strada quando questa è più larga della coda, o su una carreggiata che passa entro QUEUE_REACH_M da essa); bomb_distance_m è quanto vicino può fermarsi un veicolo: la carreggiata più vicina fuori dal perimetro e dalle code. Una coda è esposta (exposed_ramming, exposed_bomb, exposed) quando un veicolo la raggiunge o può fermarsi entro la distanza di evacuazione obbligatoria di THREAT nella tabella NCTC/DHS; quando nessuna strada è stata studiata così lontano non è noto, e conta come esposta.</translation>
        </message>
        <message>
            <source>What the plan can do:</source>
            <translation>Che cosa può fare il piano:</translation>
        </message>
        <message>
            <source>barrier_m of barrier along the queue's street side, rated by the same rule as the crossings (rating_astm, rating_iwa, rating_pas68);</source>
            <translation>barrier_m di barriera lungo il lato strada della coda, classificata con la stessa regola degli attraversamenti (rating_astm, rating_iwa, rating_pas68);</translation>
        </message>
        <message>
            <source>move the search line out so that the queue's street lies inside the vehicle-exclusion zone: move_line_m of line more, cutting move_crossings streets (move_barrier_m of rated barrier across them);</source>
            <translation>spostare in fuori la linea di controllo perché la strada della coda stia dentro la zona di interdizione veicolare: move_line_m di linea in più, che taglia move_crossings strade (move_barrier_m di barriera certificata di traverso);</translation>
        </message>
        <message>
            <source>or more lanes (lanes_for_target).</source>
            <translation>oppure più corsie (lanes_for_target).</translation>
        </message>
        <message>
            <source>A warning names each exposed queue, and the report gives the options. The queues' study is the deterministic one: with SAMPLES above 0 the speeds at the queues and their barrier's rating stay the single run's.</source>
            <translation>Un avviso nomina ogni coda esposta, e il rapporto indica le opzioni. Lo studio delle code è quello deterministico: con SAMPLES maggiore di 0 le velocità alle code e la classificazione della loro barriera restano quelle del calcolo singolo.</translation>
        </message>
        <message>
            <source>the queues outside the cordon: entry (its crossing_id), street, share, lanes, peak_people, length_m, drawn_m, spills, max_wait_min (NULL: the queue never clears), peak_min (minutes from the opening of the gates), lanes_for_target (the fewest lanes that keep the wait within WAIT_TARGET_MIN; NULL: no number will), lane_lost_wait_min (one lane lost for the whole window), and the fields of Exposed queues above.</source>
            <translation>le code fuori dal perimetro: entry (il suo crossing_id), street, share, lanes, peak_people, length_m, drawn_m, spills, max_wait_min (NULL: la coda non si esaurisce mai), peak_min (minuti dall'apertura dei cancelli), lanes_for_target (il minor numero di corsie che mantiene l'attesa entro WAIT_TARGET_MIN; NULL: nessun numero basta), lane_lost_wait_min (una corsia persa per tutta la finestra), e i campi di Code esposte sopra.</translation>
        </message>
        <message>
            <source>Queues: the Allen-Cunneen approximation, period by period (Green and Kolesar 1991); 0.6 m² a person in a queue, the boundary of the queuing levels of service C and D: TRB Highway Capacity Manual 2000 after Fruin 1971.</source>
            <translation>Code: l'approssimazione di Allen-Cunneen, periodo per periodo (Green e Kolesar 1991); 0,6 m² a persona in una coda, il confine tra i livelli di servizio in coda C e D: TRB Highway Capacity Manual 2000 da Fruin 1971.</translation>
        </message>
        <message>
            <source>%1, within the 20-30 minutes planning guidance cites.</source>
            <translation>%1, entro i 20-30 minuti citati dalle linee guida di pianificazione.</translation>
        </message>
        <message>
            <source>%1, people arriving in pairs (1: each person arrives alone; groups raise it to about their mean size).</source>
            <translation>%1, persone che arrivano in coppia (1: ognuno arriva da solo; i gruppi lo portano circa alla loro dimensione media).</translation>
        </message>
        <message>
            <source>%1, exponential search times (a machine-paced lane is lower, a mix of quick pat-downs and long bag searches can be higher).</source>
            <translation>%1, tempi di controllo esponenziali (una corsia a ritmo di macchina è più bassa, un misto di perquisizioni rapide e lunghi controlli delle borse può essere più alto).</translation>
        </message>
        <message>
            <source>%L1 m²: which level of service a queue reaches is a judgement call.</source>
            <translation>%L1 m²: il livello di servizio raggiunto da una coda è una scelta di giudizio.</translation>
        </message>
        <message>
            <source>%1 m, an urban footway (2-4 m: the site decides).</source>
            <translation>%1 m, un marciapiede urbano (2-4 m: decide il sito).</translation>
        </message>
        <message>
            <source>%1 minutes, not a published figure.</source>
            <translation>%1 minuti, non un valore pubblicato.</translation>
        </message>
        <message>
            <source>%1 m, a kerb and a step: no source gives how far from a carriageway a crowd is within reach of a vehicle leaving it; a wider margin asks more barrier, the safe side.</source>
            <translation>%1 m, un cordolo e un passo: nessuna fonte dice a che distanza da una carreggiata una folla è alla portata di un veicolo che la lascia; un margine più largo chiede più barriera, il senso della sicurezza.</translation>
        </message>
    </context>
    <context>
        <name>QueuePlanner</name>
        <message>
            <source>The queues at the entries cannot be planned: %1</source>
            <translation>Le code ai varchi non possono essere pianificate: %1</translation>
        </message>
        <message>
            <source>Entry %1</source>
            <translation>Varco %1</translation>
        </message>
        <message>
            <source>Entry %1 (%2)</source>
            <translation>Varco %1 (%2)</translation>
        </message>
        <message>
            <source>The arrival peak was shortened from %1 to %2 minutes: at %3 times the mean rate a longer peak would bring more people than the attendance within the %4-minute window, so everyone arrives in the peak.</source>
            <translation>Il picco di afflusso è stato accorciato da %1 a %2 minuti: a %3 volte il flusso medio un picco più lungo porterebbe più persone dell'affluenza nella finestra di %4 minuti, quindi tutti arrivano durante il picco.</translation>
        </message>
        <message>
            <source>%1, the barrier beside its queue: %2</source>
            <translation>%1, la barriera lungo la sua coda: %2</translation>
        </message>
        <message>
            <source>%1: no drivable street lies within the %2 m studied around the cordon, but the mandatory evacuation distance is %3 m: whether a vehicle can stop that close to the queue is not known, so it is counted as exposed. Widen SEARCH_DISTANCE_M to tell.</source>
            <translation>%1: nessuna strada percorribile dai veicoli si trova entro i %2 m studiati attorno al perimetro, ma la distanza di evacuazione obbligatoria è di %3 m: non si sa se un veicolo possa fermarsi così vicino alla coda, che è quindi considerata esposta. Ampliate SEARCH_DISTANCE_M per saperlo.</translation>
        </message>
        <message>
            <source>a vehicle can drive into it at %1 km/h</source>
            <translation>un veicolo può investirla a %1 km/h</translation>
        </message>
        <message>
            <source>a vehicle can stop %1 m from it, within the mandatory evacuation distance of %2 m</source>
            <translation>un veicolo può fermarsi a %1 m da essa, entro la distanza di evacuazione obbligatoria di %2 m</translation>
        </message>
        <message>
            <source>%1: its queue of up to %2 people (%3 m) stands outside the cordon and is exposed: %4.</source>
            <translation>%1: la sua coda, fino a %2 persone (%3 m), si trova fuori dal perimetro ed è esposta: %4.</translation>
        </message>
        <message>
            <source>; </source>
            <translation>; </translation>
        </message>
        <message>
            <source>%1: %2 m of its queue's edge face a carriageway on which the approach study finds no vehicle heading for the cordon or a queue; no rating is given: rate that barrier on site.</source>
            <translation>%1: %2 m del bordo della sua coda sono di fronte a una carreggiata su cui lo studio di avvicinamento non trova alcun veicolo diretto al perimetro o a una coda; nessuna classe è indicata: classificate quella barriera sul posto.</translation>
        </message>
        <message>
            <source>%1: the street of the entry was not found outside the cordon; its queue (%2 m) is not drawn and its exposure not studied.</source>
            <translation>%1: la strada del varco non è stata trovata fuori dal perimetro; la sua coda (%2 m) non è disegnata e la sua esposizione non è studiata.</translation>
        </message>
        <message>
            <source>%1: its queue (%2 m) is longer than the street it stands on (%3 m to where the street ends): the rest spills over somewhere the plan does not show. Add lanes or plan a queueing area.</source>
            <translation>%1: la sua coda (%2 m) è più lunga della strada su cui si trova (%3 m fino alla fine della strada): il resto trabocca dove il piano non lo mostra. Aggiungete corsie di controllo o prevedete un'area di attesa.</translation>
        </message>
        <message>
            <source>%1 has no search lane (the plan has fewer lanes than entries): no one is sent there to be searched, and it has no queue.</source>
            <translation>%1 non ha corsie di controllo (il piano ha meno corsie che varchi): nessuno vi è mandato per il controllo, e non ha coda.</translation>
        </message>
        <message>
            <source>%1 has %2 search lanes, more than any venue has (%3): its queue is not planned. Check ATTENDANCE and LANE_RATE_PPH.</source>
            <translation>%1 ha %2 corsie di controllo, più di quante ne abbia qualsiasi luogo (%3): la sua coda non è pianificata. Controllate ATTENDANCE e LANE_RATE_PPH.</translation>
        </message>
        <message>
            <source>%1: even %2 search lanes would not keep the wait within %3 minutes.</source>
            <translation>%1: nemmeno %2 corsie di controllo manterrebbero l'attesa entro %3 minuti.</translation>
        </message>
    </context>
    <context>
        <name>QueueReport</name>
        <message>
            <source>unnamed street</source>
            <translation>strada senza nome</translation>
        </message>
        <message>
            <source>never clears</source>
            <translation>non si esaurisce mai</translation>
        </message>
        <message>
            <source>%1 (%2 drawn: the street ends)</source>
            <translation>%1 (%2 disegnati: la strada finisce)</translation>
        </message>
        <message>
            <source>The people waiting to be searched stand outside the perimeter: a dense crowd the cordon does not protect, at places and times the plan itself sets (the attack on Manchester Arena in 2017 struck a gathering area outside the security line).</source>
            <translation>Le persone in attesa del controllo stanno fuori dal perimetro: una folla densa che il perimetro non protegge, in luoghi e momenti stabiliti dal piano stesso (l'attentato alla Manchester Arena del 2017 colpì un'area di raccolta fuori dalla linea di sicurezza).</translation>
        </message>
        <message>
            <source>At each entry the queue is the backlog of the people who arrive faster than its search lanes pass them (%1 a lane and hour %2), with people arriving at %3 times the mean rate in the last %4 minutes of the %5-minute window %6, plus the queue that forms even below capacity because people arrive in groups and searches take unequal times %7; each person takes %8 m² of a queue %9 m wide %10.</source>
            <translation>A ogni varco la coda è l'arretrato delle persone che arrivano più in fretta di quanto le sue corsie di controllo le facciano passare (%1 per corsia e per ora %2), con arrivi a %3 volte il flusso medio negli ultimi %4 minuti della finestra di %5 minuti %6, più la coda che si forma anche sotto la capacità perché le persone arrivano in gruppi e i controlli durano in modo disuguale %7; ogni persona occupa %8 m² di una coda larga %9 m %10.</translation>
        </message>
        <message>
            <source>The figures are means: on a bad day the queue is longer.</source>
            <translation>I valori sono medie: in una giornata sfavorevole la coda è più lunga.</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>Strada</translation>
        </message>
        <message>
            <source>Share of arrivals (%)</source>
            <translation>Quota degli arrivi (%)</translation>
        </message>
        <message>
            <source>Search lanes</source>
            <translation>Corsie di controllo</translation>
        </message>
        <message>
            <source>People at the peak</source>
            <translation>Persone al picco</translation>
        </message>
        <message>
            <source>Length (m)</source>
            <translation>Lunghezza (m)</translation>
        </message>
        <message>
            <source>Longest wait (min)</source>
            <translation>Attesa più lunga (min)</translation>
        </message>
        <message>
            <source>Lanes for a %1-minute wait</source>
            <translation>Corsie per un'attesa di %1 minuti</translation>
        </message>
        <message>
            <source>Longest wait with a lane lost (min)</source>
            <translation>Attesa più lunga con una corsia persa (min)</translation>
        </message>
        <message>
            <source>no search lane: no one is sent here</source>
            <translation>nessuna corsia di controllo: nessuno viene mandato qui</translation>
        </message>
        <message>
            <source>more lanes than any venue has: not planned</source>
            <translation>più corsie di quante ne abbia qualsiasi luogo: non pianificato</translation>
        </message>
        <message>
            <source>none will</source>
            <translation>nessun numero basta</translation>
        </message>
        <message>
            <source>along a street that ends at the queue</source>
            <translation>lungo una strada che termina alla coda</translation>
        </message>
        <message>
            <source>beside the queue, on its own street</source>
            <translation>accanto alla coda, sulla sua stessa strada</translation>
        </message>
        <message>
            <source>on a carriageway within %1 m of the queue</source>
            <translation>su una carreggiata entro %1 m dalla coda</translation>
        </message>
        <message>
            <source>no vehicle reaches it</source>
            <translation>nessun veicolo la raggiunge</translation>
        </message>
        <message>
            <source>not known: no street within the %1 m studied (the chart asks %2)</source>
            <translation>non nota: nessuna strada entro i %1 m studiati (la tabella chiede %2)</translation>
        </message>
        <message>
            <source>%1 (the chart asks %2)</source>
            <translation>%1 (la tabella chiede %2)</translation>
        </message>
        <message>
            <source>yes: vehicle and bomb</source>
            <translation>sì: veicolo e bomba</translation>
        </message>
        <message>
            <source>yes: vehicle</source>
            <translation>sì: veicolo</translation>
        </message>
        <message>
            <source>yes: bomb</source>
            <translation>sì: bomba</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>Fastest vehicle (km/h)</source>
            <translation>Veicolo più veloce (km/h)</translation>
        </message>
        <message>
            <source>How it gets there</source>
            <translation>Come ci arriva</translation>
        </message>
        <message>
            <source>Nearest place a vehicle can stop (m)</source>
            <translation>Punto più vicino in cui un veicolo può fermarsi (m)</translation>
        </message>
        <message>
            <source>Exposed</source>
            <translation>Esposta</translation>
        </message>
        <message>
            <source>the street was not found: not studied</source>
            <translation>la strada non è stata trovata: non studiata</translation>
        </message>
        <message>
            <source>no queue</source>
            <translation>nessuna coda</translation>
        </message>
        <message>
            <source>faster than tested</source>
            <translation>oltre le prove</translation>
        </message>
        <message>
            <source>#%1, %2 (%3 people, %4 m):</source>
            <translation>n. %1, %2 (%3 persone, %4 m):</translation>
        </message>
        <message>
            <source>(b) No number of lanes keeps the wait within %1 minutes: spread the arrivals (an earlier opening, timed tickets).</source>
            <translation>(b) Nessun numero di corsie mantiene l'attesa entro %1 minuti: distribuite gli arrivi (apertura anticipata, biglietti a orario).</translation>
        </message>
        <message>
            <source>(b) Add lanes: %1 instead of %2 keep the longest wait within %3 minutes; more lanes shorten the queue but do not remove it.</source>
            <translation>(b) Aggiungere corsie: %1 invece di %2 mantengono l'attesa più lunga entro %3 minuti; più corsie accorciano la coda ma non la eliminano.</translation>
        </message>
        <message>
            <source>(b) The %1 lanes already keep the wait within %2 minutes; each lane more shortens the queue but does not remove it.</source>
            <translation>(b) Le %1 corsie mantengono già l'attesa entro %2 minuti; ogni corsia in più accorcia la coda ma non la elimina.</translation>
        </message>
        <message>
            <source>(c) Barrier the queue's street side: %1 m rated ASTM F2656 %2, IWA 14-1 %3, PAS 68 %4 against the %5 km/h vehicle %6.</source>
            <translation>(c) Proteggere con una barriera il lato strada della coda: %1 m di classe ASTM F2656 %2, IWA 14-1 %3, PAS 68 %4 contro il veicolo a %5 km/h %6.</translation>
        </message>
        <message>
            <source>A barrier beside the queue does not keep a vehicle bomb away: the chart asks %1 m %2, so keep vehicles that far from the queue (close the streets that come closer, or (a)).</source>
            <translation>Una barriera accanto alla coda non tiene lontano un veicolo bomba: la tabella chiede %1 m %2, quindi tenete i veicoli a quella distanza dalla coda (chiudete le strade che si avvicinano di più, oppure (a)).</translation>
        </message>
        <message>
            <source>(c) A barrier beside the queue does not keep a vehicle bomb away: the chart asks %1 m %2, so keep vehicles that far from the queue (close the streets that come closer, or (a)).</source>
            <translation>(c) Una barriera accanto alla coda non tiene lontano un veicolo bomba: la tabella chiede %1 m %2, quindi tenete i veicoli a quella distanza dalla coda (chiudete le strade che si avvicinano di più, oppure (a)).</translation>
        </message>
        <message>
            <source>6. Queues outside the cordon</source>
            <translation>6. Code fuori dal perimetro</translation>
        </message>
        <message>
            <source>There is no pedestrian entry, so no queue.</source>
            <translation>Non c'è alcun varco pedonale, quindi nessuna coda.</translation>
        </message>
        <message>
            <source># is the entry's number in the barrier table (section 4) and its crossing_id in the layers. The longest wait is the longest that anyone arriving waits, on average.</source>
            <translation>Il n. è quello del varco nella tabella delle barriere (sezione 4) e il suo crossing_id negli strati. L'attesa più lunga è la più lunga che subisce, in media, chi arriva.</translation>
        </message>
        <message>
            <source>No queue is exposed: no vehicle reaches one, and none can stop within the chart's mandatory distance.</source>
            <translation>Nessuna coda è esposta: nessun veicolo ne raggiunge una, e nessuno può fermarsi entro la distanza obbligatoria della tabella.</translation>
        </message>
        <message numerus="yes">
            <source>(a) Move the search line out, so that the queue stands inside the vehicle-exclusion zone: %1 m more of barrier line around the queue's street, cutting %n drivable street(s), %2 m of rated barrier across them.</source>
            <translation>
                <numerusform>(a) Spostare in fuori la linea di controllo, perché la coda stia dentro la zona di interdizione veicolare: %1 m di linea di barriere in più attorno alla strada della coda, che taglia %n strada percorribile dai veicoli, con %2 m di barriera certificata di traverso.</numerusform>
                <numerusform>(a) Spostare in fuori la linea di controllo, perché la coda stia dentro la zona di interdizione veicolare: %1 m di linea di barriere in più attorno alla strada della coda, che taglia %n strade percorribili dai veicoli, con %2 m di barriera certificata di traverso.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n queue(s) exposed to a hostile vehicle or a vehicle bomb. What to do about it:</source>
            <translation>
                <numerusform>%n coda esposta a un veicolo ostile o a un veicolo bomba. Che cosa fare:</numerusform>
                <numerusform>%n code esposte a un veicolo ostile o a un veicolo bomba. Che cosa fare:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OpenGroundInputTexts</name>
        <message numerus="yes">
            <source>%n polygon(s) of %1 were invalid (a ring crossing itself, for example) and were repaired with QGIS's make valid: check that the result is the ground you meant.</source>
            <translation>
                <numerusform>%n poligono di %1 non era valido (un anello che si interseca, ad esempio) ed è stato riparato con "make valid" di QGIS: verificate che il risultato sia il terreno voluto.</numerusform>
                <numerusform>%n poligoni di %1 non erano validi (un anello che si interseca, ad esempio) e sono stati riparati con "make valid" di QGIS: verificate che il risultato sia il terreno voluto.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n polygon(s) of %1 were invalid and have no area (a ring along a line, for example): they were left out.</source>
            <translation>
                <numerusform>%n poligono di %1 non era valido e non ha superficie (un anello lungo una linea, ad esempio): è stato escluso.</numerusform>
                <numerusform>%n poligoni di %1 non erano validi e non hanno superficie (un anello lungo una linea, ad esempio): sono stati esclusi.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n curved geometr(y/ies) of %1 were made of straight segments.</source>
            <translation>
                <numerusform>%n geometria curva di %1 è stata convertita in segmenti rettilinei.</numerusform>
                <numerusform>%n geometrie curve di %1 sono state convertite in segmenti rettilinei.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 has no field %2 that REMOVABLE_EXPRESSION reads: its points count as fixed barriers.</source>
            <translation>%1 non ha il campo %2 letto da REMOVABLE_EXPRESSION: i suoi punti contano come barriere fisse.</translation>
        </message>
        <message>
            <source>OBSTACLE_RADIUS_FIELD: feature %1 of %2 has the radius %3 m: a point obstacle's radius must be 0 or more and at most %4 m (draw a larger obstacle as a polygon).</source>
            <translation>OBSTACLE_RADIUS_FIELD: l'elemento %1 di %2 ha il raggio %3 m: il raggio di un ostacolo puntuale deve essere almeno 0 e al massimo %4 m (disegnate un ostacolo più grande come poligono).</translation>
        </message>
        <message>
            <source>%1 has no field "%2" (OBSTACLE_RADIUS_FIELD): its points have the radius OBSTACLE_RADIUS_M, %3 m.</source>
            <translation>%1 non ha il campo "%2" (OBSTACLE_RADIUS_FIELD): i suoi punti hanno il raggio OBSTACLE_RADIUS_M, %3 m.</translation>
        </message>
        <message numerus="yes">
            <source>%n point(s) of %1 have no number in "%2": they have the radius OBSTACLE_RADIUS_M, %3 m.</source>
            <translation>
                <numerusform>%n punto di %1 non ha un numero in "%2": ha il raggio OBSTACLE_RADIUS_M, %3 m.</numerusform>
                <numerusform>%n punti di %1 non hanno un numero in "%2": hanno il raggio OBSTACLE_RADIUS_M, %3 m.</numerusform>
            </translation>
        </message>
        <message>
            <source>REMOVABLE_EXPRESSION could not be evaluated on every point of %1 (%2): those points count as fixed barriers.</source>
            <translation>REMOVABLE_EXPRESSION non ha potuto essere valutata su tutti i punti di %1 (%2): quei punti contano come barriere fisse.</translation>
        </message>
    </context>
    <context>
        <name>OpenGroundStudy</name>
        <message>
            <source>The open ground could not be built: %1. Check OPEN_AREAS, OBSTACLES and IMPACT_SPACING_M.</source>
            <translation>Il terreno aperto non ha potuto essere costruito: %1. Verificate OPEN_AREAS, OBSTACLES e IMPACT_SPACING_M.</translation>
        </message>
        <message>
            <source>Open ground: %1 in the study area, %2 near them, %3; free space %4 m² for a vehicle %5 m wide.</source>
            <translation>Terreno aperto: %1 nell'area di studio, %2 vicini, %3; spazio libero di %4 m² per un veicolo largo %5 m.</translation>
        </message>
        <message numerus="yes">
            <source>%n open area polygon(s)</source>
            <translation>
                <numerusform>%n poligono di terreno aperto</numerusform>
                <numerusform>%n poligoni di terreno aperto</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n obstacle polygon(s) and line(s)</source>
            <translation>
                <numerusform>%n poligono o linea di ostacoli</numerusform>
                <numerusform>%n poligoni e linee di ostacoli</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n obstacle point(s)</source>
            <translation>
                <numerusform>%n punto di ostacoli</numerusform>
                <numerusform>%n punti di ostacoli</numerusform>
            </translation>
        </message>
        <message>
            <source>Open ground: %1 between %2, %3 and %4 on %5 of the protected area's edge (%6 m); built in %7 s.</source>
            <translation>Terreno aperto: %1 tra %2, %3 e %4 su %5 del bordo dell'area protetta (%6 m); costruito in %7 s.</translation>
        </message>
        <message numerus="yes">
            <source>%n leg(s)</source>
            <translation>
                <numerusform>%n tratto</numerusform>
                <numerusform>%n tratti</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n corner(s)</source>
            <translation>
                <numerusform>%n angolo</numerusform>
                <numerusform>%n angoli</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n street attach point(s)</source>
            <translation>
                <numerusform>%n punto di raccordo alle strade</numerusform>
                <numerusform>%n punti di raccordo alle strade</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n impact point(s)</source>
            <translation>
                <numerusform>%n punto d'impatto</numerusform>
                <numerusform>%n punti d'impatto</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n stretch(es)</source>
            <translation>
                <numerusform>%n tratto</numerusform>
                <numerusform>%n tratti</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n barrier point(s) on streets close %1 to vehicles.</source>
            <translation>
                <numerusform>%n barriera puntuale su una strada chiude %1 ai veicoli.</numerusform>
                <numerusform>%n barriere puntuali sulle strade chiudono %1 ai veicoli.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n street line(s)</source>
            <translation>
                <numerusform>%n linea stradale</numerusform>
                <numerusform>%n linee stradali</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HelpPage</name>
        <message>
            <source>What it does</source>
            <translation>Che cosa fa</translation>
        </message>
        <message>
            <source>The model</source>
            <translation>Il modello</translation>
        </message>
        <message>
            <source>Outputs</source>
            <translation>Risultati</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Fonti</translation>
        </message>
        <message>
            <source>Judgement calls</source>
            <translation>Scelte di giudizio</translation>
        </message>
        <message>
            <source>Limits</source>
            <translation>Limiti</translation>
        </message>
        <message>
            <source>Defaults that are judgement calls of this tool, each with its parameter: set them for the site.</source>
            <translation>Valori predefiniti che sono scelte di giudizio di questo strumento, ciascuno con il suo parametro: impostateli per il sito.</translation>
        </message>
    </context>
    <context>
        <name>eventsecurity::ObstacleLayersPicker</name>
        <message>
            <source>None</source>
            <translation>Nessuno</translation>
        </message>
        <message>
            <source>Optional: what stops a vehicle on the open ground (buildings, walls, water, bollards), layers of any geometry; bollards on a street close it. Tick them in the list.</source>
            <translation>Facoltativo: ciò che ferma un veicolo sul terreno aperto (edifici, muri, acqua, dissuasori), layer di qualsiasi geometria; i dissuasori su una strada la chiudono. Spuntateli nell'elenco.</translation>
        </message>
    </context>
    <context>
        <name>eventsecurity::VenueFeaturePicker</name>
        <message>
            <source>The feature of the venue layer where the crowd gathers</source>
            <translation>L'elemento del layer del luogo in cui si raduna la folla</translation>
        </message>
    </context>
    <context>
        <name>eventsecurity::PluginVersion</name>
        <message>
            <source>The Event Security Planner was not loaded: it was built for QGIS %1 and this is QGIS %2. A C++ plugin only works with the QGIS release it was compiled against; loading it into another could crash QGIS. Install the Event Security Planner package built for QGIS %2, or build the plugin from source against it.</source>
            <translation>Il Pianificatore della sicurezza degli eventi non è stato caricato: è stato compilato per QGIS %1 e questo è QGIS %2. Un plugin C++ funziona solo con la versione di QGIS per cui è stato compilato; caricarlo in un'altra potrebbe far bloccare QGIS. Installate il pacchetto del Pianificatore della sicurezza degli eventi compilato per QGIS %2, oppure compilate il plugin dai sorgenti per quella versione.</translation>
        </message>
    </context>
</TS>
