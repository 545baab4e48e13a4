<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Imprint</source>
        <translation>Über Imprint</translation>
    </message>
</context>
<context>
    <name>AddToRelease</name>
    <message>
        <source>Release to add the track to</source>
        <translation>Veröffentlichung, der der Titel hinzugefügt wird</translation>
    </message>
    <message>
        <source>Add to Release</source>
        <translation>Zur Veröffentlichung hinzufügen</translation>
    </message>
    <message>
        <source>New Release…</source>
        <translation>Neue Veröffentlichung …</translation>
    </message>
    <message>
        <source>Adds the track at the end of the release&apos;s running order</source>
        <translation>Fügt den Titel am Ende der Reihenfolge der Veröffentlichung hinzu</translation>
    </message>
    <message>
        <source>The catalog has no release yet: plan a single, EP or album first</source>
        <translation>Der Katalog hat noch keine Veröffentlichung: Planen Sie zuerst eine Single, eine EP oder ein Album</translation>
    </message>
</context>
<context>
    <name>AddTrackPopup</name>
    <message>
        <source>Add a Track to This Release</source>
        <translation>Titel zu dieser Veröffentlichung hinzufügen</translation>
    </message>
    <message>
        <source>Title, artist or ISRC</source>
        <translation>Titel, Künstler oder ISRC</translation>
    </message>
    <message>
        <source>No other tracks match.</source>
        <translation>Keine weiteren passenden Titel.</translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <source>Due This Week</source>
        <translation>Diese Woche fällig</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n überfällig</numerusform>
            <numerusform>%n überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Veröffentlichung</translation>
    </message>
    <message>
        <source>Nothing due.</source>
        <translation>Nichts fällig.</translation>
    </message>
</context>
<context>
    <name>AnalysisProblemsDialog</name>
    <message>
        <source>Files Not Analysed</source>
        <translation>Nicht analysierte Dateien</translation>
    </message>
    <message>
        <source>A file that cannot be read may be on a drive that is not connected, or in a library folder this computer has elsewhere. A file that cannot be decoded must be exported again.</source>
        <translation>Eine Datei, die sich nicht lesen lässt, liegt vielleicht auf einem nicht angeschlossenen Laufwerk oder in einem Bibliotheksordner, den dieser Computer an anderer Stelle hat. Eine Datei, die sich nicht dekodieren lässt, muss neu exportiert werden.</translation>
    </message>
    <message>
        <source>These files cannot be decoded to their end: export them again, then analyse.</source>
        <translation>Diese Dateien lassen sich nicht bis zum Ende dekodieren: Exportieren Sie sie neu und analysieren Sie dann.</translation>
    </message>
    <message>
        <source>Show Track</source>
        <translation>Titel anzeigen</translation>
    </message>
    <message>
        <source>Library Folder…</source>
        <translation>Bibliotheksordner …</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>AppInfo</name>
    <message>
        <source>Catalog, audio checks, rights and release planning for independent music creators</source>
        <translation>Katalog, Audioprüfung, Rechte und Veröffentlichungsplanung für unabhängige Musikschaffende</translation>
    </message>
    <message>
        <source>© 2026 Imprint contributors</source>
        <translation>© 2026 die Mitwirkenden an Imprint</translation>
    </message>
    <message>
        <source>Imprint turns a folder of takes into a label-grade catalog: metadata and credits, audio checks against delivery profiles, rights and clearance per track, and a release plan.</source>
        <translation>Imprint macht aus einem Ordner voller Takes einen Katalog, wie ihn ein Label führt: Metadaten und Mitwirkende, Audioprüfung nach Lieferprofilen, Rechte und Freigaben je Titel und einen Veröffentlichungsplan.</translation>
    </message>
    <message>
        <source>Reads and writes tags</source>
        <translation>Liest und schreibt Tags</translation>
    </message>
    <message>
        <source>Decodes audio files</source>
        <translation>Dekodiert Audiodateien</translation>
    </message>
    <message>
        <source>Writes and reads packages</source>
        <translation>Schreibt und liest Pakete</translation>
    </message>
</context>
<context>
    <name>Archive</name>
    <message numerus="yes">
        <source>%n entries verified</source>
        <translation>
            <numerusform>%n Eintrag überprüft</numerusform>
            <numerusform>%n Einträge überprüft</numerusform>
        </translation>
    </message>
    <message>
        <source>empty name</source>
        <translation>leerer Name</translation>
    </message>
    <message>
        <source>control character in name</source>
        <translation>Steuerzeichen im Namen</translation>
    </message>
    <message>
        <source>backslash in name</source>
        <translation>Backslash im Namen</translation>
    </message>
    <message>
        <source>absolute path</source>
        <translation>absoluter Pfad</translation>
    </message>
    <message>
        <source>absolute path (drive letter)</source>
        <translation>absoluter Pfad (Laufwerksbuchstabe)</translation>
    </message>
    <message>
        <source>&apos;..&apos; component</source>
        <translation>Pfadbestandteil „..“</translation>
    </message>
    <message>
        <source>&apos;.&apos; component</source>
        <translation>Pfadbestandteil „.“</translation>
    </message>
    <message>
        <source>empty path component</source>
        <translation>leerer Pfadbestandteil</translation>
    </message>
    <message>
        <source>%1 line %2: %3</source>
        <translation>%1 Zeile %2: %3</translation>
    </message>
    <message>
        <source>not &apos;&lt;sha256&gt;  &lt;path&gt;&apos;</source>
        <translation>nicht im Format „&lt;sha256&gt;  &lt;path&gt;“</translation>
    </message>
    <message>
        <source>not a SHA-256 in hex</source>
        <translation>kein hexadezimaler SHA-256-Wert</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>%1: not a ZIP or TAR archive, or truncated</source>
        <translation>%1: kein ZIP- oder TAR-Archiv oder abgeschnitten</translation>
    </message>
    <message>
        <source>%1: not a readable ZIP archive (%2)</source>
        <translation>%1: kein lesbares ZIP-Archiv (%2)</translation>
    </message>
    <message>
        <source>%1: truncated or damaged ZIP archive (%2)</source>
        <translation>%1: abgeschnittenes oder beschädigtes ZIP-Archiv (%2)</translation>
    </message>
    <message>
        <source>no end of central directory</source>
        <translation>kein Ende des zentralen Verzeichnisses</translation>
    </message>
    <message>
        <source>%1: multi-volume ZIP archives are not supported</source>
        <translation>%1: mehrteilige ZIP-Archive werden nicht unterstützt</translation>
    </message>
    <message>
        <source>bad ZIP64 end record</source>
        <translation>fehlerhafter ZIP64-Endeintrag</translation>
    </message>
    <message>
        <source>central directory out of bounds</source>
        <translation>zentrales Verzeichnis außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>short central directory</source>
        <translation>zentrales Verzeichnis zu kurz</translation>
    </message>
    <message>
        <source>%1: damaged ZIP central directory (record %2)</source>
        <translation>%1: beschädigtes zentrales ZIP-Verzeichnis (Eintrag %2)</translation>
    </message>
    <message>
        <source>%1: %2: impossible size</source>
        <translation>%1: %2: unmögliche Größe</translation>
    </message>
    <message>
        <source>%1: duplicate name in the archive</source>
        <translation>%1: doppelter Name im Archiv</translation>
    </message>
    <message>
        <source>%1: entry is encrypted; password-protected ZIP archives are not supported</source>
        <translation>%1: Eintrag ist verschlüsselt; passwortgeschützte ZIP-Archive werden nicht unterstützt</translation>
    </message>
    <message>
        <source>%1: unsupported ZIP compression method %2</source>
        <translation>%1: nicht unterstützte ZIP-Komprimierungsmethode %2</translation>
    </message>
    <message>
        <source>%1: symbolic link target too long</source>
        <translation>%1: Ziel der symbolischen Verknüpfung zu lang</translation>
    </message>
    <message>
        <source>%1: truncated symbolic link</source>
        <translation>%1: abgeschnittene symbolische Verknüpfung</translation>
    </message>
    <message>
        <source>%1: local header does not match the central directory</source>
        <translation>%1: lokaler Header stimmt nicht mit dem zentralen Verzeichnis überein</translation>
    </message>
    <message>
        <source>%1: cannot read the entry</source>
        <translation>%1: Eintrag kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1: content is larger than the archive declares</source>
        <translation>%1: Inhalt ist größer als im Archiv angegeben</translation>
    </message>
    <message>
        <source>%1: truncated or corrupt content</source>
        <translation>%1: abgeschnittener oder beschädigter Inhalt</translation>
    </message>
    <message>
        <source>%1: cannot decompress (%2)</source>
        <translation>%1: Dekomprimieren nicht möglich (%2)</translation>
    </message>
    <message>
        <source>%1: oversized extended header</source>
        <translation>%1: übergroßer erweiterter Header</translation>
    </message>
    <message>
        <source>%1: corrupt TAR header after %2</source>
        <translation>%1: beschädigter TAR-Header nach %2</translation>
    </message>
    <message>
        <source>%1: not a valid path inside a package (%2)</source>
        <translation>%1: kein gültiger Pfad innerhalb eines Pakets (%2)</translation>
    </message>
    <message>
        <source>%1: appears twice in the package</source>
        <translation>%1: kommt zweimal im Paket vor</translation>
    </message>
    <message>
        <source>%1: not a readable file</source>
        <translation>%1: keine lesbare Datei</translation>
    </message>
    <message>
        <source>%1: ZIP packages are limited to 4 GiB; choose tar.zst</source>
        <translation>%1: ZIP-Pakete sind auf 4 GiB begrenzt; tar.zst wählen</translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation>%1: Schreiben nicht möglich (%2)</translation>
    </message>
    <message>
        <source>%1: cannot finish the archive (%2)</source>
        <translation>%1: Archiv kann nicht abgeschlossen werden (%2)</translation>
    </message>
    <message>
        <source>%1: cannot add to the package (%2)</source>
        <translation>%1: Hinzufügen zum Paket nicht möglich (%2)</translation>
    </message>
    <message>
        <source>%1: changed or unreadable while packaging</source>
        <translation>%1: während des Packens geändert oder nicht lesbar</translation>
    </message>
    <message>
        <source>%1: cannot write to the package (%2)</source>
        <translation>%1: Schreiben in das Paket nicht möglich (%2)</translation>
    </message>
    <message>
        <source>%1: changed while packaging</source>
        <translation>%1: während des Packens geändert</translation>
    </message>
    <message>
        <source>%1: %2 after writing (%3)</source>
        <translation>%1: %2 nach dem Schreiben (%3)</translation>
    </message>
    <message>
        <source>the package holds %1 entries instead of %2</source>
        <translation>das Paket enthält %1 Einträge statt %2</translation>
    </message>
    <message>
        <source>%1: differs from the source after writing</source>
        <translation>%1: weicht nach dem Schreiben von der Quelle ab</translation>
    </message>
    <message>
        <source>%1: cannot rename the finished package</source>
        <translation>%1: fertiges Paket kann nicht umbenannt werden</translation>
    </message>
    <message>
        <source>%1: verification cancelled</source>
        <translation>%1: Überprüfung abgebrochen</translation>
    </message>
    <message>
        <source>link or special file</source>
        <translation>Verknüpfung oder Spezialdatei</translation>
    </message>
    <message>
        <source>duplicate entry</source>
        <translation>doppelter Eintrag</translation>
    </message>
    <message>
        <source>%1: %2 is implausibly large</source>
        <translation>%1: %2 ist unplausibel groß</translation>
    </message>
    <message>
        <source>%1: no %2 in the package</source>
        <translation>%1: kein %2 im Paket</translation>
    </message>
    <message>
        <source>listed in the manifest but not in the package</source>
        <translation>im Manifest aufgeführt, aber nicht im Paket</translation>
    </message>
    <message>
        <source>SHA-256 differs from the manifest</source>
        <translation>SHA-256 weicht vom Manifest ab</translation>
    </message>
    <message>
        <source>not listed in the manifest</source>
        <translation>nicht im Manifest aufgeführt</translation>
    </message>
    <message>
        <source>%1: more than %2 entries</source>
        <translation>%1: mehr als %2 Einträge</translation>
    </message>
    <message>
        <source>the archive has %1 entries; the limit is %2</source>
        <translation>das Archiv hat %1 Einträge; die Grenze liegt bei %2</translation>
    </message>
    <message>
        <source>the archive declares %1 of content; the limit is %2</source>
        <translation>das Archiv gibt %1 Inhalt an; die Grenze liegt bei %2</translation>
    </message>
    <message>
        <source>the archive declares %1 of content in %2 (compression ratio over %3:1; likely a bomb)</source>
        <translation>das Archiv gibt %1 Inhalt in %2 an (Kompressionsverhältnis über %3:1; vermutlich eine Archivbombe)</translation>
    </message>
    <message>
        <source>%1: would be written through the link %2</source>
        <translation>%1: würde über die Verknüpfung %2 geschrieben</translation>
    </message>
    <message>
        <source>%1: would be written inside the file %2</source>
        <translation>%1: würde in die Datei %2 geschrieben</translation>
    </message>
    <message>
        <source>%1: link pointing outside the target (%2)</source>
        <translation>%1: Verknüpfung zeigt außerhalb des Ziels (%2)</translation>
    </message>
    <message>
        <source>%1: link to %2 not extracted</source>
        <translation>%1: Verknüpfung auf %2 nicht entpackt</translation>
    </message>
    <message>
        <source>%1: device, FIFO or other special file</source>
        <translation>%1: Gerätedatei, FIFO oder andere Spezialdatei</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: Ordner kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>%1: resolves outside the target</source>
        <translation>%1: zeigt außerhalb des Ziels</translation>
    </message>
    <message>
        <source>%1: decompressed content exceeds the limit of %2</source>
        <translation>%1: entpackter Inhalt überschreitet die Grenze von %2</translation>
    </message>
    <message>
        <source>%1: compression ratio over %2:1 (likely a bomb)</source>
        <translation>%1: Kompressionsverhältnis über %2:1 (vermutlich eine Archivbombe)</translation>
    </message>
    <message>
        <source>%1: the target must be a new or empty folder</source>
        <translation>%1: Ziel muss ein neuer oder leerer Ordner sein</translation>
    </message>
    <message>
        <source>%1: cannot move the unpacked files into place</source>
        <translation>%1: entpackte Dateien können nicht an ihren Platz verschoben werden</translation>
    </message>
    <message>
        <source>path longer than %1 bytes</source>
        <translation>Pfad länger als %1 Byte</translation>
    </message>
    <message>
        <source>path deeper than %1 levels</source>
        <translation>Pfad tiefer als %1 Ebenen</translation>
    </message>
    <message>
        <source>%1… (%2 characters)</source>
        <translation>%1… (%2 Zeichen)</translation>
    </message>
    <message>
        <source>%1 is truncated: %2</source>
        <translation>%1 ist abgeschnitten: %2</translation>
    </message>
    <message>
        <source>%1 is cut off</source>
        <translation>%1 ist unvollständig</translation>
    </message>
    <message>
        <source>%1: corrupt compressed data in %2</source>
        <translation>%1: beschädigte komprimierte Daten in %2</translation>
    </message>
    <message>
        <source>the extended header after %1</source>
        <translation>der erweiterte Header nach %1</translation>
    </message>
    <message>
        <source>it ends before its first entry</source>
        <translation>es endet vor seinem ersten Eintrag</translation>
    </message>
    <message>
        <source>it ends after %1, without the end-of-archive blocks</source>
        <translation>es endet nach %1, ohne die Blöcke am Archivende</translation>
    </message>
    <message>
        <source>the first header</source>
        <translation>der erste Header</translation>
    </message>
    <message>
        <source>the header after %1</source>
        <translation>der Header nach %1</translation>
    </message>
    <message>
        <source>%1: more than %2 folders</source>
        <translation>%1: mehr als %2 Ordner</translation>
    </message>
    <message>
        <source>its compressed data ends before the first entry</source>
        <translation>seine komprimierten Daten enden vor dem ersten Eintrag</translation>
    </message>
    <message>
        <source>its compressed data ends early, after %1</source>
        <translation>seine komprimierten Daten enden vorzeitig, nach %1</translation>
    </message>
</context>
<context>
    <name>ArtworkCheck</name>
    <message>
        <source>CMYK</source>
        <translation>CMYK</translation>
    </message>
    <message>
        <source>greyscale</source>
        <translation>Graustufen</translation>
    </message>
    <message>
        <source>indexed colour (a palette)</source>
        <translation>indizierte Farben (eine Palette)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 could not be copied to %2.</source>
        <translation>%1 konnte nicht nach %2 kopiert werden.</translation>
    </message>
    <message>
        <source>%1 is not an image.</source>
        <translation>%1 ist kein Bild.</translation>
    </message>
    <message>
        <source>%1 is not an image: %2</source>
        <translation>%1 ist kein Bild: %2</translation>
    </message>
    <message>
        <source>%1 is a %2 image; stores take JPEG or PNG.</source>
        <translation>%1 ist ein %2-Bild; Shops nehmen JPEG oder PNG an.</translation>
    </message>
    <message>
        <source>%1 is a damaged %2 image: %3</source>
        <translation>%1 ist ein beschädigtes %2-Bild: %3</translation>
    </message>
    <message>
        <source>%1 is %2 MB; covers may be at most %3 MB. Save it as a JPEG.</source>
        <translation>%1 hat %2 MB; Cover dürfen höchstens %3 MB groß sein. Als JPEG speichern.</translation>
    </message>
    <message>
        <source>%1 is %2; stores take RGB covers. Convert it to RGB (sRGB).</source>
        <translation>%1 ist %2; Shops nehmen RGB-Cover an. In RGB (sRGB) umwandeln.</translation>
    </message>
    <message>
        <source>The cover is %1×%2 px; it must be square.</source>
        <translation>Das Cover hat %1×%2 px; es muss quadratisch sein.</translation>
    </message>
    <message>
        <source>The cover is %1×%2 px; streaming services ask for at least %3×%3.</source>
        <translation>Das Cover hat %1×%2 px; Streamingdienste verlangen mindestens %3×%3.</translation>
    </message>
    <message>
        <source>Unknown Artist</source>
        <translation>Unbekannter Künstler</translation>
    </message>
    <message>
        <source>The release is no longer in the catalog.</source>
        <translation>Die Veröffentlichung ist nicht mehr im Katalog.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>No free file name for the cover in %1.</source>
        <translation>Kein freier Dateiname für das Cover in %1.</translation>
    </message>
</context>
<context>
    <name>ArtworkImport</name>
    <message>
        <source>This computer has no folder for the team catalog&apos;s files yet: choose it with File › Library Folder… (or imprint library-folder FOLDER), then add the artwork again.</source>
        <translation>Dieser Computer hat noch keinen Ordner für die Dateien des Team-Katalogs: Wählen Sie ihn mit Datei › Bibliotheksordner … (oder imprint library-folder ORDNER) und fügen Sie das Artwork dann erneut hinzu.</translation>
    </message>
