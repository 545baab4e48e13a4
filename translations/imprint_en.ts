<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AgendaPanel</name>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Archive</name>
    <message numerus="yes">
        <source>%n entries verified</source>
        <translation>
            <numerusform>%n entry verified</numerusform>
            <numerusform>%n entries verified</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AudioPicture</name>
    <message numerus="yes">
        <source>%n marker(s): click one to see where.</source>
        <translation>
            <numerusform>%n marker: click it to see where.</numerusform>
            <numerusform>%n markers: click one to see where.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clipping runs from %1 to %2</source>
        <translation>
            <numerusform>%n clipping run from %1 to %2</numerusform>
            <numerusform>%n clipping runs from %1 to %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clipping runs at %1</source>
        <translation>
            <numerusform>%n clipping run at %1</numerusform>
            <numerusform>%n clipping runs at %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkEditPane</name>
    <message numerus="yes">
        <source>%n track(s) selected</source>
        <translation>
            <numerusform>%n track selected</numerusform>
            <numerusform>%n tracks selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them hidden by the search; they change too.</source>
        <translation>
            <numerusform>%n of them hidden by the search; it changes too.</numerusform>
            <numerusform>%n of them hidden by the search; they change too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set on their %n release(s); %1 on no release keep none.</source>
        <translation>
            <numerusform>Set on their %n release; %1 on no release keep none.</numerusform>
            <numerusform>Set on their %n releases; %1 on no release keep none.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n track(s)</source>
        <translation>
            <numerusform>%n track</numerusform>
            <numerusform>%n tracks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set on their %n release(s).</source>
        <translation>
            <numerusform>Set on their %n release.</numerusform>
            <numerusform>Set on their %n releases.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Apply to %n track(s)</source>
        <translation>
            <numerusform>Apply to %n track</numerusform>
            <numerusform>Apply to %n tracks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarDayCell</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show all %n item(s) of this day</source>
        <translation>
            <numerusform>Show the %n item of this day</numerusform>
            <numerusform>Show all %n items of this day</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogAnalysis</name>
    <message numerus="yes">
        <source>%n file(s) analysed</source>
        <translation>
            <numerusform>%n file analysed</numerusform>
            <numerusform>%n files analysed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already up to date</source>
        <translation>
            <numerusform>%n already up to date</numerusform>
            <numerusform>%n already up to date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be decoded</source>
        <translation>
            <numerusform>%n could not be decoded</numerusform>
            <numerusform>%n could not be decoded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be read</source>
        <translation>
            <numerusform>%n could not be read</numerusform>
            <numerusform>%n could not be read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>stems of %n track(s) null-tested</source>
        <translation>
            <numerusform>stems of %n track null-tested</numerusform>
            <numerusform>stems of %n tracks null-tested</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message numerus="yes">
        <source>%1 of %n track(s)</source>
        <translation>
            <numerusform>%1 of %n track</numerusform>
            <numerusform>%1 of %n tracks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n track(s)</source>
        <translation>
            <numerusform>%n track</numerusform>
            <numerusform>%n tracks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected track(s)</source>
        <translation>
            <numerusform>%n selected track</numerusform>
            <numerusform>%n selected tracks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <source>Attached %n stem(s) to track %1</source>
        <translation>
            <numerusform>Attached %n stem to track %1</numerusform>
            <numerusform>Attached %n stems to track %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s) from %1 to %2.</source>
        <translation>
            <numerusform>Copied %n row from %1 to %2.</numerusform>
            <numerusform>Copied %n rows from %1 to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of likely duplicate tracks</source>
        <translation>
            <numerusform>%n pair of likely duplicate tracks</numerusform>
            <numerusform>%n pairs of likely duplicate tracks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n track(s) not analysed yet; `imprint --catalog %1 check` analyses them, and their duplicates are listed after it.</source>
        <translation>
            <numerusform>%n track not analysed yet; `imprint --catalog %1 check` analyses it, and its duplicates are listed after it.</numerusform>
            <numerusform>%n tracks not analysed yet; `imprint --catalog %1 check` analyses them, and their duplicates are listed after it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %1: %n row(s)</source>
        <translation>
            <numerusform>  %1: %n row</numerusform>
            <numerusform>  %1: %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attached %n cut-down(s) to track %1</source>
        <translation>
            <numerusform>Attached %n cut-down to track %1</numerusform>
            <numerusform>Attached %n cut-downs to track %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message numerus="yes">
        <source>%n row(s) will not be imported:</source>
        <translation>
            <numerusform>%n row will not be imported:</numerusform>
            <numerusform>%n rows will not be imported:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with a warning:</source>
        <translation>
            <numerusform>%n row with a warning:</numerusform>
            <numerusform>%n rows with a warning:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Delivery</name>
    <message numerus="yes">
        <source>%n file(s) the catalog refers to cannot be backed up, so no backup was written:
