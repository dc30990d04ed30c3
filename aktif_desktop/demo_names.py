"""Fictional names, places and organisations for the demo Verbund (no real persons)."""

from __future__ import annotations

FIRST_NAMES = (
    "Anna", "Jürgen", "Sören", "Käthe", "Björn", "Jörg", "Maria", "Günther", "Özlem", "Lena",
    "Thomas", "Sabine", "Ute", "Andreas", "Claudia", "Heike", "Frank", "Petra", "Stefan",
    "Susanne", "Michael", "Birgit", "Matthias", "Nicole", "Jens", "Katrin", "Dörte", "Hans-Jürgen",
    "Marie-Luise", "Florian", "Julia", "Tobias", "Miriam", "Gökhan", "Łukasz", "Ayşe", "Zoë",
    "Renée", "Miloš", "Agnieszka", "Dragan", "Ingrid", "Malte", "Swantje", "Franziska", "Bärbel",
)
LAST_NAMES = (
    "Müller", "Schäfer", "Weiß", "Groß", "Schröder", "Köhler", "Böhm", "Krüger", "Hoffmann",
    "Schulz", "Becker", "Wagner", "Fuchs", "Lehmann", "Günther", "Jäger", "Vogt", "Strauß",
    "Meißner", "Dürr", "Schmitz", "Keller", "Hübner", "Bauer", "Wolff", "Nußbaum", "Brückner",
    "Wójcik", "Yılmaz", "Łęcki", "Dvořák", "Kovács", "Öztürk", "Nowak", "Petrović", "Åberg",
    "Ramírez", "Sørensen", "Çelik", "Großmann", "Weißenfels", "Fährmann", "Reuß", "Spieß",
)
STREETS = (
    "Hauptstraße", "Bahnhofstraße", "Schulstraße", "Gartenweg", "Marktplatz", "Lindenallee",
    "Mühlenweg", "Kirchgasse", "Am Rathaus", "Friedrich-Ebert-Straße", "Goethestraße",
    "Schillerplatz", "Brückenstraße", "Rosenstraße", "Königsallee",
)
CITIES = (
    ("Lindenau", "04177"), ("Grünfelde", "15236"), ("Mühlhausen am See", "17235"),
    ("Bärenstein", "09471"), ("Neuwalde", "16225"), ("Oberkirchen", "57392"),
    ("Kleinzschachwitz", "01259"), ("Weißenbach", "08223"),
)
FUNCTIONS = (
    "Teamleitung", "Sachbearbeitung", "Fallmanagement", "Sozialpädagogische Beratung",
    "Bereichsleitung", "Koordination", "Integrationsfachkraft", "Familienberatung",
    "Leistungssachbearbeitung", "Beauftragte für Chancengleichheit am Arbeitsmarkt",
    "Schulsozialarbeit", "Projektleitung", "Geschäftsführung", "Wissenschaftliche Mitarbeit",
)
TOPICS = (
    "Kinderzuschlag", "Wohngeld", "Bildung und Teilhabe", "Bürgergeld", "Alleinerziehende",
    "Hilfen zur Erziehung", "Eingliederungshilfe", "Berufsorientierung", "Schuldnerberatung",
    "Kita-Platz", "Sprachkurse", "Unterhaltsvorschuss", "Elterngeld", "Teilhabe am Arbeitsleben",
)