</context>
<context>
    <name>ArtworkPreview</name>
    <message>
        <source>Drop to use as the cover</source>
        <translation>Ablegen, um es als Cover zu verwenden</translation>
    </message>
    <message>
        <source>No artwork — drop an image here</source>
        <translation>Kein Cover — Bild hier ablegen</translation>
    </message>
    <message>
        <source>Set Artwork…</source>
        <translation>Cover festlegen …</translation>
    </message>
    <message>
        <source>Replace Artwork…</source>
        <translation>Cover ersetzen …</translation>
    </message>
    <message>
        <source>A square JPEG or PNG in RGB, at least 3000×3000 px and at most 20 MB</source>
        <translation>Ein quadratisches JPEG oder PNG in RGB, mindestens 3000×3000 px und höchstens 20 MB</translation>
    </message>
    <message>
        <source>Choose the Cover</source>
        <translation>Cover auswählen</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation>Bilder (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>AssetPath</name>
    <message>
        <source>the path is empty</source>
        <translation>der Pfad ist leer</translation>
    </message>
    <message>
        <source>the path holds a control character</source>
        <translation>der Pfad enthält ein Steuerzeichen</translation>
    </message>
    <message>
        <source>the path is absolute, not relative to the library folder</source>
        <translation>der Pfad ist absolut, nicht relativ zum Bibliotheksordner</translation>
    </message>
    <message>
        <source>the path is absolute (drive letter), not relative to the library folder</source>
        <translation>der Pfad ist absolut (Laufwerksbuchstabe), nicht relativ zum Bibliotheksordner</translation>
    </message>
    <message>
        <source>the path leaves the library folder (&quot;..&quot;)</source>
        <translation>der Pfad verlässt den Bibliotheksordner („..“)</translation>
    </message>
    <message>
        <source>the path has an empty or &quot;.&quot; component</source>
        <translation>der Pfad hat einen leeren oder „.“-Bestandteil</translation>
    </message>
    <message>
        <source>the catalog has no library folder</source>
        <translation>der Katalog hat keinen Bibliotheksordner</translation>
    </message>
    <message>
        <source>the catalog&apos;s library folder %1 does not exist</source>
        <translation>der Bibliotheksordner %1 des Katalogs existiert nicht</translation>
    </message>
    <message>
        <source>the file is %1, outside the library folder %2; it is not written</source>
        <translation>die Datei ist %1, außerhalb des Bibliotheksordners %2; sie wird nicht geschrieben</translation>
    </message>
    <message>
        <source>assets, id %1: path &quot;%2&quot;: %3</source>
        <translation>assets, ID %1: Pfad „%2“: %3</translation>
    </message>
    <message>
        <source>assets, id %1: no such row</source>
        <translation>assets, ID %1: keine solche Zeile</translation>
    </message>
    <message>
        <source>the name holds a backslash, which Windows reads as a folder separator; rename it to import it</source>
        <translation>der Name enthält einen Backslash, den Windows als Ordnertrenner liest; zum Importieren die Datei umbenennen</translation>
    </message>
</context>
<context>
    <name>AudioFileDialog</name>
    <message>
        <source>Choose the Track&apos;s Audio File</source>
        <translation>Audiodatei des Titels auswählen</translation>
    </message>
    <message>
        <source>Audio files (*.wav *.wave *.bwf *.rf64 *.w64 *.flac *.aif *.aiff *.aifc *.caf *.mp3 *.m4a *.aac *.ogg *.oga *.opus *.wv *.ape *.tta *.mpc *.wma)</source>
        <translation>Audiodateien (*.wav *.wave *.bwf *.rf64 *.w64 *.flac *.aif *.aiff *.aifc *.caf *.mp3 *.m4a *.aac *.ogg *.oga *.opus *.wv *.ape *.tta *.mpc *.wma)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>AudioPicture</name>
    <message>
        <source>Clipping at %1</source>
        <translation>Clipping bei %1</translation>
    </message>
    <message>
        <source>True peak %1 dBTP at %2, over the %3 dBTP ceiling</source>
        <translation>True Peak %1 dBTP bei %2, über der Grenze von %3 dBTP</translation>
    </message>
    <message>
        <source>Target %1 LUFS</source>
        <translation>Ziel %1 LUFS</translation>
    </message>
    <message>
        <source>Reference %1 LUFS</source>
        <translation>Referenz %1 LUFS</translation>
    </message>
    <message>
        <source>%1 LUFS</source>
        <translation>%1 LUFS</translation>
    </message>
    <message>
        <source>Waveform and short-term loudness</source>
        <translation>Wellenform und Kurzzeit-Lautheit</translation>
    </message>
    <message>
        <source>Analyze again to mark where this file clips or goes over the true-peak ceiling.</source>
        <translation>Erneut analysieren, um zu markieren, wo diese Datei clippt oder die True-Peak-Grenze überschreitet.</translation>
    </message>
    <message numerus="yes">
        <source>%n marker(s): click one to see where.</source>
        <translation>
            <numerusform>%n Markierung: anklicken, um die Stelle zu sehen.</numerusform>
            <numerusform>%n Markierungen: eine anklicken, um die Stelle zu sehen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clipping runs from %1 to %2</source>
        <translation>
            <numerusform>%n Clipping-Stelle von %1 bis %2</numerusform>
            <numerusform>%n Clipping-Stellen von %1 bis %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clipping runs at %1</source>
        <translation>
            <numerusform>%n Clipping-Stelle bei %1</numerusform>
            <numerusform>%n Clipping-Stellen bei %1</numerusform>
        </translation>
    </message>
    <message>
        <source>True peak up to %1 dBTP from %2 to %3, over the %4 dBTP ceiling</source>
        <translation>True Peak bis %1 dBTP von %2 bis %3, über der Grenze von %4 dBTP</translation>
    </message>
    <message>
        <source>Clipping is marked for the first %1 of %2 runs.</source>
        <translation>Clipping ist für die ersten %1 von %2 Stellen markiert.</translation>
    </message>
</context>
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
    <name>BulkChoiceField</name>
    <message>
        <source>%1 (changed)</source>
        <translation>%1 (geändert)</translation>
    </message>
    <message>
        <source>(mixed)</source>
        <translation>(gemischt)</translation>
    </message>
</context>
<context>
    <name>BulkEditPane</name>
    <message numerus="yes">
        <source>%n track(s) selected</source>
        <translation>
            <numerusform>%n Titel ausgewählt</numerusform>
            <numerusform>%n Titel ausgewählt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them hidden by the search; they change too.</source>
        <translation>
            <numerusform>%n davon durch die Suche ausgeblendet; er wird ebenfalls geändert.</numerusform>
            <numerusform>%n davon durch die Suche ausgeblendet; sie werden ebenfalls geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fields that differ show (mixed) and stay as each track has them unless you type a value. Enter applies to every selected track, Esc cancels.</source>
        <translation>Felder mit unterschiedlichen Werten zeigen (gemischt) und bleiben bei jedem Titel unverändert, solange Sie keinen Wert eingeben. Die Eingabetaste wendet die Änderung auf alle ausgewählten Titel an, Esc bricht ab.</translation>
    </message>
    <message>
        <source>Primary artist</source>
        <translation>Hauptkünstler</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Explicit</source>
        <translation>Explizit</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>No (clean)</source>
        <translation>Nein (clean)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message numerus="yes">
        <source>Set on their %n release(s); %1 on no release keep none.</source>
        <translation>
            <numerusform>Wird an %n zugehöriger Veröffentlichung gesetzt; %1 ohne Veröffentlichung erhalten keinen Wert.</numerusform>
            <numerusform>Wird an %n zugehörigen Veröffentlichungen gesetzt; %1 ohne Veröffentlichung erhalten keinen Wert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n track(s)</source>
        <translation>
            <numerusform>%n Titel</numerusform>
            <numerusform>%n Titel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set on their %n release(s).</source>
        <translation>
            <numerusform>Wird an %n zugehöriger Veröffentlichung gesetzt.</numerusform>
            <numerusform>Wird an %n zugehörigen Veröffentlichungen gesetzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>Apply to %n track(s)</source>
        <translation>
            <numerusform>Auf %n Titel anwenden</numerusform>
            <numerusform>Auf %n Titel anwenden</numerusform>
        </translation>
    </message>
    <message>
        <source>BPM</source>
        <translation>BPM</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Tonart</translation>
    </message>
    <message>
        <source>Moods</source>
        <translation>Stimmungen</translation>
    </message>
    <message>
        <source>Vocals</source>
        <translation>Gesang</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>With vocals</source>
        <translation>Mit Gesang</translation>
    </message>
    <message>
        <source>Instrumental (no vocals)</source>
        <translation>Instrumental (ohne Gesang)</translation>
    </message>
</context>
<context>
    <name>BulkField</name>
    <message>
        <source>%1 (changed)</source>
        <translation>%1 (geändert)</translation>
    </message>
    <message>
        <source>(mixed)</source>
        <translation>(gemischt)</translation>
    </message>
</context>
<context>
    <name>BulkTrackEdit</name>
    <message>
        <source>“%1” cannot be set on several tracks at once.</source>
        <translation>„%1“ kann nicht für mehrere Titel gleichzeitig festgelegt werden.</translation>
    </message>
</context>
<context>
    <name>CalendarChip</name>
    <message>
        <source>%1 — drag to another day to reschedule</source>
        <translation>%1 – zum Verschieben auf einen anderen Tag ziehen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>CalendarDayCell</name>
    <message>
        <source>New Release on %1…</source>
        <translation>Neue Veröffentlichung am %1 …</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n weiterer</numerusform>
            <numerusform>+%n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show all %n item(s) of this day</source>
        <translation>
            <numerusform>%n Eintrag dieses Tages anzeigen</numerusform>
            <numerusform>Alle %n Einträge dieses Tages anzeigen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>Release by %1</source>
        <translation>Veröffentlichung von %1</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Typ: %1</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Veröffentlichung</translation>
    </message>
    <message>
        <source>Hard limit: %1</source>
        <translation>Feste Grenze: %1</translation>
    </message>
    <message>
        <source>Required for the release.</source>
        <translation>Für die Veröffentlichung erforderlich.</translation>
    </message>
    <message>
        <source>%1: there is no release %2 in the catalog</source>
        <translation>%1: Im Katalog gibt es keine Veröffentlichung %2</translation>
    </message>
    <message>
        <source>%1: the calendar could not be written as iCalendar</source>
        <translation>%1: Der Kalender konnte nicht als iCalendar geschrieben werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot read the release plan for %1: %2</source>
        <translation>Veröffentlichungsplan für %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>CalendarMonthView</name>
    <message>
        <source>Move “%1” to %2: %3</source>
        <translation>„%1“ auf %2 verschieben: %3</translation>
    </message>
    <message>
        <source>Without a date:</source>
        <translation>Ohne Datum:</translation>
    </message>
    <message>
        <source>Without a date (drag onto a day, or choose one):</source>
        <translation>Ohne Datum (auf einen Tag ziehen oder einen wählen):</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Previous month (Page Up)</source>
        <translation>Vorheriger Monat (Bild auf)</translation>
    </message>
    <message>
        <source>Next month (Page Down)</source>
        <translation>Nächster Monat (Bild ab)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Show today (T)</source>
        <translation>Heute anzeigen (T)</translation>
    </message>
    <message>
        <source>Export calendar…</source>
        <translation>Kalender exportieren …</translation>
    </message>
    <message>
        <source>Save the plan as an iCalendar file (.ics) for any calendar app</source>
        <translation>Plan als iCalendar-Datei (.ics) für jede Kalender-App speichern</translation>
    </message>
    <message>
        <source>Whole plan…</source>
        <translation>Gesamter Plan …</translation>
    </message>
    <message>
        <source>Only “%1”…</source>
        <translation>Nur „%1“ …</translation>
    </message>
    <message>
        <source>Only the selected release…</source>
        <translation>Nur die ausgewählte Veröffentlichung …</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert …</translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation>Kalender exportieren</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-Dateien (*.ics)</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Anstehend</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Too late</source>
        <translation>Zu spät</translation>
    </message>
    <message>
        <source>New Release…</source>
        <translation>Neue Veröffentlichung …</translation>
    </message>
    <message>
        <source>Plan a release on the selected day (N, Ctrl+N; or double-click a day)</source>
        <translation>Eine Veröffentlichung am ausgewählten Tag planen (N, Strg+N; oder Doppelklick auf einen Tag)</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Voriger Monat</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Nächster Monat</translation>
    </message>
</context>
<context>
    <name>CatalogAnalysis</name>
    <message numerus="yes">
        <source>%n file(s) analysed</source>
        <translation>
            <numerusform>%n Datei analysiert</numerusform>
            <numerusform>%n Dateien analysiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already up to date</source>
        <translation>
            <numerusform>%n bereits aktuell</numerusform>
            <numerusform>%n bereits aktuell</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be decoded</source>
        <translation>
            <numerusform>%n ließ sich nicht dekodieren</numerusform>
            <numerusform>%n ließen sich nicht dekodieren</numerusform>
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
        <source>stems of %n track(s) null-tested</source>
        <translation>
            <numerusform>Stems von %n Titel im Nulltest geprüft</numerusform>
            <numerusform>Stems von %n Titeln im Nulltest geprüft</numerusform>
        </translation>
    </message>
    <message>
        <source>(cancelled)</source>
        <translation>(abgebrochen)</translation>
    </message>
    <message>
        <source>the files could not be compared</source>
        <translation>die Dateien konnten nicht verglichen werden</translation>
    </message>
</context>
<context>
    <name>CatalogCheckCommand</name>
    <message>
        <source>imprint: cannot read the catalog: %1</source>
        <translation>imprint: Katalog kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>imprint: unknown profile &apos;%1&apos;; choose one of: %2</source>
        <translation>imprint: unbekanntes Profil „%1“; eines davon wählen: %2</translation>
    </message>
    <message>
        <source>Analysing… %1/%2</source>
        <translation>Analyse … %1/%2</translation>
    </message>
    <message>
        <source>imprint: %1</source>
        <translation>imprint: %1</translation>
    </message>
    <message>
        <source>no master</source>
        <translation>kein Master</translation>
    </message>
    <message>
        <source>stems and versions: %1</source>
        <translation>Stems und Versionen: %1</translation>
    </message>
    <message>
        <source>null test %1 dB</source>
        <translation>Nulltest %1 dB</translation>
    </message>
    <message>
        <source>null test: exact null</source>
        <translation>Nulltest: exakte Auslöschung</translation>
    </message>
    <message>
        <source>(not part of this profile&apos;s verdict)</source>
        <translation>(nicht Teil der Bewertung dieses Profils)</translation>
    </message>
</context>
<context>
    <name>CatalogCopy</name>
    <message>
        <source>%1: the table is missing from one of the catalogs</source>
        <translation>%1: Die Tabelle fehlt in einem der Kataloge</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1, row %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <source>cannot read the catalog: %1</source>
        <translation>der Katalog kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>CatalogJson</name>
    <message>
        <source>the catalog has no table %1</source>
        <translation>der Katalog hat keine Tabelle %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>not an Imprint catalog export (no &quot;format&quot;: &quot;imprint-catalog&quot;)</source>
        <translation>kein Imprint-Katalogexport (kein &quot;format&quot;: &quot;imprint-catalog&quot;)</translation>
    </message>
    <message>
        <source>the export was written by a newer Imprint; update Imprint to import it</source>
        <translation>der Export wurde von einer neueren Imprint-Version geschrieben; zum Importieren Imprint aktualisieren</translation>
    </message>
    <message>
        <source>unknown table &quot;%1&quot;</source>
        <translation>unbekannte Tabelle &quot;%1&quot;</translation>
    </message>
    <message>
        <source>table &quot;%1&quot; is not a list of rows</source>
        <translation>Tabelle &quot;%1&quot; ist keine Liste von Zeilen</translation>
    </message>
    <message>
        <source>the catalog already holds data (%1); import into a new, empty catalog</source>
        <translation>der Katalog enthält bereits Daten (%1); in einen neuen, leeren Katalog importieren</translation>
    </message>
    <message>
        <source>cannot clear %1: %2</source>
        <translation>%1 kann nicht geleert werden: %2</translation>
    </message>
    <message>
        <source>%1, row %2: not an object with columns</source>
        <translation>%1, Zeile %2: kein Objekt mit Spalten</translation>
    </message>
    <message>
        <source>%1, row %2: unknown column &quot;%3&quot;</source>
        <translation>%1, Zeile %2: unbekannte Spalte &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1, row %2: column &quot;%3&quot; holds a list or object</source>
        <translation>%1, Zeile %2: Spalte &quot;%3&quot; enthält eine Liste oder ein Objekt</translation>
    </message>
    <message>
        <source>%1, row %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <source>%1, row id %2: refers to a missing row in %3</source>
        <translation>%1, Zeilen-ID %2: verweist auf eine fehlende Zeile in %3</translation>
    </message>
    <message>
        <source>not a complete Imprint catalog export (it needs &quot;formatVersion&quot;, &quot;schemaVersion&quot; and a &quot;tables&quot; object)</source>
        <translation>kein vollständiger Imprint-Katalogexport (er braucht &quot;formatVersion&quot;, &quot;schemaVersion&quot; und ein &quot;tables&quot;-Objekt)</translation>
    </message>
    <message>
        <source>not a complete Imprint catalog export (no table &quot;%1&quot;)</source>
        <translation>kein vollständiger Imprint-Katalogexport (keine Tabelle &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: %3</source>
        <translation>%1 &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>%1, row %2 (id %3): asset path &quot;%4&quot; is refused: %5</source>
        <translation>%1, Zeile %2 (ID %3): Dateipfad „%4“ wird abgelehnt: %5</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
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
    <message numerus="yes">
        <source>%n selected track(s)</source>
        <translation>
            <numerusform>%n ausgewählter Titel</numerusform>
            <numerusform>%n ausgewählte Titel</numerusform>
        </translation>
    </message>
    <message>
        <source>Write Tags</source>
        <translation>Tags schreiben</translation>
    </message>
    <message>
        <source>Write the catalog&apos;s values into the files&apos; tags, after a preview</source>
        <translation>Die Werte des Katalogs nach einer Vorschau in die Tags der Dateien schreiben</translation>
    </message>
    <message>
        <source>Selected Tracks… (Ctrl+Shift+T)</source>
        <translation>Ausgewählte Titel … (Strg+Umschalt+T)</translation>
    </message>
    <message>
        <source>Current Track… (Ctrl+Shift+T)</source>
        <translation>Aktueller Titel … (Strg+Umschalt+T)</translation>
    </message>
    <message>
        <source>All Tracks…</source>
        <translation>Alle Titel …</translation>
    </message>
    <message>
        <source>Likely Duplicates…</source>
        <translation>Duplikate …</translation>
    </message>
    <message>
        <source>Tracks that sound like the same take: merge them or keep both</source>
        <translation>Titel, die wie dieselbe Aufnahme klingen: zusammenführen oder beide behalten</translation>
    </message>
    <message>
        <source>Search tracks</source>
        <translation>Titel durchsuchen</translation>
    </message>
</context>
<context>
    <name>CatalogRecord</name>
    <message>
        <source>row %1 of %2 does not exist</source>
        <translation>Zeile %1 von %2 existiert nicht</translation>
    </message>
    <message>
        <source>the deleted record cannot be read back</source>
        <translation>der gelöschte Datensatz kann nicht zurückgelesen werden</translation>
    </message>
    <message>
        <source>table %1 has no single-column key</source>
        <translation>Tabelle %1 hat keinen einspaltigen Schlüssel</translation>
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
    <message>
        <source>ISRC Change</source>
        <translation>ISRC ändern</translation>
    </message>
    <message>
        <source>Genre Change</source>
        <translation>Genre ändern</translation>
    </message>
    <message>
        <source>Language Change</source>
        <translation>Sprache ändern</translation>
    </message>
    <message>
        <source>Explicit Change</source>
        <translation>Explizit-Kennzeichnung ändern</translation>
    </message>
    <message>
        <source>BPM Change</source>
        <translation>BPM ändern</translation>
    </message>
    <message>
        <source>Key Change</source>
        <translation>Tonart ändern</translation>
    </message>
    <message>
        <source>Mood Change</source>
        <translation>Stimmung ändern</translation>
    </message>
    <message>
        <source>Vocals Change</source>
        <translation>Gesang ändern</translation>
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
        <source>ISRC</source>
        <translation>ISRC</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Explicit</source>
        <translation>Explizit</translation>
    </message>
    <message>
        <source>BPM</source>
        <translation>BPM</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Tonart</translation>
    </message>
    <message>
        <source>Moods</source>
        <translation>Stimmungen</translation>
    </message>
    <message>
        <source>Vocals</source>
        <translation>Gesang</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht festgelegt)</translation>
    </message>
    <message>
        <source>Clean</source>
        <translation>Jugendfrei</translation>
    </message>
    <message>
        <source>With vocals</source>
        <translation>Mit Gesang</translation>
    </message>
    <message>
        <source>Instrumental</source>
        <translation>Instrumental</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Release date</source>
        <translation>Veröffentlichungsdatum</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Catalog number</source>
        <translation>Katalognummer</translation>
    </message>
    <message>
        <source>UPC / EAN</source>
        <translation>UPC / EAN</translation>
    </message>
    <message>
        <source>Explicit lyrics</source>
        <translation>Expliziter Text</translation>
    </message>
    <message>
        <source>℗ line</source>
        <translation>℗-Zeile</translation>
    </message>
    <message>
        <source>© line</source>
        <translation>©-Zeile</translation>
    </message>
    <message>
        <source>Publishing shares</source>
        <translation>Verlagsanteile</translation>
    </message>
    <message>
        <source>Master ownership</source>
        <translation>Master-Rechte</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Mitwirkende</translation>
    </message>
    <message>
        <source>ISWC</source>
        <translation>ISWC</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Sort name</source>
        <translation>Sortiername</translation>
    </message>
    <message>
        <source>ISNI</source>
        <translation>ISNI</translation>
    </message>
    <message>
        <source>IPI name number</source>
        <translation>IPI-Namensnummer</translation>
    </message>
    <message>
        <source>Performing rights organisation</source>
        <translation>Verwertungsgesellschaft</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
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
    <message>
        <source>Cannot create the library folder %1.</source>
        <translation>Der Bibliotheksordner %1 kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>no such file or folder</source>
        <translation>Datei oder Ordner nicht vorhanden</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>loudness</source>
        <translation>Lautheit</translation>
    </message>
    <message>
        <source>%1 integrated, range %2, max short-term %3, max momentary %4</source>
        <translation>%1 integriert, Bereich %2, max. Kurzzeit %3, max. momentan %4</translation>
    </message>
    <message>
        <source>peaks</source>
        <translation>Spitzen</translation>
    </message>
    <message>
        <source>sample %1, true %2</source>
        <translation>Sample %1, True Peak %2</translation>
    </message>
    <message>
        <source>clipping</source>
        <translation>Clipping</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>%1 runs (%2 samples), first at %3</source>
        <translation>%1 Abschnitte (%2 Samples), erster bei %3</translation>
    </message>
    <message>
        <source>DC offset</source>
        <translation>DC-Offset</translation>
    </message>
    <message>
        <source>silence</source>
        <translation>Stille</translation>
    </message>
    <message>
        <source>leading %1 s, trailing %2 s</source>
        <translation>am Anfang %1 s, am Ende %2 s</translation>
    </message>
    <message>
        <source>correlation</source>
        <translation>Korrelation</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>%1 NaN/Inf samples were read as silence</source>
        <translation>%1 NaN/Inf-Samples wurden als Stille gelesen</translation>
    </message>
    <message>
        <source>usage: imprint check FILE|FOLDER... [--json]</source>
        <translation>Aufruf: imprint check FILE|FOLDER... [--json]</translation>
    </message>
    <message>
        <source>Analysing… %1/%2</source>
        <translation>Analyse … %1/%2</translation>
    </message>
</context>
<context>
    <name>ClearanceBoard</name>
    <message>
        <source>Clearance board</source>
        <translation>Rechteklärungen</translation>
    </message>
    <message>
        <source>No open clearance items.</source>
        <translation>Keine offenen Rechteklärungen.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>no counterparty yet</source>
        <translation>noch kein Vertragspartner</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>Mark Cleared</source>
        <translation>Als geklärt markieren</translation>
    </message>
    <message>
        <source>Needs its signed document</source>
        <translation>Unterschriebenes Dokument fehlt</translation>
    </message>
    <message>
        <source>Attach Document…</source>
        <translation>Dokument anhängen …</translation>
    </message>
    <message>
        <source>Show the item on the track&apos;s Clearance tab, at its document</source>
        <translation>Zeigt den Eintrag im Reiter „Klärung“ des Tracks, beim Dokument</translation>
    </message>
</context>
<context>
    <name>ClearanceBoardModel</name>
    <message>
        <source>Master ownership</source>
        <translation>Master-Rechte</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>Verlagsrechte</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Sample</translation>
    </message>
    <message>
        <source>AI tool licence</source>
        <translation>KI-Tool-Lizenz</translation>
    </message>
    <message>
        <source>Featured artist</source>
        <translation>Gastkünstler</translation>
    </message>
    <message>
        <source>Artwork licence</source>
        <translation>Cover-Lizenz</translation>
    </message>
    <message>
        <source>Mechanical licence</source>
        <translation>Mechanische Lizenz</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Nicht nötig</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Angefragt</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Geklärt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
</context>
<context>
    <name>ClearanceItemDialog</name>
    <message>
        <source>World</source>
        <translation>Weltweit</translation>
    </message>
    <message>
        <source>Edit Clearance Item</source>
        <translation>Rechteklärungspunkt bearbeiten</translation>
    </message>
    <message>
        <source>Add Clearance Item</source>
        <translation>Rechteklärungspunkt hinzufügen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>Vertragspartner</translation>
    </message>
    <message>
        <source>Who grants it, e.g. Suno, Inc.</source>
        <translation>Wer die Rechte einräumt, z. B. Suno, Inc.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, empty if open-ended</source>
        <translation>JJJJ-MM-TT, leer: unbefristet</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Attach the signed document on the item after saving (drop it there).</source>
        <translation>Das unterschriebene Dokument nach dem Speichern an den Punkt anhängen (dort ablegen).</translation>
    </message>
</context>
<context>
    <name>ClearanceItemList</name>
    <message>
        <source>Clearance items</source>
        <translation>Rechteklärungspunkte</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen …</translation>
    </message>
    <message>
        <source>No clearance items for this track.</source>
        <translation>Keine Rechteklärungspunkte für diesen Titel.</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>mit %1</translation>
    </message>
    <message>
        <source>no counterparty yet</source>
        <translation>noch kein Vertragspartner</translation>
    </message>
    <message>
        <source>valid %1 – %2</source>
        <translation>gültig %1 – %2</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Geklärt</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten …</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Cleared, but it needs its signed document</source>
        <translation>Geklärt, braucht aber noch das unterschriebene Dokument</translation>
    </message>
</context>
<context>
    <name>ColumnsMenu</name>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Reset Column Widths</source>
        <translation>Spaltenbreiten zurücksetzen</translation>
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
        <translation>Wird importiert … %1/%2</translation>
    </message>
    <message>
        <source>usage: imprint demo --out FOLDER [--json]</source>
        <translation>Aufruf: imprint demo --out ORDNER [--json]</translation>
    </message>
    <message>
        <source>imprint: %1 is not empty; choose a new folder for the demo catalog</source>
        <translation>imprint: %1 ist nicht leer; einen neuen Ordner für den Demo-Katalog wählen</translation>
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
        <source>imprint: cannot plan the demo releases: %1</source>
        <translation>imprint: Die Demo-Veröffentlichungen können nicht geplant werden: %1</translation>
    </message>
    <message>
        <source>imprint: cannot credit the demo catalog: %1</source>
        <translation>imprint: Die Mitwirkenden des Demo-Katalogs können nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>imprint: cannot add the demo rights: %1</source>
        <translation>imprint: Die Demo-Rechte können nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <source>write-tags: set FIELD to VALUE (repeatable).</source>
        <translation>write-tags: FIELD auf VALUE setzen (wiederholbar).</translation>
    </message>
    <message>
        <source>write-tags, export-release, export-calendar, rights-report: release ID.</source>
        <translation>write-tags, export-release, export-calendar, rights-report: Veröffentlichungs-ID.</translation>
    </message>
    <message>
        <source>rights-report: write the rights sheet as PDF to FILE.</source>
        <translation>rights-report: das Rechteblatt als PDF in FILE schreiben.</translation>
    </message>
    <message>
        <source>write-tags: every master in the catalog.</source>
        <translation>write-tags: jeder Master im Katalog.</translation>
    </message>
    <message>
        <source>write-tags, import-metadata: show what would change, change nothing.</source>
        <translation>write-tags, import-metadata: anzeigen, was sich ändern würde, nichts ändern.</translation>
    </message>
    <message>
        <source>export-release: the delivery profile (distributor, sync); check --catalog: the audio profile (streaming, sync, broadcast, content).</source>
        <translation>export-release: das Auslieferungsprofil (distributor, sync); check --catalog: das Audioprofil (streaming, sync, broadcast, content).</translation>
    </message>
    <message>
        <source>export-release: zip, tar.gz, tar.xz or tar.zst (default: from --out); export-metadata, import-metadata: json or csv (default: from the file name).</source>
        <translation>export-release: zip, tar.gz, tar.xz oder tar.zst (Standard: aus --out); export-metadata, import-metadata: json oder csv (Standard: aus dem Dateinamen).</translation>
    </message>
    <message>
        <source>usage: imprint verify PACKAGE [--json]</source>
        <translation>Aufruf: imprint verify PACKAGE [--json]</translation>
    </message>
    <message>
        <source>Verifying… %1 MiB</source>
        <translation>Überprüfung … %1 MiB</translation>
    </message>
    <message>
        <source>%1… %2/%3 MiB</source>
        <translation>%1 … %2/%3 MiB</translation>
    </message>
    <message>
        <source>%1… %2 MiB</source>
        <translation>%1 … %2 MiB</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Sicherung läuft</translation>
    </message>
    <message>
        <source>Backed up %1 tracks and %2 files (%3 MiB) to %4</source>
        <translation>%1 Titel und %2 Dateien (%3 MiB) nach %4 gesichert</translation>
    </message>
    <message>
        <source>imprint: backup failed: %1</source>
        <translation>imprint: Sicherung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>usage: imprint restore BACKUP FOLDER [--json]</source>
        <translation>Aufruf: imprint restore BACKUP FOLDER [--json]</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Wiederherstellung läuft</translation>
    </message>
    <message>
        <source>Restored %1 tracks and %2 files; open it with --catalog %3</source>
        <translation>%1 Titel und %2 Dateien wiederhergestellt; mit --catalog %3 öffnen</translation>
    </message>
    <message>
        <source>imprint: %1</source>
        <translation>imprint: %1</translation>
    </message>
    <message>
        <source>usage: imprint [--catalog FILE] export-release --release ID --profile distributor|sync --out FILE [--format zip|tar.gz|tar.xz|tar.zst] [--force] [--json]</source>
        <translation>Aufruf: imprint [--catalog FILE] export-release --release ID --profile distributor|sync --out FILE [--format zip|tar.gz|tar.xz|tar.zst] [--force] [--json]</translation>
    </message>
    <message>
        <source>Packaging… %1/%2 MiB</source>
        <translation>Packen … %1/%2 MiB</translation>
    </message>
    <message>
        <source>Exported %1 files (%2 MiB, verified) to %3</source>
        <translation>%1 Dateien (%2 MiB, überprüft) nach %3 exportiert</translation>
    </message>
    <message>
        <source>usage: imprint [--catalog FILE] export-calendar [--release ID] [--json] OUT.ics</source>
        <translation>Aufruf: imprint [--catalog FILE] export-calendar [--release ID] [--json] OUT.ics</translation>
    </message>
    <message>
        <source>Exported %1 releases and %2 milestones to %3</source>
        <translation>%1 Veröffentlichungen und %2 Meilensteine nach %3 exportiert</translation>
    </message>
    <message>
        <source>usage: imprint [--catalog FILE] import-stems ARCHIVE --track ID [--force] [--json]</source>
        <translation>Aufruf: imprint [--catalog FILE] import-stems ARCHIVE --track ID [--force] [--json]</translation>
    </message>
    <message>
        <source>Unpacking… %1 MiB</source>
        <translation>Entpacken … %1 MiB</translation>
    </message>
    <message>
        <source>%1: %2, attached already</source>
        <translation>%1: %2, bereits angehängt</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>übersprungen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Attached %n stem(s) to track %1</source>
        <translation>
            <numerusform>%n Stem an Titel %1 angehängt</numerusform>
            <numerusform>%n Stems an Titel %1 angehängt</numerusform>
        </translation>
    </message>
    <message>
        <source>Use --force to attach them anyway, or ask for stems rendered from the master.</source>
        <translation>Mit --force trotzdem anhängen oder Stems anfordern, die aus dem Master erstellt wurden.</translation>
    </message>
    <message>
        <source>Imported %1 tracks and %2 releases from %3</source>
        <translation>%1 Titel und %2 Veröffentlichungen aus %3 importiert</translation>
    </message>
    <message>
        <source>imprint: %1: %2</source>
        <translation>imprint: %1: %2</translation>
    </message>
    <message>
        <source>%1: column &quot;%2&quot; is not an Imprint column; ignored</source>
        <translation>%1: Spalte &quot;%2&quot; ist keine Imprint-Spalte; ignoriert</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>Would update %1, create %2 and leave %3 tracks unchanged; %4 rows refused</source>
        <translation>Würde %1 Titel aktualisieren, %2 anlegen und %3 unverändert lassen; %4 Zeilen abgelehnt</translation>
    </message>
    <message>
        <source>Updated %1, created %2 and left %3 tracks unchanged; %4 rows refused</source>
        <translation>%1 Titel aktualisiert, %2 angelegt und %3 unverändert gelassen; %4 Zeilen abgelehnt</translation>
    </message>
    <message>
        <source>usage: imprint [--catalog FILE] export-metadata OUT.json|OUT.csv [--format json|csv]</source>
        <translation>Aufruf: imprint [--catalog FILE] export-metadata OUT.json|OUT.csv [--format json|csv]</translation>
    </message>
    <message>
        <source>imprint: cannot export to %1: %2</source>
        <translation>imprint: Export nach %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>imprint: cannot read %1: %2</source>
        <translation>imprint: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>imprint: --dry-run applies to CSV imports only</source>
        <translation>imprint: --dry-run gilt nur für CSV-Importe</translation>
    </message>
    <message>
        <source>Planned track %1: %2. %3 by %4 (no audio yet)</source>
        <translation>Geplanter Titel %1: %2. %3 von %4 (noch kein Audio)</translation>
    </message>
    <message>
        <source>Artwork of release %1: %2 (%3, %4×%5 px)</source>
        <translation>Cover der Veröffentlichung %1: %2 (%3, %4×%5 px)</translation>
    </message>
    <message>
        <source>new-release: the release&apos;s title; add-track: the planned track&apos;s title.</source>
        <translation>new-release: der Titel der Veröffentlichung; add-track: der Titel des geplanten Titels.</translation>
    </message>
    <message>
        <source>new-release: the release&apos;s primary artist; add-track: the planned track&apos;s artist (default: the release&apos;s).</source>
        <translation>new-release: der Hauptkünstler der Veröffentlichung; add-track: der Künstler des geplanten Titels (Standard: der der Veröffentlichung).</translation>
    </message>
    <message>
        <source>add-track: the planned track&apos;s version (Radio Edit, Instrumental…).</source>
        <translation>add-track: die Version des geplanten Titels (Radio Edit, Instrumental …).</translation>
    </message>
    <message>
        <source>add-track: the planned track&apos;s ISRC.</source>
        <translation>add-track: der ISRC des geplanten Titels.</translation>
    </message>
    <message>
        <source>usage: imprint [--catalog FILE] add-track --release ID --title TITLE [--artist A] [--track-version V] [--isrc ISRC] [--json]</source>
        <translation>Aufruf: imprint [--catalog FILE] add-track --release ID --title TITLE [--artist A] [--track-version V] [--isrc ISRC] [--json]</translation>
    </message>
    <message>
        <source>usage: imprint [--catalog FILE] set-artwork --release ID IMAGE [--json]</source>
        <translation>Aufruf: imprint [--catalog FILE] set-artwork --release ID IMAGE [--json]</translation>
    </message>
    <message>
        <source>new-release: the release date (YYYY-MM-DD).</source>
        <translation>new-release: das Veröffentlichungsdatum (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>new-release: single (default), ep, album or compilation.</source>
        <translation>new-release: single (Standard), ep, album oder compilation.</translation>
    </message>
    <message>
        <source>  %1: %2  [%3]</source>
        <translation>  %1: %2  [%3]</translation>
    </message>
    <message>
        <source>Exported with, recorded in metadata.json:</source>
        <translation>Exportiert mit, in metadata.json vermerkt:</translation>
    </message>
    <message>
        <source>The release&apos;s delivery milestone is done.</source>
        <translation>Der Auslieferungs-Meilenstein der Veröffentlichung ist erledigt.</translation>
    </message>
    <message>
        <source>imprint: the %1 preflight refuses the release:</source>
        <translation>imprint: Die Vorabprüfung %1 lehnt die Veröffentlichung ab:</translation>
    </message>
    <message>
        <source>Use --force to export anyway; the blockers and warnings are recorded in the package and its delivery history.</source>
        <translation>Mit --force trotzdem exportieren; Blocker und Warnungen werden im Paket und im Auslieferungsverlauf vermerkt.</translation>
    </message>
    <message>
        <source>imprint: catalog %1 does not exist</source>
        <translation>imprint: den Katalog %1 gibt es nicht</translation>
    </message>
    <message>
        <source>imprint: unknown command &apos;%1&apos;</source>
        <translation>imprint: unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>imprint: no command given</source>
        <translation>imprint: kein Befehl angegeben</translation>
    </message>
    <message>
        <source>import audio and artwork from a folder</source>
        <translation>Audio und Cover aus einem Ordner importieren</translation>
    </message>
    <message>
        <source>create a demo library and catalog</source>
        <translation>eine Demo-Bibliothek mit Katalog erstellen</translation>
    </message>
    <message>
        <source>list the catalog&apos;s tracks</source>
        <translation>die Titel des Katalogs auflisten</translation>
    </message>
    <message>
        <source>write tags into audio files</source>
        <translation>Tags in Audiodateien schreiben</translation>
    </message>
    <message>
        <source>write the catalog&apos;s values into the masters</source>
        <translation>die Werte des Katalogs in die Master schreiben</translation>
    </message>
    <message>
        <source>measure loudness, peaks, clipping and silence</source>
        <translation>Lautheit, Spitzen, Clipping und Stille messen</translation>
    </message>
    <message>
        <source>analyse the catalog, print verdicts and fixes</source>
        <translation>den Katalog analysieren, Bewertungen und Korrekturen ausgeben</translation>
    </message>
    <message>
        <source>check a package against its SHA-256 manifest</source>
        <translation>ein Paket anhand seines SHA-256-Manifests prüfen</translation>
    </message>
    <message>
        <source>back up the catalog and every file it refers to</source>
        <translation>den Katalog und jede Datei sichern, auf die er verweist</translation>
    </message>
    <message>
        <source>restore a backup into a new or empty folder</source>
        <translation>eine Sicherung in einen neuen oder leeren Ordner wiederherstellen</translation>
    </message>
    <message>
        <source>package a release for delivery</source>
        <translation>eine Veröffentlichung zur Auslieferung verpacken</translation>
    </message>
    <message>
        <source>the whole catalog as JSON, or its tracks as CSV</source>
        <translation>den ganzen Katalog als JSON oder seine Titel als CSV</translation>
    </message>
    <message>
        <source>a JSON export into an empty catalog, or CSV track edits</source>
        <translation>einen JSON-Export in einen leeren Katalog oder CSV-Titeländerungen</translation>
    </message>
    <message>
        <source>the release plan as iCalendar</source>
        <translation>den Veröffentlichungsplan als iCalendar</translation>
    </message>
    <message>
        <source>plan a release</source>
        <translation>eine Veröffentlichung planen</translation>
    </message>
    <message>
        <source>attach a ZIP or TAR of stems to a track</source>
        <translation>ein ZIP- oder TAR-Archiv mit Stems an einen Titel anhängen</translation>
    </message>
    <message>
        <source>plan a track with no audio yet on a release</source>
        <translation>einen Titel ohne Audio in einer Veröffentlichung planen</translation>
    </message>
    <message>
        <source>check an image and make it the release&apos;s cover</source>
        <translation>ein Bild prüfen und als Cover der Veröffentlichung festlegen</translation>
    </message>
    <message>
        <source>the rights sheet (JSON, PDF)</source>
        <translation>das Rechteblatt (JSON, PDF)</translation>
    </message>
    <message>
        <source>%1:%2: warning: %3</source>
        <translation>%1:%2: Warnung: %3</translation>
    </message>
    <message>
        <source>backup: write the backup even when files the catalog refers to are missing (they are listed).</source>
        <translation>backup: die Sicherung auch schreiben, wenn Dateien fehlen, auf die der Katalog verweist (sie werden aufgeführt).</translation>
    </message>
    <message>
        <source>usage: imprint [--catalog FILE] backup OUT.tar.zst [--allow-missing] [--json]</source>
        <translation>Aufruf: imprint [--catalog FILE] backup OUT.tar.zst [--allow-missing] [--json]</translation>
    </message>
    <message>
        <source>%1; not backed up</source>
        <translation>%1; nicht gesichert</translation>
    </message>
    <message>
        <source>usage: imprint [--catalog FILE] import FOLDER [--copy] [--json]</source>
        <translation>Aufruf: imprint [--catalog DATEI] import ORDNER [--copy] [--json]</translation>
    </message>
    <message>
        <source>import: copy the files of a folder outside the catalog&apos;s library folder into it.</source>
        <translation>import: die Dateien eines Ordners außerhalb des Bibliotheksordners des Katalogs in diesen kopieren.</translation>
    </message>
    <message>
        <source>copy files the catalog refers to outside its library into it</source>
        <translation>Dateien, auf die der Katalog außerhalb seiner Bibliothek verweist, in sie kopieren</translation>
    </message>
    <message>
        <source>usage: imprint [--catalog FILE] consolidate [--json]</source>
        <translation>Aufruf: imprint [--catalog DATEI] consolidate [--json]</translation>
    </message>
    <message>
        <source>Copying… %1/%2</source>
        <translation>Kopieren … %1/%2</translation>
    </message>
    <message>
        <source>imprint: cannot read the catalog: %1</source>
        <translation>imprint: Katalog kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>copy a catalog into a new one, a file or a postgresql:// address each, in one transaction</source>
        <translation>einen Katalog in einen neuen kopieren, jeweils eine Datei oder eine postgresql://-Adresse, in einer Transaktion</translation>
    </message>
    <message>
        <source>usage: imprint copy-catalog FROM TO (a catalog file or a postgresql:// address each)</source>
        <translation>Aufruf: imprint copy-catalog VON NACH (jeweils eine Katalogdatei oder eine postgresql://-Adresse)</translation>
    </message>
    <message>
        <source>imprint: a catalog cannot be copied onto itself</source>
        <translation>imprint: ein Katalog kann nicht auf sich selbst kopiert werden</translation>
    </message>
    <message>
        <source>imprint: nothing was copied: %1</source>
        <translation>imprint: nichts wurde kopiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s) from %1 to %2.</source>
        <translation>
            <numerusform>%n Zeile von %1 nach %2 kopiert.</numerusform>
            <numerusform>%n Zeilen von %1 nach %2 kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>list tracks that are likely the same take (another encode, a re-export)</source>
        <translation>Titel auflisten, die wahrscheinlich dieselbe Aufnahme sind (anders kodiert, neu exportiert)</translation>
    </message>
    <message>
        <source>remember that two tracks are different recordings</source>
        <translation>sich merken, dass zwei Titel verschiedene Aufnahmen sind</translation>
    </message>
    <message>
        <source>usage: imprint [--catalog FILE] duplicates [--json]
       imprint [--catalog FILE] duplicates keep-both TRACK_ID TRACK_ID</source>
        <translation>Aufruf: imprint [--catalog DATEI] duplicates [--json]
       imprint [--catalog DATEI] duplicates keep-both TITEL_ID TITEL_ID</translation>
    </message>
    <message>
        <source>Tracks %1 and %2 are kept as different recordings.</source>
        <translation>Die Titel %1 und %2 bleiben als verschiedene Aufnahmen erhalten.</translation>
    </message>
    <message>
        <source>the same audio</source>
        <translation>dasselbe Audio</translation>
    </message>
    <message>
        <source>%1 alike</source>
        <translation>%1 ähnlich</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of likely duplicate tracks</source>
        <translation>
            <numerusform>%n Paar wahrscheinlich doppelter Titel</numerusform>
            <numerusform>%n Paare wahrscheinlich doppelter Titel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n track(s) not analysed yet; `imprint --catalog %1 check` analyses them, and their duplicates are listed after it.</source>
        <translation>
            <numerusform>%n Titel ist noch nicht analysiert; `imprint --catalog %1 check` analysiert ihn, danach werden seine Duplikate aufgeführt.</numerusform>
            <numerusform>%n Titel sind noch nicht analysiert; `imprint --catalog %1 check` analysiert sie, danach werden ihre Duplikate aufgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <source>set a team catalog up on a server, with owner, editor and viewer roles</source>
        <translation>einen Teamkatalog auf einem Server einrichten, mit den Rollen Eigentümer, Bearbeiter und Betrachter</translation>
    </message>
    <message>
        <source>imprint: you may only read the team catalog %1; ask its owner to make you an editor (a member of the role %2)</source>
        <translation>imprint: Sie dürfen den Teamkatalog %1 nur lesen; bitten Sie seinen Eigentümer, Sie zum Bearbeiter zu machen (Mitglied der Rolle %2)</translation>
    </message>
    <message>
        <source>init-team-catalog: a login role that owns the catalog: may also upgrade it (repeatable).</source>
        <translation>init-team-catalog: eine Anmelderolle, der der Katalog gehört: darf ihn auch aktualisieren (wiederholbar).</translation>
    </message>
    <message>
        <source>init-team-catalog: a login role that may change the catalog (repeatable).</source>
        <translation>init-team-catalog: eine Anmelderolle, die den Katalog ändern darf (wiederholbar).</translation>
    </message>
    <message>
        <source>init-team-catalog: a login role that may only read it (repeatable).</source>
        <translation>init-team-catalog: eine Anmelderolle, die ihn nur lesen darf (wiederholbar).</translation>
    </message>
    <message>
        <source>usage: imprint init-team-catalog postgresql://USER@HOST/DATABASE [--owner LOGIN]… [--editor LOGIN]… [--viewer LOGIN]…</source>
        <translation>Aufruf: imprint init-team-catalog postgresql://BENUTZER@HOST/DATENBANK [--owner LOGIN]… [--editor LOGIN]… [--viewer LOGIN]…</translation>
    </message>
    <message>
        <source>imprint: the team catalog&apos;s roles were not set up: %1</source>
        <translation>imprint: Die Rollen des Teamkatalogs wurden nicht eingerichtet: %1</translation>
    </message>
    <message>
        <source>Team catalog %1 is ready.</source>
        <translation>Der Teamkatalog %1 ist bereit.</translation>
    </message>
    <message>
        <source>Roles: %1 (reads), %2 (also changes), %3 (also upgrades). To add people, run this command again with --viewer, --editor or --owner LOGIN.</source>
        <translation>Rollen: %1 (liest), %2 (ändert auch), %3 (aktualisiert auch). Um Personen hinzuzufügen, führen Sie diesen Befehl erneut mit --viewer, --editor oder --owner LOGIN aus.</translation>
    </message>
    <message>
        <source>export-release: export despite preflight warnings; import-stems: attach stems that do not match the master; library-folder: use a folder that holds none of the catalog&apos;s files.</source>
        <translation>export-release: trotz Warnungen der Vorabprüfung exportieren; import-stems: Stems anhängen, die nicht zum Master passen; library-folder: einen Ordner verwenden, der keine Datei des Katalogs enthält.</translation>
    </message>
    <message>
        <source>check the library&apos;s files (SHA-256); with FOLDER, make it the library on this computer</source>
        <translation>die Dateien der Bibliothek prüfen (SHA-256); mit FOLDER diesen Ordner zur Bibliothek auf diesem Computer machen</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>fehlt: %1</translation>
    </message>
    <message>
        <source>not the file analysed: %1</source>
        <translation>nicht die analysierte Datei: %1</translation>
    </message>
    <message>
        <source>unreadable: %1</source>
        <translation>nicht lesbar: %1</translation>
    </message>
    <message>
        <source>usage: imprint [--catalog FILE] library-folder [FOLDER] [--force] [--json]</source>
        <translation>Aufruf: imprint [--catalog FILE] library-folder [FOLDER] [--force] [--json]</translation>
    </message>
    <message>
        <source>imprint: the catalog has no library folder on this computer yet; name one: imprint library-folder FOLDER</source>
        <translation>imprint: der Katalog hat auf diesem Computer noch keinen Bibliotheksordner; einen angeben: imprint library-folder FOLDER</translation>
    </message>
    <message>
        <source>Checking… %1/%2</source>
        <translation>Prüfe … %1/%2</translation>
    </message>
    <message>
        <source>imprint: none of the catalog&apos;s %1 files is in %2, so it is not used as the library; add --force to use it anyway</source>
        <translation>imprint: keine der %1 Dateien des Katalogs liegt in %2, daher wird der Ordner nicht als Bibliothek verwendet; mit --force trotzdem verwenden</translation>
    </message>
    <message>
        <source>imprint: cannot set the library folder: %1</source>
        <translation>imprint: der Bibliotheksordner kann nicht festgelegt werden: %1</translation>
    </message>
    <message>
        <source>The team library is in %1 on this computer.</source>
        <translation>Die Team-Bibliothek liegt auf diesem Computer in %1.</translation>
    </message>
    <message>
        <source>The catalog&apos;s library is in %1.</source>
        <translation>Die Bibliothek des Katalogs liegt in %1.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Passwort für %1: </translation>
    </message>
    <message>
        <source> (give the password in PGPASSWORD, ~/.pgpass or a service file, or run the command in a terminal to type it)</source>
        <translation> (geben Sie das Passwort in PGPASSWORD, ~/.pgpass oder einer Dienstdatei an, oder führen Sie den Befehl in einem Terminal aus, um es einzutippen)</translation>
    </message>
    <message>
        <source>Copying %1 to %2…</source>
        <translation>%1 wird nach %2 kopiert …</translation>
    </message>
    <message numerus="yes">
        <source>  %1: %n row(s)</source>
        <translation>
            <numerusform>  %1: %n Zeile</numerusform>
            <numerusform>  %1: %n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source> (no password was typed)</source>
        <translation> (es wurde kein Passwort eingegeben)</translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation> (abgebrochen)</translation>
    </message>
    <message>
        <source>imprint: interrupted; nothing was copied</source>
        <translation>imprint: unterbrochen; es wurde nichts kopiert</translation>
    </message>
    <message>
        <source>imprint: interrupted</source>
        <translation>imprint: unterbrochen</translation>
    </message>
    <message>
        <source>usage: imprint [--catalog FILE] import-metadata FILE.json|FILE.csv [--format json|csv] [--dry-run] [--new] [--json]</source>
        <translation>Aufruf: imprint [--catalog FILE] import-metadata FILE.json|FILE.csv [--format json|csv] [--dry-run] [--new] [--json]</translation>
    </message>
    <message>
        <source>imprint: catalog %1 does not exist (add --new to start a new catalog from %2)</source>
        <translation>imprint: den Katalog %1 gibt es nicht (mit --new wird aus %2 ein neuer Katalog angelegt)</translation>
    </message>
    <message>
        <source>import-metadata: start a new catalog from a CSV file when the catalog does not exist.</source>
        <translation>import-metadata: einen neuen Katalog aus einer CSV-Datei anlegen, wenn es den Katalog nicht gibt.</translation>
    </message>
    <message>
        <source>imprint: could not remove %1</source>
        <translation>imprint: %1 konnte nicht entfernt werden</translation>
    </message>
    <message>
        <source>imprint: catalog %1 does not exist, and a dry run starts none</source>
        <translation>imprint: den Katalog %1 gibt es nicht, und ein Probelauf legt keinen an</translation>
    </message>
    <message>
        <source>write-tags: the master of track ID; import-stems, attach-cutdowns: the track; rights-report: track ID.</source>
        <translation>write-tags: der Master des Titels ID; import-stems, attach-cutdowns: der Titel; rights-report: Titel-ID.</translation>
    </message>
    <message>
        <source>attach 30 s and 60 s cut-downs to a track</source>
        <translation>Kurzfassungen mit 30 s und 60 s an einen Titel anhängen</translation>
    </message>
    <message>
        <source>usage: imprint [--catalog FILE] attach-cutdowns FILE... --track ID [--json]</source>
        <translation>Aufruf: imprint [--catalog FILE] attach-cutdowns FILE... --track ID [--json]</translation>
    </message>
    <message>
        <source>%1: attached already</source>
        <translation>%1: schon angehängt</translation>
    </message>
    <message numerus="yes">
        <source>Attached %n cut-down(s) to track %1</source>
        <translation>
            <numerusform>%n Kurzfassung an Titel %1 angehängt</numerusform>
            <numerusform>%n Kurzfassungen an Titel %1 angehängt</numerusform>
        </translation>
    </message>
    <message>
        <source>Track %1 has these cut-downs already</source>
        <translation>Titel %1 hat diese Kurzfassungen schon</translation>
    </message>
</context>
<context>
    <name>ConfirmDeleteDialog</name>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Dies lässt sich mit Strg+Z rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ContributionList</name>
    <message>
        <source>Human contributions</source>
        <translation>Menschliche Beiträge</translation>
    </message>
    <message>
        <source>None documented yet.</source>
        <translation>Noch keine dokumentiert.</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Add evidence…</source>
        <translation>Beleg anhängen …</translation>
    </message>
    <message>
        <source>Who (e.g. your name)</source>
        <translation>Wer (z. B. Ihr Name)</translation>
    </message>
    <message>
        <source>What they did</source>
        <translation>Was die Person beigetragen hat</translation>
    </message>
    <message>
        <source>Add Contribution</source>
        <translation>Beitrag hinzufügen</translation>
    </message>
</context>
<context>
    <name>CopyIntoLibraryDialog</name>
    <message>
        <source>Copy into the Library?</source>
        <translation>In die Bibliothek kopieren?</translation>
    </message>
    <message>
        <source>This folder is outside the catalog&apos;s library folder %1, where backups and deliveries find their files.

Imprint copies its audio and artwork to %2 and catalogs the copies; each copy is checked against its original, and the originals stay where they are.</source>
        <translation>Dieser Ordner liegt außerhalb des Bibliotheksordners %1 des Katalogs, aus dem Sicherungen und Auslieferungen ihre Dateien nehmen.

Imprint kopiert seine Audiodateien und Cover nach %2 und katalogisiert die Kopien; jede Kopie wird mit ihrem Original verglichen, und die Originale bleiben, wo sie sind.</translation>
    </message>
    <message>
        <source>Copy into Library</source>
        <translation>In die Bibliothek kopieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>CreditQueries</name>
    <message>
        <source> · AI used</source>
        <translation> · KI genutzt</translation>
    </message>
    <message>
        <source>The record is no longer in the catalog.</source>
        <translation>Der Eintrag ist nicht mehr im Katalog.</translation>
    </message>
</context>
<context>
    <name>CreditRules</name>
    <message>
        <source>Main artist</source>
        <translation>Hauptkünstler</translation>
    </message>
    <message>
        <source>Featured artist</source>
        <translation>Gastkünstler</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>Produzent</translation>
    </message>
    <message>
        <source>Composer</source>
        <translation>Komponist</translation>
    </message>
    <message>
        <source>Lyricist</source>
        <translation>Texter</translation>
    </message>
    <message>
        <source>Composer and lyricist</source>
        <translation>Komponist und Texter</translation>
    </message>
    <message>
        <source>Arranger</source>
        <translation>Arrangeur</translation>
    </message>
    <message>
        <source>Mixing engineer</source>
        <translation>Toningenieur (Mix)</translation>
    </message>
    <message>
        <source>Mastering engineer</source>
        <translation>Toningenieur (Mastering)</translation>
    </message>
    <message>
        <source>Recording engineer</source>
        <translation>Toningenieur (Aufnahme)</translation>
    </message>
    <message>
        <source>Vocalist</source>
        <translation>Sänger</translation>
    </message>
    <message>
        <source>Musician</source>
        <translation>Musiker</translation>
    </message>
    <message>
        <source>Adapter</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>Translator</source>
        <translation>Übersetzer</translation>
    </message>
    <message>
        <source>Original publisher</source>
        <translation>Originalverlag</translation>
    </message>
    <message>
        <source>Sub-publisher</source>
        <translation>Subverlag</translation>
    </message>
    <message>
        <source>Unknown party field %1.</source>
        <translation>Unbekanntes Feld %1 bei Beteiligten.</translation>
    </message>
    <message>
        <source>A party needs a name.</source>
        <translation>Jede(r) Beteiligte braucht einen Namen.</translation>
    </message>
    <message>
        <source>A work needs a title.</source>
        <translation>Ein Werk braucht einen Titel.</translation>
    </message>
    <message>
        <source>Unknown work field %1.</source>
        <translation>Unbekanntes Werkfeld %1.</translation>
    </message>
    <message>
        <source>Every credit needs a party.</source>
        <translation>Jede Mitwirkung braucht eine(n) Beteiligte(n).</translation>
    </message>
    <message>
        <source>%1 is not a credit role.</source>
        <translation>%1 ist keine Mitwirkendenrolle.</translation>
    </message>
    <message>
        <source>%1 is credited as %2 twice.</source>
        <translation>%1 ist zweimal als %2 angegeben.</translation>
    </message>
    <message>
        <source>Every share needs a party.</source>
        <translation>Jeder Anteil braucht eine(n) Beteiligte(n).</translation>
    </message>
    <message>
        <source>Pick a role for %1.</source>
        <translation>Eine Rolle für %1 wählen.</translation>
    </message>
</context>
<context>
    <name>CreditsTable</name>
    <message>
        <source>No credits yet: add the main artist first.</source>
        <translation>Noch keine Mitwirkenden: zuerst den Hauptkünstler hinzufügen.</translation>
    </message>
    <message>
        <source>Remove this credit</source>
        <translation>Diese Mitwirkung entfernen</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>AI</source>
        <translation>KI</translation>
    </message>
    <message>
        <source>AI was used in this role</source>
        <translation>In dieser Rolle wurde KI genutzt</translation>
    </message>
    <message>
        <source>Add a credit: name</source>
        <translation>Mitwirkung hinzufügen: Name</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Role of the new credit</source>
        <translation>Rolle der neuen Mitwirkung</translation>
    </message>
    <message>
        <source>Instrument of the new credit</source>
        <translation>Instrument der neuen Mitwirkung</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>line %1: text follows the closing quote of a quoted field (is a quote mark missing, or not doubled inside the field?)</source>
        <translation>Zeile %1: nach dem schließenden Anführungszeichen eines Feldes folgt weiterer Text (fehlt ein Anführungszeichen, oder ist eines im Feld nicht verdoppelt?)</translation>
    </message>
    <message>
        <source>line %1: a quoted field opened here closes on line %2 and text follows its closing quote, so lines %1–%2 cannot be read (is a quote mark missing, or not doubled inside the field?)</source>
        <translation>Zeile %1: ein hier geöffnetes Feld in Anführungszeichen schließt erst in Zeile %2, und danach folgt weiterer Text; die Zeilen %1–%2 können nicht gelesen werden (fehlt ein Anführungszeichen, oder ist eines im Feld nicht verdoppelt?)</translation>
    </message>
    <message>
        <source>line %1: a quoted field opened here is never closed, so lines %1–%2 cannot be read</source>
        <translation>Zeile %1: ein hier geöffnetes Feld in Anführungszeichen wird nie geschlossen; die Zeilen %1–%2 können nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>Import Tracks from CSV</source>
        <translation>Titel aus CSV importieren</translation>
    </message>
    <message>
        <source>Import Finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will not be imported:</source>
        <translation>
            <numerusform>%n Zeile wird nicht importiert:</numerusform>
            <numerusform>%n Zeilen werden nicht importiert:</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Ignored columns: %1</source>
        <translation>Ignorierte Spalten: %1</translation>
    </message>
    <message>
        <source>Only the columns track_id, isrc, title, version, artist, genre, language, bpm, key, mood, explicit and has_vocals are imported; the good rows are applied even when others are refused.</source>
        <translation>Nur die Spalten track_id, isrc, title, version, artist, genre, language, bpm, key, mood, explicit und has_vocals werden importiert; gültige Zeilen werden übernommen, auch wenn andere abgelehnt werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with a warning:</source>
        <translation>
            <numerusform>%n Zeile mit Warnung:</numerusform>
            <numerusform>%n Zeilen mit Warnung:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CutdownAttachment</name>
    <message>
        <source>Attach Cut-downs…</source>
        <translation>Kurzfassungen anhängen …</translation>
    </message>
    <message>
        <source>Attach the 30 s and 60 s edits of this track that sync libraries ask for</source>
        <translation>Die Kurzfassungen dieses Titels mit 30 s und 60 s anhängen, die Sync-Bibliotheken verlangen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Choose Library Folder…</source>
        <translation>Bibliotheksordner wählen …</translation>
    </message>
    <message>
        <source>Attach Cut-downs</source>
        <translation>Kurzfassungen anhängen</translation>
    </message>
</context>
<context>
    <name>DatePickButton</name>
    <message>
        <source>Choose from a calendar</source>
        <translation>Aus einem Kalender wählen</translation>
    </message>
    <message>
        <source>%1: choose from a calendar</source>
        <translation>%1: aus einem Kalender wählen</translation>
    </message>
    <message>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>Aus einem Kalender wählen (Alt+Ab)</translation>
    </message>
</context>
<context>
    <name>DatePickerPopup</name>
    <message>
        <source>Previous month</source>
        <translation>Vorheriger Monat</translation>
    </message>
    <message>
        <source>Previous month (Page Up)</source>
        <translation>Vorheriger Monat (Bild auf)</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Nächster Monat</translation>
    </message>
    <message>
        <source>Next month (Page Down)</source>
        <translation>Nächster Monat (Bild ab)</translation>
    </message>
    <message>
        <source>Days of %1</source>
        <translation>Tage im %1</translation>
    </message>
</context>
<context>
    <name>DeleteReleaseDialog</name>
    <message>
        <source>Delete Release</source>
        <translation>Veröffentlichung löschen</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Dies lässt sich mit Strg+Z rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>DeliveriesPage</name>
    <message>
        <source>Deliveries</source>
        <translation>Auslieferungen</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Veröffentlichung</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Back Up Catalog…</source>
        <translation>Katalog sichern …</translation>
    </message>
    <message>
        <source>The catalog and every file of its library in one verified package</source>
        <translation>Der Katalog und jede Datei seiner Bibliothek in einem überprüften Paket</translation>
    </message>
    <message>
        <source>Export Anyway…</source>
        <translation>Trotzdem exportieren …</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <source>Tagged copies are packaged; the library&apos;s files stay untouched.</source>
        <translation>Verpackt werden getaggte Kopien; die Dateien der Bibliothek bleiben unverändert.</translation>
    </message>
    <message>
        <source>Export Package</source>
        <translation>Paket exportieren</translation>
    </message>
    <message>
        <source>%1 package (*%2)</source>
        <translation>%1-Paket (*%2)</translation>
    </message>
    <message>
        <source>Back Up Catalog</source>
        <translation>Katalog sichern</translation>
    </message>
    <message>
        <source>Catalog backup (*.tar.zst *.tar.xz *.tar.gz *.zip)</source>
        <translation>Katalogsicherung (*.tar.zst *.tar.xz *.tar.gz *.zip)</translation>
    </message>
    <message>
        <source>Make the package despite the blockers; they are recorded in it</source>
        <translation>Das Paket trotz der Blocker erstellen; sie werden darin vermerkt</translation>
    </message>
    <message>
        <source>Export Anyway?</source>
        <translation>Trotzdem exportieren?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>No releases yet: a package is made of a release&apos;s files. Plan a release, or import tracks and put them on one.</source>
        <translation>Noch keine Veröffentlichungen: Ein Paket besteht aus den Dateien einer Veröffentlichung. Planen Sie eine Veröffentlichung, oder importieren Sie Titel und ordnen Sie sie einer zu.</translation>
    </message>
    <message>
        <source>New Release…</source>
        <translation>Neue Veröffentlichung …</translation>
    </message>
    <message>
        <source>Import Folder…</source>
        <translation>Ordner importieren …</translation>
    </message>
</context>
<context>
    <name>Delivery</name>
    <message>
        <source>cannot snapshot the catalog: %1</source>
        <translation>Momentaufnahme des Katalogs nicht möglich: %1</translation>
    </message>
    <message>
        <source>%1: name the backup .tar.zst, .tar.xz, .tar.gz or .zip to choose its format</source>
        <translation>%1: Sicherung mit der Endung .tar.zst, .tar.xz, .tar.gz oder .zip benennen, um ihr Format festzulegen</translation>
    </message>
    <message>
        <source>%1: cannot create a temporary folder (%2)</source>
        <translation>%1: temporärer Ordner kann nicht erstellt werden (%2)</translation>
    </message>
    <message>
        <source>the backup&apos;s checksums are missing; it is incomplete</source>
        <translation>die Prüfsummen der Sicherung fehlen; sie ist unvollständig</translation>
    </message>
    <message>
        <source>not an Imprint backup, or damaged at its start</source>
        <translation>keine Imprint-Sicherung oder am Anfang beschädigt</translation>
    </message>
    <message>
        <source>cut off or damaged in the backup</source>
        <translation>in der Sicherung abgeschnitten oder beschädigt</translation>
    </message>
    <message>
        <source>not in the backup</source>
        <translation>nicht in der Sicherung</translation>
    </message>
    <message>
        <source>SHA-256 differs from the manifest</source>
        <translation>SHA-256 weicht vom Manifest ab</translation>
    </message>
    <message>
        <source>the backup has no checksums</source>
        <translation>die Sicherung hat keine Prüfsummen</translation>
    </message>
    <message>
        <source>not listed in the manifest</source>
        <translation>nicht im Manifest aufgeführt</translation>
    </message>
    <message>
        <source>%1: restore into a new or empty folder</source>
        <translation>%1: in einen neuen oder leeren Ordner wiederherstellen</translation>
    </message>
    <message>
        <source>%1: cannot restore: %2</source>
        <translation>%1: Wiederherstellen nicht möglich: %2</translation>
    </message>
    <message>
        <source>%1: the backup is damaged:
%2</source>
        <translation>%1: die Sicherung ist beschädigt:
%2</translation>
    </message>
    <message>
        <source>%1: not an Imprint catalog backup</source>
        <translation>%1: keine Imprint-Katalogsicherung</translation>
    </message>
    <message>
        <source>%1: written by a newer Imprint (backup format %2); update Imprint to restore it</source>
        <translation>%1: von einer neueren Imprint-Version geschrieben (Sicherungsformat %2); zum Wiederherstellen Imprint aktualisieren</translation>
    </message>
    <message>
        <source>%1: the restored catalog does not open: %2</source>
        <translation>%1: der wiederhergestellte Katalog lässt sich nicht öffnen: %2</translation>
    </message>
    <message>
        <source>no delivery profile “%1”; choose one of: %2</source>
        <translation>kein Auslieferungsprofil „%1“; eines davon wählen: %2</translation>
    </message>
    <message>
        <source>%1: cannot create a temporary folder</source>
        <translation>%1: temporärer Ordner kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>%1: missing from the library</source>
        <translation>%1: fehlt in der Bibliothek</translation>
    </message>
    <message>
        <source>%1: cannot copy for tagging</source>
        <translation>%1: Kopieren zum Taggen nicht möglich</translation>
    </message>
    <message>
        <source>%1: cannot read its tags: %2</source>
        <translation>%1: Tags können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot tag the copy: %2</source>
        <translation>%1: Kopie kann nicht getaggt werden: %2</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht vorhanden</translation>
    </message>
    <message>
        <source>%1 refused: %2; nothing was imported</source>
        <translation>%1 abgelehnt: %2; es wurde nichts importiert</translation>
    </message>
    <message>
        <source>the track has no master to check the stems against</source>
        <translation>der Titel hat keinen Master, mit dem die Stems verglichen werden können</translation>
    </message>
    <message>
        <source>the master cannot be read: %1</source>
        <translation>der Master kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Unknown Artist</source>
        <translation>Unbekannter Künstler</translation>
    </message>
    <message>
        <source>%1: a hidden file</source>
        <translation>%1: eine versteckte Datei</translation>
    </message>
    <message>
        <source>%1: not an audio file</source>
        <translation>%1: keine Audiodatei</translation>
    </message>
    <message>
        <source>%1: %2; nothing was imported</source>
        <translation>%1: %2; es wurde nichts importiert</translation>
    </message>
    <message>
        <source>sample rate %1 Hz, the master has %2 Hz</source>
        <translation>Abtastrate %1 Hz, der Master hat %2 Hz</translation>
    </message>
    <message>
        <source>length %1, the master is %2 (%3 ms)</source>
        <translation>Länge %1, der Master ist %2 lang (%3 ms)</translation>
    </message>
    <message>
        <source>%1 holds no audio files; nothing was imported</source>
        <translation>%1 enthält keine Audiodateien; es wurde nichts importiert</translation>
    </message>
    <message>
        <source>the stems do not match the master; nothing was imported:
%1</source>
        <translation>die Stems passen nicht zum Master; es wurde nichts importiert:
%1</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: Ordner kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>%1: cannot move into the library</source>
        <translation>%1: Verschieben in die Bibliothek nicht möglich</translation>
    </message>
    <message>
        <source>Distributor</source>
        <translation>Vertrieb</translation>
    </message>
    <message>
        <source>Sync library</source>
        <translation>Sync-Bibliothek</translation>
    </message>
    <message>
        <source>Tagged copies of the masters, %1 kHz/%2-bit</source>
        <translation>Getaggte Kopien der Master, %1 kHz/%2 Bit</translation>
    </message>
    <message>
        <source>Tagged copies of the masters</source>
        <translation>Getaggte Kopien der Master</translation>
    </message>
    <message>
        <source>An ISRC for every track</source>
        <translation>Ein ISRC für jeden Titel</translation>
    </message>
    <message>
        <source>A UPC/EAN for the release</source>
        <translation>Ein UPC/EAN für die Veröffentlichung</translation>
    </message>
    <message>
        <source>Artwork, at least %1×%1 px</source>
        <translation>Cover, mindestens %1×%1 px</translation>
    </message>
    <message>
        <source>Artwork</source>
        <translation>Cover</translation>
    </message>
    <message>
        <source>An instrumental of every track with vocals</source>
        <translation>Ein Instrumental jedes Titels mit Gesang</translation>
    </message>
    <message>
        <source>Stems of every track</source>
        <translation>Stems jedes Titels</translation>
    </message>
    <message>
        <source>30 s and 60 s cut-downs</source>
        <translation>Kurzfassungen mit 30 s und 60 s</translation>
    </message>
    <message>
        <source>Licences, split sheets and provenance documents</source>
        <translation>Lizenzen, Split Sheets und Herkunftsnachweise</translation>
    </message>
    <message>
        <source>Metadata as JSON and a cue sheet (CSV with BPM, key, mood)</source>
        <translation>Metadaten als JSON und ein Cue Sheet (CSV mit BPM, Tonart, Stimmung)</translation>
    </message>
    <message>
        <source>Metadata as JSON and CSV</source>
        <translation>Metadaten als JSON und CSV</translation>
    </message>
    <message>
        <source>A SHA-256 manifest, verified after writing</source>
        <translation>Ein SHA-256-Manifest, nach dem Schreiben überprüft</translation>
    </message>
    <message>
        <source>release</source>
        <translation>Veröffentlichung</translation>
    </message>
    <message>
        <source>has no tracks</source>
        <translation>hat keine Titel</translation>
    </message>
    <message>
        <source>no UPC/EAN</source>
        <translation>kein UPC/EAN</translation>
    </message>
    <message>
        <source>no artwork</source>
        <translation>kein Cover</translation>
    </message>
    <message>
        <source>artwork is %1×%2 px; at least %3×%3 px needed</source>
        <translation>Cover hat %1×%2 px; mindestens %3×%3 px nötig</translation>
    </message>
    <message>
        <source>no master file</source>
        <translation>keine Master-Datei</translation>
    </message>
    <message>
        <source>no ISRC</source>
        <translation>kein ISRC</translation>
    </message>
    <message>
        <source>master is %1 Hz; the profile asks for %2 Hz</source>
        <translation>Master hat %1 Hz; das Profil verlangt %2 Hz</translation>
    </message>
    <message>
        <source>master is %1-bit; the profile asks for %2-bit</source>
        <translation>Master hat %1 Bit; das Profil verlangt %2 Bit</translation>
    </message>
    <message>
        <source>no instrumental</source>
        <translation>kein Instrumental</translation>
    </message>
    <message>
        <source>no stems</source>
        <translation>keine Stems</translation>
    </message>
    <message>
        <source>no 30 s/60 s cut-downs</source>
        <translation>keine Kurzfassungen mit 30 s/60 s</translation>
    </message>
    <message>
        <source>no release with id %1</source>
        <translation>keine Veröffentlichung mit ID %1</translation>
    </message>
    <message>
        <source>no track with id %1</source>
        <translation>kein Titel mit ID %1</translation>
    </message>
    <message>
        <source>%1; nothing to deliver</source>
        <translation>%1; nichts auszuliefern</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>the %1 profile refuses the release:
%2</source>
        <translation>das Profil %1 lehnt die Veröffentlichung ab:
%2</translation>
    </message>
    <message>
        <source>Enter the barcode your distributor assigned.</source>
        <translation>Den Barcode eingeben, den Ihr Vertrieb zugewiesen hat.</translation>
    </message>
    <message>
        <source>Add a square JPEG or PNG of at least 3000×3000 pixels.</source>
        <translation>Ein quadratisches JPEG oder PNG mit mindestens 3000×3000 Pixeln hinzufügen.</translation>
    </message>
    <message>
        <source>Replace the artwork with a larger image.</source>
        <translation>Das Cover durch ein größeres Bild ersetzen.</translation>
    </message>
    <message>
        <source>Allocate an ISRC from your registrant prefix, or enter the one your distributor gave you.</source>
        <translation>Einen ISRC aus Ihrem Registrantenpräfix vergeben oder den von Ihrem Vertrieb zugeteilten eingeben.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (needs %2)</source>
        <translation>%1 (braucht %2)</translation>
    </message>
    <message>
        <source>%1, under the %2 audio profile</source>
        <translation>%1, nach dem Audioprofil %2</translation>
    </message>
    <message>
        <source>The master has not been analysed, so its audio is unchecked for the %1 profile.</source>
        <translation>Der Master wurde nicht analysiert, daher ist sein Audio für das Profil %1 ungeprüft.</translation>
    </message>
    <message>
        <source>Analyse the catalog on the Quality page (or imprint check --catalog FILE).</source>
        <translation>Den Katalog auf der Seite „Qualität“ analysieren (oder imprint check --catalog FILE).</translation>
    </message>
    <message>
        <source>Impossible</source>
        <translation>Unmöglich</translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation>Blocker</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>the catalog has no library folder</source>
        <translation>der Katalog hat keinen Bibliotheksordner</translation>
    </message>
    <message>
        <source>missing from the library folder</source>
        <translation>fehlt im Bibliotheksordner</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) the catalog refers to cannot be backed up, so no backup was written:
%1</source>
        <translation>
            <numerusform>%n Datei, auf die der Katalog verweist, kann nicht gesichert werden, daher wurde keine Sicherung geschrieben:
%1</numerusform>
            <numerusform>%n Dateien, auf die der Katalog verweist, können nicht gesichert werden, daher wurde keine Sicherung geschrieben:
%1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the catalog in the backup refers to files outside its library:
%2</source>
        <translation>%1: der Katalog in der Sicherung verweist auf Dateien außerhalb seiner Bibliothek:
%2</translation>
    </message>
    <message>
        <source>outside the library folder %1 (Copy Files into Library on the Deliveries page, or imprint consolidate, copies it in)</source>
        <translation>außerhalb des Bibliotheksordners %1 (»Dateien in die Bibliothek kopieren« auf der Seite Auslieferungen oder imprint consolidate kopiert sie hinein)</translation>
    </message>
    <message>
        <source>cannot read the catalog&apos;s snapshot %1: %2</source>
        <translation>die Momentaufnahme des Katalogs %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Export stems and attach them to the track (Attach Stems… in its details).</source>
        <translation>Stems exportieren und an den Titel anhängen („Stems anhängen …“ in seinen Details).</translation>
    </message>
    <message>
        <source>Export an instrumental, import it and add it under Versions in the track&apos;s details.</source>
        <translation>Ein Instrumental exportieren, importieren und in den Details des Titels unter „Versionen“ hinzufügen.</translation>
    </message>
    <message>
        <source>this computer has no library folder for the catalog&apos;s files yet: name one (File › Library Folder…, or imprint library-folder)</source>
        <translation>dieser Computer hat noch keinen Bibliotheksordner für die Dateien des Katalogs: Legen Sie einen fest (Datei › Bibliotheksordner … oder imprint library-folder)</translation>
    </message>
    <message>
        <source>Choose its audio file (Choose Audio File… in the track&apos;s details), or take the track off the release.</source>
        <translation>Seine Audiodatei auswählen („Audiodatei auswählen …“ in den Details des Titels) oder den Titel von der Veröffentlichung nehmen.</translation>
    </message>
    <message>
        <source>no files were chosen</source>
        <translation>es wurden keine Dateien gewählt</translation>
    </message>
    <message>
        <source>%1: %2; nothing was attached</source>
        <translation>%1: %2; es wurde nichts angehängt</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei nicht vorhanden</translation>
    </message>
    <message>
        <source>not an audio file (%1)</source>
        <translation>keine Audiodatei (%1)</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>die Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot copy it into the library</source>
        <translation>sie kann nicht in die Bibliothek kopiert werden</translation>
    </message>
    <message>
        <source>the copy in the library differs from the file</source>
        <translation>die Kopie in der Bibliothek weicht von der Datei ab</translation>
    </message>
    <message>
        <source>Edit 30.000 s and 60.000 s versions and attach them (Attach Cut-downs… in the track&apos;s details).</source>
        <translation>Versionen mit 30,000 s und 60,000 s schneiden und anhängen („Kurzfassungen anhängen …“ in den Details des Titels).</translation>
    </message>
    <message>
        <source>%1 is not in the library folder</source>
        <translation>%1 ist nicht im Bibliotheksordner</translation>
    </message>
    <message>
        <source>Put the file back, or import the folder it was moved to (Import Folder… finds moved files again).</source>
        <translation>Die Datei zurücklegen oder den Ordner importieren, in den sie verschoben wurde („Ordner importieren …“ findet verschobene Dateien wieder).</translation>
    </message>
    <message>
        <source>Add tracks to the release on the Releases page (Add Track…, or Plan Track… for one not recorded yet).</source>
        <translation>Auf der Seite „Veröffentlichungen“ Titel zur Veröffentlichung hinzufügen („Titel hinzufügen …“, oder „Titel planen …“ für einen noch nicht aufgenommenen).</translation>
    </message>
    <message>
        <source>Export the master again at %1 Hz over its file, then Analyze.</source>
        <translation>Den Master erneut mit %1 Hz über seine Datei exportieren, dann „Analysieren“.</translation>
    </message>
    <message>
        <source>Export the master again at %1-bit over its file, then Analyze.</source>
        <translation>Den Master erneut mit %1 Bit über seine Datei exportieren, dann „Analysieren“.</translation>
    </message>
    <message>
        <source>not recorded whether it has vocals (a vocal track needs an instrumental)</source>
        <translation>nicht festgehalten, ob er Gesang hat (ein Titel mit Gesang braucht ein Instrumental)</translation>
    </message>
    <message>
        <source>Set Vocals in the track&apos;s details.</source>
        <translation>„Gesang“ in den Details des Titels festlegen.</translation>
    </message>
</context>
<context>
    <name>DeliveryHistoryTable</name>
    <message>
        <source>Delivery history</source>
        <translation>Auslieferungsverlauf</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Exported with: %1</source>
        <translation>Exportiert mit: %1</translation>
    </message>
    <message>
        <source>%1 (moved or deleted)</source>
        <translation>%1 (verschoben oder gelöscht)</translation>
    </message>
    <message>
        <source>No packages made for this release yet.</source>
        <translation>Für diese Veröffentlichung wurden noch keine Pakete erstellt.</translation>
    </message>
</context>
<context>
    <name>DeliveryJobPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Copy Files into Library</source>
        <translation>Dateien in die Bibliothek kopieren</translation>
    </message>
    <message numerus="yes">
        <source>Copies the %n file(s) outside the library folder into it, checked against the originals, so the next backup can include them.</source>
        <translation>
            <numerusform>Kopiert die %n Datei außerhalb des Bibliotheksordners hinein, mit dem Original verglichen, damit die nächste Sicherung sie enthält.</numerusform>
            <numerusform>Kopiert die %n Dateien außerhalb des Bibliotheksordners hinein, mit den Originalen verglichen, damit die nächste Sicherung sie enthält.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeliveryPreflight</name>
    <message>
        <source>What a %1 package holds</source>
        <translation>Was ein %1-Paket enthält</translation>
    </message>
    <message>
        <source>Preflight</source>
        <translation>Vorabprüfung</translation>
    </message>
    <message numerus="yes">
        <source>Ready: nothing blocks the export (%n file(s) to package).</source>
        <translation>
            <numerusform>Bereit: Nichts blockiert den Export (%n Datei zu verpacken).</numerusform>
            <numerusform>Bereit: Nichts blockiert den Export (%n Dateien zu verpacken).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing can be delivered until the impossible items are fixed.</source>
        <translation>Nichts kann ausgeliefert werden, bis die unmöglichen Punkte behoben sind.</translation>
    </message>
    <message numerus="yes">
        <source>%n blocker(s): Export is refused until they are fixed. “Export Anyway” makes the package and records them in it.</source>
        <translation>
            <numerusform>%n Blocker: Der Export wird bis zu seiner Behebung abgelehnt. „Trotzdem exportieren“ erstellt das Paket und vermerkt ihn darin.</numerusform>
            <numerusform>%n Blocker: Der Export wird bis zu ihrer Behebung abgelehnt. „Trotzdem exportieren“ erstellt das Paket und vermerkt sie darin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): they do not stop the export and are recorded in the package&apos;s metadata.json.</source>
        <translation>
            <numerusform>%n Warnung: Sie hält den Export nicht auf und wird in der metadata.json des Pakets vermerkt.</numerusform>
            <numerusform>%n Warnungen: Sie halten den Export nicht auf und werden in der metadata.json des Pakets vermerkt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentSlot</name>
    <message>
        <source>Attach…</source>
        <translation>Anhängen …</translation>
    </message>
    <message>
        <source>Drop to attach</source>
        <translation>Zum Anhängen ablegen</translation>
    </message>
    <message>
        <source>No document — drop a file here</source>
        <translation>Kein Dokument — Datei hier ablegen</translation>
    </message>
    <message>
        <source>Changed since attached</source>
        <translation>Seit dem Anhängen geändert</translation>
    </message>
    <message>
        <source>Missing from the library</source>
        <translation>Fehlt in der Bibliothek</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>Ersetzen …</translation>
    </message>
    <message>
        <source>Attach a Document</source>
        <translation>Dokument anhängen</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.png *.jpg *.jpeg *.txt)</source>
        <translation>Dokumente (*.pdf *.png *.jpg *.jpeg *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>No document — this computer has no library folder to keep it in</source>
        <translation>Kein Dokument – dieser Computer hat keinen Bibliotheksordner, in dem es liegen könnte</translation>
    </message>
    <message>
        <source>Choose Library Folder…</source>
        <translation>Bibliotheksordner wählen …</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Take this file off the record; it stays in the library</source>
        <translation>Diese Datei vom Eintrag entfernen; sie bleibt in der Bibliothek</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Likely Duplicates</source>
        <translation>Wahrscheinliche Duplikate</translation>
    </message>
    <message>
        <source>These tracks sound like the same take. Keep one and merge the other into it (its file stays as a mix of the track you keep), or keep both.</source>
        <translation>Diese Titel klingen wie dieselbe Aufnahme. Behalten Sie einen und führen Sie den anderen mit ihm zusammen (seine Datei bleibt als Mix des behaltenen Titels erhalten), oder behalten Sie beide.</translation>
    </message>
    <message>
        <source>No likely duplicates: no two tracks sound like the same take.</source>
        <translation>Keine wahrscheinlichen Duplikate: Keine zwei Titel klingen wie dieselbe Aufnahme.</translation>
    </message>
    <message>
        <source>Keep This, Merge</source>
        <translation>Diesen behalten</translation>
    </message>
    <message>
        <source>Keep “%1”: the other track&apos;s file becomes a mix of it and the other track leaves the catalog</source>
        <translation>„%1“ behalten: Die Datei des anderen Titels wird ein Mix davon, der andere Titel wird aus dem Katalog entfernt</translation>
    </message>
    <message>
        <source>Keep Both</source>
        <translation>Beide behalten</translation>
    </message>
    <message>
        <source>They are different recordings: do not list them again</source>
        <translation>Es sind verschiedene Aufnahmen: nicht wieder auflisten</translation>
    </message>
    <message numerus="yes">
        <source>%n track(s) not analysed yet: their duplicates are found once Quality has analysed them.</source>
        <translation>
            <numerusform>%n Titel ist noch nicht analysiert: Seine Duplikate werden gefunden, sobald „Qualität“ ihn analysiert hat.</numerusform>
            <numerusform>%n Titel sind noch nicht analysiert: Ihre Duplikate werden gefunden, sobald „Qualität“ sie analysiert hat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Analyze…</source>
        <translation>Analysieren …</translation>
    </message>
    <message>
        <source>No likely duplicates among the tracks analysed so far.</source>
        <translation>Keine wahrscheinlichen Duplikate unter den bisher analysierten Titeln.</translation>
    </message>
</context>
<context>
    <name>EditConflictDialog</name>
    <message>
        <source>Changed by Someone Else</source>
        <translation>Von jemand anderem geändert</translation>
    </message>
    <message>
        <source>In the catalog now:</source>
        <translation>Jetzt im Katalog:</translation>
    </message>
    <message>
        <source>Yours:</source>
        <translation>Ihre:</translation>
    </message>
    <message>
        <source>Use Mine</source>
        <translation>Meine verwenden</translation>
    </message>
    <message>
        <source>Save your value over the one in the catalog</source>
        <translation>Ihren Wert anstelle des Werts im Katalog speichern</translation>
    </message>
    <message>
        <source>Keep Theirs</source>
        <translation>Deren behalten</translation>
    </message>
    <message>
        <source>Keep the value in the catalog; yours is dropped</source>
        <translation>Den Wert im Katalog behalten; Ihrer wird verworfen</translation>
    </message>
    <message>
        <source>While you were editing, someone else changed the same value. Your change was not saved over theirs.</source>
        <translation>Während Sie bearbeitet haben, hat jemand anderes denselben Wert geändert. Ihre Änderung wurde nicht über seine gespeichert.</translation>
    </message>
    <message>
        <source>Release:</source>
        <translation>Veröffentlichung:</translation>
    </message>
    <message>
        <source>Track:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Field:</source>
        <translation>Feld:</translation>
    </message>
    <message>
        <source>Work:</source>
        <translation>Werk:</translation>
    </message>
    <message>
        <source>Terms of:</source>
        <translation>Bedingungen von:</translation>
    </message>
    <message>
        <source>Party:</source>
        <translation>Beteiligte(r):</translation>
    </message>
    <message>
        <source>Delivery profile:</source>
        <translation>Lieferprofil:</translation>
    </message>
</context>
<context>
    <name>EditConflicts</name>
    <message>
        <source>Release plan</source>
        <translation>Veröffentlichungsplan</translation>
    </message>
    <message>
        <source>(no tracks)</source>
        <translation>(keine Titel)</translation>
    </message>
    <message>
        <source>Disc %1: %2</source>
        <translation>Disc %1: %2</translation>
    </message>
    <message>
        <source>Running order</source>
        <translation>Titelreihenfolge</translation>
    </message>
    <message>
        <source>(none: an original)</source>
        <extracomment>A recording linked to no original: it is an original itself</extracomment>
        <translation>(keine: selbst ein Original)</translation>
    </message>
    <message>
        <source>Version of</source>
        <translation>Version von</translation>
    </message>
    <message>
        <source>(no cover)</source>
        <translation>(kein Cover)</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Cover</translation>
    </message>
</context>
<context>
    <name>EditableField</name>
    <message>
        <source>Changed meanwhile to “%1”: Enter keeps what you typed, Esc takes the new value.</source>
        <translation>Inzwischen geändert in „%1“: Die Eingabetaste behält Ihren Text, Esc übernimmt den neuen Wert.</translation>
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
    <name>FindingList</name>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation>Blocker</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Korrektur: %1</translation>
    </message>
</context>
<context>
    <name>FixLink</name>
    <message>
        <source>Fix…</source>
        <translation>Beheben …</translation>
    </message>
    <message>
        <source>Open the place where this is fixed</source>
        <translation>Die Stelle öffnen, an der sich dies beheben lässt</translation>
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
    <message>
        <source>Open on page KEY (catalog, …).</source>
        <translation>Seite KEY beim Start öffnen (catalog, …).</translation>
    </message>
    <message>
        <source>With --screenshot, select the first COUNT tracks.</source>
        <translation>Mit --screenshot die ersten COUNT Titel auswählen.</translation>
    </message>
    <message>
        <source>With --screenshot, select the first track whose title or version contains TEXT.</source>
        <translation>Mit --screenshot: den ersten Titel auswählen, dessen Name oder Version TEXT enthält.</translation>
    </message>
    <message>
        <source>Open the window WIDTHxHEIGHT pixels large (1024x700).</source>
        <translation>Das Fenster WIDTHxHEIGHT Pixel groß öffnen (1024x700).</translation>
    </message>
    <message>
        <source>With --catalog: create FILE if it does not exist.</source>
        <translation>Mit --catalog: DATEI anlegen, wenn es sie nicht gibt.</translation>
    </message>
    <message>
        <source>imprint: catalog %1 does not exist; add --new to create it</source>
        <translation>imprint: den Katalog %1 gibt es nicht; mit --new wird er angelegt</translation>
    </message>
    <message>
        <source>With --screenshot: open dialog KEY (newrelease: New Release, tags: Write Tags, terms: AI Tool Terms, duplicates: Likely Duplicates, team: Open Team Catalog, library: Library Folder, import: Import, about, shortcuts) first.</source>
        <translation>Mit --screenshot: zuerst den Dialog KEY öffnen (newrelease: Neue Veröffentlichung, tags: Tags schreiben, terms: KI-Tool-Bedingungen, duplicates: Wahrscheinliche Duplikate, team: Team-Katalog öffnen, library: Bibliotheksordner, import: Import, about: Über, shortcuts: Tastenkürzel).</translation>
    </message>
</context>
<context>
    <name>Identifiers</name>
    <message>
        <source>no ISRC entered</source>
        <translation>kein ISRC eingegeben</translation>
    </message>
    <message>
        <source>“%1” cannot be part of an ISRC: use letters and digits only</source>
        <translation>„%1“ darf nicht in einem ISRC vorkommen: nur Buchstaben und Ziffern verwenden</translation>
    </message>
    <message numerus="yes">
        <source>an ISRC has 12 letters and digits, this one has %n</source>
        <translation>
            <numerusform>ein ISRC hat 12 Buchstaben und Ziffern, dieser hat %n</numerusform>
            <numerusform>ein ISRC hat 12 Buchstaben und Ziffern, dieser hat %n</numerusform>
        </translation>
    </message>
    <message>
        <source>an ISRC starts with two letters (the country code), but “%1” is a digit</source>
        <translation>ein ISRC beginnt mit zwei Buchstaben (dem Ländercode), aber „%1“ ist eine Ziffer</translation>
    </message>
    <message>
        <source>characters 6 and 7 of an ISRC (the year) must be digits, not “%1”</source>
        <translation>Zeichen 6 und 7 eines ISRC (das Jahr) müssen Ziffern sein, nicht „%1“</translation>
    </message>
    <message>
        <source>the last five characters of an ISRC (the recording’s number) must be digits, not “%1”</source>
        <translation>die letzten fünf Zeichen eines ISRC (die Nummer der Aufnahme) müssen Ziffern sein, nicht „%1“</translation>
    </message>
    <message>
        <source>a registrant prefix looks like CC-XXX: two letters for the country, then the three letters or digits your ISRC agency gave you</source>
        <translation>ein Registrantenpräfix sieht aus wie CC-XXX: zwei Buchstaben für das Land, dann die drei Buchstaben oder Ziffern, die Ihnen Ihre ISRC-Agentur zugeteilt hat</translation>
    </message>
    <message>
        <source>no date to take the ISRC year from</source>
        <translation>kein Datum, aus dem sich das ISRC-Jahr ergibt</translation>
    </message>
    <message>
        <source>the ISRC numbers of %1 for %2 are used up (99999 is taken); ask your ISRC agency for another prefix or wait for the new year</source>
        <translation>die ISRC-Nummern von %1 für %2 sind aufgebraucht (99999 ist vergeben); bei der ISRC-Agentur ein weiteres Präfix anfragen oder das neue Jahr abwarten</translation>
    </message>
    <message>
        <source>no barcode entered</source>
        <translation>kein Barcode eingegeben</translation>
    </message>
    <message>
        <source>a barcode has digits only, “%1” is not one</source>
        <translation>ein Barcode besteht nur aus Ziffern, „%1“ ist keine</translation>
    </message>
    <message numerus="yes">
        <source>a barcode has 12 digits (UPC), 13 (EAN) or 14 (GTIN-14), this one has %n</source>
        <translation>
            <numerusform>ein Barcode hat 12 Ziffern (UPC), 13 (EAN) oder 14 (GTIN-14), dieser hat %n</numerusform>
            <numerusform>ein Barcode hat 12 Ziffern (UPC), 13 (EAN) oder 14 (GTIN-14), dieser hat %n</numerusform>
        </translation>
    </message>
    <message>
        <source>the check digit (the last one) should be %1, not %2</source>
        <translation>die Prüfziffer (die letzte) müsste %1 sein, nicht %2</translation>
    </message>
    <message>
        <source>no ISWC entered</source>
        <translation>kein ISWC eingegeben</translation>
    </message>
    <message>
        <source>an ISWC starts with the letter T, as in T-034.524.680-1</source>
        <translation>ein ISWC beginnt mit dem Buchstaben T, wie in T-034.524.680-1</translation>
    </message>
    <message>
        <source>after the T an ISWC has digits only, “%1” is not one</source>
        <translation>nach dem T hat ein ISWC nur Ziffern, „%1“ ist keine</translation>
    </message>
    <message numerus="yes">
        <source>an ISWC has 10 digits after the T, this one has %n</source>
        <translation>
            <numerusform>ein ISWC hat 10 Ziffern nach dem T, dieser hat %n</numerusform>
            <numerusform>ein ISWC hat 10 Ziffern nach dem T, dieser hat %n</numerusform>
        </translation>
    </message>
    <message>
        <source>no ISNI entered</source>
        <translation>kein ISNI eingegeben</translation>
    </message>
    <message>
        <source>an ISNI has digits only (the last may be X), “%1” is not one</source>
        <translation>ein ISNI hat nur Ziffern (das letzte Zeichen darf X sein), „%1“ ist keine</translation>
    </message>
    <message numerus="yes">
        <source>an ISNI has 16 characters, this one has %n</source>
        <translation>
            <numerusform>ein ISNI hat 16 Zeichen, dieser hat %n</numerusform>
            <numerusform>ein ISNI hat 16 Zeichen, dieser hat %n</numerusform>
        </translation>
    </message>
    <message>
        <source>only the last character of an ISNI may be X</source>
        <translation>nur das letzte Zeichen eines ISNI darf X sein</translation>
    </message>
    <message>
        <source>the check character (the last one) should be %1, not %2</source>
        <translation>das Prüfzeichen (das letzte) müsste %1 sein, nicht %2</translation>
    </message>
    <message>
        <source>no IPI number entered</source>
        <translation>keine IPI-Nummer eingegeben</translation>
    </message>
    <message>
        <source>an IPI name number has digits only, “%1” is not one</source>
        <translation>eine IPI-Namensnummer hat nur Ziffern, „%1“ ist keine</translation>
    </message>
    <message numerus="yes">
        <source>an IPI name number has 11 digits, this one has %n; if your society shows it shorter, add zeros at the front</source>
        <translation>
            <numerusform>eine IPI-Namensnummer hat 11 Ziffern, diese hat %n; wenn Ihre Verwertungsgesellschaft sie kürzer angibt, vorne Nullen ergänzen</numerusform>
            <numerusform>eine IPI-Namensnummer hat 11 Ziffern, diese hat %n; wenn Ihre Verwertungsgesellschaft sie kürzer angibt, vorne Nullen ergänzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>an IPI name number has 11 digits, this one has %n</source>
        <translation>
            <numerusform>eine IPI-Namensnummer hat 11 Ziffern, diese hat %n</numerusform>
            <numerusform>eine IPI-Namensnummer hat 11 Ziffern, diese hat %n</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown kind of identifier “%1”</source>
        <translation>unbekannte Art von Kennung „%1“</translation>
    </message>
</context>
<context>
    <name>ImageFacts</name>
    <message>
        <source>no such file</source>
        <translation>Datei nicht vorhanden</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert …</translation>
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
    <name>ImportFirstMessage</name>
    <message>
        <source>Import Folder…</source>
        <translation>Ordner importieren …</translation>
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
    <message numerus="yes">
        <source>%n moved</source>
        <translation>
            <numerusform>%n verschoben</numerusform>
            <numerusform>%n verschoben</numerusform>
        </translation>
    </message>
    <message>
        <source>moved: %1 → %2</source>
        <translation>verschoben: %1 → %2</translation>
    </message>
</context>
<context>
    <name>ImportWriter</name>
    <message>
        <source>%1: cannot store in the catalog: %2</source>
        <translation>%1: kann nicht im Katalog gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The track is no longer in the catalog.</source>
        <translation>Der Titel ist nicht mehr im Katalog.</translation>
    </message>
    <message>
        <source>%1 is already the audio of “%2”.</source>
        <translation>%1 ist bereits das Audio von „%2“.</translation>
    </message>
    <message>
        <source>“%1” has its audio already (%2).</source>
        <translation>„%1“ hat bereits sein Audio (%2).</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>not a readable image: %1</source>
        <translation>kein lesbares Bild: %1</translation>
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
    <message>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht vorhanden</translation>
    </message>
    <message>
        <source>%1: not an audio file (%2)</source>
        <translation>%1: keine Audiodatei (%2)</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2</source>
        <translation>%1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>%1 was not bound: %2</source>
        <translation>%1 wurde nicht zugeordnet: %2</translation>
    </message>
    <message>
        <source>not copied: the library already has a different file at %1; rename one of them and import again</source>
        <translation>nicht kopiert: In der Bibliothek liegt bereits eine andere Datei unter %1; eine von beiden umbenennen und erneut importieren</translation>
    </message>
    <message>
        <source>not copied into the library: %1</source>
        <translation>nicht in die Bibliothek kopiert: %1</translation>
    </message>
    <message>
        <source>%1 was not copied: the library already has a different file at %2</source>
        <translation>%1 wurde nicht kopiert: In der Bibliothek liegt bereits eine andere Datei unter %2</translation>
    </message>
    <message>
        <source>%1 was not copied into the library: %2</source>
        <translation>%1 wurde nicht in die Bibliothek kopiert: %2</translation>
    </message>
    <message>
        <source>%1 is outside the catalog&apos;s library folder %2, so backups and deliveries would not find its files. Import it with &quot;Copy into Library&quot; (imprint import --copy) to copy them into %3.</source>
        <translation>%1 liegt außerhalb des Bibliotheksordners %2 des Katalogs, daher fänden Sicherungen und Auslieferungen seine Dateien nicht. Mit »In die Bibliothek kopieren« (imprint import --copy) importieren, um sie nach %3 zu kopieren.</translation>
    </message>
</context>
<context>
    <name>Imprint::AppSettings</name>
    <message>
        <source>this computer</source>
        <translation>diesem Computer</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>a team catalog: its database on its server</comment>
        <translation>%1 auf %2</translation>
    </message>
</context>
<context>
    <name>Imprint::BulkTrackEdit</name>
    <message>
        <source>Select the tracks to change first.</source>
        <translation>Zuerst die zu ändernden Titel auswählen.</translation>
    </message>
    <message numerus="yes">
        <source>Change of %n Track(s)</source>
        <translation>
            <numerusform>Änderung an %n Titel</numerusform>
            <numerusform>Änderung an %n Titeln</numerusform>
        </translation>
    </message>
    <message>
        <source>The change was not saved: %1</source>
        <translation>Die Änderung wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>the label of %1</source>
        <translation>das Label von %1</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) had been changed by someone else meanwhile and were kept as they are: %1. The rest of the change was saved.</source>
        <translation>
            <numerusform>%n Wert wurde inzwischen von jemand anderem geändert und bleibt, wie er ist: %1. Der Rest der Änderung wurde gespeichert.</numerusform>
            <numerusform>%n Werte wurden inzwischen von jemand anderem geändert und bleiben, wie sie sind: %1. Der Rest der Änderung wurde gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The change was not saved: someone else had changed %n of its value(s) meanwhile, which stay as they are: %1.</source>
        <translation>
            <numerusform>Die Änderung wurde nicht gespeichert: jemand anderes hatte inzwischen %n ihrer Werte geändert, der bleibt, wie er ist: %1.</numerusform>
            <numerusform>Die Änderung wurde nicht gespeichert: jemand anderes hatte inzwischen %n ihrer Werte geändert, die bleiben, wie sie sind: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Imprint::CalendarExporter</name>
    <message numerus="yes">
        <source>Exported %n release(s) and %1 milestone(s) to %2</source>
        <translation>
            <numerusform>%n Veröffentlichung und %1 Meilenstein(e) nach %2 exportiert</numerusform>
            <numerusform>%n Veröffentlichungen und %1 Meilenstein(e) nach %2 exportiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Imprint::CatalogChangeFeed</name>
    <message>
        <source>the server closed the connection</source>
        <translation>der Server hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>the server does not take the request to listen</source>
        <translation>der Server nimmt die Anmeldung für Änderungsmeldungen nicht an</translation>
    </message>
    <message>
        <source>the connection to the server was lost (%1); Imprint connects again as soon as it answers</source>
        <translation>die Verbindung zum Server ist abgebrochen (%1); Imprint verbindet sich wieder, sobald er antwortet</translation>
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
        <source>The change was not saved: %1</source>
        <translation>Die Änderung wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Set your ISRC registrant prefix first (for example CC-XXX).</source>
        <translation>Zuerst Ihr ISRC-Registrantenpräfix festlegen (zum Beispiel CC-XXX).</translation>
    </message>
    <message>
        <source>%1 of “%2” was not saved: %3</source>
        <translation>%1 von „%2“ wurde nicht gespeichert: %3</translation>
    </message>