%1</source>
        <translation>
            <numerusform>%n file the catalog refers to cannot be backed up, so no backup was written:
%1</numerusform>
            <numerusform>%n files the catalog refers to cannot be backed up, so no backup was written:
%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeliveryJobPanel</name>
    <message numerus="yes">
        <source>Copies the %n file(s) outside the library folder into it, checked against the originals, so the next backup can include them.</source>
        <translation>
            <numerusform>Copies the %n file outside the library folder into it, checked against the original, so the next backup can include it.</numerusform>
            <numerusform>Copies the %n files outside the library folder into it, checked against the originals, so the next backup can include them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeliveryPreflight</name>
    <message numerus="yes">
        <source>Ready: nothing blocks the export (%n file(s) to package).</source>
        <translation>
            <numerusform>Ready: nothing blocks the export (%n file to package).</numerusform>
            <numerusform>Ready: nothing blocks the export (%n files to package).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocker(s): Export is refused until they are fixed. “Export Anyway” makes the package and records them in it.</source>
        <translation>
            <numerusform>%n blocker: Export is refused until it is fixed. “Export Anyway” makes the package and records the blocker in it.</numerusform>
            <numerusform>%n blockers: Export is refused until they are fixed. “Export Anyway” makes the package and records them in it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): they do not stop the export and are recorded in the package&apos;s metadata.json.</source>
        <translation>
            <numerusform>%n warning: it does not stop the export and is recorded in the package&apos;s metadata.json.</numerusform>
            <numerusform>%n warnings: they do not stop the export and are recorded in the package&apos;s metadata.json.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message numerus="yes">
        <source>%n track(s) not analysed yet: their duplicates are found once Quality has analysed them.</source>
        <translation>
            <numerusform>%n track not analysed yet: its duplicates are found once Quality has analysed it.</numerusform>
            <numerusform>%n tracks not analysed yet: their duplicates are found once Quality has analysed them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Identifiers</name>
    <message numerus="yes">
        <source>an ISRC has 12 letters and digits, this one has %n</source>
        <translation>
            <numerusform>an ISRC has 12 letters and digits, this one has %n</numerusform>
            <numerusform>an ISRC has 12 letters and digits, this one has %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a barcode has 12 digits (UPC), 13 (EAN) or 14 (GTIN-14), this one has %n</source>
        <translation>
            <numerusform>a barcode has 12 digits (UPC), 13 (EAN) or 14 (GTIN-14), this one has %n</numerusform>
            <numerusform>a barcode has 12 digits (UPC), 13 (EAN) or 14 (GTIN-14), this one has %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>an ISWC has 10 digits after the T, this one has %n</source>
        <translation>
            <numerusform>an ISWC has 10 digits after the T, this one has %n</numerusform>
            <numerusform>an ISWC has 10 digits after the T, this one has %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>an ISNI has 16 characters, this one has %n</source>
        <translation>
            <numerusform>an ISNI has 16 characters, this one has %n</numerusform>
            <numerusform>an ISNI has 16 characters, this one has %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>an IPI name number has 11 digits, this one has %n; if your society shows it shorter, add zeros at the front</source>
        <translation>
            <numerusform>an IPI name number has 11 digits, this one has %n; if your society shows it shorter, add zeros at the front</numerusform>
            <numerusform>an IPI name number has 11 digits, this one has %n; if your society shows it shorter, add zeros at the front</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>an IPI name number has 11 digits, this one has %n</source>
        <translation>
            <numerusform>an IPI name number has 11 digits, this one has %n</numerusform>
            <numerusform>an IPI name number has 11 digits, this one has %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message numerus="yes">
        <source>%n file(s) added</source>
        <translation>
            <numerusform>%n file added</numerusform>
            <numerusform>%n files added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be read</source>
        <translation>
            <numerusform>%n could not be read</numerusform>
            <numerusform>%n could not be read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other file(s) skipped</source>
        <translation>
            <numerusform>%n other file skipped</numerusform>
            <numerusform>%n other files skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <translation>
            <numerusform>%n moved</numerusform>
            <numerusform>%n moved</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Imprint::BulkTrackEdit</name>
    <message numerus="yes">
        <source>Change of %n Track(s)</source>
        <translation>
            <numerusform>Change of %n Track</numerusform>
            <numerusform>Change of %n Tracks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) had been changed by someone else meanwhile and were kept as they are: %1. The rest of the change was saved.</source>
        <translation>
            <numerusform>%n value had been changed by someone else meanwhile and was kept as it is: %1. The rest of the change was saved.</numerusform>
            <numerusform>%n values had been changed by someone else meanwhile and were kept as they are: %1. The rest of the change was saved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The change was not saved: someone else had changed %n of its value(s) meanwhile, which stay as they are: %1.</source>
        <translation>
            <numerusform>The change was not saved: someone else had changed %n of its values meanwhile, which stays as it is: %1.</numerusform>
            <numerusform>The change was not saved: someone else had changed %n of its values meanwhile, which stay as they are: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Imprint::CalendarExporter</name>
    <message numerus="yes">
        <source>Exported %n release(s) and %1 milestone(s) to %2</source>
        <translation>
            <numerusform>Exported %n release and %1 milestone(s) to %2</numerusform>
            <numerusform>Exported %n releases and %1 milestone(s) to %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Imprint::CreditsCatalog</name>
    <message numerus="yes">
        <source>%n credit(s)</source>
        <translation>
            <numerusform>%n credit</numerusform>
            <numerusform>%n credits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n master split(s)</source>
        <translation>
            <numerusform>%n master split</numerusform>
            <numerusform>%n master splits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n writer share(s)</source>
        <translation>
            <numerusform>%n writer share</numerusform>
            <numerusform>%n writer shares</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>artist of %n track(s)</source>
        <translation>
            <numerusform>artist of %n track</numerusform>
            <numerusform>artist of %n tracks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>artist of %n release(s)</source>
        <translation>
            <numerusform>artist of %n release</numerusform>
            <numerusform>artist of %n releases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>counterparty of %n clearance item(s)</source>
        <translation>
            <numerusform>counterparty of %n clearance item</numerusform>
            <numerusform>counterparty of %n clearance items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n human contribution(s)</source>
        <translation>
            <numerusform>%n human contribution</numerusform>
            <numerusform>%n human contributions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>owner of %n uploaded input(s)</source>
        <translation>
            <numerusform>owner of %n uploaded input</numerusform>
            <numerusform>owner of %n uploaded inputs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1</source>
        <translation>
            <numerusform>%n row of %1</numerusform>
            <numerusform>%n rows of %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Imprint::CutdownAttachController</name>
    <message numerus="yes">
        <source>Attached %n cut-down(s) to the track: %1.</source>
        <translation>
            <numerusform>Attached %n cut-down to the track: %1.</numerusform>
            <numerusform>Attached %n cut-downs to the track: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Imprint::DeliveryCatalog</name>
    <message numerus="yes">
        <source>The package will be made although %n blocker(s) stand in the way. Each is recorded in its metadata.json and in the delivery history:
