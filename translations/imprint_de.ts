<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AudioProbe</name>
    <message>
        <source>cannot decode: %1</source>
        <translation>kann nicht dekodiert werden: %1</translation>
    </message>
    <message>
        <source>the file contains no audio</source>
        <translation>die Datei enthält kein Audio</translation>
    </message>
    <message>
        <source>the file is truncated: its audio ends early</source>
        <translation>die Datei ist abgeschnitten: ihr Audio endet zu früh</translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Search title, artist, release, ISRC… (Ctrl+F)</source>
        <translation>Titel, Künstler, Veröffentlichung, ISRC suchen … (Strg+F)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n track(s)</source>
        <translation>
            <numerusform>%1 von %n Titel</numerusform>
            <numerusform>%1 von %n Titeln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n track(s)</source>
        <translation>
            <numerusform>%n Titel</numerusform>
            <numerusform>%n Titel</numerusform>
        </translation>
    </message>
    <message>
        <source>Drop a folder to import it</source>
        <translation>Ordner hier ablegen, um ihn zu importieren</translation>
    </message>
</context>
<context>
    <name>CatalogSession</name>
    <message>
        <source>Title Change</source>
        <translation>Titeländerung</translation>
    </message>
    <message>
        <source>Artist Change</source>
        <translation>Künstleränderung</translation>
    </message>
    <message>
        <source>Version Change</source>
        <translation>Versionsänderung</translation>
    </message>
</context>
<context>
    <name>CatalogStore</name>
    <message>
        <source>the catalog cannot use write-ahead logging</source>
        <translation>der Katalog kann kein Write-Ahead-Logging verwenden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no catalog file given</source>
        <translation>keine Katalogdatei angegeben</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: der Ordner kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>imprint: cannot open the catalog: %1</source>
        <translation>imprint: der Katalog kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Importing… %1/%2</source>
        <translation>Importiere … %1/%2</translation>
    </message>
    <message>
        <source>usage: imprint [--catalog FILE] import FOLDER [--json]</source>
        <translation>Aufruf: imprint [--catalog DATEI] import ORDNER [--json]</translation>
    </message>
    <message>
        <source>usage: imprint demo --out FOLDER [--json]</source>
        <translation>Aufruf: imprint demo --out ORDNER [--json]</translation>
    </message>
    <message>
        <source>imprint: %1 is not empty; choose a new folder for the demo catalog</source>
        <translation>imprint: %1 ist nicht leer; wähle einen neuen Ordner für den Demo-Katalog</translation>
    </message>
    <message>
        <source>imprint: cannot create the demo library: %1</source>
        <translation>imprint: die Demo-Bibliothek kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Demo catalog: %1</source>
        <translation>Demo-Katalog: %1</translation>
    </message>
    <message>
        <source>Imprint: catalog, audio checks, rights and release planning.</source>
        <translation>Imprint: Katalog, Audioprüfung, Rechte und Veröffentlichungsplanung.</translation>
    </message>
    <message>
        <source>Use the catalog in FILE instead of the default one.</source>
        <translation>Den Katalog in DATEI statt des Standardkatalogs verwenden.</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>Maschinenlesbares JSON ausgeben.</translation>
    </message>
    <message>
        <source>demo: the folder to create the demo catalog in.</source>
        <translation>demo: der Ordner, in dem der Demo-Katalog angelegt wird.</translation>
    </message>
    <message>
        <source>tracks: only tracks matching TEXT.</source>
        <translation>tracks: nur Titel, die TEXT enthalten.</translation>
    </message>
    <message>
        <source>import FOLDER: import audio and artwork from a folder
demo --out FOLDER: create a demo library and catalog
tracks: list the catalog&apos;s tracks</source>
        <translation>import ORDNER: Audio und Artwork aus einem Ordner importieren
demo --out ORDNER: eine Demo-Bibliothek mit Katalog anlegen
tracks: die Titel des Katalogs auflisten</translation>
    </message>
    <message>
        <source>imprint: unknown command &apos;%1&apos;; see imprint --help</source>
        <translation>imprint: unbekannter Befehl „%1“; siehe imprint --help</translation>
    </message>