</context>
<context>
    <name>Imprint::CreditsCatalog</name>
    <message>
        <source>Could not read the parties: %1</source>
        <translation>Die Beteiligten konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Could not read the works: %1</source>
        <translation>Die Werke konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Could not read the credits: %1</source>
        <translation>Die Mitwirkenden konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Could not read the writers: %1</source>
        <translation>Die Urheber konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Mitwirkung</translation>
    </message>
    <message>
        <source>Master share</source>
        <translation>Master-Anteil</translation>
    </message>
    <message>
        <source>Publishing share</source>
        <translation>Verlagsanteil</translation>
    </message>
    <message>
        <source>Could not read the party&apos;s credits: %1</source>
        <translation>Die Mitwirkungen der/des Beteiligten konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The change was not saved: %1</source>
        <translation>Die Änderung wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Select the track to edit its credits.</source>
        <translation>Den Titel auswählen, um seine Mitwirkenden zu bearbeiten.</translation>
    </message>
    <message>
        <source>Add Credit</source>
        <translation>Mitwirkung hinzufügen</translation>
    </message>
    <message>
        <source>Remove Credit</source>
        <translation>Mitwirkung entfernen</translation>
    </message>
    <message>
        <source>Credit Change</source>
        <translation>Mitwirkung ändern</translation>
    </message>
    <message>
        <source>“%1” is not a percentage with at most two decimals.</source>
        <translation>„%1“ ist kein Prozentwert mit höchstens zwei Nachkommastellen.</translation>
    </message>
    <message>
        <source>Select the track to edit its master splits.</source>
        <translation>Den Titel auswählen, um seine Master-Aufteilung zu bearbeiten.</translation>
    </message>
    <message>
        <source>The master splits were not saved: %1</source>
        <translation>Die Master-Aufteilung wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Master Splits Change</source>
        <translation>Master-Aufteilung ändern</translation>
    </message>
    <message>
        <source>Select the work to edit its writers.</source>
        <translation>Das Werk auswählen, um seine Urheber zu bearbeiten.</translation>
    </message>
    <message>
        <source>The publishing shares were not saved: %1</source>
        <translation>Die Verlagsanteile wurden nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Publishing Shares Change</source>
        <translation>Verlagsanteile ändern</translation>
    </message>
    <message>
        <source>The work is no longer in the catalog.</source>
        <translation>Das Werk ist nicht mehr im Katalog.</translation>
    </message>
    <message>
        <source>%1 is already the ISWC of “%2”.</source>
        <translation>%1 ist bereits der ISWC von „%2“.</translation>
    </message>
    <message>
        <source>ISWC Change</source>
        <translation>ISWC ändern</translation>
    </message>
    <message>
        <source>Work Title Change</source>
        <translation>Werktitel ändern</translation>
    </message>
    <message>
        <source>The track or the work is no longer in the catalog.</source>
        <translation>Der Titel oder das Werk ist nicht mehr im Katalog.</translation>
    </message>
    <message>
        <source>Link to Work</source>
        <translation>Mit Werk verknüpfen</translation>
    </message>
    <message>
        <source>Unlink from Work</source>
        <translation>Verknüpfung mit Werk lösen</translation>
    </message>
    <message>
        <source>The party is no longer in the catalog.</source>
        <translation>Die/der Beteiligte ist nicht mehr im Katalog.</translation>
    </message>
    <message>
        <source>Party Change</source>
        <translation>Beteiligte(n) ändern</translation>
    </message>
    <message numerus="yes">
        <source>%n credit(s)</source>
        <translation>
            <numerusform>%n Mitwirkung</numerusform>
            <numerusform>%n Mitwirkungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n master split(s)</source>
        <translation>
            <numerusform>%n Master-Anteil</numerusform>
            <numerusform>%n Master-Anteile</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n writer share(s)</source>
        <translation>
            <numerusform>%n Urheberanteil</numerusform>
            <numerusform>%n Urheberanteile</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>artist of %n track(s)</source>
        <translation>
            <numerusform>Künstler von %n Titel</numerusform>
            <numerusform>Künstler von %n Titeln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>artist of %n release(s)</source>
        <translation>
            <numerusform>Künstler von %n Veröffentlichung</numerusform>
            <numerusform>Künstler von %n Veröffentlichungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>counterparty of %n clearance item(s)</source>
        <translation>
            <numerusform>Vertragspartner bei %n Rechteklärungspunkt</numerusform>
            <numerusform>Vertragspartner bei %n Rechteklärungspunkten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n human contribution(s)</source>
        <translation>
            <numerusform>%n menschlicher Beitrag</numerusform>
            <numerusform>%n menschliche Beiträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>owner of %n uploaded input(s)</source>
        <translation>
            <numerusform>Rechteinhaber von %n hochgeladenen Eingabe</numerusform>
            <numerusform>Rechteinhaber von %n hochgeladenen Eingaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1</source>
        <translation>
            <numerusform>%n Zeile von %1</numerusform>
            <numerusform>%n Zeilen von %1</numerusform>
        </translation>
    </message>
    <message>
        <source>New Work</source>
        <translation>Neues Werk</translation>
    </message>
    <message>
        <source>Delete Work</source>
        <translation>Werk löschen</translation>
    </message>
    <message>
        <source>New Party</source>
        <translation>Neue(r) Beteiligte(r)</translation>
    </message>
    <message>
        <source>“%1” was not deleted: %2</source>
        <translation>„%1“ wurde nicht gelöscht: %2</translation>
    </message>
    <message>
        <source>“%1” is still in use (%2). Remove those first, or keep the party.</source>
        <translation>„%1“ wird noch verwendet (%2). Zuerst diese Verwendungen entfernen oder den Eintrag behalten.</translation>
    </message>
    <message>
        <source>Delete Party</source>
        <translation>Beteiligte(n) löschen</translation>
    </message>
    <message>
        <source>Credits Change</source>
        <translation>Änderung der Mitwirkenden</translation>
    </message>
    <message>
        <source>The track is no longer in the catalog.</source>
        <translation>Der Titel ist nicht mehr im Katalog.</translation>
    </message>