%1</source>
        <translation>
            <numerusform>The package will be made although %n blocker stands in the way. It is recorded in its metadata.json and in the delivery history:
%1</numerusform>
            <numerusform>The package will be made although %n blockers stand in the way. Each is recorded in its metadata.json and in the delivery history:
%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Imprint::DeliveryController</name>
    <message numerus="yes">
        <source>Exported %n file(s) to %1 (%2).</source>
        <translation>
            <numerusform>Exported %n file to %1 (%2).</numerusform>
            <numerusform>Exported %n files to %1 (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n track(s) and %1 files (%2) to %3.</source>
        <translation>
            <numerusform>Backed up %n track and %1 files (%2) to %3.</numerusform>
            <numerusform>Backed up %n tracks and %1 files (%2) to %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Imprint::MetadataExchange</name>
    <message numerus="yes">
        <source>%1 would update %n track(s), create %2 and leave %3 unchanged.</source>
        <translation>
            <numerusform>%1 would update %n track, create %2 and leave %3 unchanged.</numerusform>
            <numerusform>%1 would update %n tracks, create %2 and leave %3 unchanged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: updated %n track(s), created %2, left %3 unchanged.</source>
        <translation>
            <numerusform>%1: updated %n track, created %2, left %3 unchanged.</numerusform>
            <numerusform>%1: updated %n tracks, created %2, left %3 unchanged.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Imprint::PlanningSession</name>
    <message numerus="yes">
        <source>%n milestone(s)</source>
        <translation>
            <numerusform>%n milestone</numerusform>
            <numerusform>%n milestones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) of your own</source>
        <translation>
            <numerusform>%n task of your own</numerusform>
            <numerusform>%n tasks of your own</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Imprint::QualityListModel</name>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n run</numerusform>
            <numerusform>%n runs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Imprint::StemAttachController</name>
    <message numerus="yes">
        <source>Attached %n new stem(s) from %1; the others were attached already.</source>
        <translation>
            <numerusform>Attached %n new stem from %1; the others were attached already.</numerusform>
            <numerusform>Attached %n new stems from %1; the others were attached already.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attached %n stem(s) from %1.</source>
        <translation>
            <numerusform>Attached %n stem from %1.</numerusform>
            <numerusform>Attached %n stems from %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Imprint::TagWriteController</name>
    <message numerus="yes">
        <source>%n file(s) to change</source>
        <translation>
            <numerusform>%n file to change</numerusform>
            <numerusform>%n files to change</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written</source>
        <translation>
            <numerusform>%n file written</numerusform>
            <numerusform>%n files written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cannot be written</source>
        <translation>
            <numerusform>%n cannot be written</numerusform>
            <numerusform>%n cannot be written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cancelled: %n not checked</source>
        <translation>
            <numerusform>cancelled: %n not checked</numerusform>
            <numerusform>cancelled: %n not checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cancelled: %n not written</source>
        <translation>
            <numerusform>cancelled: %n not written</numerusform>
            <numerusform>cancelled: %n not written</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Imprint::TagWriteListModel</name>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryCheck</name>
    <message numerus="yes">
        <source>%1 of %n file(s) found in %2</source>
        <translation>
            <numerusform>%1 of %n file found in %2</numerusform>
            <numerusform>%1 of %n files found in %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n the same as recorded (SHA-256)</source>
        <translation>
            <numerusform>%n the same as recorded (SHA-256)</numerusform>
            <numerusform>%n the same as recorded (SHA-256)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>%n missing</numerusform>
            <numerusform>%n missing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed since last analysed, or another file</source>
        <translation>
            <numerusform>%n changed since last analysed, or another file</numerusform>
            <numerusform>%n changed since last analysed, or other files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable</source>
        <translation>
            <numerusform>%n unreadable</numerusform>
            <numerusform>%n unreadable</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryConsolidation</name>
    <message numerus="yes">
        <source>%n file(s) copied into the library folder</source>
        <translation>
            <numerusform>%n file copied into the library folder</numerusform>
            <numerusform>%n files copied into the library folder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left where it is</source>
        <translation>
            <numerusform>%n left where it is</numerusform>
            <numerusform>%n left where they are</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message numerus="yes">
        <source>%n track(s) · %1</source>
        <translation>
            <numerusform>%n track · %1</numerusform>
            <numerusform>%n tracks · %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartiesPage</name>
    <message numerus="yes">
        <source>%n credit(s) and share(s)</source>
        <translation>
            <numerusform>%n credit or share</numerusform>
            <numerusform>%n credits and shares</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QualityPage</name>
    <message numerus="yes">
        <source>%1 of %n track(s) analysed</source>
        <translation>
            <numerusform>%1 of %n track analysed</numerusform>
            <numerusform>%1 of %n tracks analysed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failing</source>
        <translation>
            <numerusform>%n failing</numerusform>
            <numerusform>%n failing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with warnings</source>
        <translation>
            <numerusform>%n with warnings</numerusform>
            <numerusform>%n with warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message numerus="yes">
        <source>The release date %1 is %n day(s) away; distributors need at least %2.</source>
        <translation>
            <numerusform>The release date %1 is %n day away; distributors need at least %2.</numerusform>
            <numerusform>The release date %1 is %n days away; distributors need at least %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The release date is %n day(s) away; editorial pitching needs more time.</source>
        <translation>
            <numerusform>The release date is %n day away; editorial pitching needs more time.</numerusform>
            <numerusform>The release date is %n days away; editorial pitching needs more time.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReleaseList</name>
    <message numerus="yes">
        <source>%n track(s)</source>
        <translation>
            <numerusform>%n track</numerusform>
            <numerusform>%n tracks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due in the next 7 days</source>
        <translation>
            <numerusform>%n due in the next 7 days</numerusform>
            <numerusform>%n due in the next 7 days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RightsCatalog</name>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message numerus="yes">
        <source>%n edited milestone(s) keep their date.</source>
        <translation>
            <numerusform>%n edited milestone keeps its date.</numerusform>
            <numerusform>%n edited milestones keep their date.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n milestone(s) overdue.</source>
        <translation>
            <numerusform>%n milestone overdue.</numerusform>
            <numerusform>%n milestones overdue.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleRisks</name>
    <message numerus="yes">
        <source>%1 and %2 by %3 come out %n day(s) apart.</source>
        <translation>
            <numerusform>%1 and %2 by %3 come out %n day apart.</numerusform>
            <numerusform>%1 and %2 by %3 come out %n days apart.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: the distributor needs %n day(s); the earliest possible release date is %2.</source>
        <translation>
            <numerusform>%1: the distributor needs %n day; the earliest possible release date is %2.</numerusform>
            <numerusform>%1: the distributor needs %n days; the earliest possible release date is %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message numerus="yes">
        <source>%n track(s)</source>
        <translation>
            <numerusform>%n track</numerusform>
            <numerusform>%n tracks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n release(s)</source>
        <translation>
            <numerusform>%n release</numerusform>
            <numerusform>%n releases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n work(s)</source>
        <translation>
            <numerusform>%n work</numerusform>
            <numerusform>%n works</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n name(s)</source>
        <translation>
            <numerusform>%n name</numerusform>
            <numerusform>%n names</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failing</source>
        <translation>
            <numerusform>%n failing</numerusform>
            <numerusform>%n failing</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrackContextMenu</name>
    <message numerus="yes">
        <source>Edit %n Tracks Together</source>
        <translation>
            <numerusform>Edit %n Track</numerusform>
            <numerusform>Edit %n Tracks Together</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorksPage</name>
    <message numerus="yes">
        <source>%n recording(s)</source>
        <translation>
            <numerusform>%n recording</numerusform>
            <numerusform>%n recordings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the work “%1”? Its writers&apos; shares go with it, and %n recording(s) are unlinked from it (the recordings stay).</source>
        <translation>
            <numerusform>Delete the work “%1”? Its writers&apos; shares go with it, and %n recording is unlinked from it (the recording stays).</numerusform>
            <numerusform>Delete the work “%1”? Its writers&apos; shares go with it, and %n recordings are unlinked from it (the recordings stay).</numerusform>
        </translation>
    </message>
</context>
</TS>