</context>
<context>
    <name>EmptyCatalog</name>
    <message>
        <source>Your catalog is empty</source>
        <translation>Dein Katalog ist leer</translation>
    </message>
    <message>
        <source>Import a folder of takes, masters and stems, or drop a folder here. Imprint reads their tags and keeps the files where they are.</source>
        <translation>Importiere einen Ordner mit Takes, Mastern und Stems oder lege einen Ordner hier ab. Imprint liest ihre Tags und lässt die Dateien, wo sie sind.</translation>
    </message>
    <message>
        <source>Import Folder…</source>
        <translation>Ordner importieren …</translation>
    </message>
</context>
<context>
    <name>GuiApplication</name>
    <message>
        <source>Open FILE.</source>
        <translation>DATEI öffnen.</translation>
    </message>
    <message>
        <source>Load every page and quit.</source>
        <translation>Alle Seiten laden und beenden.</translation>
    </message>
    <message>
        <source>Save the window to FILE and quit.</source>
        <translation>Das Fenster als DATEI speichern und beenden.</translation>
    </message>
    <message>
        <source>imprint: cannot open the catalog: %1</source>
        <translation>imprint: der Katalog kann nicht geöffnet werden: %1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Importing…</source>
        <translation>Importiere …</translation>
    </message>
    <message>
        <source>Import Finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <source>%1 of %2 files</source>
        <translation>%1 von %2 Dateien</translation>
    </message>
    <message>
        <source>Looking for audio and artwork…</source>
        <translation>Suche nach Audio und Artwork …</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <source>The import failed: %1</source>
        <translation>Der Import ist fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) added</source>
        <translation>
            <numerusform>%n Datei hinzugefügt</numerusform>
            <numerusform>%n Dateien hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n aktualisiert</numerusform>
            <numerusform>%n aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unverändert</numerusform>
            <numerusform>%n unverändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be read</source>
        <translation>
            <numerusform>%n nicht lesbar</numerusform>
            <numerusform>%n nicht lesbar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other file(s) skipped</source>
        <translation>
            <numerusform>%n andere Datei übersprungen</numerusform>
            <numerusform>%n andere Dateien übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: %1. Import the folder again to continue.</source>
        <translation>Abgebrochen: %1. Importiere den Ordner erneut, um fortzufahren.</translation>
    </message>
</context>
<context>
    <name>ImportWriter</name>
    <message>
        <source>%1: cannot store in the catalog: %2</source>
        <translation>%1: kann nicht im Katalog gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>not a readable image: %1</source>
        <translation>kein lesbares Bild: %1</translation>
    </message>
    <message>
        <source>the file is truncated: the header says %1 s, the audio lasts %2 s</source>
        <translation>die Datei ist abgeschnitten: laut Kopfdaten %1 s, das Audio dauert %2 s</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1: no such folder</source>
        <translation>%1: Ordner nicht gefunden</translation>
    </message>
    <message>
        <source>%1: the folder cannot be read (permission denied)</source>
        <translation>%1: der Ordner kann nicht gelesen werden (keine Berechtigung)</translation>
    </message>
    <message>
        <source>skipped: not an audio or artwork file</source>
        <translation>übersprungen: keine Audio- oder Artwork-Datei</translation>
    </message>
</context>
<context>
    <name>Imprint::CatalogSession</name>
    <message>
        <source>Could not read the catalog: %1</source>
        <translation>Der Katalog konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>This field cannot be edited here.</source>
        <translation>Dieses Feld kann hier nicht bearbeitet werden.</translation>
    </message>
    <message>
        <source>A track needs a title.</source>
        <translation>Ein Titel braucht einen Namen.</translation>
    </message>
    <message>
        <source>The change was not saved: %1</source>
        <translation>Die Änderung wurde nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>Imprint::EditHistory</name>
    <message>
        <source>Undo %1</source>
        <translation>%1 rückgängig machen</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>%1 wiederholen</translation>
    </message>