</context>
<context>
    <name>Imprint::CutdownAttachController</name>
    <message>
        <source>Stopped: no cut-down was attached.</source>
        <translation>Abgebrochen: Es wurde keine Kurzfassung angehängt.</translation>
    </message>
    <message>
        <source>Nothing was attached: %1</source>
        <translation>Es wurde nichts angehängt: %1</translation>
    </message>
    <message>
        <source>The track has these cut-downs already.</source>
        <translation>Der Titel hat diese Kurzfassungen schon.</translation>
    </message>
    <message numerus="yes">
        <source>Attached %n cut-down(s) to the track: %1.</source>
        <translation>
            <numerusform>%n Kurzfassung an den Titel angehängt: %1.</numerusform>
            <numerusform>%n Kurzfassungen an den Titel angehängt: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Analyze measures their length.</source>
        <translation>„Analysieren“ misst ihre Länge.</translation>
    </message>
    <message>
        <source>The others were attached already.</source>
        <translation>Die anderen waren schon angehängt.</translation>
    </message>
</context>
<context>
    <name>Imprint::DeliveryCatalog</name>
    <message>
        <source>Could not read the release&apos;s deliveries: %1</source>
        <translation>Die Auslieferungen der Veröffentlichung konnten nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>The package will be made although %n blocker(s) stand in the way. Each is recorded in its metadata.json and in the delivery history:
%1</source>
        <translation>
            <numerusform>Das Paket wird erstellt, obwohl %n Blocker im Weg steht. Er wird in seiner metadata.json und im Auslieferungsverlauf vermerkt:
%1</numerusform>
            <numerusform>Das Paket wird erstellt, obwohl %n Blocker im Weg stehen. Jeder wird in seiner metadata.json und im Auslieferungsverlauf vermerkt:
%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Imprint::DeliveryController</name>
    <message>
        <source>Verifying…</source>
        <translation>Überprüfung …</translation>
    </message>
    <message>
        <source>Taking a snapshot of the catalog…</source>
        <translation>Momentaufnahme des Katalogs wird erstellt …</translation>
    </message>
    <message>
        <source>Preparing tagged copies…</source>
        <translation>Getaggte Kopien werden vorbereitet …</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Imprint backup %1</source>
        <translation>Imprint-Sicherung %1</translation>
    </message>
    <message>
        <source>Choose a release, a format and a file to export to.</source>
        <translation>Veröffentlichung, Format und Zieldatei für den Export wählen.</translation>
    </message>
    <message>
        <source>Export cancelled; no package was written.</source>
        <translation>Export abgebrochen; es wurde kein Paket geschrieben.</translation>
    </message>
    <message>
        <source>The package was not written: %1</source>
        <translation>Das Paket wurde nicht geschrieben: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to %1 (%2).</source>
        <translation>
            <numerusform>%n Datei nach %1 exportiert (%2).</numerusform>
            <numerusform>%n Dateien nach %1 exportiert (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Verified: all %1 entries match MANIFEST.sha256. Package SHA-256 %2…</source>
        <translation>Überprüft: Alle %1 Einträge stimmen mit MANIFEST.sha256 überein. SHA-256 des Pakets %2…</translation>
    </message>
    <message>
        <source>Recorded in the package: %1: %2</source>
        <translation>Im Paket festgehalten: %1: %2</translation>
    </message>
    <message>
        <source>Choose a file to back up to.</source>
        <translation>Zieldatei für die Sicherung wählen.</translation>
    </message>
    <message>
        <source>Backup cancelled; no backup was written.</source>
        <translation>Sicherung abgebrochen; es wurde keine Sicherung geschrieben.</translation>
    </message>
    <message>
        <source>The backup was not written: %1</source>
        <translation>Die Sicherung wurde nicht geschrieben: %1</translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n track(s) and %1 files (%2) to %3.</source>
        <translation>
            <numerusform>%n Titel und %1 Dateien (%2) nach %3 gesichert.</numerusform>
            <numerusform>%n Titel und %1 Dateien (%2) nach %3 gesichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verified against its MANIFEST.sha256 before it got its name.</source>
        <translation>Vor der Benennung anhand ihres MANIFEST.sha256 überprüft.</translation>
    </message>
    <message>
        <source>Missing from the library, not in the backup: %1</source>
        <translation>Fehlt in der Bibliothek, nicht in der Sicherung: %1</translation>
    </message>
    <message>
        <source>Its delivery milestone is done on the calendar.</source>
        <translation>Ihr Auslieferungs-Meilenstein ist im Kalender erledigt.</translation>
    </message>
    <message>
        <source>Copying %1 of %2 files…</source>
        <translation>Kopiere %1 von %2 Dateien …</translation>
    </message>
    <message>
        <source>Each copy was checked against its original; the originals are untouched. Back up the catalog again to include them.</source>
        <translation>Jede Kopie wurde mit ihrem Original verglichen; die Originale sind unverändert. Den Katalog erneut sichern, damit sie enthalten sind.</translation>
    </message>
</context>
<context>
    <name>Imprint::DuplicateReview</name>
    <message>
        <source>Could not look for duplicates: %1</source>
        <translation>Die Suche nach Duplikaten ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the same audio</source>
        <translation>dasselbe Audio</translation>
    </message>
    <message>
        <source>%1 % alike</source>
        <translation>%1 % ähnlich</translation>
    </message>
    <message>
        <source>Keep Both</source>
        <translation>Beide behalten</translation>
    </message>
    <message>
        <source>Merge Duplicates</source>
        <translation>Duplikate zusammenführen</translation>
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
    <name>Imprint::LibraryFolderController</name>
    <message>
        <source>Missing: %1</source>
        <translation>Fehlt: %1</translation>
    </message>
    <message>
        <source>Not the file analysed: %1</source>
        <translation>Nicht die analysierte Datei: %1</translation>
    </message>
    <message>
        <source>Unreadable: %1</source>
        <translation>Nicht lesbar: %1</translation>
    </message>
    <message>
        <source>The library folder could not be set: %1</source>
        <translation>Der Bibliotheksordner konnte nicht festgelegt werden: %1</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
</context>
<context>
    <name>Imprint::MetadataExchange</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 would update %n track(s), create %2 and leave %3 unchanged.</source>
        <translation>
            <numerusform>%1 würde %n Titel aktualisieren, %2 anlegen und %3 unverändert lassen.</numerusform>
            <numerusform>%1 würde %n Titel aktualisieren, %2 anlegen und %3 unverändert lassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: updated %n track(s), created %2, left %3 unchanged.</source>
        <translation>
            <numerusform>%1: %n Titel aktualisiert, %2 angelegt, %3 unverändert gelassen.</numerusform>
            <numerusform>%1: %n Titel aktualisiert, %2 angelegt, %3 unverändert gelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported the catalog to %1.</source>
        <translation>Katalog nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Exported the tracks to %1.</source>
        <translation>Titel nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>Export nach %1 nicht möglich: %2</translation>
    </message>
</context>
<context>
    <name>Imprint::PlanningSession</name>
    <message>
        <source>Could not read the release plan: %1</source>
        <translation>Der Veröffentlichungsplan konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>“%1” is not a date a plan can use.</source>
        <translation>„%1“ ist kein Datum, das ein Plan verwenden kann.</translation>
    </message>
    <message>
        <source>The release is no longer in the catalog.</source>
        <translation>Die Veröffentlichung ist nicht mehr im Katalog.</translation>
    </message>
    <message>
        <source>%1 would put a milestone outside the dates a plan can use.</source>
        <translation>%1 würde einen Meilenstein außerhalb des für Pläne zulässigen Zeitraums setzen.</translation>
    </message>
    <message>
        <source>%1 would move a milestone outside the dates a plan can use.</source>
        <translation>%1 würde einen Meilenstein aus dem für Pläne zulässigen Zeitraum verschieben.</translation>
    </message>
    <message>
        <source>Schedule Release</source>
        <translation>Veröffentlichung planen</translation>
    </message>
    <message>
        <source>Reschedule Release</source>
        <translation>Veröffentlichung umplanen</translation>
    </message>
    <message>
        <source>Not a date.</source>
        <translation>Kein Datum.</translation>
    </message>
    <message>
        <source>Plans the release for %1 with its template&apos;s milestones.</source>
        <translation>Plant die Veröffentlichung für den %1 mit den Meilensteinen ihrer Vorlage.</translation>
    </message>
    <message>
        <source>The milestone is no longer in the plan.</source>
        <translation>Der Meilenstein ist nicht mehr im Plan.</translation>
    </message>
    <message>
        <source>Mark Done</source>
        <translation>Als erledigt markieren</translation>
    </message>
    <message>
        <source>Mark Not Done</source>
        <translation>Als nicht erledigt markieren</translation>
    </message>
    <message>
        <source>Milestone Date Change</source>
        <translation>Meilensteindatum ändern</translation>
    </message>
    <message>
        <source>Notes Change</source>
        <translation>Notizen ändern</translation>
    </message>
    <message>
        <source>A task needs a name.</source>
        <translation>Eine Aufgabe braucht einen Namen.</translation>
    </message>
    <message>
        <source>Add Task</source>
        <translation>Aufgabe hinzufügen</translation>
    </message>
    <message>
        <source>Delete “%1”? Its tracks stay in the catalog.</source>
        <translation>„%1“ löschen? Die Titel bleiben im Katalog.</translation>
    </message>
    <message>
        <source>Delete “%1” with %2 and %3? Its tracks stay in the catalog.</source>
        <translation>„%1“ mit %2 und %3 löschen? Die Titel bleiben im Katalog.</translation>
    </message>
    <message numerus="yes">
        <source>%n milestone(s)</source>
        <translation>
            <numerusform>%n Meilenstein</numerusform>
            <numerusform>%n Meilensteinen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) of your own</source>
        <translation>
            <numerusform>%n eigenen Aufgabe</numerusform>
            <numerusform>%n eigenen Aufgaben</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” could not be deleted: %2</source>
        <translation>„%1“ konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>Delete Release</source>
        <translation>Veröffentlichung löschen</translation>
    </message>
    <message>
        <source>The change to the plan was not saved: %1</source>
        <translation>Die Änderung am Plan wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Edit Milestone</source>
        <translation>Meilenstein bearbeiten</translation>
    </message>
    <message>
        <source>“%1” belongs to the release&apos;s plan and cannot be deleted; mark it done or give it another date.</source>
        <translation>„%1“ gehört zum Plan der Veröffentlichung und kann nicht gelöscht werden; als erledigt markieren oder ein anderes Datum geben.</translation>
    </message>
    <message>
        <source>Delete Task</source>
        <translation>Aufgabe löschen</translation>
    </message>
    <message>
        <source>Enter a date as YYYY-MM-DD.</source>
        <translation>Ein Datum im Format JJJJ-MM-TT eingeben.</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as YYYY-MM-DD.</source>
        <translation>„%1“ ist kein Datum; im Format JJJJ-MM-TT eingeben.</translation>
    </message>
    <message>
        <source>%1 is outside the dates a plan can use.</source>
        <translation>%1 liegt außerhalb des für Pläne zulässigen Zeitraums.</translation>
    </message>
    <message>
        <source>Plan Change</source>
        <translation>Plan ändern</translation>
    </message>
</context>
<context>
    <name>Imprint::QualityCatalog</name>
    <message>
        <source>Stems and versions (part of the verdict)</source>
        <translation>Stems und Versionen (Teil der Bewertung)</translation>
    </message>
    <message>
        <source>Stems and versions (not part of the %1 verdict)</source>
        <translation>Stems und Versionen (nicht Teil der Bewertung für %1)</translation>
    </message>
    <message>
        <source>Could not read the audio checks: %1</source>
        <translation>Die Audioprüfungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>There is no profile “%1”.</source>
        <translation>Es gibt kein Profil „%1“.</translation>
    </message>
    <message>
        <source>Profile Change</source>
        <translation>Profil ändern</translation>
    </message>
    <message>
        <source>Reset Profile</source>
        <translation>Profil zurücksetzen</translation>
    </message>
    <message>
        <source>The profile change cannot be applied: %1</source>
        <translation>Die Profiländerung kann nicht angewendet werden: %1</translation>
    </message>
    <message>
        <source>The profile change was not saved: %1</source>
        <translation>Die Profiländerung wurde nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>Imprint::QualityListModel</name>
    <message>
        <source>silent</source>
        <translation>stumm</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n Stelle</numerusform>
            <numerusform>%n Stellen</numerusform>
        </translation>
    </message>
    <message>
        <source>no master</source>
        <translation>kein Master</translation>
    </message>
    <message>
        <source>not analysed yet</source>
        <translation>noch nicht analysiert</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
</context>
<context>
    <name>Imprint::ReleaseCatalog</name>
    <message>
        <source>Could not read the releases: %1</source>
        <translation>Die Veröffentlichungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The release is no longer in the catalog.</source>
        <translation>Die Veröffentlichung ist nicht mehr im Katalog.</translation>
    </message>
    <message>
        <source>Release Change</source>
        <translation>Veröffentlichung ändern</translation>
    </message>
    <message>
        <source>The change was not saved: %1</source>
        <translation>Die Änderung wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Track Order</source>
        <translation>Titelreihenfolge ändern</translation>
    </message>
    <message>
        <source>The track order was not saved: %1</source>
        <translation>Die Titelreihenfolge wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The planned track has its audio now and stays; take it off the release instead.</source>
        <translation>Der geplante Titel hat jetzt sein Audio und bleibt; stattdessen aus der Veröffentlichung entfernen.</translation>
    </message>
    <message>
        <source>“%1” was not created: %2</source>
        <translation>„%1“ wurde nicht erstellt: %2</translation>
    </message>
    <message>
        <source>New Release</source>
        <translation>Neue Veröffentlichung</translation>
    </message>
    <message>
        <source>Replace Artwork</source>
        <translation>Cover ersetzen</translation>
    </message>
    <message>
        <source>%1 of “%2” was not saved: %3</source>
        <translation>%1 von „%2“ wurde nicht gespeichert: %3</translation>
    </message>
</context>
<context>
    <name>Imprint::ReleasePlanController</name>
    <message>
        <source>Choose a release first.</source>
        <translation>Zuerst eine Veröffentlichung auswählen.</translation>
    </message>
    <message>
        <source>“%1” was not planned: %2</source>
        <translation>„%1“ wurde nicht geplant: %2</translation>
    </message>
    <message>
        <source>“%1” is planned; it has no audio yet.</source>
        <translation>„%1“ ist geplant und hat noch kein Audio.</translation>
    </message>
    <message>
        <source>Plan Track “%1”</source>
        <translation>Titel „%1“ planen</translation>
    </message>
    <message>
        <source>%1 (%2, %3×%4 px) is the cover now.</source>
        <translation>%1 (%2, %3×%4 px) ist jetzt das Cover.</translation>
    </message>
    <message>
        <source>Set Artwork</source>
        <translation>Cover festlegen</translation>
    </message>
    <message>
        <source>Replace Artwork</source>
        <translation>Cover ersetzen</translation>
    </message>
    <message>
        <source>%1 is the track&apos;s audio now.</source>
        <translation>%1 ist jetzt das Audio des Titels.</translation>
    </message>
    <message>
        <source>Wait until the file being read is done.</source>
        <translation>Warten, bis die Datei fertig gelesen ist.</translation>
    </message>
    <message>
        <source>%1 is the track&apos;s audio now, copied into the library as %2.</source>
        <translation>%1 ist jetzt das Audio des Titels, in die Bibliothek kopiert als %2.</translation>
    </message>
</context>
<context>
    <name>Imprint::RightsCatalog</name>
    <message>
        <source>Could not read the rights: %1</source>
        <translation>Die Rechte konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The track is no longer in the catalog.</source>
        <translation>Der Titel ist nicht mehr im Katalog.</translation>
    </message>
    <message>
        <source>%1 is before %2 existed: the terms table knows it from %3. Check the date, or add the tool&apos;s earlier terms.</source>
        <translation>%1 liegt vor der Einführung von %2: Die Bedingungstabelle kennt es erst ab %3. Das Datum prüfen oder frühere Bedingungen des Tools ergänzen.</translation>
    </message>
    <message>
        <source>Provenance Change</source>
        <translation>Herkunft ändern</translation>
    </message>
    <message>
        <source>Unknown clearance status “%1”.</source>
        <translation>Unbekannter Status der Rechteklärung „%1“.</translation>
    </message>
    <message>
        <source>The clearance item is no longer in the catalog.</source>
        <translation>Der Rechteklärungspunkt ist nicht mehr im Katalog.</translation>
    </message>
    <message>
        <source>Clearance Status Change</source>
        <translation>Status der Rechteklärung ändern</translation>
    </message>
    <message>
        <source>The change was not saved: %1</source>
        <translation>Die Änderung wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as YYYY-MM-DD.</source>
        <translation>„%1“ ist kein Datum; im Format JJJJ-MM-TT eingeben.</translation>
    </message>
    <message>
        <source>Add Clearance Item</source>
        <translation>Rechteklärungspunkt hinzufügen</translation>
    </message>
    <message>
        <source>Clearance Item Change</source>
        <translation>Rechteklärungspunkt ändern</translation>
    </message>
    <message>
        <source>Remove Clearance Item</source>
        <translation>Rechteklärungspunkt entfernen</translation>
    </message>
    <message>
        <source>The contribution is no longer in the catalog.</source>
        <translation>Der Beitrag ist nicht mehr im Katalog.</translation>
    </message>
    <message>
        <source>Add Contribution</source>
        <translation>Beitrag hinzufügen</translation>
    </message>
    <message>
        <source>Contribution Change</source>
        <translation>Beitrag ändern</translation>
    </message>
    <message>
        <source>Remove Contribution</source>
        <translation>Beitrag entfernen</translation>
    </message>
    <message>
        <source>The document could not be attached: nothing to attach it to.</source>
        <translation>Das Dokument konnte nicht angehängt werden: Es gibt nichts, woran es angehängt werden kann.</translation>
    </message>
    <message>
        <source>The document could not be attached: %1</source>
        <translation>Das Dokument konnte nicht angehängt werden: %1</translation>
    </message>
    <message>
        <source>Attach Document</source>
        <translation>Dokument anhängen</translation>
    </message>
    <message>
        <source>Attach Evidence</source>
        <translation>Beleg anhängen</translation>
    </message>
    <message>
        <source>Attach Consent Document</source>
        <translation>Einwilligungsdokument anhängen</translation>
    </message>
    <message>
        <source>The uploaded input is no longer in the catalog.</source>
        <translation>Die hochgeladene Eingabe ist nicht mehr im Katalog.</translation>
    </message>
    <message>
        <source>Add Uploaded Input</source>
        <translation>Hochgeladene Eingabe hinzufügen</translation>
    </message>
    <message>
        <source>Uploaded Input Change</source>
        <translation>Hochgeladene Eingabe ändern</translation>
    </message>
    <message>
        <source>Remove Uploaded Input</source>
        <translation>Hochgeladene Eingabe entfernen</translation>
    </message>
    <message>
        <source>Attach Licence</source>
        <translation>Lizenz anhängen</translation>
    </message>
    <message>
        <source>The table already has terms for %1 (%2) from %3: edit that row instead.</source>
        <translation>Die Tabelle enthält bereits Bedingungen für %1 (%2) ab %3: Stattdessen diese Zeile bearbeiten.</translation>
    </message>
    <message>
        <source>These terms are no longer in the table.</source>
        <translation>Diese Bedingungen sind nicht mehr in der Tabelle.</translation>
    </message>
    <message>
        <source>Add Tool Terms</source>
        <translation>Tool-Bedingungen hinzufügen</translation>
    </message>
    <message>
        <source>Tool Terms Change</source>
        <translation>Tool-Bedingungen ändern</translation>
    </message>
    <message>
        <source>Remove Tool Terms</source>
        <translation>Tool-Bedingungen entfernen</translation>
    </message>
    <message>
        <source>Rights Change</source>
        <translation>Rechteänderung</translation>
    </message>
    <message>
        <source>The rights of this track are still being read. Try again in a moment.</source>
        <translation>Die Rechte dieses Titels werden noch gelesen. Bitte gleich noch einmal versuchen.</translation>
    </message>
    <message>
        <source>The document was copied into the library but not attached: its record is no longer shown. Select its track and attach it again.</source>
        <translation>Das Dokument wurde in die Bibliothek kopiert, aber nicht angehängt: Sein Eintrag wird nicht mehr angezeigt. Wählen Sie den Titel aus und hängen Sie es erneut an.</translation>
    </message>
    <message>
        <source>this computer has no folder for the team catalog&apos;s files yet: choose it with File › Library Folder…, then attach the document again</source>
        <translation>dieser Computer hat noch keinen Ordner für die Dateien des Team-Katalogs: Wählen Sie ihn mit Datei › Bibliotheksordner … und hängen Sie das Dokument dann erneut an</translation>
    </message>
    <message>
        <source>Remove Evidence</source>
        <translation>Beleg entfernen</translation>
    </message>
    <message>
        <source>Replace Evidence</source>
        <translation>Beleg ersetzen</translation>
    </message>
</context>
<context>
    <name>Imprint::RightsSheetExport</name>
    <message>
        <source>The rights sheet was not written: %1</source>
        <translation>Das Rechteblatt wurde nicht geschrieben: %1</translation>
    </message>
</context>
<context>
    <name>Imprint::StemAttachController</name>
    <message>
        <source>Stopped: nothing from %1 was attached.</source>
        <translation>Abgebrochen: Aus %1 wurde nichts angehängt.</translation>
    </message>
    <message>
        <source>Every stem in %1 was attached already.</source>
        <translation>Jeder Stem aus %1 war bereits angehängt.</translation>
    </message>
    <message numerus="yes">
        <source>Attached %n new stem(s) from %1; the others were attached already.</source>
        <translation>
            <numerusform>%n neuer Stem aus %1 angehängt; die übrigen waren bereits angehängt.</numerusform>
            <numerusform>%n neue Stems aus %1 angehängt; die übrigen waren bereits angehängt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attached %n stem(s) from %1.</source>
        <translation>
            <numerusform>%n Stem aus %1 angehängt.</numerusform>
            <numerusform>%n Stems aus %1 angehängt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not a stem: %1</source>
        <translation>Kein Stem: %1</translation>
    </message>
    <message>
        <source>%1 was not attached: the checks against the master refused it (below).</source>
        <translation>%1 wurde nicht angehängt: Die Prüfungen gegen den Master haben es abgelehnt (siehe unten).</translation>
    </message>
    <message>
        <source>Nothing was attached: %1</source>
        <translation>Es wurde nichts angehängt: %1</translation>
    </message>
</context>
<context>
    <name>Imprint::TagWriteController</name>
    <message>
        <source>Cannot read the catalog: %1</source>
        <translation>Der Katalog kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No master files for these tracks: import them first.</source>
        <translation>Keine Master-Dateien für diese Titel: zuerst importieren.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) to change</source>
        <translation>
            <numerusform>%n Datei zu ändern</numerusform>
            <numerusform>%n Dateien zu ändern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written</source>
        <translation>
            <numerusform>%n Datei geschrieben</numerusform>
            <numerusform>%n Dateien geschrieben</numerusform>
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
        <source>%n cannot be written</source>
        <translation>
            <numerusform>%n kann nicht geschrieben werden</numerusform>
            <numerusform>%n können nicht geschrieben werden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cancelled: %n not checked</source>
        <translation>
            <numerusform>abgebrochen: %n nicht geprüft</numerusform>
            <numerusform>abgebrochen: %n nicht geprüft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cancelled: %n not written</source>
        <translation>
            <numerusform>abgebrochen: %n nicht geschrieben</numerusform>
            <numerusform>abgebrochen: %n nicht geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>the catalog could not record the new files (%1): Analyze checks them again</source>
        <translation>der Katalog konnte die neuen Dateien nicht vermerken (%1): „Analysieren“ prüft sie erneut</translation>
    </message>
</context>
<context>
    <name>Imprint::TagWriteListModel</name>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Geschrieben</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Skipped (cancelled)</source>
        <translation>Übersprungen (abgebrochen)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Artists</source>
        <translation>Künstler</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Veröffentlichung</translation>
    </message>
    <message>
        <source>Release artist</source>
        <translation>Künstler der Veröffentlichung</translation>
    </message>
    <message>
        <source>Track number</source>
        <translation>Titelnummer</translation>
    </message>
    <message>
        <source>Tracks on disc</source>
        <translation>Titel auf der Disc</translation>
    </message>
    <message>
        <source>Disc number</source>
        <translation>Disc-Nummer</translation>
    </message>
    <message>
        <source>Discs</source>
        <translation>Discs</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>ISRC</source>
        <translation>ISRC</translation>
    </message>
    <message>
        <source>UPC/EAN</source>
        <translation>UPC/EAN</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Catalog number</source>
        <translation>Katalognummer</translation>
    </message>
    <message>
        <source>BPM</source>
        <translation>BPM</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Tonart</translation>
    </message>
    <message>
        <source>Composers</source>
        <translation>Komponisten</translation>
    </message>
    <message>
        <source>Lyricists</source>
        <translation>Texter</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Mitwirkende</translation>
    </message>
    <message>
        <source>Musicians</source>
        <translation>Musiker</translation>
    </message>
    <message>
        <source>℗ line</source>
        <translation>℗-Zeile</translation>
    </message>
    <message>
        <source>© line</source>
        <translation>©-Zeile</translation>
    </message>
    <message>
        <source>Explicit</source>
        <translation>Explizit</translation>
    </message>
    <message>
        <source>Lyrics</source>
        <translation>Songtext</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Cover art</source>
        <translation>Cover</translation>
    </message>
</context>
<context>
    <name>Imprint::TeamCatalogCheck</name>
    <message>
        <source>Type the address of the team catalog.</source>
        <translation>Geben Sie die Adresse des Team-Katalogs ein.</translation>
    </message>
    <message>
        <source>the catalog could not be opened</source>
        <translation>der Katalog konnte nicht geöffnet werden</translation>
    </message>
</context>
<context>
    <name>Imprint::TrackFiles</name>
    <message>
        <source>Could not read the track&apos;s stems and cut-downs: %1</source>
        <translation>Die Stems und Kurzfassungen des Tracks konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Remove Stem “%1”</source>
        <translation>Stem „%1“ entfernen</translation>
    </message>
    <message>
        <source>Remove Cut-down “%1”</source>
        <translation>Kurzfassung „%1“ entfernen</translation>
    </message>
    <message>
        <source>the file is no longer attached to the track</source>
        <translation>die Datei gehört nicht mehr zum Track</translation>
    </message>
    <message>
        <source>The change was not saved: %1</source>
        <translation>Die Änderung wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>another file has its place in the library folder now: %1</source>
        <translation>eine andere Datei hat jetzt ihren Platz im Bibliotheksordner: %1</translation>
    </message>
    <message>
        <source>%1 could not be moved back to %2</source>
        <translation>%1 konnte nicht nach %2 zurückgelegt werden</translation>
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
    <message>
        <source>%1 LUFS</source>
        <translation>%1 LUFS</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>Nicht bereit</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>BPM</source>
        <translation>BPM</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Tonart</translation>
    </message>
    <message>
        <source>Moods</source>
        <translation>Stimmungen</translation>
    </message>
    <message>
        <source>Loudness</source>
        <translation>Lautheit</translation>
    </message>
    <message>
        <source>Ready For</source>
        <translation>Bereit für</translation>
    </message>
</context>
<context>
    <name>Imprint::TrackVersions</name>
    <message>
        <source>Could not read the versions: %1</source>
        <translation>Die Versionen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>A recording cannot be a version of itself.</source>
        <translation>Eine Aufnahme kann keine Version ihrer selbst sein.</translation>
    </message>
    <message>
        <source>That recording is itself a version of this one: pick the original it was made from.</source>
        <translation>Die gewählte Aufnahme ist selbst eine Version dieser Aufnahme: Das Original auswählen, aus dem sie entstanden ist.</translation>
    </message>
    <message>
        <source>Link to Original</source>
        <translation>Mit Original verknüpfen</translation>
    </message>
    <message>
        <source>Unlink from Original</source>
        <translation>Verknüpfung mit Original lösen</translation>
    </message>
    <message>
        <source>The change was not saved: %1</source>
        <translation>Die Änderung wurde nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>Imprint::WorkListModel</name>
    <message>
        <source>No work linked</source>
        <translation>Kein Werk verknüpft</translation>
    </message>
</context>
<context>
    <name>IsrcAssignment</name>
    <message>
        <source>Your ISRC registrant prefix, set once</source>
        <translation>Ihr ISRC-Registrantenpräfix, einmalig festzulegen</translation>
    </message>
    <message>
        <source>CC-XXX, from your national ISRC agency or distributor</source>
        <translation>CC-XXX, von Ihrer nationalen ISRC-Agentur oder Ihrem Vertrieb</translation>
    </message>
    <message>
        <source>Assign ISRC (%1)</source>
        <translation>ISRC zuweisen (%1)</translation>
    </message>
    <message>
        <source>Assign ISRC</source>
        <translation>ISRC zuweisen</translation>
    </message>
    <message>
        <source>Your new ISRC registrant prefix</source>
        <translation>Ihr neues ISRC-Registrantenpräfix</translation>
    </message>
    <message>
        <source>Change Prefix…</source>
        <translation>Präfix ändern …</translation>
    </message>
    <message>
        <source>Assign codes under another registrant prefix from now on; codes already assigned stay</source>
        <translation>Ab jetzt Codes unter einem anderen Registrantenpräfix vergeben; bereits vergebene Codes bleiben erhalten</translation>
    </message>
</context>
<context>
    <name>JsonText</name>
    <message>
        <source>not valid JSON at line %1, column %2: %3</source>
        <translation>kein gültiges JSON in Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>the top level is not a JSON object: not an Imprint catalog export</source>
        <translation>die oberste Ebene ist kein JSON-Objekt: kein Imprint-Katalogexport</translation>
    </message>
</context>
<context>
    <name>LibraryCheck</name>
    <message>
        <source>The library in %1 could not be checked: %2</source>
        <translation>Die Bibliothek in %1 konnte nicht geprüft werden: %2</translation>
    </message>
    <message>
        <source>The catalog refers to no files yet; new ones will be looked for in %1.</source>
        <translation>Der Katalog verweist noch auf keine Dateien; neue werden in %1 gesucht.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n file(s) found in %2</source>
        <translation>
            <numerusform>%1 von %n Datei in %2 gefunden</numerusform>
            <numerusform>%1 von %n Dateien in %2 gefunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n the same as recorded (SHA-256)</source>
        <translation>
            <numerusform>%n wie erfasst (SHA-256)</numerusform>
            <numerusform>%n wie erfasst (SHA-256)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>%n fehlt</numerusform>
            <numerusform>%n fehlen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed since last analysed, or another file</source>
        <translation>
            <numerusform>%n seit der letzten Analyse geändert oder eine andere Datei</numerusform>
            <numerusform>%n seit der letzten Analyse geändert oder andere Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable</source>
        <translation>
            <numerusform>%n nicht lesbar</numerusform>
            <numerusform>%n nicht lesbar</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped before the end. %1</source>
        <translation>Vor dem Ende angehalten. %1</translation>
    </message>
    <message>
        <source>it is not a folder</source>
        <translation>es ist kein Ordner</translation>
    </message>
</context>
<context>
    <name>LibraryConsolidation</name>
    <message>
        <source>Nothing was copied: %1</source>
        <translation>Nichts wurde kopiert: %1</translation>
    </message>
    <message>
        <source>Every file the catalog refers to is in its library folder.</source>
        <translation>Jede Datei, auf die der Katalog verweist, liegt in seinem Bibliotheksordner.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) copied into the library folder</source>
        <translation>
            <numerusform>%n Datei in den Bibliotheksordner kopiert</numerusform>
            <numerusform>%n Dateien in den Bibliotheksordner kopiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left where it is</source>
        <translation>
            <numerusform>%n blieb, wo sie ist</numerusform>
            <numerusform>%n blieben, wo sie sind</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: %1. Run it again to copy the rest.</source>
        <translation>Abgebrochen: %1. Erneut ausführen, um den Rest zu kopieren.</translation>
    </message>
    <message>
        <source>%1: the file is missing, so it cannot be copied</source>
        <translation>%1: die Datei fehlt, daher kann sie nicht kopiert werden</translation>
    </message>
    <message>
        <source>%1: not copied, the library already has a different file at %2</source>
        <translation>%1: nicht kopiert, in der Bibliothek liegt bereits eine andere Datei unter %2</translation>
    </message>
    <message>
        <source>this computer has no library folder for the catalog&apos;s files yet: name one (File › Library Folder…, or imprint library-folder)</source>
        <translation>dieser Computer hat noch keinen Bibliotheksordner für die Dateien des Katalogs: Legen Sie einen fest (Datei › Bibliotheksordner … oder imprint library-folder)</translation>
    </message>
</context>
<context>
    <name>LibraryCopy</name>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the folder cannot be created</source>
        <translation>der Ordner kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>cannot create a file here: %1</source>
        <translation>hier kann keine Datei erstellt werden: %1</translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation>kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>cannot be read back: %1</source>
        <translation>kann nicht zurückgelesen werden: %1</translation>
    </message>
    <message>
        <source>the copy does not match the original; nothing was copied</source>
        <translation>die Kopie stimmt nicht mit dem Original überein; nichts wurde kopiert</translation>
    </message>
    <message>
        <source>the copy cannot be moved into place</source>
        <translation>die Kopie kann nicht an ihren Platz verschoben werden</translation>
    </message>
</context>
<context>
    <name>LibraryFolderBanner</name>
    <message>
        <source>The catalog&apos;s files are not on this computer at %1: audio checks, previews and deliveries cannot read them.</source>
        <translation>Die Dateien des Katalogs liegen auf diesem Computer nicht in %1: Audioprüfung, Vorhören und Auslieferungen können sie nicht lesen.</translation>
    </message>
    <message>
        <source>This computer has no folder for the catalog&apos;s files yet: audio checks, previews and deliveries cannot read them.</source>
        <translation>Dieser Computer hat noch keinen Ordner für die Dateien des Katalogs: Audioprüfung, Vorhören und Auslieferungen können sie nicht lesen.</translation>
    </message>
</context>
<context>
    <name>LibraryFolderDialog</name>
    <message>
        <source>Library Folder</source>
        <translation>Bibliotheksordner</translation>
    </message>
    <message>
        <source>Where Is the Library on This Computer?</source>
        <translation>Wo liegt die Bibliothek auf diesem Computer?</translation>
    </message>
    <message>
        <source>Use This Folder</source>
        <translation>Diesen Ordner verwenden</translation>
    </message>
    <message>
        <source>Use Anyway</source>
        <translation>Trotzdem verwenden</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Everyone on the team has the library&apos;s files at their own place: a shared drive, a synced folder. Choose where they are on this computer; Imprint remembers it for this computer only.</source>
        <translation>Im Team hat jede Person die Dateien der Bibliothek an ihrem eigenen Ort: ein gemeinsames Laufwerk, ein synchronisierter Ordner. Wählen Sie, wo sie auf diesem Computer liegen; Imprint merkt es sich nur für diesen Computer.</translation>
    </message>
    <message>
        <source>The folder that holds this catalog&apos;s audio, artwork and documents. Choose its new place if you moved it.</source>
        <translation>Der Ordner mit Audio, Covern und Dokumenten dieses Katalogs. Wählen Sie seinen neuen Ort, wenn Sie ihn verschoben haben.</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Jetzt: %1</translation>
    </message>
    <message>
        <source>Now: none on this computer</source>
        <translation>Jetzt: keiner auf diesem Computer</translation>
    </message>
    <message>
        <source>The catalog&apos;s files are not there on this computer.</source>
        <translation>Die Dateien des Katalogs liegen auf diesem Computer nicht dort.</translation>
    </message>
    <message>
        <source>Choose Folder…</source>
        <translation>Ordner wählen …</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Checking %1 of %2 files…</source>
        <translation>Prüfe %1 von %2 Dateien …</translation>
    </message>
    <message>
        <source>None of the catalog&apos;s files is in this folder. Is the library mounted, and is this its top folder?</source>
        <translation>Keine Datei des Katalogs liegt in diesem Ordner. Ist die Bibliothek eingebunden, und ist dies ihr oberster Ordner?</translation>
    </message>
</context>
<context>
    <name>LibraryFolders</name>
    <message>
        <source>cannot write Imprint&apos;s configuration</source>
        <translation>Imprints Konfiguration kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>LikelyDuplicates</name>
    <message>
        <source>A track cannot be merged into itself.</source>
        <translation>Ein Titel kann nicht mit sich selbst zusammengeführt werden.</translation>
    </message>
    <message>
        <source>The track is no longer in the catalog.</source>
        <translation>Der Titel ist nicht mehr im Katalog.</translation>
    </message>
</context>
<context>
    <name>LiveUpdatesBanner</name>
    <message>
        <source>Changes other people make show only after Reload: %1</source>
        <translation>Änderungen anderer erscheinen erst nach „Neu laden“: %1</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Imprint</source>
        <translation>Imprint</translation>
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
    <name>MainActions</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>New Catalog…</source>
        <translation>Neuer Katalog …</translation>
    </message>
    <message>
        <source>Create an empty catalog and open it</source>
        <translation>Einen leeren Katalog anlegen und öffnen</translation>
    </message>
    <message>
        <source>Open Catalog…</source>
        <translation>Katalog öffnen …</translation>
    </message>
    <message>
        <source>Open another catalog</source>
        <translation>Einen anderen Katalog öffnen</translation>
    </message>
    <message>
        <source>Import Folder…</source>
        <translation>Ordner importieren …</translation>
    </message>
    <message>
        <source>Import audio and artwork from a folder</source>
        <translation>Audio und Cover aus einem Ordner importieren</translation>
    </message>
    <message>
        <source>Back Up Catalog…</source>
        <translation>Katalog sichern …</translation>
    </message>
    <message>
        <source>The catalog and every file of its library in one verified package</source>
        <translation>Der Katalog und jede Datei seiner Bibliothek in einem überprüften Paket</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
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
        <source>Select All</source>
        <translation>Alles auswählen</translation>
    </message>
    <message>
        <source>Select every track the search shows</source>
        <translation>Alle Titel auswählen, die die Suche zeigt</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Suchen …</translation>
    </message>
    <message>
        <source>Search this page</source>
        <translation>Auf dieser Seite suchen</translation>
    </message>
    <message>
        <source>New Release…</source>
        <translation>Neue Veröffentlichung …</translation>
    </message>
    <message>
        <source>Plan a release: title, artist, type and date</source>
        <translation>Eine Veröffentlichung planen: Titel, Künstler, Art und Datum</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>About Imprint</source>
        <translation>Über Imprint</translation>
    </message>
    <message>
        <source>Ctrl</source>
        <translation>Strg</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Umschalt</translation>
    </message>
    <message>
        <source>Open Team Catalog…</source>
        <translation>Team-Katalog öffnen …</translation>
    </message>
    <message>
        <source>Open a catalog that several people share on a PostgreSQL server</source>
        <translation>Einen Katalog öffnen, den mehrere Personen auf einem PostgreSQL-Server teilen</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Read the whole catalog again</source>
        <translation>Den ganzen Katalog neu einlesen</translation>
    </message>
    <message>
        <source>Library Folder…</source>
        <translation>Bibliotheksordner …</translation>
    </message>
    <message>
        <source>Where this computer has the catalog&apos;s audio, artwork and documents</source>
        <translation>Wo dieser Computer Audio, Cover und Dokumente des Katalogs hat</translation>
    </message>
</context>
<context>
    <name>MainDialogs</name>
    <message>
        <source>New Catalog</source>
        <translation>Neuer Katalog</translation>
    </message>
    <message>
        <source>Import a Folder of Takes</source>
        <translation>Einen Ordner mit Takes importieren</translation>
    </message>
    <message>
        <source>Open Catalog</source>
        <translation>Katalog öffnen</translation>
    </message>
    <message>
        <source>Imprint catalog (*.sqlite)</source>
        <translation>Imprint-Katalog (*.sqlite)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>MainMenuBar</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>&amp;Veröffentlichung</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
</context>
<context>
    <name>MetadataMenu</name>
    <message>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>Export Catalog as JSON…</source>
        <translation>Katalog als JSON exportieren …</translation>
    </message>
    <message>
        <source>Export Tracks as CSV…</source>
        <translation>Titel als CSV exportieren …</translation>
    </message>
    <message>
        <source>Import Tracks from CSV…</source>
        <translation>Titel aus CSV importieren …</translation>
    </message>
    <message>
        <source>Imprint catalog (*.json)</source>
        <translation>Imprint-Katalog (*.json)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <source>Export Finished</source>
        <translation>Export abgeschlossen</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Imprint catalog</source>
        <translation>Imprint-Katalog</translation>
    </message>
    <message>
        <source>Imprint tracks</source>
        <translation>Imprint-Titel</translation>
    </message>
    <message>
        <source>Export the catalog as JSON or its tracks as CSV, or import tracks from CSV</source>
        <translation>Den Katalog als JSON oder seine Titel als CSV exportieren oder Titel aus CSV importieren</translation>
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
    <message>
        <source>the team catalog&apos;s schema is at version %1 and this Imprint needs version %2: someone with the role %3 must open it once with this version of Imprint to upgrade it</source>
        <translation>das Schema des Teamkatalogs hat Version %1, diese Imprint-Version braucht Version %2: Jemand mit der Rolle %3 muss ihn einmal mit dieser Imprint-Version öffnen, um ihn zu aktualisieren</translation>
    </message>
</context>
<context>
    <name>MilestoneDialog</name>
    <message>
        <source>Delete Task</source>
        <translation>Aufgabe löschen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>It cannot be done after %1.</source>
        <translation>Er kann nicht nach dem %1 erledigt werden.</translation>
    </message>
    <message>
        <source>From now on it keeps this date when the release moves.</source>
        <translation>Ab jetzt behält er dieses Datum, wenn die Veröffentlichung verschoben wird.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Who does it, links, what is left…</source>
        <translation>Wer es erledigt, Links, was noch fehlt …</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
</context>
<context>
    <name>NewReleaseCommand</name>
    <message>
        <source>usage: imprint [--catalog FILE] new-release --title TITLE --artist ARTIST [--date YYYY-MM-DD] [--type single|ep|album|compilation] [--json]</source>
        <translation>Aufruf: imprint [--catalog FILE] new-release --title TITLE --artist ARTIST [--date YYYY-MM-DD] [--type single|ep|album|compilation] [--json]</translation>
    </message>
    <message>
        <source>imprint: %1</source>
        <translation>imprint: %1</translation>
    </message>
    <message>
        <source>imprint: “%1” was not created: %2</source>
        <translation>imprint: „%1“ wurde nicht erstellt: %2</translation>
    </message>
    <message>
        <source>Created release %1: “%2” by %3 (%4)</source>
        <translation>Veröffentlichung %1 erstellt: „%2“ von %3 (%4)</translation>
    </message>
    <message>
        <source>Not scheduled yet: give it a date on the Calendar page to plan its milestones.</source>
        <translation>Noch nicht terminiert: Auf der Seite „Kalender“ ein Datum geben, um die Meilensteine zu planen.</translation>
    </message>
    <message>
        <source>Release date %1; milestones:</source>
        <translation>Veröffentlichungsdatum %1; Meilensteine:</translation>
    </message>
</context>
<context>
    <name>NewReleaseDialog</name>
    <message>
        <source>New Release</source>
        <translation>Neue Veröffentlichung</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>e.g. Night Drive</source>
        <translation>z. B. Night Drive</translation>
    </message>
    <message>
        <source>Artist</source>
        <translation>Künstler</translation>
    </message>
    <message>
        <source>The primary artist</source>
        <translation>Der Hauptkünstler</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Single</source>
        <translation>Single</translation>
    </message>
    <message>
        <source>EP</source>
        <translation>EP</translation>
    </message>
    <message>
        <source>Album</source>
        <translation>Album</translation>
    </message>
    <message>
        <source>Compilation</source>
        <translation>Compilation</translation>
    </message>
    <message>
        <source>Release date</source>
        <translation>Veröffentlichungsdatum</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, or empty to plan it later</source>
        <translation>JJJJ-MM-TT, oder leer, um später zu planen</translation>
    </message>
    <message>
        <source>Its milestones (masters, artwork, delivery, pitch…) are planned backward from this date; you can edit them on the Calendar page.</source>
        <translation>Die Meilensteine (Master, Cover, Auslieferung, Pitch …) werden von diesem Datum aus rückwärts geplant; Sie können sie auf der Seite „Kalender“ bearbeiten.</translation>
    </message>
    <message>
        <source>Without a date the release waits on the Calendar page until you drag it onto a day.</source>
        <translation>Ohne Datum wartet die Veröffentlichung auf der Seite „Kalender“, bis Sie sie auf einen Tag ziehen.</translation>
    </message>
</context>
<context>
    <name>Notification</name>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>PartiesPage</name>
    <message>
        <source>Parties</source>
        <translation>Beteiligte</translation>
    </message>
    <message>
        <source>New party: type a name, Enter</source>
        <translation>Neue Beteiligte: Name, Eingabetaste</translation>
    </message>
    <message numerus="yes">
        <source>%n credit(s) and share(s)</source>
        <translation>
            <numerusform>%n Mitwirkung oder Anteil</numerusform>
            <numerusform>%n Mitwirkungen und Anteile</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a party to edit it.</source>
        <translation>Eine(n) Beteiligte(n) zum Bearbeiten auswählen.</translation>
    </message>
    <message>
        <source>No parties yet: type a name on the left to add one.</source>
        <translation>Noch keine Beteiligten: links einen Namen eingeben, um welche hinzuzufügen.</translation>
    </message>
    <message>
        <source>Delete Party</source>
        <translation>Beteiligte(n) löschen</translation>
    </message>
    <message>
        <source>Delete the party “%1”? Only a party nothing refers to can go: one still credited, holding a share or named as an artist stays, and Imprint says what uses it.</source>
        <translation>„%1“ löschen? Nur Beteiligte, auf die nichts verweist, können gelöscht werden: Wer noch als Mitwirkende(r) genannt ist, einen Anteil hält oder als Künstler geführt wird, bleibt erhalten, und Imprint zeigt, was darauf verweist.</translation>
    </message>
    <message>
        <source>Delete Party…</source>
        <translation>Beteiligte(n) löschen …</translation>
    </message>
    <message>
        <source>New party</source>
        <translation>Neue beteiligte Person</translation>
    </message>
</context>
<context>
    <name>PartyEditor</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Sort name</source>
        <translation>Sortiername</translation>
    </message>
    <message>
        <source>Surname, Given name</source>
        <translation>Nachname, Vorname</translation>
    </message>
    <message>
        <source>ISNI</source>
        <translation>ISNI</translation>
    </message>
    <message>
        <source>0000 0001 2345 6789</source>
        <translation>0000 0001 2345 6789</translation>
    </message>
    <message>
        <source>IPI name number</source>
        <translation>IPI-Namensnummer</translation>
    </message>
    <message>
        <source>11 digits</source>
        <translation>11 Ziffern</translation>
    </message>
    <message>
        <source>Performing rights organisation</source>
        <translation>Verwertungsgesellschaft</translation>
    </message>
    <message>
        <source>PRS, ASCAP, GEMA…</source>
        <translation>PRS, ASCAP, GEMA …</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>E-mail or phone</source>
        <translation>E-Mail oder Telefon</translation>
    </message>
    <message>
        <source>Credits and shares in the catalog</source>
        <translation>Mitwirkungen und Anteile im Katalog</translation>
    </message>
    <message>
        <source>Not credited anywhere yet.</source>
        <translation>Noch nirgends als Mitwirkende(r) angegeben.</translation>
    </message>
</context>
<context>
    <name>PartyNameField</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
</context>
<context>
    <name>PlanTrackPopup</name>
    <message>
        <source>Plan a Track</source>
        <translation>Titel planen</translation>
    </message>
    <message>
        <source>A track whose audio does not exist yet. Importing its file later, or dropping it on the track&apos;s row, gives it its audio.</source>
        <translation>Ein Titel, dessen Audio noch nicht existiert. Wird die Datei später importiert oder auf die Zeile des Titels gezogen, erhält er sein Audio.</translation>
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
        <source>e.g. Radio Edit; empty for the original</source>
        <translation>z. B. Radio Edit; leer für das Original</translation>
    </message>
    <message>
        <source>ISRC</source>
        <translation>ISRC</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Plan Track</source>
        <translation>Titel planen</translation>
    </message>
</context>
<context>
    <name>PlannedTracks</name>
    <message>
        <source>A planned track needs a title.</source>
        <translation>Ein geplanter Titel braucht einen Titel.</translation>
    </message>
    <message>
        <source>The release is no longer in the catalog.</source>
        <translation>Die Veröffentlichung ist nicht mehr im Katalog.</translation>
    </message>
    <message>
        <source>The ISRC %1 already belongs to “%2”.</source>
        <translation>Der ISRC %1 gehört bereits zu „%2“.</translation>
    </message>
</context>
<context>
    <name>PlanningSession</name>
    <message>
        <source>(removed)</source>
        <translation>(entfernt)</translation>
    </message>
    <message>
        <source>Release on %1</source>
        <translation>Veröffentlichung am %1</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>Nicht terminiert</translation>
    </message>
    <message>
        <source>done: %1</source>
        <translation>erledigt: %1</translation>
    </message>
    <message>
        <source>open: %1</source>
        <translation>offen: %1</translation>
    </message>
</context>
<context>
    <name>ProfileChanges</name>
    <message>
        <source>There is no profile “%1”.</source>
        <translation>Es gibt kein Profil „%1“.</translation>
    </message>
</context>
<context>
    <name>ProfileEditorDialog</name>
    <message>
        <source>Profile: %1</source>
        <translation>Profil: %1</translation>
    </message>
    <message>
        <source>Reset to Defaults</source>
        <translation>Auf Standardwerte zurücksetzen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>ProfileFieldEditor</name>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
</context>
<context>
    <name>ProfileFields</name>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>File formats</source>
        <translation>Dateiformate</translation>
    </message>
    <message>
        <source>Sample rate at least</source>
        <translation>Abtastrate mindestens</translation>
    </message>
    <message>
        <source>Sample rate exactly</source>
        <translation>Abtastrate genau</translation>
    </message>
    <message>
        <source>Bit depth at least</source>
        <translation>Bittiefe mindestens</translation>
    </message>
    <message>
        <source>bit</source>
        <translation>Bit</translation>
    </message>
    <message>
        <source>Bit depth exactly</source>
        <translation>Bittiefe genau</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>Duration at least</source>
        <translation>Dauer mindestens</translation>
    </message>
    <message>
        <source>Fail on clipping</source>
        <translation>Bei Clipping durchfallen</translation>
    </message>
    <message>
        <source>Leading silence at most</source>
        <translation>Stille am Anfang höchstens</translation>
    </message>
    <message>
        <source>Integrated loudness target</source>
        <translation>Zielwert integrierte Lautheit</translation>
    </message>
    <message>
        <source>Loudness tolerance (±)</source>
        <translation>Lautheitstoleranz (±)</translation>
    </message>
    <message>
        <source>True peak at most</source>
        <translation>True Peak höchstens</translation>
    </message>
    <message>
        <source>Warn: true peak above</source>
        <translation>Warnen: True Peak über</translation>
    </message>
    <message>
        <source>Warn: true peak above, for loud masters</source>
        <translation>Warnen: True Peak über, bei lauten Mastern</translation>
    </message>
    <message>
        <source>Loud masters: louder than</source>
        <translation>Laute Master: lauter als</translation>
    </message>
    <message>
        <source>Warn: trailing silence above</source>
        <translation>Warnen: Stille am Ende über</translation>
    </message>
    <message>
        <source>Warn: loudness below</source>
        <translation>Warnen: Lautheit unter</translation>
    </message>
    <message>
        <source>Warn: loudness above</source>
        <translation>Warnen: Lautheit über</translation>
    </message>
    <message>
        <source>Warn: loudness range above</source>
        <translation>Warnen: Lautheitsbereich über</translation>
    </message>
    <message>
        <source>Warn: instrumental, stems or cut-downs missing</source>
        <translation>Warnen: Instrumental, Stems oder Kurzfassungen fehlen</translation>
    </message>
    <message>
        <source>Playback reference level</source>
        <translation>Referenzpegel für die Wiedergabe</translation>
    </message>
    <message>
        <source>Warn: too quiet below</source>
        <translation>Warnen: zu leise unter</translation>
    </message>
    <message>
        <source>Stem checks count toward the verdict</source>
        <translation>Stem-Prüfungen zählen zur Bewertung</translation>
    </message>
    <message>
        <source>Stem length tolerance (±)</source>
        <translation>Toleranz der Stem-Länge (±)</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Null-test residual at most</source>
        <translation>Nulltest-Rest höchstens</translation>
    </message>
    <message>
        <source>Cut-down length tolerance (±)</source>
        <translation>Toleranz der Kurzfassungslänge (±)</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3</source>
        <translation>%1 muss zwischen %2 und %3 liegen</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3 %4</source>
        <translation>%1 muss zwischen %2 und %3 %4 liegen</translation>
    </message>
    <message>
        <source>%1 is not a profile setting</source>
        <translation>%1 ist keine Profileinstellung</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 braucht einen Wert</translation>
    </message>
    <message>
        <source>%1 is either on or off</source>
        <translation>%1 ist entweder an oder aus</translation>
    </message>
    <message>
        <source>“%1” is not a file format: write names like WAV, FLAC, AIFF</source>
        <translation>„%1“ ist kein Dateiformat: Namen wie WAV, FLAC, AIFF angeben</translation>
    </message>
    <message>
        <source>%1: “%2” is not a number</source>
        <translation>%1: „%2“ ist keine Zahl</translation>
    </message>
    <message>
        <source>%1 must be a whole number</source>
        <translation>%1 muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>the lower loudness warning must be below the upper one</source>
        <translation>die untere Lautheitswarnung muss unter der oberen liegen</translation>
    </message>
    <message>
        <source>set either an exact sample rate or a minimum, not both</source>
        <translation>entweder eine genaue Abtastrate oder ein Minimum festlegen, nicht beides</translation>
    </message>
    <message>
        <source>set either an exact bit depth or a minimum, not both</source>
        <translation>entweder eine genaue Bittiefe oder ein Minimum festlegen, nicht beides</translation>
    </message>
    <message>
        <source>Must pass (a file fails otherwise)</source>
        <translation>Muss bestanden werden (sonst fällt die Datei durch)</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Playback level on streaming services</source>
        <translation>Wiedergabepegel bei Streamingdiensten</translation>
    </message>
    <message>
        <source>Stems and versions</source>
        <translation>Stems und Versionen</translation>
    </message>
    <message>
        <source>(not checked)</source>
        <translation>(nicht geprüft)</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