</context>
<context>
    <name>Imprint::TrackTableModel</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Artist</source>
        <translation>Künstler</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Veröffentlichung</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>ISRC</source>
        <translation>ISRC</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Imprint</source>
        <translation>Imprint</translation>
    </message>
    <message>
        <source>Import a Folder of Takes</source>
        <translation>Einen Ordner mit Takes importieren</translation>
    </message>
    <message>
        <source>Import Folder…</source>
        <translation>Ordner importieren …</translation>
    </message>
    <message>
        <source>Import audio and artwork from a folder (Ctrl+I)</source>
        <translation>Audio und Artwork aus einem Ordner importieren (Strg+I)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Importing %1 of %2…</source>
        <translation>Importiere %1 von %2 …</translation>
    </message>
    <message numerus="yes">
        <source>%n track(s) · %1</source>
        <translation>
            <numerusform>%n Titel · %1</numerusform>
            <numerusform>%n Titel · %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>the catalog was written by a newer Imprint (schema %1, this version knows up to %2); update Imprint to open it</source>
        <translation>der Katalog wurde von einem neueren Imprint geschrieben (Schema %1, diese Version kennt bis %2); aktualisiere Imprint, um ihn zu öffnen</translation>
    </message>
    <message>
        <source>schema upgrade to version %1 failed: %2</source>
        <translation>Schema-Aktualisierung auf Version %1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message numerus="yes">
        <source>%n track(s)</source>
        <translation>
            <numerusform>%n Titel</numerusform>
            <numerusform>%n Titel</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Splits</name>
    <message>
        <source>%1 has no share; remove them or give them one.</source>
        <translation>%1 hat keinen Anteil; entferne die Person oder gib ihr einen.</translation>
    </message>
    <message>
        <source>%1 is listed twice; combine their shares.</source>
        <translation>%1 steht doppelt in der Liste; fasse die Anteile zusammen.</translation>
    </message>
    <message>
        <source>Nobody holds a share yet.</source>
        <translation>Noch niemand hält einen Anteil.</translation>
    </message>
    <message>
        <source>The shares add up to %1; %2 is not assigned.</source>
        <translation>Die Anteile ergeben %1; %2 sind nicht vergeben.</translation>
    </message>
    <message>
        <source>The shares add up to %1, %2 too much.</source>
        <translation>Die Anteile ergeben %1, %2 zu viel.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>TagLibReader</name>
    <message>
        <source>not an audio file TagLib can read, or the file is damaged</source>
        <translation>keine Audiodatei, die TagLib lesen kann, oder die Datei ist beschädigt</translation>
    </message>
    <message>
        <source>the file has no audio properties</source>
        <translation>die Datei hat keine Audioeigenschaften</translation>
    </message>
    <message>
        <source>damaged header: impossible channel count %1</source>
        <translation>beschädigte Kopfdaten: unmögliche Kanalzahl %1</translation>
    </message>
    <message>
        <source>damaged header: impossible sample rate %1</source>
        <translation>beschädigte Kopfdaten: unmögliche Abtastrate %1</translation>
    </message>
    <message>
        <source>the file contains no audio</source>
        <translation>die Datei enthält kein Audio</translation>
    </message>
</context>
<context>
    <name>TrackDetailPane</name>
    <message>
        <source>Select a track to see its details.</source>
        <translation>Wähle einen Titel, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Artist</source>
        <translation>Künstler</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Veröffentlichung</translation>
    </message>
    <message>
        <source>ISRC</source>
        <translation>ISRC</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Stems</source>
        <translation>Stems</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Master file</source>
        <translation>Master-Datei</translation>
    </message>
</context>
<context>
    <name>TrackQueries</name>
    <message>
        <source>A track needs a title.</source>
        <translation>Ein Titel braucht einen Namen.</translation>
    </message>
    <message>
        <source>The track is no longer in the catalog.</source>
        <translation>Der Titel ist nicht mehr im Katalog.</translation>
    </message>
</context>
<context>
    <name>TrackTableModel</name>
    <message>
        <source>%1 kHz</source>
        <translation>%1 kHz</translation>
    </message>
    <message>
        <source>%1-bit</source>
        <translation>%1 Bit</translation>
    </message>
</context>
</TS>