</context>
<context>
    <name>ProvenanceForm</name>
    <message>
        <source>Origin</source>
        <translation>Ursprung</translation>
    </message>
    <message>
        <source>Human: own work</source>
        <translation>Menschlich: eigenes Werk</translation>
    </message>
    <message>
        <source>AI-assisted</source>
        <translation>KI-unterstützt</translation>
    </message>
    <message>
        <source>AI-generated</source>
        <translation>KI-generiert</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Tool</translation>
    </message>
    <message>
        <source>Model version</source>
        <translation>Modellversion</translation>
    </message>
    <message>
        <source>e.g. v4.5</source>
        <translation>z. B. v4.5</translation>
    </message>
    <message>
        <source>Plan at generation</source>
        <translation>Tarif bei der Erstellung</translation>
    </message>
    <message>
        <source>Paid then?</source>
        <translation>Damals bezahlt?</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <source>Paid plan</source>
        <translation>Bezahlter Tarif</translation>
    </message>
    <message>
        <source>Free plan</source>
        <translation>Kostenloser Tarif</translation>
    </message>
    <message>
        <source>Generated on</source>
        <translation>Erstellt am</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>Terms that day: %1%2</source>
        <translation>Bedingungen an diesem Tag: %1%2</translation>
    </message>
    <message>
        <source>(example terms: confirm them)</source>
        <translation>(Beispielbedingungen: bitte bestätigen)</translation>
    </message>
    <message>
        <source>Song or seed id</source>
        <translation>Song- oder Seed-ID</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Stems</source>
        <translation>Stems</translation>
    </message>
    <message>
        <source>Native (exported from the session)</source>
        <translation>Nativ (aus der Session exportiert)</translation>
    </message>
    <message>
        <source>Separated afterwards</source>
        <translation>Nachträglich getrennt</translation>
    </message>
    <message>
        <source>No stems</source>
        <translation>Keine Stems</translation>
    </message>
    <message>
        <source>This is a cover of someone else&apos;s song</source>
        <translation>Dies ist eine Coverversion eines fremden Songs</translation>
    </message>
    <message>
        <source>Voice likeness</source>
        <translation>Stimmähnlichkeit</translation>
    </message>
    <message>
        <source>Imitates nobody&apos;s voice</source>
        <translation>Imitiert keine Stimme</translation>
    </message>
    <message>
        <source>My own voice</source>
        <translation>Meine eigene Stimme</translation>
    </message>
    <message>
        <source>Someone&apos;s voice, with consent</source>
        <translation>Stimme einer anderen Person, mit Einwilligung</translation>
    </message>
    <message>
        <source>Someone&apos;s voice, no consent</source>
        <translation>Stimme einer anderen Person, ohne Einwilligung</translation>
    </message>
    <message>
        <source>Attach consent…</source>
        <translation>Einwilligung anhängen …</translation>
    </message>
    <message>
        <source>Not recorded yet</source>
        <translation>Noch nicht erfasst</translation>
    </message>
</context>
<context>
    <name>QualityCheck</name>
    <message>
        <source>Decodes</source>
        <translation>Dekodierbar</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>to the end</source>
        <translation>bis zum Ende</translation>
    </message>
    <message>
        <source>export the file again: it cannot be read to its end</source>
        <translation>Datei erneut exportieren: Sie lässt sich nicht bis zum Ende lesen</translation>
    </message>
    <message>
        <source>silent</source>
        <translation>stumm</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 kHz</source>
        <translation>%1 kHz</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Dateiformat</translation>
    </message>
    <message>
        <source>export as %1 (lossless)</source>
        <translation>als %1 exportieren (verlustfrei)</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>Sample rate</source>
        <translation>Abtastrate</translation>
    </message>
    <message>
        <source>export at %1</source>
        <translation>mit %1 exportieren</translation>
    </message>
    <message>
        <source>export at %1 or higher</source>
        <translation>mit %1 oder höher exportieren</translation>
    </message>
    <message>
        <source>%1-bit</source>
        <translation>%1 Bit</translation>
    </message>
    <message>
        <source>no fixed bit depth</source>
        <translation>keine feste Bittiefe</translation>
    </message>
    <message>
        <source>Bit depth</source>
        <translation>Bittiefe</translation>
    </message>
    <message>
        <source>export as %1-bit PCM</source>
        <translation>als %1-Bit-PCM exportieren</translation>
    </message>
    <message>
        <source>export as %1-bit PCM or more</source>
        <translation>als PCM mit %1 Bit oder mehr exportieren</translation>
    </message>
    <message>
        <source>stereo</source>
        <translation>Stereo</translation>
    </message>
    <message>
        <source>mono</source>
        <translation>Mono</translation>
    </message>
    <message>
        <source>%1 channels</source>
        <translation>%1 Kanäle</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>export a %1 file</source>
        <translation>eine %1-Datei exportieren</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>the track is %1 long: services need at least %2</source>
        <translation>der Titel ist %1 lang: Dienste verlangen mindestens %2</translation>
    </message>
    <message>
        <source>Clipping</source>
        <translation>Clipping</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>1 run, first at %1</source>
        <translation>1 Abschnitt, erster bei %1</translation>
    </message>
    <message>
        <source>%1 runs, first at %2</source>
        <translation>%1 Abschnitte, erster bei %2</translation>
    </message>
    <message>
        <source>the master clips from %1: export it again from the mix with a limiter, not by turning it up</source>
        <translation>der Master clippt ab %1: ihn erneut aus dem Mix mit einem Limiter exportieren, nicht einfach lauter drehen</translation>
    </message>
    <message>
        <source>Leading silence</source>
        <translation>Stille am Anfang</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>leading silence is %1: trim it to under %2 ms</source>
        <translation>Stille am Anfang beträgt %1: auf unter %2 ms kürzen</translation>
    </message>
    <message>
        <source>Trailing silence</source>
        <translation>Stille am Ende</translation>
    </message>
    <message>
        <source>trailing silence is %1: trim it to under %2</source>
        <translation>Stille am Ende beträgt %1: auf unter %2 kürzen</translation>
    </message>
    <message>
        <source>reduce gain by %1 to reach %2</source>
        <translation>Pegel um %1 senken, um %2 zu erreichen</translation>
    </message>
    <message>
        <source>raise gain by %1 to reach %2</source>
        <translation>Pegel um %1 anheben, um %2 zu erreichen</translation>
    </message>
    <message>
        <source>Integrated loudness</source>
        <translation>Integrierte Lautheit</translation>
    </message>
    <message>
        <source>the file is silent</source>
        <translation>die Datei ist stumm</translation>
    </message>
    <message>
        <source>True peak</source>
        <translation>True Peak</translation>
    </message>
    <message>
        <source>Loudness range</source>
        <translation>Lautheitsbereich</translation>
    </message>
    <message>
        <source>%1 LU</source>
        <translation>%1 LU</translation>
    </message>
    <message>
        <source>loudness range is %1 LU: compress the dynamics to under %2 LU</source>
        <translation>Lautheitsbereich beträgt %1 LU: Dynamik auf unter %2 LU komprimieren</translation>
    </message>
    <message>
        <source>Playback level</source>
        <translation>Wiedergabepegel</translation>
    </message>
    <message>
        <source>too quiet: raise the level by %1 to reach %2, with a limiter to keep the peaks down</source>
        <translation>zu leise: Pegel um %1 anheben, um %2 zu erreichen, mit einem Limiter gegen zu hohe Spitzen</translation>
    </message>
    <message>
        <source>services will turn it down by %1 to %2</source>
        <translation>Dienste regeln ihn um %1 auf %2 herunter</translation>
    </message>
    <message>
        <source>services may turn it up by %1 to %2</source>
        <translation>Dienste regeln ihn eventuell um %1 auf %2 hoch</translation>
    </message>
    <message>
        <source>an instrumental</source>
        <translation>ein Instrumental</translation>
    </message>
    <message>
        <source>stems</source>
        <translation>Stems</translation>
    </message>
    <message>
        <source>30 s and 60 s cut-downs</source>
        <translation>Kurzfassungen mit 30 s und 60 s</translation>
    </message>
    <message>
        <source>Versions and stems</source>
        <translation>Versionen und Stems</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>vollständig</translation>
    </message>
    <message>
        <source>%1 missing</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <source>instrumental, stems, cut-downs</source>
        <translation>Instrumental, Stems, Kurzfassungen</translation>
    </message>
    <message>
        <source>add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>QualityChip</name>
    <message>
        <source>PASS</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>WARN</source>
        <translation>WARNUNG</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>QualityDetailPane</name>
    <message>
        <source>Not analysed yet. Press Analyze to measure this track.</source>
        <translation>Noch nicht analysiert. „Analysieren“ drücken, um diesen Titel zu messen.</translation>
    </message>
    <message>
        <source>%1 (limit %2)</source>
        <translation>%1 (Grenze %2)</translation>
    </message>
    <message>
        <source>Select a track to see its checks.</source>
        <translation>Einen Titel auswählen, um seine Prüfungen zu sehen.</translation>
    </message>
    <message>
        <source>No audio yet: choose the track&apos;s audio file in its details.</source>
        <translation>Noch kein Audio: Wählen Sie die Audiodatei in den Details des Titels aus.</translation>
    </message>
</context>
<context>
    <name>QualityPage</name>
    <message>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Edit Profile…</source>
        <translation>Profil bearbeiten …</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n track(s) analysed</source>
        <translation>
            <numerusform>%1 von %n Titel analysiert</numerusform>
            <numerusform>%1 von %n Titeln analysiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failing</source>
        <translation>
            <numerusform>%n fällt durch</numerusform>
            <numerusform>%n fallen durch</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with warnings</source>
        <translation>
            <numerusform>%n mit Warnungen</numerusform>
            <numerusform>%n mit Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Analyze</source>
        <translation>Analysieren</translation>
    </message>
    <message>
        <source>Import some tracks first: the checks run on their masters.</source>
        <translation>Zuerst Titel importieren: Die Prüfungen laufen auf ihren Mastern.</translation>
    </message>
    <message>
        <source>Show Files…</source>
        <translation>Dateien anzeigen …</translation>
    </message>
</context>
<context>
    <name>QualityProfile</name>
    <message>
        <source>a profile needs a key and a name</source>
        <translation>ein Profil braucht einen Schlüssel und einen Namen</translation>
    </message>
    <message>
        <source>profile %1: %2 is not a valid number</source>
        <translation>Profil %1: %2 ist keine gültige Zahl</translation>
    </message>
    <message>
        <source>Streaming</source>
        <translation>Streaming</translation>
    </message>
    <message>
        <source>Sync library</source>
        <translation>Sync-Bibliothek</translation>
    </message>
    <message>
        <source>Broadcast (R128)</source>
        <translation>Rundfunk (R128)</translation>
    </message>
    <message>
        <source>Content creation</source>
        <translation>Content-Erstellung</translation>
    </message>
    <message>
        <source>unknown profile set version</source>
        <translation>unbekannte Version des Profilsatzes</translation>
    </message>
</context>
<context>
    <name>QualityTable</name>
    <message>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Artist</source>
        <translation>Künstler</translation>
    </message>
    <message>
        <source>Loudness</source>
        <translation>Lautheit</translation>
    </message>
    <message>
        <source>True peak</source>
        <translation>True Peak</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Clipping</source>
        <translation>Clipping</translation>
    </message>
    <message>
        <source>Stems</source>
        <translation>Stems</translation>
    </message>
    <message>
        <source>To fix</source>
        <translation>Zu beheben</translation>
    </message>
</context>
<context>
    <name>QualityVerdicts</name>
    <message>
        <source>%1 (needs %2)</source>
        <extracomment>A failed audio check and the value it needed, e.g. &quot;True peak -0.2 dBTP (needs ≤ -1.0 dBTP)&quot;</extracomment>
        <translation>%1 (verlangt: %2)</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <source>You can read this team catalog but not change it. To make changes, ask its owner to make you a member of the role %1.</source>
        <translation>Sie können diesen Teamkatalog lesen, aber nicht ändern. Um Änderungen vorzunehmen, bitten Sie seinen Eigentümer, Sie zum Mitglied der Rolle %1 zu machen.</translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message>
        <source>The %1 audio check has not run yet.</source>
        <translation>Die Audioprüfung für %1 wurde noch nicht ausgeführt.</translation>
    </message>
    <message>
        <source>The stems do not line up with the master: %1</source>
        <translation>Die Stems sind nicht deckungsgleich mit dem Master: %1</translation>
    </message>
    <message>
        <source>Export the stems again from the same session as the master, then re-run the audio checks.</source>
        <translation>Die Stems erneut aus derselben Session wie den Master exportieren und dann die Audioprüfungen erneut ausführen.</translation>
    </message>
    <message>
        <source>The master fails the %1 audio check: %2</source>
        <translation>Der Master besteht die Audioprüfung für %1 nicht: %2</translation>
    </message>
    <message>
        <source>lyrics</source>
        <translation>Songtext</translation>
    </message>
    <message>
        <source>melody</source>
        <translation>Melodie</translation>
    </message>
    <message>
        <source>arrangement</source>
        <translation>Arrangement</translation>
    </message>
    <message>
        <source>performance</source>
        <translation>Darbietung</translation>
    </message>
    <message>
        <source>mix</source>
        <translation>Mix</translation>
    </message>
    <message>
        <source>mastering</source>
        <translation>Mastering</translation>
    </message>
    <message>
        <source>master ownership</source>
        <translation>Master-Rechte</translation>
    </message>
    <message>
        <source>publishing</source>
        <translation>Verlagsrechte</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>Sample</translation>
    </message>
    <message>
        <source>AI tool licence</source>
        <translation>KI-Tool-Lizenz</translation>
    </message>
    <message>
        <source>featured artist</source>
        <translation>Gastkünstler</translation>
    </message>
    <message>
        <source>artwork licence</source>
        <translation>Cover-Lizenz</translation>
    </message>
    <message>
        <source>mechanical licence</source>
        <translation>mechanische Lizenz</translation>
    </message>
    <message>
        <source>other clearance</source>
        <translation>sonstige Rechteklärung</translation>
    </message>
    <message>
        <source>Nobody has recorded where this track comes from.</source>
        <translation>Niemand hat erfasst, woher dieser Titel stammt.</translation>
    </message>
    <message>
        <source>The AI tool or the plan it was made with is not recorded.</source>
        <translation>Das KI-Tool oder der Tarif, mit dem der Titel erstellt wurde, ist nicht erfasst.</translation>
    </message>
    <message>
        <source>The generation date is not recorded.</source>
        <translation>Das Generierungsdatum ist nicht erfasst.</translation>
    </message>
    <message>
        <source>The generation date %1 is before %2 existed (its terms start on %3).</source>
        <translation>Das Generierungsdatum %1 liegt vor dem Start von %2 (dessen Bedingungen gelten ab %3).</translation>
    </message>
    <message>
        <source>Imprint has no terms for %1 (%2) on %3, so what you may do with it is unknown.</source>
        <translation>Imprint kennt keine Bedingungen für %1 (%2) am %3, daher ist unklar, was damit erlaubt ist.</translation>
    </message>
    <message>
        <source>%1 (%2) allows non-commercial use only: fine for unmonetised videos, not for monetised ones.</source>
        <translation>%1 (%2) erlaubt nur nichtkommerzielle Nutzung: in Ordnung für nicht monetarisierte Videos, nicht für monetarisierte.</translation>
    </message>
    <message>
        <source>The terms used for %1 (%2) are an example shipped with Imprint.</source>
        <translation>Die für %1 (%2) verwendeten Bedingungen sind ein Beispiel, das mit Imprint ausgeliefert wird.</translation>
    </message>
    <message>
        <source>The vocals imitate a real person&apos;s voice without their consent.</source>
        <translation>Der Gesang imitiert die Stimme einer realen Person ohne deren Einwilligung.</translation>
    </message>
    <message>
        <source>Voice-likeness consent is marked as given, but the consent document is missing.</source>
        <translation>Die Einwilligung zur Stimmähnlichkeit ist als erteilt markiert, aber das Einwilligungsdokument fehlt.</translation>
    </message>
    <message>
        <source>There is no master audio file for this track.</source>
        <translation>Für diesen Titel gibt es keine Master-Audiodatei.</translation>
    </message>
    <message>
        <source>content creation</source>
        <translation>Content-Erstellung</translation>
    </message>
    <message>
        <source>The document %1 is no longer in the library.</source>
        <translation>Das Dokument %1 ist nicht mehr in der Bibliothek.</translation>
    </message>
    <message>
        <source>The document %1 changed on disk after it was attached.</source>
        <translation>Das Dokument %1 wurde nach dem Anhängen auf dem Datenträger geändert.</translation>
    </message>
    <message>
        <source>Check the file and attach it again if the change is intended.</source>
        <translation>Die Datei prüfen und erneut anhängen, wenn die Änderung beabsichtigt ist.</translation>
    </message>
    <message>
        <source>The release “%1” has no UPC/EAN barcode.</source>
        <translation>Die Veröffentlichung „%1“ hat keinen UPC/EAN-Barcode.</translation>
    </message>
    <message>
        <source>Enter the barcode your distributor assigned.</source>
        <translation>Den Barcode eingeben, den Ihr Vertrieb zugewiesen hat.</translation>
    </message>
    <message>
        <source>The barcode %1 is not valid.</source>
        <translation>Der Barcode %1 ist ungültig.</translation>
    </message>
    <message>
        <source>Check the digits against your distributor&apos;s confirmation.</source>
        <translation>Die Ziffern mit der Bestätigung Ihres Vertriebs abgleichen.</translation>
    </message>
    <message>
        <source>The release has no cover artwork.</source>
        <translation>Die Veröffentlichung hat kein Cover.</translation>
    </message>
    <message>
        <source>Add a square JPEG or PNG of at least 3000×3000 pixels.</source>
        <translation>Ein quadratisches JPEG oder PNG mit mindestens 3000×3000 Pixeln hinzufügen.</translation>
    </message>
    <message>
        <source>The cover is %1×%2 pixels; it must be square.</source>
        <translation>Das Cover hat %1×%2 Pixel; es muss quadratisch sein.</translation>
    </message>
    <message>
        <source>Crop the cover to a square.</source>
        <translation>Das Cover quadratisch zuschneiden.</translation>
    </message>
    <message>
        <source>The cover is %1×%2 pixels; stores need at least 3000×3000.</source>
        <translation>Das Cover hat %1×%2 Pixel; Shops verlangen mindestens 3000×3000.</translation>
    </message>
    <message>
        <source>Export the cover again at 3000×3000 pixels or more.</source>
        <translation>Das Cover erneut mit 3000×3000 Pixeln oder mehr exportieren.</translation>
    </message>
    <message>
        <source>The cover is a %1 file.</source>
        <translation>Das Cover ist eine %1-Datei.</translation>
    </message>
    <message>
        <source>Save the cover as JPEG or PNG (RGB).</source>
        <translation>Das Cover als JPEG oder PNG (RGB) speichern.</translation>
    </message>
    <message>
        <source>The ℗ line (who owns the recording) is missing.</source>
        <translation>Die ℗-Zeile (wem die Aufnahme gehört) fehlt.</translation>
    </message>
    <message>
        <source>Enter it as “℗ 2026 Your Label”.</source>
        <translation>Als „℗ 2026 Ihr Label“ eingeben.</translation>
    </message>
    <message>
        <source>The ℗ line has no year.</source>
        <translation>Die ℗-Zeile hat keine Jahreszahl.</translation>
    </message>
    <message>
        <source>Add the year of first publication, e.g. “℗ 2026 Your Label”.</source>
        <translation>Das Jahr der Erstveröffentlichung ergänzen, z. B. „℗ 2026 Ihr Label“.</translation>
    </message>
    <message>
        <source>The © line (who owns the artwork and text) is missing.</source>
        <translation>Die ©-Zeile (wem Cover und Texte gehören) fehlt.</translation>
    </message>
    <message>
        <source>Enter it as “© 2026 Your Label”.</source>
        <translation>Als „© 2026 Ihr Label“ eingeben.</translation>
    </message>
    <message>
        <source>The © line has no year.</source>
        <translation>Die ©-Zeile hat keine Jahreszahl.</translation>
    </message>
    <message>
        <source>Add the year, e.g. “© 2026 Your Label”.</source>
        <translation>Das Jahr ergänzen, z. B. „© 2026 Ihr Label“.</translation>
    </message>
    <message>
        <source>The release has no label name.</source>
        <translation>Die Veröffentlichung hat keinen Labelnamen.</translation>
    </message>
    <message>
        <source>Enter your label, or your artist name if you release yourself.</source>
        <translation>Ihr Label eingeben oder Ihren Künstlernamen, wenn Sie selbst veröffentlichen.</translation>
    </message>
    <message>
        <source>The release has no genre.</source>
        <translation>Die Veröffentlichung hat kein Genre.</translation>
    </message>
    <message>
        <source>Choose the main genre.</source>
        <translation>Das Hauptgenre wählen.</translation>
    </message>
    <message>
        <source>The release language is not set.</source>
        <translation>Die Sprache der Veröffentlichung ist nicht festgelegt.</translation>
    </message>
    <message>
        <source>Choose the language of the lyrics, or “instrumental”.</source>
        <translation>Die Sprache des Songtexts wählen oder „instrumental“.</translation>
    </message>
    <message>
        <source>It is not recorded whether the release is explicit.</source>
        <translation>Es ist nicht erfasst, ob die Veröffentlichung explizite Inhalte hat.</translation>
    </message>
    <message>
        <source>Mark it explicit or clean.</source>
        <translation>Als explizit oder clean markieren.</translation>
    </message>
    <message>
        <source>The release has no release date.</source>
        <translation>Die Veröffentlichung hat kein Veröffentlichungsdatum.</translation>
    </message>
    <message>
        <source>Pick a release date at least three weeks ahead.</source>
        <translation>Ein Veröffentlichungsdatum mindestens drei Wochen im Voraus wählen.</translation>
    </message>
    <message numerus="yes">
        <source>The release date %1 is %n day(s) away; distributors need at least %2.</source>
        <translation>
            <numerusform>Das Veröffentlichungsdatum %1 ist nur noch %n Tag entfernt; Vertriebe brauchen mindestens %2.</numerusform>
            <numerusform>Das Veröffentlichungsdatum %1 ist nur noch %n Tage entfernt; Vertriebe brauchen mindestens %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Move the release date to %1 or later.</source>
        <translation>Das Veröffentlichungsdatum auf den %1 oder später verschieben.</translation>
    </message>
    <message numerus="yes">
        <source>The release date is %n day(s) away; editorial pitching needs more time.</source>
        <translation>
            <numerusform>Das Veröffentlichungsdatum ist nur noch %n Tag entfernt; für das Pitching bei Redaktionen braucht es mehr Zeit.</numerusform>
            <numerusform>Das Veröffentlichungsdatum ist nur noch %n Tage entfernt; für das Pitching bei Redaktionen braucht es mehr Zeit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Consider moving the release to %1.</source>
        <translation>Die Veröffentlichung eventuell auf den %1 verschieben.</translation>
    </message>
    <message>
        <source>Made with %1 on the %2 plan, whose terms did not allow commercial use on %3.</source>
        <translation>Erstellt mit %1 im Tarif %2, dessen Bedingungen am %3 keine kommerzielle Nutzung erlaubten.</translation>
    </message>
    <message>
        <source>Attach a commercial licence for this song as a cleared “AI tool licence” item. Subscribing now does not cover songs made before.</source>
        <translation>Eine kommerzielle Lizenz für diesen Song als geklärten Punkt „KI-Tool-Lizenz“ anhängen. Ein jetzt abgeschlossenes Abo deckt früher erstellte Songs nicht ab.</translation>
    </message>
    <message>
        <source>streaming</source>
        <translation>Streaming</translation>
    </message>
    <message>
        <source>The track has no ISRC.</source>
        <translation>Der Titel hat keinen ISRC.</translation>
    </message>
    <message>
        <source>Allocate an ISRC from your registrant prefix, or use the one your distributor gave you.</source>
        <translation>Einen ISRC aus Ihrem Registrantenpräfix vergeben oder den von Ihrem Vertrieb erhaltenen verwenden.</translation>
    </message>
    <message>
        <source>The ISRC %1 is not valid.</source>
        <translation>Der ISRC %1 ist ungültig.</translation>
    </message>
    <message>
        <source>An ISRC has 12 characters, like GB-XYZ-26-00001; check it.</source>
        <translation>Ein ISRC hat 12 Zeichen, etwa GB-XYZ-26-00001; bitte prüfen.</translation>
    </message>
    <message>
        <source>Another recording in the catalog has the ISRC %1.</source>
        <translation>Eine andere Aufnahme im Katalog hat den ISRC %1.</translation>
    </message>
    <message>
        <source>The track is not on any release.</source>
        <translation>Der Titel ist auf keiner Veröffentlichung.</translation>
    </message>
    <message>
        <source>No main artist is credited.</source>
        <translation>Kein Hauptkünstler ist angegeben.</translation>
    </message>
    <message>
        <source>The track was made with AI, but no credit says which parts.</source>
        <translation>Der Titel wurde mit KI erstellt, aber keine Mitwirkendenangabe sagt, welche Teile.</translation>
    </message>
    <message>
        <source>Master ownership is not settled: %1</source>
        <translation>Die Master-Rechte sind nicht geklärt: %1</translation>
    </message>
    <message>
        <source>The track is not linked to a composition (work).</source>
        <translation>Der Titel ist mit keiner Komposition (Werk) verknüpft.</translation>
    </message>
    <message>
        <source>Publishing shares of “%1” are not settled: %2</source>
        <translation>Die Verlagsanteile von „%1“ sind nicht geklärt: %2</translation>
    </message>
    <message>
        <source>This is a cover, and no mechanical licence is attached.</source>
        <translation>Dies ist eine Coverversion, und es ist keine mechanische Lizenz angehängt.</translation>
    </message>
    <message>
        <source>Obtain a mechanical licence (e.g. through your distributor) and attach it as cleared.</source>
        <translation>Eine mechanische Lizenz besorgen (z. B. über Ihren Vertrieb) und als geklärt anhängen.</translation>
    </message>
    <message>
        <source>Not one-stop: %1 also own(s) part of the master.</source>
        <translation>Kein One-Stop: %1 besitzt/besitzen auch einen Teil des Masters.</translation>
    </message>
    <message>
        <source>Attach their approval as a cleared master ownership item, or buy out their share.</source>
        <translation>Deren Zustimmung als geklärten Punkt „Master-Rechte“ anhängen oder ihren Anteil auskaufen.</translation>
    </message>
    <message>
        <source>Not one-stop: %1 also hold(s) publishing shares.</source>
        <translation>Kein One-Stop: %1 hält/halten auch Verlagsanteile.</translation>
    </message>
    <message>
        <source>Attach their approval as a cleared publishing item.</source>
        <translation>Deren Zustimmung als geklärten Punkt „Verlagsrechte“ anhängen.</translation>
    </message>
    <message>
        <source>sync library</source>
        <translation>Sync-Bibliothek</translation>
    </message>
    <message>
        <source>It is not recorded whether the track has vocals.</source>
        <translation>Es ist nicht erfasst, ob der Titel Gesang hat.</translation>
    </message>
    <message>
        <source>The track has vocals but no instrumental version.</source>
        <translation>Der Titel hat Gesang, aber keine Instrumentalversion.</translation>
    </message>
    <message>
        <source>No stems are attached.</source>
        <translation>Es sind keine Stems angehängt.</translation>
    </message>
    <message>
        <source>stems</source>
        <translation>Stems</translation>
    </message>
    <message>
        <source>There are no 30 s or 60 s cut-downs.</source>
        <translation>Es gibt keine Kurzfassungen mit 30 s oder 60 s.</translation>
    </message>
    <message>
        <source>The tempo (BPM) is missing.</source>
        <translation>Das Tempo (BPM) fehlt.</translation>
    </message>
    <message>
        <source>The musical key is missing.</source>
        <translation>Die Tonart fehlt.</translation>
    </message>
    <message>
        <source>No mood is recorded.</source>
        <translation>Keine Stimmung erfasst.</translation>
    </message>
    <message>
        <source>For the cue sheet, %1 need(s) a PRO and a valid IPI number.</source>
        <translation>Für das Cue Sheet braucht/brauchen %1 eine Verwertungsgesellschaft und eine gültige IPI-Nummer.</translation>
    </message>
    <message>
        <source>No publisher is listed for the work.</source>
        <translation>Für das Werk ist kein Verlag angegeben.</translation>
    </message>
    <message>
        <source>The %1 clearance with %2 ends before it starts.</source>
        <translation>Die Rechteklärung „%1“ mit %2 endet, bevor sie beginnt.</translation>
    </message>
    <message>
        <source>The %1 clearance with %2 is not settled (%3).</source>
        <translation>Die Rechteklärung „%1“ mit %2 ist nicht abgeschlossen (%3).</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>noch niemand</translation>
    </message>
    <message>
        <source>model version</source>
        <translation>Modellversion</translation>
    </message>
    <message>
        <source>whether the plan was paid</source>
        <translation>ob der Tarif bezahlt war</translation>
    </message>
    <message>
        <source>song/seed id</source>
        <translation>Song-/Seed-ID</translation>
    </message>
    <message>
        <source>prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>whether stems are native or separated</source>
        <translation>ob die Stems nativ oder getrennt sind</translation>
    </message>
    <message>
        <source>owners of uploaded inputs</source>
        <translation>Rechteinhaber hochgeladener Eingaben</translation>
    </message>
    <message>
        <source>The AI origin log is incomplete: %1.</source>
        <translation>Das KI-Herkunftsprotokoll ist unvollständig: %1.</translation>
    </message>
    <message>
        <source>No human contribution is documented.</source>
        <translation>Kein menschlicher Beitrag ist dokumentiert.</translation>
    </message>
    <message>
        <source>Human contributions without evidence: %1.</source>
        <translation>Menschliche Beiträge ohne Beleg: %1.</translation>
    </message>
    <message>
        <source>Under %1&apos;s terms you do not own this recording, you only may use it: an exclusive placement is impossible.</source>
        <translation>Nach den Bedingungen von %1 gehört Ihnen diese Aufnahme nicht, Sie dürfen sie nur nutzen: eine exklusive Platzierung ist unmöglich.</translation>
    </message>
    <message>
        <source>No signed split sheet is attached.</source>
        <translation>Kein unterschriebenes Split Sheet angehängt.</translation>
    </message>
    <message>
        <source>Have every writer sign a split sheet and attach it as a cleared publishing item.</source>
        <translation>Alle Urheber ein Split Sheet unterschreiben lassen und es als geklärten Punkt „Verlagsrechte“ anhängen.</translation>
    </message>
    <message>
        <source>No signed master agreement is attached.</source>
        <translation>Keine unterschriebene Master-Vereinbarung angehängt.</translation>
    </message>
    <message>
        <source>Attach the agreement on master ownership as a cleared master ownership item.</source>
        <translation>Die Vereinbarung über die Master-Rechte als geklärten Punkt „Master-Rechte“ anhängen.</translation>
    </message>
    <message>
        <source>The %1 clearance with %2 ends on %3, within a one-year licence term.</source>
        <translation>Die Rechteklärung „%1“ mit %2 endet am %3, innerhalb einer einjährigen Lizenzlaufzeit.</translation>
    </message>
    <message>
        <source>Content creation</source>
        <translation>Content-Erstellung</translation>
    </message>
    <message>
        <source>Streaming release</source>
        <translation>Streaming-Veröffentlichung</translation>
    </message>
    <message>
        <source>Sync licensing</source>
        <translation>Sync-Lizenzierung</translation>
    </message>
    <message>
        <source>Commercial placement</source>
        <translation>Kommerzielle Platzierung</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>You recorded a paid plan, but %1 (%2) is a free plan in the terms table.</source>
        <translation>Sie haben einen bezahlten Tarif erfasst, aber %1 (%2) ist in der Bedingungstabelle ein kostenloser Tarif.</translation>
    </message>
    <message>
        <source>You recorded a free plan, but %1 (%2) is a paid plan in the terms table.</source>
        <translation>Sie haben einen kostenlosen Tarif erfasst, aber %1 (%2) ist in der Bedingungstabelle ein bezahlter Tarif.</translation>
    </message>
    <message>
        <source>The uploaded %1 “%2” belongs to %3, who has not allowed its use.</source>
        <translation>Das hochgeladene %1 „%2“ gehört %3; die Nutzung wurde nicht erlaubt.</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>jemand anderem</translation>
    </message>
    <message>
        <source>The uploaded %1 “%2” is marked as licensed, but the licence document is missing or changed.</source>
        <translation>Das hochgeladene %1 „%2“ ist als lizenziert markiert, aber das Lizenzdokument fehlt oder wurde geändert.</translation>
    </message>
    <message>
        <source>Attach the signed licence to the input on the Provenance tab.</source>
        <translation>Die unterschriebene Lizenz im Reiter „Herkunft“ an die Eingabe anhängen.</translation>
    </message>
    <message>
        <source>It is not recorded whether you may use the uploaded %1 “%2” commercially.</source>
        <translation>Es ist nicht erfasst, ob Sie das hochgeladene %1 „%2“ kommerziell nutzen dürfen.</translation>
    </message>
    <message>
        <source>On the Provenance tab, say whether it is yours, licensed (attach the licence) or in the public domain.</source>
        <translation>Im Reiter „Herkunft“ angeben, ob es Ihnen gehört, lizenziert ist (Lizenz anhängen) oder gemeinfrei ist.</translation>
    </message>
    <message>
        <source>Run the audio checks on the master (Analyze on the Quality page).</source>
        <translation>Die Audioprüfungen am Master ausführen („Analysieren“ auf der Seite „Qualität“).</translation>
    </message>
    <message>
        <source>Fix the master (or export it again) as the Quality page says, then analyse it again.</source>
        <translation>Den Master wie auf der Seite „Qualität“ angegeben korrigieren (oder neu exportieren) und erneut analysieren.</translation>
    </message>
    <message>
        <source>On the Provenance tab, choose its origin: your own work, AI-assisted or AI-generated (then the tool and the plan you used).</source>
        <translation>Im Reiter „Herkunft“ den Ursprung wählen: eigene Arbeit, KI-gestützt oder KI-generiert (dann das verwendete Tool und den Tarif).</translation>
    </message>
    <message>
        <source>On the Provenance tab, enter the tool (e.g. Suno) and your plan at the time of generation.</source>
        <translation>Im Reiter „Herkunft“ das Tool (z. B. Suno) und Ihren Tarif zum Zeitpunkt der Generierung eingeben.</translation>
    </message>
    <message>
        <source>On the Provenance tab, enter the day the song was generated (Generated on): the tool&apos;s terms of that day apply.</source>
        <translation>Im Reiter „Herkunft“ den Tag der Generierung des Songs eingeben („Erstellt am“): Es gelten die Bedingungen des Tools von diesem Tag.</translation>
    </message>
    <message>
        <source>Check the generation date on the Provenance tab.</source>
        <translation>Das Generierungsdatum im Reiter „Herkunft“ prüfen.</translation>
    </message>
    <message>
        <source>Add the tool&apos;s terms for that date with AI Tool Terms…, or attach your licence as a cleared “AI tool licence” item.</source>
        <translation>Die Bedingungen des Tools für dieses Datum unter „KI-Tool-Bedingungen …“ hinzufügen oder Ihre Lizenz als geklärten Punkt „KI-Tool-Lizenz“ anhängen.</translation>
    </message>
    <message>
        <source>Keep this track out of monetised content, or attach a commercial licence as a cleared “AI tool licence” item.</source>
        <translation>Diesen Titel aus monetarisierten Inhalten heraushalten oder eine kommerzielle Lizenz als geklärten Punkt „KI-Tool-Lizenz“ anhängen.</translation>
    </message>
    <message>
        <source>Check which plan you had on the generation date (Paid then? on the Provenance tab); the terms of that plan apply.</source>
        <translation>Prüfen, welchen Tarif Sie am Generierungsdatum hatten („Damals bezahlt?“ im Reiter „Herkunft“); es gelten die Bedingungen dieses Tarifs.</translation>
    </message>
    <message>
        <source>Compare them with the tool&apos;s terms of the generation date and confirm them in AI Tool Terms….</source>
        <translation>Sie mit den Bedingungen des Tools am Generierungsdatum vergleichen und unter „KI-Tool-Bedingungen …“ bestätigen.</translation>
    </message>
    <message>
        <source>Get the singer&apos;s written consent and set Voice likeness to “with consent” on the Provenance tab, or replace the vocals.</source>
        <translation>Die schriftliche Einwilligung der singenden Person einholen und im Reiter „Herkunft“ „Stimmähnlichkeit“ auf „mit Einwilligung“ setzen oder den Gesang ersetzen.</translation>
    </message>
    <message>
        <source>Attach the signed consent document under Voice likeness on the Provenance tab.</source>
        <translation>Die unterschriebene Einwilligung im Reiter „Herkunft“ unter „Stimmähnlichkeit“ anhängen.</translation>
    </message>
    <message>
        <source>Put the file back, or attach it again where it was attached; until then it proves nothing.</source>
        <translation>Die Datei zurücklegen oder dort erneut anhängen, wo sie angehängt war; bis dahin belegt sie nichts.</translation>
    </message>
    <message>
        <source>Add a credit with the role Main artist in the track&apos;s credits.</source>
        <translation>In den Mitwirkenden des Titels einen Eintrag mit der Rolle „Hauptkünstler“ hinzufügen.</translation>
    </message>
    <message>
        <source>Tick AI on the track&apos;s credits it applies to (vocals, instrumentation, composition…).</source>
        <translation>In den Mitwirkenden des Titels „KI“ bei den betroffenen Einträgen ankreuzen (Gesang, Instrumentierung, Komposition …).</translation>
    </message>
    <message>
        <source>On the Splits tab, enter who owns the recording, adding up to exactly 100 %.</source>
        <translation>Im Reiter „Anteile“ eingeben, wem die Aufnahme gehört, zusammen genau 100 %.</translation>
    </message>
    <message>
        <source>On the Works page, enter the writers&apos; and publishers&apos; shares, adding up to exactly 100 %.</source>
        <translation>Auf der Seite „Werke“ die Anteile der Urheber und Verlage eingeben, zusammen genau 100 %.</translation>
    </message>
    <message>
        <source>Set Vocals in the track&apos;s details (music supervisors filter on it).</source>
        <translation>„Gesang“ in den Details des Titels festlegen (Music Supervisors filtern danach).</translation>
    </message>
    <message>
        <source>Enter the BPM in the track&apos;s details.</source>
        <translation>Die BPM in den Details des Titels eingeben.</translation>
    </message>
    <message>
        <source>Enter the key in the track&apos;s details (e.g. F# minor).</source>
        <translation>Die Tonart in den Details des Titels eingeben (z. B. F# minor).</translation>
    </message>
    <message>
        <source>Add a few moods in the track&apos;s details (e.g. uplifting, tense): supervisors search by mood.</source>
        <translation>In den Details des Titels einige Stimmungen hinzufügen (z. B. mitreißend, angespannt): Supervisors suchen nach Stimmung.</translation>
    </message>
    <message>
        <source>Enter each writer&apos;s and publisher&apos;s PRO and IPI on the Parties page.</source>
        <translation>Auf der Seite „Beteiligte“ für jeden Urheber und Verlag die Verwertungsgesellschaft und IPI eingeben.</translation>
    </message>
    <message>
        <source>If you self-publish, add yourself (or your publishing name) as publisher in the work&apos;s shares on the Works page.</source>
        <translation>Wenn Sie selbst verlegen, sich (oder Ihren Verlagsnamen) auf der Seite „Werke“ in den Anteilen des Werks als Verlag hinzufügen.</translation>
    </message>
    <message>
        <source>Correct its validity dates on the Clearance tab.</source>
        <translation>Die Gültigkeitsdaten im Reiter „Klärung“ korrigieren.</translation>
    </message>
    <message>
        <source>Its document is missing, changed or out of date: attach it again on the Clearance tab.</source>
        <translation>Das Dokument fehlt, wurde geändert oder ist veraltet: im Reiter „Klärung“ erneut anhängen.</translation>
    </message>
    <message>
        <source>Get it cleared and attach the signed document on the Clearance tab.</source>
        <translation>Die Rechte klären und das unterschriebene Dokument im Reiter „Klärung“ anhängen.</translation>
    </message>
    <message>
        <source>Fill in the missing fields on the Provenance tab.</source>
        <translation>Die fehlenden Felder im Reiter „Herkunft“ ausfüllen.</translation>
    </message>
    <message>
        <source>On the People tab, record what people did (lyrics, melody, arrangement, performance, mix, master) with evidence such as session files or drafts.</source>
        <translation>Im Reiter „Personen“ erfassen, was Personen beigetragen haben (Text, Melodie, Arrangement, Darbietung, Mix, Master), mit Belegen wie Session-Dateien oder Entwürfen.</translation>
    </message>
    <message>
        <source>On the People tab, attach evidence (drafts, session files, recordings) to each contribution.</source>
        <translation>Im Reiter „Personen“ jedem Beitrag Belege anhängen (Entwürfe, Session-Dateien, Aufnahmen).</translation>
    </message>
    <message>
        <source>Renew it for longer before licensing the track, and update it on the Clearance tab.</source>
        <translation>Vor der Lizenzierung des Titels für längere Zeit verlängern und im Reiter „Klärung“ aktualisieren.</translation>
    </message>
    <message>
        <source>Each version needs its own ISRC: empty this version&apos;s ISRC field, then Assign ISRC gives it a new one.</source>
        <translation>Jede Version braucht ihren eigenen ISRC: Leeren Sie das ISRC-Feld dieser Version, dann vergibt „ISRC zuweisen“ einen neuen.</translation>
    </message>
    <message>
        <source>Export stems (drums, bass, music, vocals…) and attach them with Attach Stems… in the track&apos;s details (or imprint import-stems).</source>
        <translation>Stems exportieren (Drums, Bass, Musik, Gesang …) und mit „Stems anhängen …“ in den Details des Titels anhängen (oder mit imprint import-stems).</translation>
    </message>
    <message>
        <source>Export an instrumental, import it and add it under Versions in this track&apos;s details.</source>
        <translation>Ein Instrumental exportieren, importieren und in den Details dieses Titels unter „Versionen“ hinzufügen.</translation>
    </message>
    <message>
        <source>Choose its audio file (Choose Audio File… in the track&apos;s details), or import the folder it is in (Import Folder…).</source>
        <translation>Seine Audiodatei auswählen („Audiodatei auswählen …“ in den Details des Titels) oder den Ordner importieren, in dem sie liegt („Ordner importieren …“).</translation>
    </message>
    <message>
        <source>Choose the work it records in the track&apos;s Work field, or New Work beside it for a work the catalog does not have yet.</source>
        <translation>Im Feld „Werk“ des Titels das aufgenommene Werk wählen, oder daneben „Neues Werk“ für ein Werk, das der Katalog noch nicht hat.</translation>
    </message>
    <message>
        <source>Edit 30.000 s and 60.000 s versions and attach them (Attach Cut-downs… in the track&apos;s details); many briefs ask for them.</source>
        <translation>Versionen mit 30,000 s und 60,000 s schneiden und anhängen („Kurzfassungen anhängen …“ in den Details des Titels); viele Briefings verlangen sie.</translation>
    </message>
    <message>
        <source>Get a licence from the owner, set “May you use it?” to Licensed on the Provenance tab and attach the licence there, or generate the song again without it.</source>
        <translation>Eine Lizenz vom Rechteinhaber einholen, auf dem Reiter „Herkunft“ „Dürfen Sie es nutzen?“ auf „Lizenziert“ stellen und die Lizenz dort anhängen, oder den Song ohne sie neu generieren.</translation>
    </message>
    <message>
        <source>Add it to a single, EP or album: Add to Release in the track&apos;s details (New Release… there while the catalog has none).</source>
        <translation>Den Titel einer Single, EP oder einem Album hinzufügen: „Zur Veröffentlichung hinzufügen“ in den Details des Titels (dort „Neue Veröffentlichung …“, solange der Katalog keine hat).</translation>
    </message>
    <message>
        <source>Obtain an ownership assignment from the vendor and attach it to a cleared “Master ownership” item on the Clearance tab, or re-create the track yourself.</source>
        <translation>Eine Übertragung der Rechte vom Anbieter einholen und an einen geklärten Eintrag „Master-Rechte“ auf dem Reiter „Klärung“ anhängen, oder den Titel selbst neu erstellen.</translation>
    </message>
</context>
<context>
    <name>ReadinessMatrix</name>
    <message>
        <source>Readiness of each track for each use</source>
        <translation>Bereitschaft jedes Titels für jede Nutzung</translation>
    </message>
</context>
<context>
    <name>ReleaseCatalog</name>
    <message>
        <source>No artwork yet: streaming services need a cover.</source>
        <translation>Noch kein Cover: Streamingdienste brauchen ein Cover.</translation>
    </message>
    <message>
        <source>The cover is %1×%2 px; it must be square.</source>
        <translation>Das Cover hat %1×%2 px; es muss quadratisch sein.</translation>
    </message>
    <message>
        <source>The cover is %1×%1 px; streaming services ask for at least 3000×3000.</source>
        <translation>Das Cover hat %1×%1 px; Streamingdienste verlangen mindestens 3000×3000.</translation>
    </message>
</context>
<context>
    <name>ReleaseCreation</name>
    <message>
        <source>A release needs a title.</source>
        <translation>Eine Veröffentlichung braucht einen Titel.</translation>
    </message>
    <message>
        <source>A release needs an artist.</source>
        <translation>Eine Veröffentlichung braucht einen Künstler.</translation>
    </message>
    <message>
        <source>“%1” is not a release type: choose single, EP, album or compilation.</source>
        <translation>„%1“ ist kein Veröffentlichungstyp: single, EP, album oder compilation wählen.</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as YYYY-MM-DD.</source>
        <translation>„%1“ ist kein Datum; im Format JJJJ-MM-TT eingeben.</translation>
    </message>
    <message>
        <source>%1 is outside the dates a plan can use.</source>
        <translation>%1 liegt außerhalb des für Pläne zulässigen Zeitraums.</translation>
    </message>
    <message>
        <source>“%1” by %2 is already in the catalog.</source>
        <translation>„%1“ von %2 ist bereits im Katalog.</translation>
    </message>
</context>
<context>
    <name>ReleaseEditor</name>
    <message>
        <source>Delete…</source>
        <translation>Löschen …</translation>
    </message>
    <message>
        <source>Delete this release and its plan; its tracks stay in the catalog</source>
        <translation>Diese Veröffentlichung und ihren Plan löschen; die Titel bleiben im Katalog</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Single</source>
        <translation>Single</translation>
    </message>
    <message>
        <source>EP</source>
        <translation>EP</translation>
    </message>
    <message>
        <source>Album</source>
        <translation>Album</translation>
    </message>
    <message>
        <source>Compilation</source>
        <translation>Compilation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <source>In production</source>
        <translation>In Produktion</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Ausgeliefert</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Release date</source>
        <translation>Veröffentlichungsdatum</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>Primary artist</source>
        <translation>Hauptkünstler</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Catalog number</source>
        <translation>Katalognummer</translation>
    </message>
    <message>
        <source>UPC / EAN</source>
        <translation>UPC / EAN</translation>
    </message>
    <message>
        <source>Explicit lyrics</source>
        <translation>Expliziter Text</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>No (clean)</source>
        <translation>Nein (clean)</translation>
    </message>
    <message>
        <source>Yes (explicit)</source>
        <translation>Ja (explizit)</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>e.g. en</source>
        <translation>z. B. de</translation>
    </message>
    <message>
        <source>℗ line</source>
        <translation>℗-Zeile</translation>
    </message>
    <message>
        <source>e.g. 2026 Nova Lark</source>
        <translation>z. B. 2026 Nova Lark</translation>
    </message>
    <message>
        <source>© line</source>
        <translation>©-Zeile</translation>
    </message>
    <message>
        <source>Write Tags…</source>
        <translation>Tags schreiben …</translation>
    </message>
    <message>
        <source>Write the catalog&apos;s values into the files of this release&apos;s tracks (Ctrl+Shift+T)</source>
        <translation>Die Werte des Katalogs in die Dateien der Titel dieser Veröffentlichung schreiben (Strg+Umschalt+T)</translation>
    </message>
    <message>
        <source>Choose Library Folder…</source>
        <translation>Bibliotheksordner wählen …</translation>
    </message>
</context>
<context>
    <name>ReleaseList</name>
    <message numerus="yes">
        <source>%n track(s)</source>
        <translation>
            <numerusform>%n Titel</numerusform>
            <numerusform>%n Titel</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReleaseQueries</name>
    <message>
        <source>This field cannot be edited here.</source>
        <translation>Dieses Feld kann hier nicht bearbeitet werden.</translation>
    </message>
    <message>
        <source>A release needs a title.</source>
        <translation>Eine Veröffentlichung braucht einen Titel.</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as YYYY-MM-DD.</source>
        <translation>„%1“ ist kein Datum; im Format JJJJ-MM-TT eingeben.</translation>
    </message>
    <message>
        <source>A release is a single, an EP, an album or a compilation.</source>
        <translation>Eine Veröffentlichung ist eine Single, eine EP, ein Album oder eine Compilation.</translation>
    </message>
    <message>
        <source>Unknown release status “%1”.</source>
        <translation>Unbekannter Veröffentlichungsstatus „%1“.</translation>
    </message>
    <message>
        <source>Explicit is yes, no or not set.</source>
        <translation>Explizit ist ja, nein oder nicht gesetzt.</translation>
    </message>
    <message>
        <source>The release is no longer in the catalog.</source>
        <translation>Die Veröffentlichung ist nicht mehr im Katalog.</translation>
    </message>
    <message>
        <source>%1 cannot be edited</source>
        <translation>%1 kann nicht bearbeitet werden</translation>
    </message>
</context>
<context>
    <name>ReleaseTimeline</name>
    <message>
        <source>Select a release on the calendar</source>
        <translation>Eine Veröffentlichung im Kalender auswählen</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen …</translation>
    </message>
    <message>
        <source>Delete this release and its plan</source>
        <translation>Diese Veröffentlichung und ihren Plan löschen</translation>
    </message>
    <message>
        <source>Release date: %1</source>
        <translation>Veröffentlichungsdatum: %1</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>nicht geplant</translation>
    </message>
    <message>
        <source>Mark as not done</source>
        <translation>Als nicht erledigt markieren</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>Als erledigt markieren</translation>
    </message>
    <message>
        <source>fixed date</source>
        <translation>festes Datum</translation>
    </message>
    <message>
        <source>too late</source>
        <translation>zu spät</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Neue Aufgabe</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>your task</source>
        <translation>Ihre Aufgabe</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten …</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>„%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Change the date or notes</source>
        <translation>Datum oder Notizen ändern</translation>
    </message>
    <message>
        <source>Due date of the new task</source>
        <translation>Fälligkeitsdatum der neuen Aufgabe</translation>
    </message>
</context>
<context>
    <name>ReleaseTrackList</name>
    <message>
        <source>Tracks</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Add Track…</source>
        <translation>Titel hinzufügen …</translation>
    </message>
    <message>
        <source>No tracks on this release yet.</source>
        <translation>Diese Veröffentlichung hat noch keine Titel.</translation>
    </message>
    <message>
        <source>Plan Track…</source>
        <translation>Titel planen …</translation>
    </message>
    <message>
        <source>Add a track whose audio does not exist yet</source>
        <translation>Einen Titel hinzufügen, dessen Audio noch nicht existiert</translation>
    </message>
    <message>
        <source>Reading the audio file…</source>
        <translation>Audiodatei wird gelesen …</translation>
    </message>
</context>
<context>
    <name>ReleaseTrackRow</name>
    <message>
        <source>Take this track off the release (Delete)</source>
        <translation>Diesen Titel aus der Veröffentlichung entfernen (Entf)</translation>
    </message>
    <message>
        <source>Drop to use as its audio</source>
        <translation>Ablegen, um es als Audio zu verwenden</translation>
    </message>
    <message>
        <source>no audio yet</source>
        <translation>noch kein Audio</translation>
    </message>
    <message>
        <source>Choose Audio File…</source>
        <translation>Audiodatei auswählen …</translation>
    </message>
    <message>
        <source>Import an audio file as this planned track&apos;s master, whatever its tags say (or drop the file on the row)</source>
        <translation>Eine Audiodatei als Master dieses geplanten Titels importieren, unabhängig von ihren Tags (oder die Datei auf die Zeile ziehen)</translation>
    </message>
    <message>
        <source>Take this track off the release</source>
        <translation>Diesen Titel aus der Veröffentlichung nehmen</translation>
    </message>
</context>
<context>
    <name>ReleaseTypeName</name>
    <message>
        <source>Single</source>
        <translation>Single</translation>
    </message>
    <message>
        <source>EP</source>
        <extracomment>The release type (extended play)</extracomment>
        <translation>EP</translation>
    </message>
    <message>
        <source>Album</source>
        <translation>Album</translation>
    </message>
    <message>
        <source>Compilation</source>
        <translation>Compilation</translation>
    </message>
</context>
<context>
    <name>ReleasesPage</name>
    <message>
        <source>Releases</source>
        <translation>Veröffentlichungen</translation>
    </message>
    <message>
        <source>Select a release to edit it.</source>
        <translation>Eine Veröffentlichung zum Bearbeiten auswählen.</translation>
    </message>
    <message>
        <source>New Release…</source>
        <translation>Neue Veröffentlichung …</translation>
    </message>
    <message>
        <source>Plan a release before its audio exists (Ctrl+N)</source>
        <translation>Eine Veröffentlichung planen, bevor ihr Audio existiert (Strg+N)</translation>
    </message>
    <message>
        <source>No releases yet. Plan one now and add its tracks as they are made, or import files whose album tag names their release.</source>
        <translation>Noch keine Veröffentlichungen. Jetzt eine planen und die Titel hinzufügen, sobald sie entstehen, oder Dateien importieren, deren Album-Tag ihre Veröffentlichung nennt.</translation>
    </message>
    <message>
        <source>Import Folder…</source>
        <translation>Ordner importieren …</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n überfällig</numerusform>
            <numerusform>%n überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due in the next 7 days</source>
        <translation>
            <numerusform>%n in den nächsten 7 Tagen fällig</numerusform>
            <numerusform>%n in den nächsten 7 Tagen fällig</numerusform>
        </translation>
    </message>
    <message>
        <source>Release plan: %1.</source>
        <translation>Veröffentlichungsplan: %1.</translation>
    </message>
    <message>
        <source>Show Calendar</source>
        <translation>Kalender anzeigen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
</context>
<context>
    <name>RightsCatalog</name>
    <message>
        <source>Lyrics</source>
        <translation>Songtext</translation>
    </message>
    <message>
        <source>Melody</source>
        <translation>Melodie</translation>
    </message>
    <message>
        <source>Arrangement</source>
        <translation>Arrangement</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Darbietung</translation>
    </message>
    <message>
        <source>Mix</source>
        <translation>Mix</translation>
    </message>
    <message>
        <source>Mastering</source>
        <translation>Mastering</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Eigenes</translation>
    </message>
    <message>
        <source>Licensed</source>
        <translation>Lizenziert</translation>
    </message>
    <message>
        <source>Public domain</source>
        <translation>Gemeinfrei</translation>
    </message>
    <message>
        <source>Not permitted</source>
        <translation>Nicht erlaubt</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Noch unbekannt</translation>
    </message>
    <message>
        <source>Clearance item</source>
        <translation>Rechteklärungspunkt</translation>
    </message>
    <message>
        <source>Clearance status</source>
        <translation>Status der Rechteklärung</translation>
    </message>
    <message>
        <source>Human contribution</source>
        <translation>Menschlicher Beitrag</translation>
    </message>
    <message>
        <source>Uploaded input</source>
        <translation>Hochgeladene Eingabe</translation>
    </message>
    <message>
        <source>AI tool terms</source>
        <translation>Bedingungen des KI-Tools</translation>
    </message>
    <message>
        <source>Provenance record</source>
        <translation>Herkunftsangaben</translation>
    </message>
    <message>
        <source>Voice consent document</source>
        <translation>Einwilligung zur Stimme</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Ursprung</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Tool</translation>
    </message>
    <message>
        <source>Model version</source>
        <translation>Modellversion</translation>
    </message>
    <message>
        <source>Plan at generation</source>
        <translation>Tarif bei der Erstellung</translation>
    </message>
    <message>
        <source>Paid then?</source>
        <translation>Damals bezahlt?</translation>
    </message>
    <message>
        <source>Generated on</source>
        <translation>Erstellt am</translation>
    </message>
    <message>
        <source>Song or seed id</source>
        <translation>Song- oder Seed-ID</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Stems</source>
        <translation>Stems</translation>
    </message>
    <message>
        <source>Cover version</source>
        <translation>Coverversion</translation>
    </message>
    <message>
        <source>Voice likeness</source>
        <translation>Stimmähnlichkeit</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(entfernt)</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n Dokument</numerusform>
            <numerusform>%n Dokumente</numerusform>
        </translation>
    </message>
    <message>
        <source>commercial use allowed</source>
        <translation>kommerzielle Nutzung erlaubt</translation>
    </message>
    <message>
        <source>no commercial use</source>
        <translation>keine kommerzielle Nutzung</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <source>A document is attached</source>
        <translation>Ein Dokument ist angehängt</translation>
    </message>
    <message>
        <source>No document</source>
        <translation>Kein Dokument</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
</context>
<context>
    <name>RightsDetailPane</name>
    <message>
        <source>Select a cell to see why</source>
        <translation>Eine Zelle auswählen, um die Gründe zu sehen</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Clearance</source>
        <translation>Klärung</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Why this verdict</source>
        <translation>Gründe für diese Bewertung</translation>
    </message>
    <message>
        <source>Nothing stands in the way.</source>
        <translation>Nichts steht im Weg.</translation>
    </message>
    <message>
        <source>What does it take to make this sync-ready?</source>
        <translation>Was ist nötig, damit dieser Titel Sync-bereit ist?</translation>
    </message>
    <message>
        <source>Nothing: this track is sync-ready.</source>
        <translation>Nichts: Dieser Titel ist Sync-bereit.</translation>
    </message>
    <message>
        <source>Splits</source>
        <translation>Anteile</translation>
    </message>
    <message>
        <source>Master ownership</source>
        <translation>Master-Rechte</translation>
    </message>
    <message>
        <source>Nobody owns the master yet.</source>
        <translation>Die Master-Rechte hat noch niemand.</translation>
    </message>
    <message>
        <source>Writers&apos; publishing shares belong to the work (the composition): edit them on the Works page.</source>
        <translation>Die Verlagsanteile der Urheber gehören zum Werk (der Komposition): Bearbeiten Sie sie auf der Seite „Werke“.</translation>
    </message>
    <message>
        <source>Reading the rights of this track…</source>
        <translation>Die Rechte dieses Titels werden gelesen …</translation>
    </message>
    <message>
        <source>Writers&apos; publishing shares belong to the work (the composition), and this track names none yet: name it in the track&apos;s details.</source>
        <translation>Die Verlagsanteile der Urheber gehören zum Werk (der Komposition), und dieser Titel ist noch mit keinem Werk verknüpft: Verknüpfen Sie es in den Details des Titels.</translation>
    </message>
    <message>
        <source>Edit Publishing Shares…</source>
        <translation>Verlagsanteile bearbeiten …</translation>
    </message>
    <message>
        <source>Name the Work…</source>
        <translation>Mit Werk verknüpfen …</translation>
    </message>
</context>
<context>
    <name>RightsEdits</name>
    <message>
        <source>Unknown clearance kind “%1”.</source>
        <translation>Unbekannte Art von Rechteklärung „%1“.</translation>
    </message>
    <message>
        <source>Unknown clearance status “%1”.</source>
        <translation>Unbekannter Status der Rechteklärung „%1“.</translation>
    </message>
    <message>
        <source>The validity ends (%1) before it starts (%2).</source>
        <translation>Die Gültigkeit endet (%1), bevor sie beginnt (%2).</translation>
    </message>
    <message>
        <source>Unknown element “%1”.</source>
        <translation>Unbekanntes Element „%1“.</translation>
    </message>
    <message>
        <source>Say who made this contribution.</source>
        <translation>Geben Sie an, wer diesen Beitrag geleistet hat.</translation>
    </message>
    <message>
        <source>No such clearance item.</source>
        <translation>Diesen Rechteklärungspunkt gibt es nicht.</translation>
    </message>
    <message>
        <source>No such contribution.</source>
        <translation>Diesen Beitrag gibt es nicht.</translation>
    </message>
    <message>
        <source>This catalog has no library folder to keep documents in.</source>
        <translation>Dieser Katalog hat keinen Bibliotheksordner, in dem Dokumente liegen können.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>%1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot copy %1 into the library.</source>
        <translation>%1 kann nicht in die Bibliothek kopiert werden.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Unknown kind of input “%1”.</source>
        <translation>Unbekannte Art von Eingabe „%1“.</translation>
    </message>
    <message>
        <source>Unknown permission “%1”.</source>
        <translation>Unbekannte Erlaubnis „%1“.</translation>
    </message>
    <message>
        <source>Say what was uploaded (e.g. “my vocal demo”).</source>
        <translation>Geben Sie an, was hochgeladen wurde (z. B. „mein Gesangsdemo“).</translation>
    </message>
    <message>
        <source>Enter the tool&apos;s name.</source>
        <translation>Geben Sie den Namen des Tools ein.</translation>
    </message>
    <message>
        <source>Enter the plan (e.g. Free, Pro).</source>
        <translation>Geben Sie den Tarif ein (z. B. Free, Pro).</translation>
    </message>
    <message>
        <source>Unknown ownership “%1”.</source>
        <translation>Unbekannte Eigentumsangabe „%1“.</translation>
    </message>
    <message>
        <source>Enter the day these terms took effect (YYYY-MM-DD).</source>
        <translation>Geben Sie den Tag ein, an dem diese Bedingungen in Kraft traten (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>Enter the day you read these terms (YYYY-MM-DD).</source>
        <translation>Geben Sie den Tag ein, an dem Sie diese Bedingungen gelesen haben (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>The terms end (%1) before they start (%2).</source>
        <translation>Die Bedingungen enden (%1), bevor sie beginnen (%2).</translation>
    </message>
    <message>
        <source>The table already has terms for %1 (%2) from %3.</source>
        <translation>Die Tabelle enthält bereits Bedingungen für %1 (%2) ab %3.</translation>
    </message>
</context>
<context>
    <name>RightsPage</name>
    <message>
        <source>Rights</source>
        <translation>Rechte</translation>
    </message>
    <message>
        <source>Export the Release&apos;s Rights Sheet</source>
        <translation>Rechteblatt der Veröffentlichung exportieren</translation>
    </message>
    <message>
        <source>Export the Track&apos;s Rights Sheet</source>
        <translation>Rechteblatt des Titels exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Rights sheet saved: %1</source>
        <translation>Rechteblatt gespeichert: %1</translation>
    </message>
    <message>
        <source>Readiness per use: each level needs the one before it. Click a cell for the reasons.</source>
        <translation>Bereitschaft je Nutzung: Jede Stufe setzt die vorherige voraus. Für die Gründe auf eine Zelle klicken.</translation>
    </message>
    <message>
        <source>Export Rights Sheet…</source>
        <translation>Rechteblatt exportieren …</translation>
    </message>
    <message>
        <source>This Track…</source>
        <translation>Dieser Titel …</translation>
    </message>
    <message>
        <source>Its Release (%1)…</source>
        <translation>Zugehörige Veröffentlichung (%1) …</translation>
    </message>
    <message>
        <source>Check Again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>AI Tool Terms…</source>
        <translation>KI-Tool-Bedingungen …</translation>
    </message>
    <message>
        <source>%1 rights sheet</source>
        <translation>%1 Rechteblatt</translation>
    </message>
    <message>
        <source>Import some tracks first: rights and readiness are recorded per track.</source>
        <translation>Zuerst Titel importieren: Rechte und Bereitschaft werden pro Titel erfasst.</translation>
    </message>
</context>
<context>
    <name>RightsQueries</name>
    <message>
        <source>This field cannot be edited here.</source>
        <translation>Dieses Feld kann hier nicht bearbeitet werden.</translation>
    </message>
    <message>
        <source>The origin is human, AI-assisted or AI-generated.</source>
        <translation>Die Herkunft ist menschlich, KI-unterstützt oder KI-generiert.</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as YYYY-MM-DD.</source>
        <translation>„%1“ ist kein Datum; im Format JJJJ-MM-TT eingeben.</translation>
    </message>
    <message>
        <source>Stems are native, separated afterwards, or none.</source>
        <translation>Stems sind nativ, nachträglich getrennt oder nicht vorhanden.</translation>
    </message>
    <message>
        <source>This is yes or no.</source>
        <translation>Das ist ja oder nein.</translation>
    </message>
    <message>
        <source>Unknown voice-likeness answer “%1”.</source>
        <translation>Unbekannte Angabe zur Stimmähnlichkeit „%1“.</translation>
    </message>
    <message>
        <source>Unknown clearance status “%1”.</source>
        <translation>Unbekannter Status der Rechteklärung „%1“.</translation>
    </message>
    <message>
        <source>The clearance item is no longer in the catalog.</source>
        <translation>Der Rechteklärungspunkt ist nicht mehr im Katalog.</translation>
    </message>
</context>
<context>
    <name>RightsReport</name>
    <message>
        <source>There is no release with id %1 in the catalog.</source>
        <translation>Im Katalog gibt es keine Veröffentlichung mit der ID %1.</translation>
    </message>
    <message>
        <source>There is no track with id %1 in the catalog.</source>
        <translation>Im Katalog gibt es keinen Titel mit der ID %1.</translation>
    </message>
</context>
<context>
    <name>RightsReportCommand</name>
    <message>
        <source>usage: imprint --catalog FILE rights-report (--track ID | --release ID) [--pdf OUT.pdf] [--json]</source>
        <translation>Aufruf: imprint --catalog FILE rights-report (--track ID | --release ID) [--pdf OUT.pdf] [--json]</translation>
    </message>
    <message>
        <source>imprint: %1</source>
        <translation>imprint: %1</translation>
    </message>
    <message>
        <source>imprint: cannot write %1: %2</source>
        <translation>imprint: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Rights sheet: %1</source>
        <translation>Rechteblatt: %1</translation>
    </message>
</context>
<context>
    <name>RightsSheetPdf</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <source>Content creation</source>
        <translation>Content-Erstellung</translation>
    </message>
    <message>
        <source>Streaming release</source>
        <translation>Streaming-Veröffentlichung</translation>
    </message>
    <message>
        <source>Sync licensing</source>
        <translation>Sync-Lizenzierung</translation>
    </message>
    <message>
        <source>Commercial placement</source>
        <translation>Kommerzielle Platzierung</translation>
    </message>
    <message>
        <source>no document</source>
        <translation>kein Dokument</translation>
    </message>
    <message>
        <source>CHANGED since attached</source>
        <translation>seit dem Anhängen GEÄNDERT</translation>
    </message>
    <message>
        <source>MISSING from the library</source>
        <translation>FEHLT in der Bibliothek</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>Readiness per use</source>
        <translation>Bereitschaft je Nutzung</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Nutzung</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>What stands in the way, and the fix</source>
        <translation>Was im Weg steht und wie es sich beheben lässt</translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation>Blocker</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Nothing.</source>
        <translation>Nichts.</translation>
    </message>
    <message>
        <source>Held back by the level before.</source>
        <translation>Durch die vorherige Stufe zurückgehalten.</translation>
    </message>
    <message>
        <source>Also held back by the level before.</source>
        <translation>Ebenfalls durch die vorherige Stufe zurückgehalten.</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Beteiligte(r)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>PRO</source>
        <translation>Verwertungsgesellschaft</translation>
    </message>
    <message>
        <source>IPI</source>
        <translation>IPI</translation>
    </message>
    <message>
        <source>Total %1: complete.</source>
        <translation>Gesamt %1: vollständig.</translation>
    </message>
    <message>
        <source>Not recorded.</source>
        <translation>Nicht erfasst.</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Ursprung</translation>
    </message>
    <message>
        <source>AI-generated</source>
        <translation>KI-generiert</translation>
    </message>
    <message>
        <source>AI-assisted</source>
        <translation>KI-unterstützt</translation>
    </message>
    <message>
        <source>Human</source>
        <translation>Menschlich</translation>
    </message>
    <message>
        <source>Tool and model</source>
        <translation>Tool und Modell</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>paid or not: not recorded</source>
        <translation>bezahlt oder nicht: nicht erfasst</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>bezahlt</translation>
    </message>
    <message>
        <source>free</source>
        <translation>kostenlos</translation>
    </message>
    <message>
        <source>Generated on</source>
        <translation>Erstellt am</translation>
    </message>
    <message>
        <source>Song/seed id</source>
        <translation>Song-/Seed-ID</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Stems</source>
        <translation>Stems</translation>
    </message>
    <message>
        <source>Terms in force</source>
        <translation>Geltende Bedingungen</translation>
    </message>
    <message>
        <source>%1 — commercial use %2, ownership: %3 (recorded %4)%5</source>
        <translation>%1 — kommerzielle Nutzung %2, Eigentum: %3 (erfasst am %4)%5</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>erlaubt</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>nicht erlaubt</translation>
    </message>
    <message>
        <source>; example terms, not confirmed</source>
        <translation>; Beispielbedingungen, nicht bestätigt</translation>
    </message>
    <message>
        <source>Uploaded input</source>
        <translation>Hochgeladene Eingabe</translation>
    </message>
    <message>
        <source>%1 (%2), owner: %3, permission: %4%5</source>
        <translation>%1 (%2), Rechteinhaber: %3, Erlaubnis: %4%5</translation>
    </message>
    <message>
        <source>; licence SHA-256 %1</source>
        <translation>; Lizenz SHA-256 %1</translation>
    </message>
    <message>
        <source>Cover song</source>
        <translation>Coverversion</translation>
    </message>
    <message>
        <source>Voice likeness</source>
        <translation>Stimmähnlichkeit</translation>
    </message>
    <message>
        <source>Consent document</source>
        <translation>Einwilligungsdokument</translation>
    </message>
    <message>
        <source>Artist: %1 · ISRC: %2 · Release: %3</source>
        <translation>Künstler: %1 · ISRC: %2 · Veröffentlichung: %3</translation>
    </message>
    <message>
        <source>Master ownership</source>
        <translation>Master-Rechte</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>Verlagsrechte</translation>
    </message>
    <message>
        <source>Work: %1</source>
        <translation>Werk: %1</translation>
    </message>
    <message>
        <source>Not linked to a work.</source>
        <translation>Mit keinem Werk verknüpft.</translation>
    </message>
    <message>
        <source>AI used</source>
        <translation>KI genutzt</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Mitwirkende</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Keine erfasst.</translation>
    </message>
    <message>
        <source>Human contributions</source>
        <translation>Menschliche Beiträge</translation>
    </message>
    <message>
        <source>None documented.</source>
        <translation>Keine dokumentiert.</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Bestandteil</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>no evidence</source>
        <translation>kein Beleg</translation>
    </message>
    <message>
        <source>Clearance items</source>
        <translation>Rechteklärungspunkte</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>Vertragspartner</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Territory, validity</source>
        <translation>Gebiet, Gültigkeit</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Rights sheet</source>
        <translation>Rechteblatt</translation>
    </message>
    <message>
        <source>Rights sheet: %1</source>
        <translation>Rechteblatt: %1</translation>
    </message>
    <message>
        <source>Generated by Imprint on %1. Verdicts follow from the catalog&apos;s facts on that day.</source>
        <translation>Erstellt von Imprint am %1. Die Bewertungen ergeben sich aus den Angaben im Katalog an diesem Tag.</translation>
    </message>
    <message>
        <source>Artist: %1 · Label: %2 · UPC: %3 · Release date: %4 · %5 · %6</source>
        <translation>Künstler: %1 · Label: %2 · UPC: %3 · Veröffentlichungsdatum: %4 · %5 · %6</translation>
    </message>
    <message>
        <source>needs its signed document</source>
        <translation>braucht noch das unterschriebene Dokument</translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <source>%1 cannot be planned: dates must lie between the years 1 and 9999.</source>
        <translation>%1 kann nicht geplant werden: Daten müssen zwischen den Jahren 1 und 9999 liegen.</translation>
    </message>
    <message>
        <source>Delivery deadline moves to %1.</source>
        <translation>Die Auslieferungsfrist verschiebt sich auf %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n edited milestone(s) keep their date.</source>
        <translation>
            <numerusform>%n bearbeiteter Meilenstein behält sein Datum.</numerusform>
            <numerusform>%n bearbeitete Meilensteine behalten ihr Datum.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n milestone(s) overdue.</source>
        <translation>
            <numerusform>%n Meilenstein überfällig.</numerusform>
            <numerusform>%n Meilensteine überfällig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too late for: %1.</source>
        <translation>Zu spät für: %1.</translation>
    </message>
    <message>
        <source>Within a week of %1 by the same artist.</source>
        <translation>Weniger als eine Woche entfernt von %1 desselben Künstlers.</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Keine Konflikte.</translation>
    </message>
</context>
<context>
    <name>ScheduleRepository</name>
    <message>
        <source>“%1” has no valid due date</source>
        <translation>„%1“ hat kein gültiges Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>milestone %1 is not part of release %2</source>
        <translation>Meilenstein %1 gehört nicht zur Veröffentlichung %2</translation>
    </message>
    <message>
        <source>release %1 does not exist</source>
        <translation>Veröffentlichung %1 existiert nicht</translation>
    </message>
    <message>
        <source>the stored template for %1 is damaged %2</source>
        <translation>die gespeicherte Vorlage für %1 ist beschädigt %2</translation>
    </message>
    <message>
        <source>%1 is outside the dates a plan can use</source>
        <translation>%1 liegt außerhalb des für Pläne zulässigen Zeitraums</translation>
    </message>
</context>
<context>
    <name>ScheduleRisks</name>
    <message>
        <source>%1: “%2” was possible until %3.</source>
        <translation>%1: „%2“ war bis %3 möglich.</translation>
    </message>
    <message>
        <source>%1: “%2” was due %3.</source>
        <translation>%1: „%2“ war am %3 fällig.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %2 by %3 come out %n day(s) apart.</source>
        <translation>
            <numerusform>%1 und %2 von %3 erscheinen %n Tag auseinander.</numerusform>
            <numerusform>%1 und %2 von %3 erscheinen %n Tage auseinander.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: the distributor needs %n day(s); the earliest possible release date is %2.</source>
        <translation>
            <numerusform>%1: Der Vertrieb braucht %n Tag; das früheste mögliche Veröffentlichungsdatum ist %2.</numerusform>
            <numerusform>%1: Der Vertrieb braucht %n Tage; das früheste mögliche Veröffentlichungsdatum ist %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleTemplate</name>
    <message>
        <source>Masters final</source>
        <translation>Master fertiggestellt</translation>
    </message>
    <message>
        <source>Artwork final</source>
        <translation>Cover fertiggestellt</translation>
    </message>
    <message>
        <source>Metadata and identifiers locked</source>
        <translation>Metadaten und Kennungen festgeschrieben</translation>
    </message>
    <message>
        <source>Delivered to distributor</source>
        <translation>An den Vertrieb ausgeliefert</translation>
    </message>
    <message>
        <source>Editorial pitch submitted</source>
        <translation>Redaktions-Pitch eingereicht</translation>
    </message>
    <message>
        <source>Announcement and pre-save</source>
        <translation>Ankündigung und Pre-Save</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Veröffentlichung</translation>
    </message>
    <message>
        <source>Post-release review</source>
        <translation>Rückblick nach der Veröffentlichung</translation>
    </message>
    <message>
        <source>not a template file: %1</source>
        <translation>keine Vorlagendatei: %1</translation>
    </message>
    <message>
        <source>unsupported template file version</source>
        <translation>nicht unterstützte Version der Vorlagendatei</translation>
    </message>
    <message>
        <source>unknown release type “%1”</source>
        <translation>unbekannter Veröffentlichungstyp „%1“</translation>
    </message>
    <message>
        <source>a milestone has no key</source>
        <translation>ein Meilenstein hat keinen Schlüssel</translation>
    </message>
    <message>
        <source>the key “%1” is used twice</source>
        <translation>der Schlüssel „%1“ wird zweimal verwendet</translation>
    </message>
    <message>
        <source>the milestone “%1” has no name</source>
        <translation>der Meilenstein „%1“ hat keinen Namen</translation>
    </message>
    <message>
        <source>the milestone “%1” is more than ten years from the release</source>
        <translation>der Meilenstein „%1“ liegt mehr als zehn Jahre von der Veröffentlichung entfernt</translation>
    </message>
    <message>
        <source>the hard limit of “%1” is more than ten years from the release</source>
        <translation>die feste Grenze von „%1“ liegt mehr als zehn Jahre von der Veröffentlichung entfernt</translation>
    </message>
    <message>
        <source>the hard limit of “%1” is before its due date</source>
        <translation>die feste Grenze von „%1“ liegt vor dem Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>the template for “%1” has no milestone list</source>
        <translation>die Vorlage für „%1“ hat keine Meilensteinliste</translation>
    </message>
    <message>
        <source>the milestone “%1” needs offsetDays as a whole number of days within ten years</source>
        <translation>der Meilenstein „%1“ braucht offsetDays als ganze Zahl von Tagen innerhalb von zehn Jahren</translation>
    </message>
    <message>
        <source>the hard limit of “%1” is not a whole number of days</source>
        <translation>die feste Grenze von „%1“ ist keine ganze Zahl von Tagen</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not a postgresql:// address</source>
        <translation>keine postgresql://-Adresse</translation>
    </message>
    <message>
        <source>a password does not belong in the address; use PGPASSWORD, ~/.pgpass or a service file</source>
        <translation>ein Passwort gehört nicht in die Adresse; verwenden Sie PGPASSWORD, ~/.pgpass oder eine Service-Datei</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Show page 1 to 8 (Catalog … Deliveries)</source>
        <translation>Seite 1 bis 8 zeigen (Katalog … Lieferungen)</translation>
    </message>
    <message>
        <source>Write the selected tracks&apos; tags</source>
        <translation>Tags der ausgewählten Titel schreiben</translation>
    </message>
    <message>
        <source>Extend the selection in the track table</source>
        <translation>Auswahl in der Titeltabelle erweitern</translation>
    </message>
    <message>
        <source>Shift+Click, Shift+Up/Down</source>
        <translation>Umschalt+Klick, Umschalt+Auf/Ab</translation>
    </message>
    <message>
        <source>Add a track to the selection</source>
        <translation>Einen Titel zur Auswahl hinzufügen</translation>
    </message>
    <message>
        <source>Ctrl+Click</source>
        <translation>Strg+Klick</translation>
    </message>
    <message>
        <source>Select no track</source>
        <translation>Keinen Titel auswählen</translation>
    </message>
    <message>
        <source>Edit the selected tracks together</source>
        <translation>Die ausgewählten Titel gemeinsam bearbeiten</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Move a track in the running order</source>
        <translation>Einen Titel in der Reihenfolge verschieben</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+8</source>
        <translation>Strg+1 … Strg+8</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Strg+Umschalt+T</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Alt+Up, Alt+Down</source>
        <translation>Alt+Auf, Alt+Ab</translation>
    </message>
    <message>
        <source>Play or pause the selected track&apos;s preview</source>
        <translation>Vorschau des ausgewählten Titels abspielen oder anhalten</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Leertaste</translation>
    </message>
    <message>
        <source>Actions, sorting and columns of the track table</source>
        <translation>Aktionen, Sortierung und Spalten der Titeltabelle</translation>
    </message>
    <message>
        <source>Menu, Shift+F10</source>
        <translation>Menü, Umschalt+F10</translation>
    </message>
    <message>
        <source>Sort by a column (again: the other direction)</source>
        <translation>Nach einer Spalte sortieren (erneut: andere Richtung)</translation>
    </message>
    <message>
        <source>Click its header</source>
        <translation>Klick auf den Spaltenkopf</translation>
    </message>
    <message>
        <source>Pick a date from a calendar (in a date field)</source>
        <translation>Ein Datum aus einem Kalender wählen (in einem Datumsfeld)</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Ab</translation>
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
    <message>
        <source>Releases</source>
        <translation>Veröffentlichungen</translation>
    </message>
    <message numerus="yes">
        <source>%n release(s)</source>
        <translation>
            <numerusform>%n Veröffentlichung</numerusform>
            <numerusform>%n Veröffentlichungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Works</source>
        <translation>Werke</translation>
    </message>
    <message numerus="yes">
        <source>%n work(s)</source>
        <translation>
            <numerusform>%n Werk</numerusform>
            <numerusform>%n Werke</numerusform>
        </translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Beteiligte</translation>
    </message>
    <message numerus="yes">
        <source>%n name(s)</source>
        <translation>
            <numerusform>%n Name</numerusform>
            <numerusform>%n Namen</numerusform>
        </translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Release plan</source>
        <translation>Veröffentlichungsplan</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message numerus="yes">
        <source>%n failing</source>
        <translation>
            <numerusform>%n fällt durch</numerusform>
            <numerusform>%n fallen durch</numerusform>
        </translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Rechte</translation>
    </message>
    <message>
        <source>Readiness and clearance</source>
        <translation>Bereitschaft und Rechteklärung</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Auslieferungen</translation>
    </message>
    <message>
        <source>Packages and backups</source>
        <translation>Pakete und Sicherungen</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <comment>the page&apos;s shortcut</comment>
        <translation>%1 (Strg+%2)</translation>
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
    <name>SplitsEditor</name>
    <message>
        <source>No shares yet.</source>
        <translation>Noch keine Anteile.</translation>
    </message>
    <message>
        <source>Remove this share</source>
        <translation>Diesen Anteil entfernen</translation>
    </message>
    <message>
        <source>Add Party</source>
        <translation>Beteiligte(n) hinzufügen</translation>
    </message>
    <message>
        <source>Split Evenly</source>
        <translation>Gleichmäßig aufteilen</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Gesamt: %1</translation>
    </message>
    <message>
        <source>Save Splits</source>
        <translation>Aufteilung speichern</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
</context>
<context>
    <name>StemAttachment</name>
    <message>
        <source>Attach Stems…</source>
        <translation>Stems anhängen …</translation>
    </message>
    <message>
        <source>Attach a ZIP or TAR of this track&apos;s stems, checked against its master</source>
        <translation>Ein ZIP- oder TAR-Archiv mit den Stems dieses Titels anhängen, geprüft gegen seinen Master</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Attach Anyway</source>
        <translation>Trotzdem anhängen</translation>
    </message>
    <message>
        <source>Attach these stems although they differ from the master</source>
        <translation>Diese Stems anhängen, obwohl sie vom Master abweichen</translation>
    </message>
    <message>
        <source>Attach Stems</source>
        <translation>Stems anhängen</translation>
    </message>
    <message>
        <source>Stem packs (*.zip *.tar *.tar.gz *.tgz *.tar.bz2 *.tar.xz *.tar.zst)</source>
        <translation>Stem-Pakete (*.zip *.tar *.tar.gz *.tgz *.tar.bz2 *.tar.xz *.tar.zst)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose the track&apos;s audio first: stems are checked against it.</source>
        <translation>Wählen Sie zuerst die Audiodatei des Titels: Stems werden mit ihr abgeglichen.</translation>
    </message>
    <message>
        <source>Choose Library Folder…</source>
        <translation>Bibliotheksordner wählen …</translation>
    </message>
</context>
<context>
    <name>StemCheck</name>
    <message>
        <source>%1 kHz</source>
        <translation>%1 kHz</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Stem “%1”</source>
        <translation>Stem „%1“</translation>
    </message>
    <message>
        <source>as the master ± %1</source>
        <translation>wie der Master ± %1</translation>
    </message>
    <message>
        <source>not analysed yet</source>
        <translation>noch nicht analysiert</translation>
    </message>
    <message>
        <source>analyse the catalog to measure the stem</source>
        <translation>Katalog analysieren, um den Stem zu messen</translation>
    </message>
    <message>
        <source>cannot be decoded</source>
        <translation>nicht dekodierbar</translation>
    </message>
    <message>
        <source>export stem “%1” again: it cannot be read to its end</source>
        <translation>Stem „%1“ erneut exportieren: Er lässt sich nicht bis zum Ende lesen</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>export stem “%1” again at %2, the master&apos;s sample rate</source>
        <translation>Stem „%1“ erneut mit %2 exportieren, der Abtastrate des Masters</translation>
    </message>
    <message>
        <source>export stem “%1” again over the master&apos;s whole length: it is %2 %3</source>
        <translation>Stem „%1“ erneut über die ganze Länge des Masters exportieren: Er ist %2 %3</translation>
    </message>
    <message>
        <source>longer</source>
        <translation>länger</translation>
    </message>
    <message>
        <source>shorter</source>
        <translation>kürzer</translation>
    </message>
    <message>
        <source>%1 dB</source>
        <translation>%1 dB</translation>
    </message>
    <message>
        <source>Stems null test</source>
        <translation>Nulltest der Stems</translation>
    </message>
    <message>
        <source>not tested yet</source>
        <translation>noch nicht getestet</translation>
    </message>
    <message>
        <source>analyse the catalog to null-test the stems against the mix</source>
        <translation>Katalog analysieren, um die Stems per Nulltest mit dem Mix zu vergleichen</translation>
    </message>
    <message>
        <source>not possible</source>
        <translation>nicht möglich</translation>
    </message>
    <message>
        <source>cannot null-test: %1</source>
        <translation>Nulltest nicht möglich: %1</translation>
    </message>
    <message>
        <source>exact null</source>
        <translation>exakte Auslöschung</translation>
    </message>
    <message>
        <source>the stems sum to a residual %1 dB below the mix (needs %2 dB): export them again from the final mix, same levels, no master-bus processing</source>
        <translation>die Summe der Stems ergibt einen Rest von %1 dB unter dem Mix (nötig: %2 dB): Stems erneut aus dem finalen Mix exportieren, gleiche Pegel, ohne Bearbeitung auf dem Master-Bus</translation>
    </message>
    <message>
        <source>Cut-down “%1”</source>
        <translation>Kurzfassung „%1“</translation>
    </message>
    <message>
        <source>30.000 s or 60.000 s ± %1</source>
        <translation>30,000 s oder 60,000 s ± %1</translation>
    </message>
    <message>
        <source>export cut-down “%1” again: it cannot be read to its end</source>
        <translation>Kurzfassung „%1“ erneut exportieren: Sie lässt sich nicht bis zum Ende lesen</translation>
    </message>
    <message>
        <source>analyse the catalog to measure the cut-down</source>
        <translation>Katalog analysieren, um die Kurzfassung zu messen</translation>
    </message>
    <message>
        <source>trim cut-down “%1” to %2: it is %3 too long</source>
        <translation>Kurzfassung „%1“ auf %2 kürzen: Sie ist %3 zu lang</translation>
    </message>
    <message>
        <source>extend cut-down “%1” to %2: it is %3 too short</source>
        <translation>Kurzfassung „%1“ auf %2 verlängern: Sie ist %3 zu kurz</translation>
    </message>
    <message>
        <source>Instrumental</source>
        <translation>Instrumental</translation>
    </message>
    <message>
        <source>present</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>the track has vocals</source>
        <translation>der Titel hat Gesang</translation>
    </message>
    <message>
        <source>export an instrumental (the mix without vocals) and add it as a version of the track</source>
        <translation>ein Instrumental (den Mix ohne Gesang) exportieren und als Version des Titels hinzufügen</translation>
    </message>
</context>
<context>
    <name>StemNullTest</name>
    <message>
        <source>%1 kHz</source>
        <translation>%1 kHz</translation>
    </message>
    <message>
        <source>there are no stems</source>
        <translation>es gibt keine Stems</translation>
    </message>
    <message>
        <source>the mix</source>
        <translation>der Mix</translation>
    </message>
    <message>
        <source>stem “%1” cannot be read (%2)</source>
        <translation>Stem „%1“ kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>stem “%1” is at %2, the mix at %3</source>
        <translation>Stem „%1“ hat %2, der Mix %3</translation>
    </message>
    <message>
        <source>stem “%1” has %2 channels, the mix %3</source>
        <translation>Stem „%1“ hat %2 Kanäle, der Mix %3</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>stem “%1”: %2</source>
        <translation>Stem „%1“: %2</translation>
    </message>
    <message>
        <source>stem “%1” is %2 s %3 than the mix</source>
        <translation>Stem „%1“ ist %2 s %3 als der Mix</translation>
    </message>
    <message>
        <source>shorter</source>
        <translation>kürzer</translation>
    </message>
    <message>
        <source>longer</source>
        <translation>länger</translation>
    </message>
    <message>
        <source>the mix is silent</source>
        <translation>der Mix ist stumm</translation>
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
    <name>TagWriteFileRow</name>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(entfernt)</translation>
    </message>
</context>
<context>
    <name>TeamCatalogDialog</name>
    <message>
        <source>Open Team Catalog</source>
        <translation>Team-Katalog öffnen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Only if the server asks for one</source>
        <translation>Nur wenn der Server danach fragt</translation>
    </message>
    <message>
        <source>A password typed here is kept in memory while Imprint runs, never saved. Imprint also finds one where PostgreSQL tools look: ~/.pgpass, a service file or PGPASSWORD.</source>
        <translation>Ein hier eingegebenes Passwort bleibt nur im Arbeitsspeicher, solange Imprint läuft, und wird nie gespeichert. Imprint findet eines auch dort, wo PostgreSQL-Programme suchen: ~/.pgpass, eine Dienstdatei oder PGPASSWORD.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt …</translation>
    </message>
</context>
<context>
    <name>TeamRoles</name>
    <message>
        <source>roles belong to a team catalog on a PostgreSQL server, not to a catalog file</source>
        <translation>Rollen gehören zu einem Teamkatalog auf einem PostgreSQL-Server, nicht zu einer Katalogdatei</translation>
    </message>
    <message>
        <source>the server has no login role &quot;%1&quot; (create it first: CREATE ROLE %1 LOGIN)</source>
        <translation>der Server hat keine Anmelderolle „%1“ (legen Sie sie zuerst an: CREATE ROLE %1 LOGIN)</translation>
    </message>
    <message>
        <source>cannot create the role %1: %2</source>
        <translation>die Rolle %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>cannot set up the roles: %1</source>
        <translation>die Rollen können nicht eingerichtet werden: %1</translation>
    </message>
    <message>
        <source>cannot grant the roles their rights: %1</source>
        <translation>den Rollen können ihre Rechte nicht gewährt werden: %1</translation>
    </message>
    <message>
        <source>cannot make %1 a member of %2: %3</source>
        <translation>%1 kann nicht Mitglied von %2 werden: %3</translation>
    </message>
</context>
<context>
    <name>TextDecoding</name>
    <message>
        <source>the file starts as UTF-16 text but is damaged further on</source>
        <translation>die Datei beginnt als UTF-16-Text, ist aber weiter hinten beschädigt</translation>
    </message>
    <message>
        <source>the file holds NUL characters: it is not a text file, or UTF-16 without a byte-order mark; save it as &quot;CSV UTF-8&quot; and import it again</source>
        <translation>die Datei enthält NUL-Zeichen: sie ist keine Textdatei oder UTF-16 ohne Byte-Order-Mark; speichere sie als &quot;CSV UTF-8&quot; und importiere sie erneut</translation>
    </message>
    <message>
        <source>line %1 is not UTF-8 text (perhaps Windows-1252 or another older encoding); save the file as &quot;CSV UTF-8&quot; and import it again</source>
        <translation>Zeile %1 ist kein UTF-8-Text (vielleicht Windows-1252 oder eine andere ältere Kodierung); speichere die Datei als &quot;CSV UTF-8&quot; und importiere sie erneut</translation>
    </message>
</context>
<context>
    <name>ToolTermsDialog</name>
    <message>
        <source>AI Tool Terms</source>
        <translation>KI-Tool-Bedingungen</translation>
    </message>
    <message>
        <source>What each plan allowed, from the day it took effect. A generation is judged against the terms in force on its date.</source>
        <translation>Was jeder Tarif ab dem Tag seines Inkrafttretens erlaubte. Eine Generierung wird nach den Bedingungen beurteilt, die an ihrem Datum galten.</translation>
    </message>
    <message>
        <source>New Terms</source>
        <translation>Neue Bedingungen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Save Changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Add Terms</source>
        <translation>Bedingungen hinzufügen</translation>
    </message>
</context>
<context>
    <name>ToolTermsForm</name>
    <message>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <source>Paid plan</source>
        <translation>Bezahlter Tarif</translation>
    </message>
    <message>
        <source>Free plan</source>
        <translation>Kostenloser Tarif</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Tool</translation>
    </message>
    <message>
        <source>e.g. Suno</source>
        <translation>z. B. Suno</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>e.g. Pro</source>
        <translation>z. B. Pro</translation>
    </message>
    <message>
        <source>Plan type</source>
        <translation>Tarifart</translation>
    </message>
    <message>
        <source>Output owned by</source>
        <translation>Eigentum am Ergebnis</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, empty if still in force</source>
        <translation>JJJJ-MM-TT, leer, wenn noch gültig</translation>
    </message>
    <message>
        <source>Read on</source>
        <translation>Gelesen am</translation>
    </message>
    <message>
        <source>Commercial use allowed</source>
        <translation>Kommerzielle Nutzung erlaubt</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Where the terms are published, or what they say</source>
        <translation>Wo die Bedingungen veröffentlicht sind oder was sie besagen</translation>
    </message>
    <message>
        <source>Example shipped with Imprint, not yet confirmed against the vendor&apos;s terms</source>
        <translation>Mit Imprint ausgeliefertes Beispiel, noch nicht mit den Bedingungen des Anbieters abgeglichen</translation>
    </message>
</context>
<context>
    <name>ToolTermsModel</name>
    <message>
        <source>You own the output</source>
        <translation>Ihnen gehört das Ergebnis</translation>
    </message>
    <message>
        <source>Licensed to you</source>
        <translation>An Sie lizenziert</translation>
    </message>
    <message>
        <source>The vendor owns it</source>
        <translation>Dem Anbieter gehört es</translation>
    </message>
</context>
<context>
    <name>ToolTermsRow</name>
    <message>
        <source>Tool</source>
        <translation>Tool</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Commercial</source>
        <translation>Kommerziell</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Erlaubt</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Nicht erlaubt</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>Read on</source>
        <translation>Gelesen am</translation>
    </message>
    <message>
        <source>%1 (example)</source>
        <translation>%1 (Beispiel)</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>Titel</translation>
    </message>
</context>
<context>
    <name>TrackAudioAttachment</name>
    <message>
        <source>Choose Audio File…</source>
        <translation>Audiodatei auswählen …</translation>
    </message>
    <message>
        <source>Import an audio file as this track&apos;s master, whatever its tags say</source>
        <translation>Eine Audiodatei als Master dieses Titels importieren, unabhängig von ihren Tags</translation>
    </message>
    <message>
        <source>Reading the audio file…</source>
        <translation>Audiodatei wird gelesen …</translation>
    </message>
</context>
<context>
    <name>TrackContextMenu</name>
    <message>
        <source>Pause Preview</source>
        <translation>Vorschau anhalten</translation>
    </message>
    <message>
        <source>Play Preview</source>
        <translation>Vorschau abspielen</translation>
    </message>
    <message numerus="yes">
        <source>Edit %n Tracks Together</source>
        <translation>
            <numerusform>%n Titel gemeinsam bearbeiten</numerusform>
            <numerusform>%n Titel gemeinsam bearbeiten</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Write Tags…</source>
        <translation>Tags schreiben …</translation>
    </message>
    <message>
        <source>Show in Quality</source>
        <translation>In Qualität zeigen</translation>
    </message>
    <message>
        <source>Show in Rights</source>
        <translation>In Rechte zeigen</translation>
    </message>
    <message>
        <source>Open Containing Folder</source>
        <translation>Übergeordneten Ordner öffnen</translation>
    </message>
    <message>
        <source>Sort By</source>
        <translation>Sortieren nach</translation>
    </message>
    <message>
        <source>%1 (ascending)</source>
        <translation>%1 (aufsteigend)</translation>
    </message>
    <message>
        <source>%1 (descending)</source>
        <translation>%1 (absteigend)</translation>
    </message>
</context>
<context>
    <name>TrackCreditsSection</name>
    <message>
        <source>Work (composition)</source>
        <translation>Werk (Komposition)</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Mitwirkende</translation>
    </message>
    <message>
        <source>Master ownership</source>
        <translation>Master-Rechte</translation>
    </message>
    <message>
        <source>Nobody owns the master yet.</source>
        <translation>Die Master-Rechte hat noch niemand.</translation>
    </message>
    <message>
        <source>New Work</source>
        <translation>Neues Werk</translation>
    </message>
    <message>
        <source>Adds the work “%1” to the catalog, as the composition this track records</source>
        <translation>Fügt das Werk „%1“ dem Katalog hinzu, als die Komposition, die dieser Titel aufnimmt</translation>
    </message>
</context>
<context>
    <name>TrackCsv</name>
    <message>
        <source>the title is empty</source>
        <translation>der Titelname ist leer</translation>
    </message>
    <message>
        <source>ISRC &quot;%1&quot;: %2</source>
        <translation>ISRC &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>BPM &quot;%1&quot; is not a tempo between 1 and 999</source>
        <translation>BPM &quot;%1&quot; ist kein Tempo zwischen 1 und 999</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not yes or no</source>
        <translation>%1 &quot;%2&quot; ist weder yes noch no</translation>
    </message>
    <message>
        <source>the file is empty; the first line must name the columns</source>
        <translation>die Datei ist leer; die erste Zeile muss die Spalten benennen</translation>
    </message>
    <message>
        <source>line 1: the column &quot;%1&quot; appears twice</source>
        <translation>Zeile 1: die Spalte &quot;%1&quot; kommt zweimal vor</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>%1 Felder, wo die Kopfzeile %2 hat</translation>
    </message>
    <message>
        <source>no track with id &quot;%1&quot; in the catalog</source>
        <translation>kein Titel mit der ID &quot;%1&quot; im Katalog</translation>
    </message>
    <message>
        <source>track %1 is already changed by line %2</source>
        <translation>Titel %1 wird bereits durch Zeile %2 geändert</translation>
    </message>
    <message>
        <source>ISRC %1 is already held by track %2</source>
        <translation>ISRC %1 gehört bereits zu Titel %2</translation>
    </message>
    <message>
        <source>a new track needs a title</source>
        <translation>ein neuer Titel braucht einen Namen</translation>
    </message>
    <message>
        <source>%1; nothing was imported</source>
        <translation>%1; nichts wurde importiert</translation>
    </message>
    <message>
        <source> (a quoted cell runs over lines %1–%2: is a closing quote missing?)</source>
        <translation> (eine Zelle in Anführungszeichen reicht über die Zeilen %1–%2: fehlt ein schließendes Anführungszeichen?)</translation>
    </message>
    <message>
        <source>%1: read-only, the change was not applied</source>
        <translation>%1: nur lesbar, die Änderung wurde nicht übernommen</translation>
    </message>
    <message>
        <source>the row runs over lines %1–%2 because a quoted cell holds a line break; check that no closing quote is missing</source>
        <translation>die Zeile reicht über die Zeilen %1–%2, weil eine Zelle in Anführungszeichen einen Zeilenumbruch enthält; prüfe, ob ein schließendes Anführungszeichen fehlt</translation>
    </message>
    <message>
        <source>“%1” (track %2) was changed in the catalog after this file was exported (%3); the row would write over that change: export the tracks again and redo this row there</source>
        <translation>„%1“ (Titel %2) wurde im Katalog geändert, nachdem diese Datei exportiert wurde (%3); die Zeile würde diese Änderung überschreiben: die Titel erneut exportieren und diese Zeile dort noch einmal bearbeiten</translation>
    </message>
</context>
<context>
    <name>TrackDetailPane</name>
    <message>
        <source>Select a track to see its details.</source>
        <translation>Einen Titel auswählen, um seine Details zu sehen.</translation>
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
    <message>
        <source>CC-XXX-YY-NNNNN</source>
        <translation>CC-XXX-YY-NNNNN</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Explicit</source>
        <translation>Explizit</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>No (clean)</source>
        <translation>Nein (clean)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>BPM</source>
        <translation>BPM</translation>
    </message>
    <message>
        <source>e.g. 120</source>
        <translation>z. B. 120</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Tonart</translation>
    </message>
    <message>
        <source>e.g. F# minor</source>
        <translation>z. B. F# minor</translation>
    </message>
    <message>
        <source>Moods</source>
        <translation>Stimmungen</translation>
    </message>
    <message>
        <source>e.g. uplifting, tense</source>
        <translation>z. B. mitreißend, angespannt</translation>
    </message>
    <message>
        <source>Vocals</source>
        <translation>Gesang</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>With vocals</source>
        <translation>Mit Gesang</translation>
    </message>
    <message>
        <source>Instrumental (no vocals)</source>
        <translation>Instrumental (ohne Gesang)</translation>
    </message>
    <message>
        <source>Cut-downs</source>
        <translation>Kurzfassungen</translation>
    </message>
</context>
<context>
    <name>TrackFileList</name>
    <message>
        <source>Stem</source>
        <translation>Stem</translation>
    </message>
    <message>
        <source>Cut-down</source>
        <translation>Kurzfassung</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Take this stem off the track (Ctrl+Z brings it back). The file stays in the library folder.</source>
        <translation>Nimmt diesen Stem vom Track (Strg+Z holt ihn zurück). Die Datei bleibt im Bibliotheksordner.</translation>
    </message>
    <message>
        <source>Take this cut-down off the track (Ctrl+Z brings it back). The file stays in the library folder.</source>
        <translation>Nimmt diese Kurzfassung vom Track (Strg+Z holt sie zurück). Die Datei bleibt im Bibliotheksordner.</translation>
    </message>
</context>
<context>
    <name>TrackIsrc</name>
    <message>
        <source>%1 already belongs to “%2” by %3.</source>
        <translation>%1 gehört bereits zu „%2“ von %3.</translation>
    </message>
</context>
<context>
    <name>TrackPreviewBar</name>
    <message>
        <source>This track has no audio file to play yet.</source>
        <translation>Dieser Titel hat noch keine Audiodatei zum Abspielen.</translation>
    </message>
    <message>
        <source>No sound device was found: the preview plays silently.</source>
        <translation>Kein Audiogerät gefunden: Die Vorschau spielt stumm.</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Pause the preview (Space in the table)</source>
        <translation>Vorschau anhalten (Leertaste in der Tabelle)</translation>
    </message>
    <message>
        <source>Play the selected track (Space in the table)</source>
        <translation>Ausgewählten Titel abspielen (Leertaste in der Tabelle)</translation>
    </message>
    <message>
        <source>No audio to preview</source>
        <translation>Kein Audio für die Vorschau</translation>
    </message>
    <message>
        <source>Preview position</source>
        <translation>Position der Vorschau</translation>
    </message>
    <message>
        <source>Cannot play %1: %2</source>
        <translation>%1 lässt sich nicht abspielen: %2</translation>
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
    <message>
        <source>BPM “%1” is not a tempo: enter a number from %2 to %3, like 120 or 92.5.</source>
        <translation>BPM „%1“ ist kein Tempo: eine Zahl von %2 bis %3 eingeben, etwa 120 oder 92,5.</translation>
    </message>
    <message>
        <source>“%1” is not a key Imprint recognises: write it like C major, F# minor, Bbm or Camelot 8A.</source>
        <translation>„%1“ ist keine Tonart, die Imprint erkennt: etwa C major, F# minor, Bbm oder Camelot 8A eingeben.</translation>
    </message>
    <message>
        <source>Whether the track has vocals is yes, no or not known, not “%1”.</source>
        <translation>Für Gesang gilt yes, no oder unknown, nicht „%1“.</translation>
    </message>
</context>
<context>
    <name>TrackSearchField</name>
    <message>
        <source>Find a recording: title, artist or ISRC</source>
        <translation>Aufnahme suchen: Titel, Künstler oder ISRC</translation>
    </message>
    <message>
        <source>No recording matches.</source>
        <translation>Keine Aufnahme gefunden.</translation>
    </message>
</context>
<context>
    <name>TrackTable</name>
    <message>
        <source>Tracks</source>
        <translation>Titel</translation>
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
    <message>
        <source>no audio yet</source>
        <translation>noch kein Audio</translation>
    </message>
</context>
<context>
    <name>TrackVersionsSection</name>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Version of</source>
        <translation>Version von</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Verknüpfung lösen</translation>
    </message>
    <message>
        <source>Made from another recording? Find its original</source>
        <translation>Aus anderer Aufnahme? Original suchen</translation>
    </message>
    <message>
        <source>No versions are made from this recording yet.</source>
        <translation>Aus dieser Aufnahme sind noch keine Versionen entstanden.</translation>
    </message>
    <message>
        <source>no ISRC</source>
        <translation>kein ISRC</translation>
    </message>
    <message>
        <source>Add a version made from this recording: find it</source>
        <translation>Version dieser Aufnahme hinzufügen: suchen</translation>
    </message>
</context>
<context>
    <name>UploadedInputList</name>
    <message>
        <source>Uploaded inputs</source>
        <translation>Hochgeladene Eingaben</translation>
    </message>
    <message>
        <source>Nothing uploaded to the tool is recorded.</source>
        <translation>Es sind keine an das Tool hochgeladenen Inhalte erfasst.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>May you use it?</source>
        <translation>Dürfen Sie es nutzen?</translation>
    </message>
    <message>
        <source>Attach licence…</source>
        <translation>Lizenz anhängen …</translation>
    </message>
    <message>
        <source>What was uploaded (e.g. my vocal demo)</source>
        <translation>Was wurde hochgeladen (z. B. mein Gesangsdemo)</translation>
    </message>
    <message>
        <source>Who owns it</source>
        <translation>Wem gehört es</translation>
    </message>
    <message>
        <source>Add Input</source>
        <translation>Eingabe hinzufügen</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Rechteinhaber</translation>
    </message>
</context>
<context>
    <name>VerdictChip</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>WorkEditor</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>ISWC</source>
        <translation>ISWC</translation>
    </message>
    <message>
        <source>T-ddd.ddd.ddd-c</source>
        <translation>T-ddd.ddd.ddd-c</translation>
    </message>
    <message>
        <source>Writers and publishers</source>
        <translation>Urheber und Verlage</translation>
    </message>
    <message>
        <source>No writers yet.</source>
        <translation>Noch keine Urheber.</translation>
    </message>
    <message>
        <source>Recordings of this work</source>
        <translation>Aufnahmen dieses Werks</translation>
    </message>
    <message>
        <source>No recording is linked to this work yet.</source>
        <translation>Mit diesem Werk ist noch keine Aufnahme verknüpft.</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Verknüpfung lösen</translation>
    </message>
    <message>
        <source>Link a recording: type its title, artist or ISRC</source>
        <translation>Aufnahme verknüpfen: Titel, Künstler oder ISRC eingeben</translation>
    </message>
</context>
<context>
    <name>WorksPage</name>
    <message>
        <source>Works</source>
        <translation>Werke</translation>
    </message>
    <message>
        <source>New work: type a title, Enter</source>
        <translation>Neues Werk: Titel eingeben, Eingabetaste</translation>
    </message>
    <message>
        <source>no ISWC</source>
        <translation>kein ISWC</translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s)</source>
        <translation>
            <numerusform>%n Aufnahme</numerusform>
            <numerusform>%n Aufnahmen</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a work to edit it.</source>
        <translation>Ein Werk zum Bearbeiten auswählen.</translation>
    </message>
    <message>
        <source>No works yet: type a title on the left to add one.</source>
        <translation>Noch keine Werke: links einen Titel eingeben, um eines hinzuzufügen.</translation>
    </message>
    <message>
        <source>Delete Work</source>
        <translation>Werk löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete the work “%1”? Its writers&apos; shares go with it, and %n recording(s) are unlinked from it (the recordings stay).</source>
        <translation>
            <numerusform>Das Werk „%1“ löschen? Die Anteile seiner Urheber werden mitgelöscht, und die Verknüpfung mit %n Aufnahme wird gelöst (die Aufnahme bleibt erhalten).</numerusform>
            <numerusform>Das Werk „%1“ löschen? Die Anteile seiner Urheber werden mitgelöscht, und die Verknüpfung mit %n Aufnahmen wird gelöst (die Aufnahmen bleiben erhalten).</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Work…</source>
        <translation>Werk löschen …</translation>
    </message>
    <message>
        <source>New work</source>
        <translation>Neues Werk</translation>
    </message>
</context>
<context>
    <name>WriteTagsCommand</name>
    <message>
        <source>imprint: --set expects FIELD=VALUE with FIELD one of: %1 (got &apos;%2&apos;)</source>
        <translation>imprint: --set erwartet FIELD=VALUE, wobei FIELD eines von %1 ist (erhalten: „%2“)</translation>
    </message>
    <message>
        <source>imprint: the cover must be a JPEG or PNG image: %1</source>
        <translation>imprint: das Cover muss ein JPEG- oder PNG-Bild sein: %1</translation>
    </message>
    <message>
        <source>imprint: cannot read %1: %2</source>
        <translation>imprint: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>usage: imprint write-tags FILE… --set FIELD=VALUE… [--dry-run] [--json]</source>
        <translation>Aufruf: imprint write-tags FILE… --set FIELD=VALUE… [--dry-run] [--json]</translation>
    </message>
    <message>
        <source>imprint: cannot read the catalog: %1</source>
        <translation>imprint: Katalog kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>imprint: no master files for that release or track</source>
        <translation>imprint: keine Master-Dateien für diese Veröffentlichung oder diesen Titel</translation>
    </message>
    <message>
        <source>imprint: the files are written, but the catalog could not record their new state: %1 (`imprint check --catalog` analyses them again)</source>
        <translation>imprint: Die Dateien sind geschrieben, aber der Katalog konnte ihren neuen Stand nicht vermerken: %1 (`imprint check --catalog` analysiert sie erneut)</translation>
    </message>
</context>
<context>
    <name>WriteTagsDialog</name>
    <message>
        <source>every track in the catalog</source>
        <translation>alle Titel im Katalog</translation>
    </message>
    <message>
        <source>Write Tags: Checking the Files…</source>
        <translation>Tags schreiben: Dateien werden geprüft …</translation>
    </message>
    <message>
        <source>Writing Tags…</source>
        <translation>Tags werden geschrieben …</translation>
    </message>
    <message>
        <source>Write Tags: Report</source>
        <translation>Tags schreiben: Bericht</translation>
    </message>
    <message>
        <source>Write Tags</source>
        <translation>Tags schreiben</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>The catalog&apos;s values for %1, written into the master files.</source>
        <translation>Die Werte des Katalogs für %1, in die Master-Dateien geschrieben.</translation>
    </message>
    <message>
        <source>%1 of %2 files</source>
        <translation>%1 von %2 Dateien</translation>
    </message>
    <message>
        <source>Reading the catalog…</source>
        <translation>Katalog wird gelesen …</translation>
    </message>
    <message>
        <source>Only the fields that differ are written and the audio is not touched: each file is tagged in a copy, checked, and only then put in place of the original. Click a file to see its changes; Enter writes.</source>
        <translation>Nur abweichende Felder werden geschrieben, und das Audio bleibt unberührt: Jede Datei wird in einer Kopie getaggt, geprüft und erst dann an die Stelle des Originals gesetzt. Auf eine Datei klicken, um ihre Änderungen zu sehen; die Eingabetaste schreibt.</translation>
    </message>
    <message>
        <source>Import Folder…</source>
        <translation>Ordner importieren …</translation>
    </message>
    <message>
        <source>Analyze</source>
        <translation>Analysieren</translation>
    </message>
</context>
</TS>
