<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE" sourcelanguage="de_DE">
<context>
    <name />
    <message>
        <location filename="../../ui/import_preview.py" line="153" />
        <source>Zeile</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="154" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="155" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="158" />
        <source>Änderungen / Hinweise</source>
        <translation>Änderungen / Hinweise</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="166" />
        <source>neu</source>
        <translation>neu</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="167" />
        <source>aktualisiert</source>
        <translation>aktualisiert</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="168" />
        <source>unverändert</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="169" />
        <source>mögliche Dubletten</source>
        <translation>mögliche Dubletten</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="170" />
        <source>übersprungen</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="171" />
        <source>Fehler</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="171" />
        <source>Fehler (übersprungen)</source>
        <translation>Fehler (übersprungen)</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="175" />
        <source>davon ohne Entscheidung</source>
        <translation>davon ohne Entscheidung</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="180" />
        <source>Nicht mehr in der Datei (wird nicht gelöscht): </source>
        <translation>Nicht mehr in der Datei (wird nicht gelöscht): </translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="184" />
        <source>Die Datei enthält keine Datenzeilen.</source>
        <translation>Die Datei enthält keine Datenzeilen.</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="192" />
        <source>der vorhandene Eintrag wird aktualisiert</source>
        <translation>der vorhandene Eintrag wird aktualisiert</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="193" />
        <source>wird als neue Person angelegt</source>
        <translation>wird als neue Person angelegt</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="194" />
        <source>wird übersprungen</source>
        <translation>wird übersprungen</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="197" />
        <source>Mögliche Dubletten:</source>
        <translation>Mögliche Dubletten:</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="205" />
        <source>nicht entschieden, wird nicht importiert</source>
        <translation>nicht entschieden, wird nicht importiert</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="209" />
        <source>%1 fehlerhafte Zeilen werden übersprungen.</source>
        <translation>%1 fehlerhafte Zeilen werden übersprungen.</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="211" />
        <source>Fehlerhafte Zeilen verhindern den Import.</source>
        <translation>Fehlerhafte Zeilen verhindern den Import.</translation>
    </message>
    <message>
        <location filename="../../ui/audit_page.py" line="46" />
        <location filename="../../ui/audit_page.py" line="57" />
        <source>Zeitpunkt</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <location filename="../../ui/audit_page.py" line="47" />
        <location filename="../../ui/audit_page.py" line="58" />
        <source>Benutzer</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../../ui/audit_page.py" line="48" />
        <source>Aktion</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../../ui/audit_page.py" line="49" />
        <source>Bereich</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location filename="../../ui/audit_page.py" line="50" />
        <source>Nr.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../ui/audit_page.py" line="51" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/audit_page.py" line="59" />
        <source>Liste</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location filename="../../ui/audit_page.py" line="61" />
        <source>Zeilen</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location filename="../../ui/audit_page.py" line="66" />
        <source>Spalten</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location filename="../../ui/audit_page.py" line="67" />
        <source>Datei</source>
        <translation>Datei</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about_dialog.py" line="17" />
        <source>Über Aktif Desktop</source>
        <translation>Über Aktif Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="19" />
        <source>Aktif Desktop {version}</source>
        <translation>Aktif Desktop {version}</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="25" />
        <source>Netzwerkarbeit für Verbünde im Programm „Akti(F) Plus – Aktiv für Familien und ihre Kinder“: Partner, Ansprechpersonen, Veranstaltungen, Teilnahmen und Bescheinigungen – offline auf Ihrem Rechner.</source>
        <translation>Netzwerkarbeit für Verbünde im Programm „Akti(F) Plus – Aktiv für Familien und ihre Kinder“: Partner, Ansprechpersonen, Veranstaltungen, Teilnahmen und Bescheinigungen – offline auf Ihrem Rechner.</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="33" />
        <source>Datenordner: {path}</source>
        <translation>Datenordner: {path}</translation>
    </message>
</context>
<context>
    <name>AgreementSection</name>
    <message>
        <location filename="../../ui/events/conference_sections.py" line="201" />
        <location filename="../../ui/events/conference_sections.py" line="226" />
        <source>Wer</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../../ui/events/conference_sections.py" line="202" />
        <location filename="../../ui/events/conference_sections.py" line="227" />
        <source>Was</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../ui/events/conference_sections.py" line="203" />
        <source>Bis</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../../ui/events/conference_sections.py" line="204" />
        <location filename="../../ui/events/conference_sections.py" line="224" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/events/conference_sections.py" line="209" />
        <source>Person oder Partner</source>
        <translation>Person oder Partner</translation>
    </message>
    <message>
        <location filename="../../ui/events/conference_sections.py" line="211" />
        <source>Was wurde vereinbart?</source>
        <translation>Was wurde vereinbart?</translation>
    </message>
    <message>
        <location filename="../../ui/events/conference_sections.py" line="212" />
        <source>bis</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../../ui/events/conference_sections.py" line="228" />
        <source>Frist</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../ui/events/conference_sections.py" line="234" />
        <source>Noch keine Vereinbarungen. Tragen Sie unten ein, wer was bis wann tut.</source>
        <translation>Noch keine Vereinbarungen. Tragen Sie unten ein, wer was bis wann tut.</translation>
    </message>
</context>
<context>
    <name>ApplicationForm</name>
    <message>
        <location filename="../../ui/cases/application_form.py" line="60" />
        <source>Antrag bearbeiten</source>
        <translation>Antrag bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/cases/application_form.py" line="60" />
        <source>Neuer Antrag</source>
        <translation>Neuer Antrag</translation>
    </message>
    <message>
        <location filename="../../ui/cases/application_form.py" line="76" />
        <source>Behörde: Namen eingeben …</source>
        <translation>Behörde: Namen eingeben …</translation>
    </message>
    <message>
        <location filename="../../ui/cases/application_form.py" line="79" />
        <source>mit dem Projektstempel versehen</source>
        <translation>mit dem Projektstempel versehen</translation>
    </message>
    <message>
        <location filename="../../ui/cases/application_form.py" line="84" />
        <source>Leistung</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <location filename="../../ui/cases/application_form.py" line="85" />
        <source>Teile (BuT)</source>
        <translation>Teile (BuT)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/application_form.py" line="86" />
        <source>Behörde</source>
        <translation>Behörde</translation>
    </message>
    <message>
        <location filename="../../ui/cases/application_form.py" line="87" />
        <source>eingereicht am</source>
        <translation>eingereicht am</translation>
    </message>
    <message>
        <location filename="../../ui/cases/application_form.py" line="89" />
        <source>Notiz</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../ui/cases/application_form.py" line="94" />
        <source>Speichern</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../ui/cases/application_form.py" line="95" />
        <source>Speichern (Eingabe)</source>
        <translation>Speichern (Eingabe)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/application_form.py" line="97" />
        <source>Abbrechen</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/cases/application_form.py" line="150" />
        <source>Mehrere Behörden passen zu diesem Text: bitte weitertippen oder eine aus der Liste wählen.</source>
        <translation>Mehrere Behörden passen zu diesem Text: bitte weitertippen oder eine aus der Liste wählen.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/application_form.py" line="153" />
        <source>Bitte eine Behörde wählen: einige Buchstaben des Namens tippen.</source>
        <translation>Bitte eine Behörde wählen: einige Buchstaben des Namens tippen.</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <location filename="../../ui/events/attendance.py" line="67" />
        <source>nicht auf der Liste</source>
        <translation>nicht auf der Liste</translation>
    </message>
    <message>
        <location filename="../../ui/events/attendance.py" line="131" />
        <source>Anwesenheit erfassen</source>
        <translation>Anwesenheit erfassen</translation>
    </message>
    <message>
        <location filename="../../ui/events/attendance.py" line="144" />
        <source>Tippen Sie die ersten Buchstaben eines Namens von der Papierliste. Enter erfasst „teilgenommen“, ↑/↓ wählt einen anderen Treffer, Strg+Z (bei leerem Feld) nimmt die letzte Erfassung zurück, Esc schließt.</source>
        <translation>Tippen Sie die ersten Buchstaben eines Namens von der Papierliste. Enter erfasst „teilgenommen“, ↑/↓ wählt einen anderen Treffer, Strg+Z (bei leerem Feld) nimmt die letzte Erfassung zurück, Esc schließt.</translation>
    </message>
    <message>
        <location filename="../../ui/events/attendance.py" line="152" />
        <source>Name eintippen, dann Enter</source>
        <translation>Name eintippen, dann Enter</translation>
    </message>
    <message>
        <location filename="../../ui/events/attendance.py" line="161" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/events/attendance.py" line="162" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/events/attendance.py" line="163" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/events/attendance.py" line="185" />
        <source>Hier erscheinen die erfassten Namen.</source>
        <translation>Hier erscheinen die erfassten Namen.</translation>
    </message>
    <message>
        <location filename="../../ui/events/attendance.py" line="186" />
        <source>Alle übrigen Angemeldeten: nicht erschienen</source>
        <translation>Alle übrigen Angemeldeten: nicht erschienen</translation>
    </message>
    <message>
        <location filename="../../ui/events/attendance.py" line="189" />
        <source>Veranstaltung als „durchgeführt“ markieren</source>
        <translation>Veranstaltung als „durchgeführt“ markieren</translation>
    </message>
    <message>
        <location filename="../../ui/events/attendance.py" line="192" />
        <source>Fertig</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../../ui/events/attendance.py" line="219" />
        <source>Die Veranstaltung hat noch nicht begonnen. Die Teilnahme kann erst ab Beginn ({start}) erfasst werden.</source>
        <translation>Die Veranstaltung hat noch nicht begonnen. Die Teilnahme kann erst ab Beginn ({start}) erfasst werden.</translation>
    </message>
    <message>
        <location filename="../../ui/events/attendance.py" line="234" />
        <source>„{title}“ ist jetzt als „durchgeführt“ eingetragen.</source>
        <translation>„{title}“ ist jetzt als „durchgeführt“ eingetragen.</translation>
    </message>
    <message>
        <location filename="../../ui/events/attendance.py" line="280" />
        <source>Teilgenommen: &lt;b&gt;{attended}&lt;/b&gt; · noch angemeldet, nicht erfasst: &lt;b&gt;{open}&lt;/b&gt; · Personen auf der Liste: {total}</source>
        <translation>Teilgenommen: &lt;b&gt;{attended}&lt;/b&gt; · noch angemeldet, nicht erfasst: &lt;b&gt;{open}&lt;/b&gt; · Personen auf der Liste: {total}</translation>
    </message>
    <message>
        <location filename="../../ui/events/attendance.py" line="306" />
        <source>Niemand passt zu „{text}“. Bitte prüfen Sie die Schreibweise oder tippen Sie weniger Buchstaben.</source>
        <translation>Niemand passt zu „{text}“. Bitte prüfen Sie die Schreibweise oder tippen Sie weniger Buchstaben.</translation>
    </message>
    <message>
        <location filename="../../ui/events/attendance.py" line="314" />
        <source>{name} ist bereits als „teilgenommen“ erfasst.</source>
        <translation>{name} ist bereits als „teilgenommen“ erfasst.</translation>
    </message>
    <message>
        <location filename="../../ui/events/attendance.py" line="336" />
        <source>{name}: teilgenommen.</source>
        <translation>{name}: teilgenommen.</translation>
    </message>
    <message>
        <location filename="../../ui/events/attendance.py" line="354" />
        <source>Die Erfassung von {name} lässt sich hier nicht zurücknehmen. Bitte ändern Sie den Status in der Teilnehmendenliste.</source>
        <translation>Die Erfassung von {name} lässt sich hier nicht zurücknehmen. Bitte ändern Sie den Status in der Teilnehmendenliste.</translation>
    </message>
    <message>
        <location filename="../../ui/events/attendance.py" line="366" />
        <source>↶ zurückgenommen: {name}</source>
        <translation>↶ zurückgenommen: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/events/attendance.py" line="368" />
        <source>Erfassung von {name} zurückgenommen.</source>
        <translation>Erfassung von {name} zurückgenommen.</translation>
    </message>
    <message>
        <location filename="../../ui/events/attendance.py" line="377" />
        <source>Es ist niemand mehr als „angemeldet“ offen.</source>
        <translation>Es ist niemand mehr als „angemeldet“ offen.</translation>
    </message>
    <message>
        <location filename="../../ui/events/attendance.py" line="380" />
        <source>Angemeldet, aber nicht erfasst: {n}. Alle als „nicht erschienen“ eintragen?</source>
        <translation>Angemeldet, aber nicht erfasst: {n}. Alle als „nicht erschienen“ eintragen?</translation>
    </message>
    <message>
        <location filename="../../ui/events/attendance.py" line="394" />
        <source>{n} als „nicht erschienen“ eingetragen. Eingeladene ohne Anmeldung bleiben unverändert.</source>
        <translation>{n} als „nicht erschienen“ eingetragen. Eingeladene ohne Anmeldung bleiben unverändert.</translation>
    </message>
    <message>
        <location filename="../../ui/events/attendance.py" line="382" />
        <source>Nicht erschienen</source>
        <translation>Nicht erschienen</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../ui/audit_page.py" line="94" />
        <source>Protokoll durchsuchen (Benutzer, Bereich, Datei …)</source>
        <translation>Protokoll durchsuchen (Benutzer, Bereich, Datei …)</translation>
    </message>
    <message>
        <location filename="../../ui/audit_page.py" line="108" />
        <source>Änderungen</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location filename="../../ui/audit_page.py" line="109" />
        <source>Weitergaben</source>
        <translation>Weitergaben</translation>
    </message>
    <message>
        <location filename="../../ui/audit_page.py" line="116" />
        <source>Jede Änderung, jeder Import und jede Weitergabe personenbezogener Daten wird hier mit Zeitpunkt und Benutzer festgehalten. Das Protokoll kann nicht geändert werden.</source>
        <translation>Jede Änderung, jeder Import und jede Weitergabe personenbezogener Daten wird hier mit Zeitpunkt und Benutzer festgehalten. Das Protokoll kann nicht geändert werden.</translation>
    </message>
    <message>
        <location filename="../../ui/audit_page.py" line="160" />
        <source>Noch keine Einträge</source>
        <translation>Noch keine Einträge</translation>
    </message>
    <message>
        <location filename="../../ui/audit_page.py" line="163" />
        <source>1 Eintrag</source>
        <translation>1 Eintrag</translation>
    </message>
    <message>
        <location filename="../../ui/audit_page.py" line="165" />
        <source>%1 Einträge</source>
        <translation>%1 Einträge</translation>
    </message>
    <message>
        <location filename="../../ui/audit_page.py" line="169" />
        <source>%1 von %2 Einträgen</source>
        <translation>%1 von %2 Einträgen</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <location filename="../../ui/cases/case_form.py" line="80" />
        <source>alleinerziehend</source>
        <translation>alleinerziehend</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_form.py" line="93" />
        <source>Partner hinzufügen: Namen eingeben …</source>
        <translation>Partner hinzufügen: Namen eingeben …</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_form.py" line="95" />
        <source>Entfernen</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_form.py" line="116" />
        <source>Kinder</source>
        <translation>Kinder</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_form.py" line="124" />
        <source>gültig bis</source>
        <translation>gültig bis</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_form.py" line="128" />
        <source>Haushalt (Personen)</source>
        <translation>Haushalt (Personen)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_form.py" line="131" />
        <source>Alter der Kinder</source>
        <translation>Alter der Kinder</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_form.py" line="132" />
        <source>Rechtskreise</source>
        <translation>Rechtskreise</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_form.py" line="133" />
        <source>Schweigepflicht-
entbindung am</source>
        <translation>Schweigepflicht-
entbindung am</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_form.py" line="136" />
        <source>für die Partner</source>
        <translation>für die Partner</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_form.py" line="137" />
        <source>Notiz</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>CaseList</name>
    <message>
        <location filename="../../ui/cases/case_list.py" line="51" />
        <source>Suchen: Code, Partner, Notiz …</source>
        <translation>Suchen: Code, Partner, Notiz …</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_list.py" line="53" />
        <source>nur offene Wiedervorlagen</source>
        <translation>nur offene Wiedervorlagen</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_list.py" line="55" />
        <source>alle Anliegen</source>
        <translation>alle Anliegen</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_list.py" line="63" />
        <location filename="../../ui/cases/case_list.py" line="118" />
        <source>alle Partner</source>
        <translation>alle Partner</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_list.py" line="65" />
        <source>jeder Status</source>
        <translation>jeder Status</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_list.py" line="67" />
        <source>Verweis {s}</source>
        <translation>Verweis {s}</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_list.py" line="93" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_list.py" line="94" />
        <source>Anliegen</source>
        <translation>Anliegen</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_list.py" line="96" />
        <source>V · A</source>
        <translation>V · A</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_list.py" line="99" />
        <source>{r} Verweise, {a} Anträge</source>
        <translation>{r} Verweise, {a} Anträge</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_list.py" line="105" />
        <source>Wiedervorl.</source>
        <translation>Wiedervorl.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_list.py" line="108" />
        <source>{n} offene Wiedervorlagen</source>
        <translation>{n} offene Wiedervorlagen</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_list.py" line="145" />
        <source>{n} Familien</source>
        <translation>{n} Familien</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_list.py" line="148" />
        <source>{shown} von {n} Familien</source>
        <translation>{shown} von {n} Familien</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../ui/cases/case_view.py" line="63" />
        <source>Wählen Sie links eine Familie aus oder legen Sie mit „Neue Familie“ (Strg+N) eine an. Familien werden nur unter ihrem Code geführt.</source>
        <translation>Wählen Sie links eine Familie aus oder legen Sie mit „Neue Familie“ (Strg+N) eine an. Familien werden nur unter ihrem Code geführt.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_view.py" line="76" />
        <source>Verlauf</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_view.py" line="77" />
        <source>Angaben</source>
        <translation>Angaben</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_view.py" line="98" />
        <source>Neuer Verweis …</source>
        <translation>Neuer Verweis …</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_view.py" line="100" />
        <source>Einen Verweis an einen Partner eintragen (Strg+Umschalt+V)</source>
        <translation>Einen Verweis an einen Partner eintragen (Strg+Umschalt+V)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_view.py" line="103" />
        <source>Neuer Antrag …</source>
        <translation>Neuer Antrag …</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_view.py" line="105" />
        <source>Einen unterstützten Antrag eintragen (Strg+Umschalt+A)</source>
        <translation>Einen unterstützten Antrag eintragen (Strg+Umschalt+A)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_view.py" line="108" />
        <source>Begleitblatt (PDF) …</source>
        <translation>Begleitblatt (PDF) …</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_view.py" line="110" />
        <source>Das Begleitblatt des ausgewählten Antrags als PDF speichern</source>
        <translation>Das Begleitblatt des ausgewählten Antrags als PDF speichern</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_view.py" line="113" />
        <source>Stempeletiketten (PDF) …</source>
        <translation>Stempeletiketten (PDF) …</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_view.py" line="115" />
        <source>Stempeletiketten mit dem Code dieser Familie als PDF speichern</source>
        <translation>Stempeletiketten mit dem Code dieser Familie als PDF speichern</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_view.py" line="171" />
        <source>Speichern</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_view.py" line="172" />
        <source>Die Angaben der Familie speichern (Strg+S)</source>
        <translation>Die Angaben der Familie speichern (Strg+S)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_view.py" line="174" />
        <source>Verwerfen</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_view.py" line="197" />
        <source>Familien</source>
        <translation>Familien</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_view.py" line="199" />
        <source>Familie {code}</source>
        <translation>Familie {code}</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_view.py" line="211" />
        <source>seit {day}</source>
        <translation>seit {day}</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_view.py" line="213" />
        <source>{n} Personen im Haushalt</source>
        <translation>{n} Personen im Haushalt</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_view.py" line="215" />
        <source>{n} Kinder</source>
        <translation>{n} Kinder</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_view.py" line="217" />
        <source>alleinerziehend</source>
        <translation>alleinerziehend</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_view.py" line="220" />
        <source> bis {day}</source>
        <translation> bis {day}</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_view.py" line="224" />
        <source>Schweigepflichtentbindung{until}</source>
        <translation>Schweigepflichtentbindung{until}</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_view.py" line="226" />
        <source>keine Schweigepflichtentbindung</source>
        <translation>keine Schweigepflichtentbindung</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_view.py" line="279" />
        <source>Die Angaben der Familie {code} sind gespeichert.</source>
        <translation>Die Angaben der Familie {code} sind gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_view.py" line="296" />
        <source>Der Verweis an {partner} ist gespeichert.</source>
        <translation>Der Verweis an {partner} ist gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_view.py" line="310" />
        <source>Der Antrag ({benefit}) ist gespeichert.</source>
        <translation>Der Antrag ({benefit}) ist gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_view.py" line="324" />
        <source>Die Änderung ist gespeichert.</source>
        <translation>Die Änderung ist gespeichert.</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../ui/cases/page.py" line="78" />
        <source>Familien</source>
        <translation>Familien</translation>
    </message>
    <message>
        <location filename="../../ui/cases/page.py" line="79" />
        <source>Wiedervorlagen</source>
        <translation>Wiedervorlagen</translation>
    </message>
    <message>
        <location filename="../../ui/cases/page.py" line="91" />
        <source>Neue Familie</source>
        <translation>Neue Familie</translation>
    </message>
    <message>
        <location filename="../../ui/cases/page.py" line="92" />
        <source>Eine Familie unter einem neuen Code anlegen (Strg+N)</source>
        <translation>Eine Familie unter einem neuen Code anlegen (Strg+N)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/page.py" line="94" />
        <source>Löschen …</source>
        <translation>Löschen …</translation>
    </message>
    <message>
        <location filename="../../ui/cases/page.py" line="97" />
        <source>Excel-Export</source>
        <translation>Excel-Export</translation>
    </message>
    <message>
        <location filename="../../ui/cases/page.py" line="151" />
        <source>Die Familie {code} ist angelegt.</source>
        <translation>Die Familie {code} ist angelegt.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/page.py" line="157" />
        <source>Die Angaben dieser Familie sind noch nicht gespeichert. Speichern?</source>
        <translation>Die Angaben dieser Familie sind noch nicht gespeichert. Speichern?</translation>
    </message>
    <message>
        <location filename="../../ui/cases/page.py" line="179" />
        <source>Soll die Familie {code} gelöscht werden? Mit ihr werden {r} Verweise, {a} Anträge und {f} Wiedervorlagen gelöscht.</source>
        <translation>Soll die Familie {code} gelöscht werden? Mit ihr werden {r} Verweise, {a} Anträge und {f} Wiedervorlagen gelöscht.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/page.py" line="182" />
        <source>Familie löschen</source>
        <translation>Familie löschen</translation>
    </message>
    <message>
        <location filename="../../ui/cases/page.py" line="190" />
        <source>Die Familie {code} ist gelöscht.</source>
        <translation>Die Familie {code} ist gelöscht.</translation>
    </message>
</context>
<context>
    <name>CaseworkDocumentController</name>
    <message>
        <location filename="../../ui/casework_document_actions.py" line="112" />
        <source>Wegweiser der Angebote (Excel)</source>
        <translation>Wegweiser der Angebote (Excel)</translation>
    </message>
    <message>
        <location filename="../../ui/casework_document_actions.py" line="114" />
        <source>Wegweiser der Angebote (PDF)</source>
        <translation>Wegweiser der Angebote (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/casework_document_actions.py" line="124" />
        <source>Excel-Datei speichern</source>
        <translation>Excel-Datei speichern</translation>
    </message>
    <message>
        <location filename="../../ui/casework_document_actions.py" line="145" />
        <source>Einstellungen öffnen</source>
        <translation>Einstellungen öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/casework_document_actions.py" line="159" />
        <source>Dokument nicht möglich</source>
        <translation>Dokument nicht möglich</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <location filename="../../ui/reports/charts.py" line="49" />
        <source>Keine Daten</source>
        <translation>Keine Daten</translation>
    </message>
</context>
<context>
    <name>ConcernSelector</name>
    <message>
        <location filename="../../ui/partners/offers.py" line="52" />
        <source>Anliegen: {label}</source>
        <translation>Anliegen: {label}</translation>
    </message>
</context>
<context>
    <name>ConferencePanel</name>
    <message>
        <location filename="../../ui/events/conference.py" line="65" />
        <source>Vereinbarungen</source>
        <translation>Vereinbarungen</translation>
    </message>
    <message>
        <location filename="../../ui/events/conference.py" line="66" />
        <source>Versorgungslücken</source>
        <translation>Versorgungslücken</translation>
    </message>
    <message>
        <location filename="../../ui/events/conference.py" line="69" />
        <source>Konferenz</source>
        <translation>Konferenz</translation>
    </message>
    <message>
        <location filename="../../ui/events/conference.py" line="70" />
        <source>Art</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../ui/events/conference.py" line="71" />
        <source>Inhalt</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location filename="../../ui/events/conference.py" line="72" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/events/conference.py" line="79" />
        <source>Als erledigt markieren</source>
        <translation>Als erledigt markieren</translation>
    </message>
    <message>
        <location filename="../../ui/events/conference.py" line="81" />
        <source>Offen aus früheren Konferenzen (übernommen)</source>
        <translation>Offen aus früheren Konferenzen (übernommen)</translation>
    </message>
    <message>
        <location filename="../../ui/events/conference.py" line="122" />
        <source>Vereinbarung</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <location filename="../../ui/events/conference.py" line="127" />
        <source>Versorgungslücke</source>
        <translation>Versorgungslücke</translation>
    </message>
    <message>
        <location filename="../../ui/events/conference.py" line="134" />
        <source>Aus früheren Konferenzen dieser Art ({kind}) ist nichts mehr offen.</source>
        <translation>Aus früheren Konferenzen dieser Art ({kind}) ist nichts mehr offen.</translation>
    </message>
    <message>
        <location filename="../../ui/events/conference.py" line="145" />
        <source>Bitte wählen Sie zuerst einen übernommenen Punkt aus.</source>
        <translation>Bitte wählen Sie zuerst einen übernommenen Punkt aus.</translation>
    </message>
    <message>
        <location filename="../../ui/events/conference.py" line="177" />
        <source>„{text}“ ist erledigt.</source>
        <translation>„{text}“ ist erledigt.</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="333" />
        <source>Import bestätigen</source>
        <translation>Import bestätigen</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="344" />
        <source>Importieren</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="385" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <location filename="../../ui/contacts/form.py" line="78" />
        <source>Nur eintragen, wenn die Person es selbst angegeben hat. Der Bericht zählt Teilnehmende danach (ESF Plus).</source>
        <translation>Nur eintragen, wenn die Person es selbst angegeben hat. Der Bericht zählt Teilnehmende danach (ESF Plus).</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/form.py" line="89" />
        <source>aktiv</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/form.py" line="90" />
        <source>darf an Partner weitergegeben werden</source>
        <translation>darf an Partner weitergegeben werden</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/form.py" line="92" />
        <source>darf auf Teilnahmelisten stehen</source>
        <translation>darf auf Teilnahmelisten stehen</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/form.py" line="96" />
        <source>z. B. Name, Telefon und E-Mail an die Verbundpartner</source>
        <translation>z. B. Name, Telefon und E-Mail an die Verbundpartner</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/form.py" line="100" />
        <source>wird beim Speichern mit Ihrem Benutzernamen gefüllt</source>
        <translation>wird beim Speichern mit Ihrem Benutzernamen gefüllt</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/form.py" line="103" />
        <location filename="../../ui/contacts/form.py" line="137" />
        <source>Nummer geprüft</source>
        <translation>Nummer geprüft</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/form.py" line="105" />
        <source>Vermerkt, dass die direkte Telefonnummer heute geprüft wurde.</source>
        <translation>Vermerkt, dass die direkte Telefonnummer heute geprüft wurde.</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/form.py" line="109" />
        <source>Titel, z. B. Dr.</source>
        <translation>Titel, z. B. Dr.</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/form.py" line="110" />
        <source>Anrede / Titel</source>
        <translation>Anrede / Titel</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/form.py" line="113" />
        <source>Vorname</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/form.py" line="114" />
        <source>Nachname</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/form.py" line="117" />
        <source>Einrichtung</source>
        <translation>Einrichtung</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/form.py" line="118" />
        <source>Funktion</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/form.py" line="119" />
        <source>Geschlecht (freiwillig)</source>
        <translation>Geschlecht (freiwillig)</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/form.py" line="120" />
        <source>Telefon (direkt)</source>
        <translation>Telefon (direkt)</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/form.py" line="121" />
        <source>Mobil</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/form.py" line="122" />
        <source>E-Mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/form.py" line="123" />
        <source>Themen</source>
        <translation>Themen</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/form.py" line="124" />
        <source>Notizen</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/form.py" line="126" />
        <source>Weitergabe</source>
        <translation>Weitergabe</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/form.py" line="129" />
        <source>Teilnahmelisten</source>
        <translation>Teilnahmelisten</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/form.py" line="132" />
        <source>Umfang der Einwilligung</source>
        <translation>Umfang der Einwilligung</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/form.py" line="134" />
        <source>Erfasst von</source>
        <translation>Erfasst von</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/form.py" line="135" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/form.py" line="223" />
        <source>Mögliche Dublette: {people}</source>
        <translation>Mögliche Dublette: {people}</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/form.py" line="226" />
        <source>Vielleicht ist diese Person schon erfasst. Prüfen Sie das vor dem Speichern; gespeichert werden kann trotzdem.</source>
        <translation>Vielleicht ist diese Person schon erfasst. Prüfen Sie das vor dem Speichern; gespeichert werden kann trotzdem.</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/form.py" line="251" />
        <source>– ohne Einrichtung –</source>
        <translation>– ohne Einrichtung –</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/form.py" line="293" />
        <source>noch nie geprüft</source>
        <translation>noch nie geprüft</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/form.py" line="309" />
        <source>„{name}“ ist keine bekannte Einrichtung. Bitte wählen Sie eine Einrichtung aus der Liste oder „– ohne Einrichtung –“.</source>
        <translation>„{name}“ ist keine bekannte Einrichtung. Bitte wählen Sie eine Einrichtung aus der Liste oder „– ohne Einrichtung –“.</translation>
    </message>
</context>
<context>
    <name>ContactPicker</name>
    <message>
        <location filename="../../ui/events/picker.py" line="37" />
        <source>Name oder Organisation eingeben …</source>
        <translation>Name oder Organisation eingeben …</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../../ui/contacts/page.py" line="77" />
        <source>Ansprechpersonen</source>
        <translation>Ansprechpersonen</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/page.py" line="85" />
        <source>Liste</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/page.py" line="88" />
        <source>Goldene Telefonnummern</source>
        <translation>Goldene Telefonnummern</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/page.py" line="96" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/page.py" line="100" />
        <source>Einrichtung</source>
        <translation>Einrichtung</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/page.py" line="101" />
        <source>Funktion</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/page.py" line="102" />
        <source>Telefon (direkt)</source>
        <translation>Telefon (direkt)</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/page.py" line="103" />
        <source>E-Mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/page.py" line="104" />
        <source>Themen</source>
        <translation>Themen</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/page.py" line="113" />
        <source>Suchen: Name, Einrichtung, Funktion, Thema, Telefon …</source>
        <translation>Suchen: Name, Einrichtung, Funktion, Thema, Telefon …</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/page.py" line="127" />
        <location filename="../../ui/contacts/page.py" line="310" />
        <source>Neue Ansprechperson</source>
        <translation>Neue Ansprechperson</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/page.py" line="141" />
        <source>Wählen Sie links eine Ansprechperson aus oder legen Sie mit „Neue Ansprechperson“ (Strg+N) eine an.</source>
        <translation>Wählen Sie links eine Ansprechperson aus oder legen Sie mit „Neue Ansprechperson“ (Strg+N) eine an.</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/page.py" line="159" />
        <source>Speichern</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/page.py" line="160" />
        <source>Verwerfen</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/page.py" line="161" />
        <source>Löschen</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/page.py" line="165" />
        <source>Änderungen speichern (Strg+S)</source>
        <translation>Änderungen speichern (Strg+S)</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/page.py" line="194" />
        <source>Ansprechpersonen werden geladen …</source>
        <translation>Ansprechpersonen werden geladen …</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/page.py" line="242" />
        <source>Die Änderungen an dieser Ansprechperson sind noch nicht gespeichert. Speichern?</source>
        <translation>Die Änderungen an dieser Ansprechperson sind noch nicht gespeichert. Speichern?</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/page.py" line="256" />
        <source>Noch keine Ansprechpersonen erfasst. „Neue Ansprechperson“ legt die erste an.</source>
        <translation>Noch keine Ansprechpersonen erfasst. „Neue Ansprechperson“ legt die erste an.</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/page.py" line="259" />
        <source>Niemand passt zur Suche. Ändern Sie den Suchbegriff.</source>
        <translation>Niemand passt zur Suche. Ändern Sie den Suchbegriff.</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/page.py" line="261" />
        <source>{shown} von {total} Ansprechpersonen</source>
        <translation>{shown} von {total} Ansprechpersonen</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/page.py" line="361" />
        <source>„{name}“ gespeichert.</source>
        <translation>„{name}“ gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/page.py" line="376" />
        <source>Nummer geprüft</source>
        <translation>Nummer geprüft</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/page.py" line="386" />
        <source>Nummer von „{name}“ als geprüft vermerkt.</source>
        <translation>Nummer von „{name}“ als geprüft vermerkt.</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/page.py" line="394" />
        <source>„{name}“ endgültig löschen?</source>
        <translation>„{name}“ endgültig löschen?</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/page.py" line="395" />
        <location filename="../../ui/contacts/page.py" line="400" />
        <source>Ansprechperson löschen</source>
        <translation>Ansprechperson löschen</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/dashboard_page.py" line="91" />
        <source>Übersicht</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="96" />
        <source>aktive Partner</source>
        <translation>aktive Partner</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="97" />
        <source>aktive Ansprechpersonen</source>
        <translation>aktive Ansprechpersonen</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="100" />
        <source>offene Vereinbarungen</source>
        <translation>offene Vereinbarungen</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="101" />
        <source>offene Versorgungslücken</source>
        <translation>offene Versorgungslücken</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="113" />
        <source>Datum</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="117" />
        <source>Veranstaltung</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="118" />
        <source>Art</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="119" />
        <source>Ort</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="120" />
        <source>Angemeldet</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="129" />
        <source>Nächste Veranstaltungen</source>
        <translation>Nächste Veranstaltungen</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="131" />
        <source>Keine Veranstaltungen geplant. Legen Sie auf der Seite „Veranstaltungen“ die nächsten Termine an.</source>
        <translation>Keine Veranstaltungen geplant. Legen Sie auf der Seite „Veranstaltungen“ die nächsten Termine an.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="138" />
        <source>Wer</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="139" />
        <source>Was</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="140" />
        <source>Bis</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="141" />
        <location filename="../../ui/dashboard_page.py" line="159" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="230" />
        <source>aus: {title} ({date})</source>
        <translation>aus: {title} ({date})</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="146" />
        <source>Offene Vereinbarungen</source>
        <translation>Offene Vereinbarungen</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="98" />
        <source>eigene Veranstaltungen in diesem Jahr</source>
        <translation>eigene Veranstaltungen in diesem Jahr</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="99" />
        <source>externe Termine in diesem Jahr</source>
        <translation>externe Termine in diesem Jahr</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="148" />
        <source>Keine offenen Vereinbarungen. Vereinbarungen entstehen auf Familien- und Strukturkonferenzen und werden dort erfasst.</source>
        <translation>Keine offenen Vereinbarungen. Vereinbarungen entstehen auf Familien- und Strukturkonferenzen und werden dort erfasst.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="156" />
        <source>Versorgungslücke</source>
        <translation>Versorgungslücke</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="158" />
        <source>Rechtskreise</source>
        <translation>Rechtskreise</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="164" />
        <source>Offene Versorgungslücken</source>
        <translation>Offene Versorgungslücken</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="166" />
        <source>Keine offenen Versorgungslücken. Lücken werden auf Strukturkonferenzen benannt und dort erfasst.</source>
        <translation>Keine offenen Versorgungslücken. Lücken werden auf Strukturkonferenzen benannt und dort erfasst.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="171" />
        <source>Nicht vertretene Rechtskreise (letzte 12 Monate)</source>
        <translation>Nicht vertretene Rechtskreise (letzte 12 Monate)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="214" />
        <source>Alle Rechtskreise waren im letzten Jahr bei Veranstaltungen vertreten – der Verbund erreicht alle Leistungsbereiche.</source>
        <translation>Alle Rechtskreise waren im letzten Jahr bei Veranstaltungen vertreten – der Verbund erreicht alle Leistungsbereiche.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="220" />
        <source>Aus diesen Rechtskreisen hat in den letzten 12 Monaten niemand an einer Veranstaltung teilgenommen. Laden Sie gezielt Partner aus diesen Bereichen ein:</source>
        <translation>Aus diesen Rechtskreisen hat in den letzten 12 Monaten niemand an einer Veranstaltung teilgenommen. Laden Sie gezielt Partner aus diesen Bereichen ein:</translation>
    </message>
</context>
<context>
    <name>DirectoryView</name>
    <message>
        <location filename="../../ui/contacts/directory.py" line="97" />
        <source>Suchen: Einrichtung, Name, Thema, Nummer …</source>
        <translation>Suchen: Einrichtung, Name, Thema, Nummer …</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/directory.py" line="100" />
        <source>nur mit Einwilligung zur Weitergabe</source>
        <translation>nur mit Einwilligung zur Weitergabe</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/directory.py" line="121" />
        <source>Einrichtung / Name</source>
        <translation>Einrichtung / Name</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/directory.py" line="124" />
        <source>Funktion</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/directory.py" line="125" />
        <source>Telefon (direkt)</source>
        <translation>Telefon (direkt)</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/directory.py" line="126" />
        <source>Mobil</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/directory.py" line="127" />
        <source>E-Mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/directory.py" line="129" />
        <source>Geprüft</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/directory.py" line="139" />
        <source>nie</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/directory.py" line="145" />
        <source>Seit mehr als 12 Monaten nicht geprüft – bitte Nummer bestätigen.</source>
        <translation>Seit mehr als 12 Monaten nicht geprüft – bitte Nummer bestätigen.</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/directory.py" line="149" />
        <source>Verzeichnis wird geladen …</source>
        <translation>Verzeichnis wird geladen …</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/directory.py" line="180" />
        <source>Noch keine aktiven Ansprechpersonen. Legen Sie sie auf dem Reiter „Liste“ an.</source>
        <translation>Noch keine aktiven Ansprechpersonen. Legen Sie sie auf dem Reiter „Liste“ an.</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/directory.py" line="183" />
        <source>Niemand passt zur Suche. Ändern Sie den Suchbegriff.</source>
        <translation>Niemand passt zur Suche. Ändern Sie den Suchbegriff.</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/directory.py" line="186" />
        <source>{people} Nummern in {groups} Einrichtungen; {stale} davon seit mehr als 12 Monaten nicht geprüft (⚠).</source>
        <translation>{people} Nummern in {groups} Einrichtungen; {stale} davon seit mehr als 12 Monaten nicht geprüft (⚠).</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <location filename="../../ui/import_preview.py" line="113" />
        <source>Zeile %1: mögliche Dublette</source>
        <translation>Zeile %1: mögliche Dublette</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="117" />
        <source>Zeile %1 der Datei</source>
        <translation>Zeile %1 der Datei</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="125" />
        <source>Dieselbe Person: den vorhandenen Eintrag mit den Werten der Datei aktualisieren</source>
        <translation>Dieselbe Person: den vorhandenen Eintrag mit den Werten der Datei aktualisieren</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="127" />
        <source>Eine andere Person: einen neuen Eintrag anlegen</source>
        <translation>Eine andere Person: einen neuen Eintrag anlegen</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="128" />
        <source>Zeile überspringen: nichts ändern</source>
        <translation>Zeile überspringen: nichts ändern</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <location filename="../../ui/duplicates_page.py" line="135" />
        <source>Mögliche doppelte Einträge: gleiche E-Mail-Adresse, gleicher Name (Müller = Mueller = MÜLLER) oder ähnlicher Name. Prüfen Sie jedes Paar und führen Sie es zusammen oder markieren Sie es als „keine Dublette“.</source>
        <translation>Mögliche doppelte Einträge: gleiche E-Mail-Adresse, gleicher Name (Müller = Mueller = MÜLLER) oder ähnlicher Name. Prüfen Sie jedes Paar und führen Sie es zusammen oder markieren Sie es als „keine Dublette“.</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_page.py" line="141" />
        <source>Suchen …</source>
        <translation>Suchen …</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_page.py" line="148" />
        <source>Zusammenführen …</source>
        <translation>Zusammenführen …</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_page.py" line="150" />
        <source>Keine Dublette</source>
        <translation>Keine Dublette</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_page.py" line="152" />
        <source>Neu suchen</source>
        <translation>Neu suchen</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_page.py" line="168" />
        <source>Art</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_page.py" line="169" />
        <source>Eintrag A</source>
        <translation>Eintrag A</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_page.py" line="170" />
        <source>Eintrag B</source>
        <translation>Eintrag B</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_page.py" line="171" />
        <source>Grund</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_page.py" line="173" />
        <source>Ähnlichkeit</source>
        <translation>Ähnlichkeit</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_page.py" line="189" />
        <source>Suche läuft …</source>
        <translation>Suche läuft …</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_page.py" line="203" />
        <source>Dubletten</source>
        <translation>Dubletten</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_page.py" line="208" />
        <source>Keine möglichen Dubletten gefunden.</source>
        <translation>Keine möglichen Dubletten gefunden.</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_page.py" line="210" />
        <source>%1 mögliche Dubletten</source>
        <translation>%1 mögliche Dubletten</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_page.py" line="236" />
        <source>Zusammenführen</source>
        <translation>Zusammenführen</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../ui/error_dialog.py" line="55" />
        <source>Unerwarteter Fehler</source>
        <translation>Unerwarteter Fehler</translation>
    </message>
    <message>
        <location filename="../../ui/error_dialog.py" line="59" />
        <source>Ein unerwarteter Fehler ist aufgetreten. Ihre gespeicherten Daten sind nicht betroffen; Sie können weiterarbeiten. Wenn der Fehler wiederkehrt, kopieren Sie bitte die Details und senden Sie sie an Ihre technische Betreuung.

Protokolldatei: {path}</source>
        <translation>Ein unerwarteter Fehler ist aufgetreten. Ihre gespeicherten Daten sind nicht betroffen; Sie können weiterarbeiten. Wenn der Fehler wiederkehrt, kopieren Sie bitte die Details und senden Sie sie an Ihre technische Betreuung.

Protokolldatei: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/error_dialog.py" line="73" />
        <source>Details kopieren</source>
        <translation>Details kopieren</translation>
    </message>
</context>
<context>
    <name>EventBrowser</name>
    <message>
        <location filename="../../ui/events/browser.py" line="73" />
        <source>Liste</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location filename="../../ui/events/browser.py" line="74" />
        <source>Kalender</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location filename="../../ui/events/browser.py" line="75" />
        <source>Jahresplan</source>
        <translation>Jahresplan</translation>
    </message>
    <message>
        <location filename="../../ui/events/browser.py" line="148" />
        <location filename="../../ui/events/browser.py" line="172" />
        <source>Veranstaltungen werden geladen …</source>
        <translation>Veranstaltungen werden geladen …</translation>
    </message>
    <message>
        <location filename="../../ui/events/browser.py" line="151" />
        <source>Noch keine Veranstaltungen. Legen Sie mit „Neue Veranstaltung“ die erste an.</source>
        <translation>Noch keine Veranstaltungen. Legen Sie mit „Neue Veranstaltung“ die erste an.</translation>
    </message>
    <message>
        <location filename="../../ui/events/browser.py" line="155" />
        <source>Keine Veranstaltung passt zu Suche und Filtern. Ändern Sie die Suche oder wählen Sie „Alle Jahre“, „Alle Arten“, „Jeder Status“ und „Alle Träger“.</source>
        <translation>Keine Veranstaltung passt zu Suche und Filtern. Ändern Sie die Suche oder wählen Sie „Alle Jahre“, „Alle Arten“, „Jeder Status“ und „Alle Träger“.</translation>
    </message>
    <message>
        <location filename="../../ui/events/browser.py" line="159" />
        <source>{n} Veranstaltungen</source>
        <translation>{n} Veranstaltungen</translation>
    </message>
    <message>
        <location filename="../../ui/events/browser.py" line="161" />
        <source>{shown} von {total} Veranstaltungen</source>
        <translation>{shown} von {total} Veranstaltungen</translation>
    </message>
</context>
<context>
    <name>EventCalendar</name>
    <message>
        <location filename="../../ui/events/calendar_view.py" line="124" />
        <source>Veranstaltungen am {day}:</source>
        <translation>Veranstaltungen am {day}:</translation>
    </message>
    <message>
        <location filename="../../ui/events/calendar_view.py" line="128" />
        <source>Am {day} ist keine Veranstaltung geplant. Hervorgehobene Tage haben Veranstaltungen; ein Doppelklick auf einen freien Tag legt dort eine neue an.</source>
        <translation>Am {day} ist keine Veranstaltung geplant. Hervorgehobene Tage haben Veranstaltungen; ein Doppelklick auf einen freien Tag legt dort eine neue an.</translation>
    </message>
</context>
<context>
    <name>EventForm</name>
    <message>
        <location filename="../../ui/events/form.py" line="128" />
        <source>z. B. Netzwerktreffen Verbund 03/2027</source>
        <translation>z. B. Netzwerktreffen Verbund 03/2027</translation>
    </message>
    <message>
        <location filename="../../ui/events/form.py" line="133" />
        <source>Raum, Straße, Ort</source>
        <translation>Raum, Straße, Ort</translation>
    </message>
    <message>
        <location filename="../../ui/events/form.py" line="148" />
        <source>unbegrenzt</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <location filename="../../ui/events/form.py" line="154" />
        <source>keine Angabe</source>
        <translation>keine Angabe</translation>
    </message>
    <message>
        <location filename="../../ui/events/form.py" line="160" />
        <source>Tagesordnung, Themen, Referentinnen und Referenten</source>
        <translation>Tagesordnung, Themen, Referentinnen und Referenten</translation>
    </message>
    <message>
        <location filename="../../ui/events/form.py" line="164" />
        <source>Ergebnisse und Protokoll nach der Veranstaltung</source>
        <translation>Ergebnisse und Protokoll nach der Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../ui/events/form.py" line="218" />
        <source>Art</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../ui/events/form.py" line="219" />
        <source>Titel</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/events/form.py" line="220" />
        <source>Beginn</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../../ui/events/form.py" line="221" />
        <source>Ende</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../../ui/events/form.py" line="222" />
        <source>Ort</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../ui/events/form.py" line="223" />
        <source>Online-Link</source>
        <translation>Online-Link</translation>
    </message>
    <message>
        <location filename="../../ui/events/form.py" line="216" />
        <location filename="../../ui/events/form.py" line="224" />
        <location filename="../../ui/events/form.py" line="331" />
        <source>Veranstalter</source>
        <translation>Veranstalter</translation>
    </message>
    <message>
        <location filename="../../ui/events/form.py" line="173" />
        <source>Veranstaltung eines anderen Trägers (externe Aktivität)</source>
        <translation>Veranstaltung eines anderen Trägers (externe Aktivität)</translation>
    </message>
    <message>
        <location filename="../../ui/events/form.py" line="178" />
        <source>Für Veranstaltungen anderer Träger werden keine Plätze, Teilnehmenden, Anwesenheiten oder Bescheinigungen erfasst.</source>
        <translation>Für Veranstaltungen anderer Träger werden keine Plätze, Teilnehmenden, Anwesenheiten oder Bescheinigungen erfasst.</translation>
    </message>
    <message>
        <location filename="../../ui/events/form.py" line="187" />
        <source>z. B. BMAS, Servicestelle Akti(F), Vernetzungsstelle</source>
        <translation>z. B. BMAS, Servicestelle Akti(F), Vernetzungsstelle</translation>
    </message>
    <message>
        <location filename="../../ui/events/form.py" line="190" />
        <source>Mitarbeitende, z. B. A. Schmidt, B. Yilmaz</source>
        <translation>Mitarbeitende, z. B. A. Schmidt, B. Yilmaz</translation>
    </message>
    <message>
        <location filename="../../ui/events/form.py" line="192" />
        <source>Wer vom Verbund dabei war; mehrere Namen mit Komma getrennt</source>
        <translation>Wer vom Verbund dabei war; mehrere Namen mit Komma getrennt</translation>
    </message>
    <message>
        <location filename="../../ui/events/form.py" line="217" />
        <source>Teilgenommen haben</source>
        <translation>Teilgenommen haben</translation>
    </message>
    <message>
        <location filename="../../ui/events/form.py" line="225" />
        <source>Rechtskreise</source>
        <translation>Rechtskreise</translation>
    </message>
    <message>
        <location filename="../../ui/events/form.py" line="226" />
        <source>Kapazität</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <location filename="../../ui/events/form.py" line="227" />
        <source>Dauer in Stunden</source>
        <translation>Dauer in Stunden</translation>
    </message>
    <message>
        <location filename="../../ui/events/form.py" line="228" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/events/form.py" line="229" />
        <source>Tagesordnung / Themen</source>
        <translation>Tagesordnung / Themen</translation>
    </message>
    <message>
        <location filename="../../ui/events/form.py" line="230" />
        <source>Protokoll</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../../ui/events/form.py" line="253" />
        <source>Speichern</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../ui/events/form.py" line="254" />
        <source>Änderungen speichern (Strg+S)</source>
        <translation>Änderungen speichern (Strg+S)</translation>
    </message>
    <message>
        <location filename="../../ui/events/form.py" line="257" />
        <source>Änderungen verwerfen</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <location filename="../../ui/events/form.py" line="282" />
        <source>– kein Partner –</source>
        <translation>– kein Partner –</translation>
    </message>
    <message>
        <location filename="../../ui/events/form.py" line="299" />
        <source>&lt;b&gt;Neue Veranstaltung&lt;/b&gt;</source>
        <translation>&lt;b&gt;Neue Veranstaltung&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/events/form.py" line="301" />
        <source> (Veranstaltung eines anderen Trägers)</source>
        <translation> (Veranstaltung eines anderen Trägers)</translation>
    </message>
    <message>
        <location filename="../../ui/events/form.py" line="331" />
        <source>Partner (optional)</source>
        <translation>Partner (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/events/form.py" line="334" />
        <source>Ein Partner des Verbunds, falls er die Veranstaltung ausrichtet</source>
        <translation>Ein Partner des Verbunds, falls er die Veranstaltung ausrichtet</translation>
    </message>
    <message>
        <location filename="../../ui/events/form.py" line="409" />
        <source>Bitte tragen Sie ein, wer die Veranstaltung ausrichtet (z. B. BMAS), oder nehmen Sie das Häkchen bei „Veranstaltung eines anderen Trägers“ heraus.</source>
        <translation>Bitte tragen Sie ein, wer die Veranstaltung ausrichtet (z. B. BMAS), oder nehmen Sie das Häkchen bei „Veranstaltung eines anderen Trägers“ heraus.</translation>
    </message>
    <message>
        <location filename="../../ui/events/form.py" line="428" />
        <source>„{name}“ ist kein bekannter Partner. Bitte wählen Sie einen Partner aus der Liste oder „– kein Partner –“.</source>
        <translation>„{name}“ ist kein bekannter Partner. Bitte wählen Sie einen Partner aus der Liste oder „– kein Partner –“.</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <location filename="../../ui/events/page.py" line="108" />
        <source>Neue Veranstaltung</source>
        <translation>Neue Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../ui/events/page.py" line="110" />
        <source>Nächste planen …</source>
        <translation>Nächste planen …</translation>
    </message>
    <message>
        <location filename="../../ui/events/page.py" line="113" />
        <source>Die nächste Veranstaltung wie die ausgewählte anlegen (z. B. die nächste Strukturkonferenz)</source>
        <translation>Die nächste Veranstaltung wie die ausgewählte anlegen (z. B. die nächste Strukturkonferenz)</translation>
    </message>
    <message>
        <location filename="../../ui/events/page.py" line="118" />
        <source>Löschen</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../ui/events/page.py" line="135" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/events/page.py" line="136" />
        <location filename="../../ui/events/page.py" line="324" />
        <source>Teilnehmende</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <location filename="../../ui/events/page.py" line="137" />
        <source>Konferenz</source>
        <translation>Konferenz</translation>
    </message>
    <message>
        <location filename="../../ui/events/page.py" line="285" />
        <source>Die Veranstaltung wurde geändert. Möchten Sie die Änderungen speichern?</source>
        <translation>Die Veranstaltung wurde geändert. Möchten Sie die Änderungen speichern?</translation>
    </message>
    <message>
        <location filename="../../ui/events/page.py" line="319" />
        <source>Bei Veranstaltungen anderer Träger werden keine Teilnehmenden erfasst.</source>
        <translation>Bei Veranstaltungen anderer Träger werden keine Teilnehmenden erfasst.</translation>
    </message>
    <message>
        <location filename="../../ui/events/page.py" line="324" />
        <source>Teilnehmende ({n})</source>
        <translation>Teilnehmende ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/events/page.py" line="356" />
        <source>„{title}“ angelegt.</source>
        <translation>„{title}“ angelegt.</translation>
    </message>
    <message>
        <location filename="../../ui/events/page.py" line="356" />
        <source>„{title}“ gespeichert.</source>
        <translation>„{title}“ gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/events/page.py" line="390" />
        <source>Die Veranstaltung „{title}“ am {day} löschen?</source>
        <translation>Die Veranstaltung „{title}“ am {day} löschen?</translation>
    </message>
    <message>
        <location filename="../../ui/events/page.py" line="393" />
        <source>Veranstaltung löschen</source>
        <translation>Veranstaltung löschen</translation>
    </message>
    <message>
        <location filename="../../ui/events/page.py" line="403" />
        <source>„{title}“ wurde gelöscht.</source>
        <translation>„{title}“ wurde gelöscht.</translation>
    </message>
    <message>
        <location filename="../../ui/events/page.py" line="424" />
        <source>„{title}“ am {day} angelegt (Status „geplant“).</source>
        <translation>„{title}“ am {day} angelegt (Status „geplant“).</translation>
    </message>
    <message>
        <location filename="../../ui/events/page.py" line="440" />
        <source>{n} als „teilgenommen“ erfasst.</source>
        <translation>{n} als „teilgenommen“ erfasst.</translation>
    </message>
</context>
<context>
    <name>ExportOptionsDialog</name>
    <message>
        <location filename="../../ui/export_dialogs.py" line="151" />
        <source>Jahr:</source>
        <translation>Jahr:</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialogs.py" line="156" />
        <source>Für Personen, die ohne Anmeldung kommen</source>
        <translation>Für Personen, die ohne Anmeldung kommen</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialogs.py" line="157" />
        <source>Leere Zeilen am Ende:</source>
        <translation>Leere Zeilen am Ende:</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialogs.py" line="166" />
        <source>Exportieren</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialogs.py" line="173" />
        <source>Spalten</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialogs.py" line="189" />
        <source>Alle</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialogs.py" line="190" />
        <source>Keine</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialogs.py" line="191" />
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="59" />
        <source>Datei wählen</source>
        <translation>Datei wählen</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="60" />
        <source>Excel-Dateien (.xlsx, .xls), OpenDocument (.ods) oder CSV.</source>
        <translation>Excel-Dateien (.xlsx, .xls), OpenDocument (.ods) oder CSV.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="67" />
        <source>Pfad zur Datei</source>
        <translation>Pfad zur Datei</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="68" />
        <source>Durchsuchen …</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="73" />
        <source>Alle neuen Personen dieser Liste haben eingewilligt, auf Teilnahmelisten zu stehen (ohne Haken wird keine Einwilligung gespeichert)</source>
        <translation>Alle neuen Personen dieser Liste haben eingewilligt, auf Teilnahmelisten zu stehen (ohne Haken wird keine Einwilligung gespeichert)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="83" />
        <source>Was wird importiert?</source>
        <translation>Was wird importiert?</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="84" />
        <source>Veranstaltung</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="85" />
        <source>Datei</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="86" />
        <source>Tabelle</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="87" />
        <source>Einwilligung</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="114" />
        <source>Liste importieren</source>
        <translation>Liste importieren</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/events/filter_bar.py" line="28" />
        <source>Suchen: Titel, Art, Ort, Veranstalter, Thema …</source>
        <translation>Suchen: Titel, Art, Ort, Veranstalter, Thema …</translation>
    </message>
    <message>
        <location filename="../../ui/events/filter_bar.py" line="32" />
        <location filename="../../ui/events/filter_bar.py" line="73" />
        <source>Alle Jahre</source>
        <translation>Alle Jahre</translation>
    </message>
    <message>
        <location filename="../../ui/events/filter_bar.py" line="34" />
        <source>Alle Arten</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <location filename="../../ui/events/filter_bar.py" line="38" />
        <source>Jeder Status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <location filename="../../ui/events/filter_bar.py" line="43" />
        <source>Alle Träger</source>
        <translation>Alle Träger</translation>
    </message>
    <message>
        <location filename="../../ui/events/filter_bar.py" line="44" />
        <source>Nur eigene</source>
        <translation>Nur eigene</translation>
    </message>
    <message>
        <location filename="../../ui/events/filter_bar.py" line="45" />
        <source>Nur externe</source>
        <translation>Nur externe</translation>
    </message>
    <message>
        <location filename="../../ui/events/filter_bar.py" line="48" />
        <source>Eigene Veranstaltungen des Verbunds oder Veranstaltungen anderer Träger, an denen Mitarbeitende teilgenommen haben (externe Aktivitäten)</source>
        <translation>Eigene Veranstaltungen des Verbunds oder Veranstaltungen anderer Träger, an denen Mitarbeitende teilgenommen haben (externe Aktivitäten)</translation>
    </message>
</context>
<context>
    <name>FixDialog</name>
    <message>
        <location filename="../../ui/import_preview.py" line="68" />
        <source>Zeile %1 korrigieren</source>
        <translation>Zeile %1 korrigieren</translation>
    </message>
</context>
<context>
    <name>FollowUpBox</name>
    <message>
        <location filename="../../ui/dashboard_follow_ups.py" line="45" />
        <source>Wiedervorlagen</source>
        <translation>Wiedervorlagen</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_follow_ups.py" line="55" />
        <source>Familien öffnen</source>
        <translation>Familien öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_follow_ups.py" line="60" />
        <source>Familie</source>
        <translation>Familie</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_follow_ups.py" line="61" />
        <source>Worum</source>
        <translation>Worum</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_follow_ups.py" line="62" />
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_follow_ups.py" line="63" />
        <source>fällig</source>
        <translation>fällig</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_follow_ups.py" line="64" />
        <source>Stand</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_follow_ups.py" line="74" />
        <source>Keine Wiedervorlage ist fällig. Wiedervorlagen entstehen aus Verweisen, Rückfragen der Behörden und auslaufenden Schweigepflichtentbindungen.</source>
        <translation>Keine Wiedervorlage ist fällig. Wiedervorlagen entstehen aus Verweisen, Rückfragen der Behörden und auslaufenden Schweigepflichtentbindungen.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_follow_ups.py" line="94" />
        <source>überfällig: %1</source>
        <translation>überfällig: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_follow_ups.py" line="95" />
        <source>heute fällig: %1</source>
        <translation>heute fällig: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_follow_ups.py" line="97" />
        <source>nächste 7 Tage: %1</source>
        <translation>nächste 7 Tage: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_follow_ups.py" line="103" />
        <source>Erledigt</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_follow_ups.py" line="105" />
        <source>Wiedervorlage %1 als erledigt markieren</source>
        <translation>Wiedervorlage %1 als erledigt markieren</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_follow_ups.py" line="113" />
        <source>… und %1 weitere auf der Seite „Familien“</source>
        <translation>… und %1 weitere auf der Seite „Familien“</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_follow_ups.py" line="121" />
        <source>Wiedervorlage</source>
        <translation>Wiedervorlage</translation>
    </message>
</context>
<context>
    <name>FollowUpsView</name>
    <message>
        <location filename="../../ui/cases/follow_ups.py" line="39" />
        <source>nur fällige (heute und überfällig)</source>
        <translation>nur fällige (heute und überfällig)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/follow_ups.py" line="45" />
        <source>Erledigt</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../ui/cases/follow_ups.py" line="47" />
        <source>Die gewählte Wiedervorlage als erledigt markieren (Strg+E)</source>
        <translation>Die gewählte Wiedervorlage als erledigt markieren (Strg+E)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/follow_ups.py" line="50" />
        <source>Familie öffnen</source>
        <translation>Familie öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/cases/follow_ups.py" line="51" />
        <source>Die Familie der Wiedervorlage zeigen (Doppelklick)</source>
        <translation>Die Familie der Wiedervorlage zeigen (Doppelklick)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/follow_ups.py" line="53" />
        <source>Keine offenen Wiedervorlagen.</source>
        <translation>Keine offenen Wiedervorlagen.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/follow_ups.py" line="82" />
        <source>Fällig am</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <location filename="../../ui/cases/follow_ups.py" line="87" />
        <source>Stand</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location filename="../../ui/cases/follow_ups.py" line="88" />
        <source>Familie</source>
        <translation>Familie</translation>
    </message>
    <message>
        <location filename="../../ui/cases/follow_ups.py" line="89" />
        <source>Art</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../ui/cases/follow_ups.py" line="90" />
        <source>Worum es geht</source>
        <translation>Worum es geht</translation>
    </message>
    <message>
        <location filename="../../ui/cases/follow_ups.py" line="91" />
        <source>Partner / Behörde</source>
        <translation>Partner / Behörde</translation>
    </message>
    <message>
        <location filename="../../ui/cases/follow_ups.py" line="102" />
        <source>{n} offen · {o} überfällig · {t} heute fällig</source>
        <translation>{n} offen · {o} überfällig · {t} heute fällig</translation>
    </message>
    <message>
        <location filename="../../ui/cases/follow_ups.py" line="137" />
        <source>Erledigt: {what} ({code}).</source>
        <translation>Erledigt: {what} ({code}).</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../ui/guide_dialog.py" line="49" />
        <source>Der Wegweiser enthält die Leistungsangebote aktiver Partner, nach Anliegen gruppiert. Ohne Auswahl stehen alle Angebote darin.</source>
        <translation>Der Wegweiser enthält die Leistungsangebote aktiver Partner, nach Anliegen gruppiert. Ohne Auswahl stehen alle Angebote darin.</translation>
    </message>
    <message>
        <location filename="../../ui/guide_dialog.py" line="57" />
        <source>alle Anliegen</source>
        <translation>alle Anliegen</translation>
    </message>
    <message>
        <location filename="../../ui/guide_dialog.py" line="60" />
        <source>Anliegen:</source>
        <translation>Anliegen:</translation>
    </message>
    <message>
        <location filename="../../ui/guide_dialog.py" line="62" />
        <source>Rechtskreise:</source>
        <translation>Rechtskreise:</translation>
    </message>
    <message>
        <location filename="../../ui/guide_dialog.py" line="64" />
        <source>z. B. Alleinerziehende (freilassen: alle)</source>
        <translation>z. B. Alleinerziehende (freilassen: alle)</translation>
    </message>
    <message>
        <location filename="../../ui/guide_dialog.py" line="65" />
        <source>Zielgruppe enthält:</source>
        <translation>Zielgruppe enthält:</translation>
    </message>
    <message>
        <location filename="../../ui/guide_dialog.py" line="67" />
        <source>Ort oder PLZ des Partners (freilassen: alle)</source>
        <translation>Ort oder PLZ des Partners (freilassen: alle)</translation>
    </message>
    <message>
        <location filename="../../ui/guide_dialog.py" line="68" />
        <source>Ort:</source>
        <translation>Ort:</translation>
    </message>
    <message>
        <location filename="../../ui/guide_dialog.py" line="81" />
        <source>Weiter …</source>
        <translation>Weiter …</translation>
    </message>
    <message>
        <location filename="../../ui/guide_dialog.py" line="82" />
        <source>Abbrechen</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/guide_dialog.py" line="114" />
        <source>1 Angebot passt.</source>
        <translation>1 Angebot passt.</translation>
    </message>
    <message>
        <location filename="../../ui/guide_dialog.py" line="116" />
        <source>%1 Angebote passen.</source>
        <translation>%1 Angebote passen.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="404" />
        <source>Liste importieren</source>
        <translation>Liste importieren</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="423" />
        <source>&lt; Zurück</source>
        <translation>&lt; Zurück</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="424" />
        <source>Weiter &gt;</source>
        <translation>Weiter &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="425" />
        <source>Abbrechen</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="426" />
        <source>Schließen</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="437" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/page_table.py" line="44" />
        <source>Übersicht</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../../ui/page_table.py" line="50" />
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../ui/page_table.py" line="56" />
        <source>Ansprechpersonen</source>
        <translation>Ansprechpersonen</translation>
    </message>
    <message>
        <location filename="../../ui/page_table.py" line="62" />
        <source>Veranstaltungen</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <location filename="../../ui/page_table.py" line="68" />
        <source>Familien</source>
        <translation>Familien</translation>
    </message>
    <message>
        <location filename="../../ui/page_table.py" line="74" />
        <source>Berichte</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <location filename="../../ui/page_table.py" line="80" />
        <source>Dubletten</source>
        <translation>Dubletten</translation>
    </message>
    <message>
        <location filename="../../ui/page_table.py" line="86" />
        <source>Protokoll</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../../ui/page_table.py" line="92" />
        <source>Einstellungen</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../ui/open_database_dialog.py" line="38" />
        <source>Aktif-Datenbank (*.db);;Alle Dateien (*)</source>
        <translation>Aktif-Datenbank (*.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="115" />
        <source>Bereit</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="230" />
        <location filename="../../ui/main_window.py" line="158" />
        <source>Datei</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="159" />
        <source>Neue Datenbank anlegen…</source>
        <translation>Neue Datenbank anlegen…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="162" />
        <source>Datenbank öffnen…</source>
        <translation>Datenbank öffnen…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="169" />
        <source>Beenden</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="170" />
        <source>Bearbeiten</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171" />
        <source>Neuer Eintrag</source>
        <translation>Neuer Eintrag</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="172" />
        <source>Suchen</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="173" />
        <source>Ansicht</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="182" />
        <source>Neu laden</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialog.py" line="103" />
        <location filename="../../ui/main_window.py" line="183" />
        <source>Hilfe</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="184" />
        <source>Über Aktif Desktop</source>
        <translation>Über Aktif Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="367" />
        <source>Fehler</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="437" />
        <location filename="../../ui/main_window.py" line="440" />
        <source>Datenbank öffnen</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="405" />
        <source>Neue Datenbank anlegen</source>
        <translation>Neue Datenbank anlegen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="417" />
        <source>Neue Datenbank</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="419" />
        <source>Die Datei gibt es schon. Bitte wählen Sie einen neuen Dateinamen oder öffnen Sie die Datei über „Datenbank öffnen…“.</source>
        <translation>Die Datei gibt es schon. Bitte wählen Sie einen neuen Dateinamen oder öffnen Sie die Datei über „Datenbank öffnen…“.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="448" />
        <source>Datenbank geöffnet: {path}</source>
        <translation>Datenbank geöffnet: {path}</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="170" />
        <source>Spalten zuordnen</source>
        <translation>Spalten zuordnen</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="172" />
        <source>Prüfen Sie, welches Feld in jeder Spalte steht. Die Zuordnung wird für Dateien mit denselben Überschriften gemerkt.</source>
        <translation>Prüfen Sie, welches Feld in jeder Spalte steht. Die Zuordnung wird für Dateien mit denselben Überschriften gemerkt.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="187" />
        <source>Überschriften in Zeile</source>
        <translation>Überschriften in Zeile</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="225" />
        <source>Spalte</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="225" />
        <source>Beispielwerte</source>
        <translation>Beispielwerte</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="225" />
        <source>Feld</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="231" />
        <source>(ohne Überschrift)</source>
        <translation>(ohne Überschrift)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="240" />
        <source>– nicht importieren –</source>
        <translation>– nicht importieren –</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="265" />
        <source>– bitte wählen –</source>
        <translation>– bitte wählen –</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="267" />
        <source>Spalte %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="308" />
        <source>Bitte wählen Sie oben, welche Spalte „%1“ importiert wird.</source>
        <translation>Bitte wählen Sie oben, welche Spalte „%1“ importiert wird.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="315" />
        <source>Jedes Feld darf nur einer Spalte zugeordnet sein.</source>
        <translation>Jedes Feld darf nur einer Spalte zugeordnet sein.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/duplicates_page.py" line="49" />
        <location filename="../../ui/duplicates_page.py" line="93" />
        <source>Zusammenführen</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_page.py" line="56" />
        <source>B wird in A zusammengeführt. Alle Teilnahmen, Bescheinigungen und Notizen von B bleiben erhalten und gehören danach zu A; B wird gelöscht.</source>
        <translation>B wird in A zusammengeführt. Alle Teilnahmen, Bescheinigungen und Notizen von B bleiben erhalten und gehören danach zu A; B wird gelöscht.</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_page.py" line="63" />
        <source>Feld</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_page.py" line="72" />
        <source>beide</source>
        <translation>beide</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_page.py" line="75" />
        <source>(leer)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_page.py" line="83" />
        <source>Alle Felder sind gleich.</source>
        <translation>Alle Felder sind gleich.</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_page.py" line="94" />
        <source>Abbrechen</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>MonthBox</name>
    <message>
        <location filename="../../ui/events/calendar_view.py" line="182" />
        <source>1 Veranstaltung</source>
        <translation>1 Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../ui/events/calendar_view.py" line="182" />
        <source>{n} Veranstaltungen</source>
        <translation>{n} Veranstaltungen</translation>
    </message>
    <message>
        <location filename="../../ui/events/calendar_view.py" line="187" />
        <source>… und {n} weitere</source>
        <translation>… und {n} weitere</translation>
    </message>
    <message>
        <location filename="../../ui/events/calendar_view.py" line="188" />
        <source>keine</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>NextEventDialog</name>
    <message>
        <location filename="../../ui/events/next_event.py" line="39" />
        <source>Nächste Veranstaltung planen</source>
        <translation>Nächste Veranstaltung planen</translation>
    </message>
    <message>
        <location filename="../../ui/events/next_event.py" line="42" />
        <source>Die nächste Veranstaltung wie „{title}“ ({kind}, zuletzt am {day}) wird angelegt. Art, Titel, Ort, Veranstalter, Rechtskreise, Kapazität und Tagesordnung werden übernommen; Teilnehmende und Protokoll nicht.</source>
        <translation>Die nächste Veranstaltung wie „{title}“ ({kind}, zuletzt am {day}) wird angelegt. Art, Titel, Ort, Veranstalter, Rechtskreise, Kapazität und Tagesordnung werden übernommen; Teilnehmende und Protokoll nicht.</translation>
    </message>
    <message>
        <location filename="../../ui/events/next_event.py" line="60" />
        <source>Vorschlag: derselbe Abstand wie zwischen den beiden letzten Terminen.</source>
        <translation>Vorschlag: derselbe Abstand wie zwischen den beiden letzten Terminen.</translation>
    </message>
    <message>
        <location filename="../../ui/events/next_event.py" line="66" />
        <source>Beginn</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../../ui/events/next_event.py" line="69" />
        <source>Anlegen</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <location filename="../../ui/events/next_event.py" line="70" />
        <source>Abbrechen</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <location filename="../../ui/widgets/message_bar.py" line="83" />
        <location filename="../../ui/widgets/message_bar.py" line="84" />
        <source>Schließen</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>OffersPanel</name>
    <message>
        <location filename="../../ui/partners/offers.py" line="150" />
        <source>Bezeichnung</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location filename="../../ui/partners/offers.py" line="151" />
        <source>Zielgruppe</source>
        <translation>Zielgruppe</translation>
    </message>
    <message>
        <location filename="../../ui/partners/offers.py" line="152" />
        <source>Anliegen</source>
        <translation>Anliegen</translation>
    </message>
    <message>
        <location filename="../../ui/partners/offers.py" line="153" />
        <source>Rechtskreise</source>
        <translation>Rechtskreise</translation>
    </message>
    <message>
        <location filename="../../ui/partners/offers.py" line="154" />
        <source>Ansprechperson</source>
        <translation>Ansprechperson</translation>
    </message>
    <message>
        <location filename="../../ui/partners/offers.py" line="160" />
        <source>Noch keine Leistungsangebote. „Hinzufügen“ legt eines an.</source>
        <translation>Noch keine Leistungsangebote. „Hinzufügen“ legt eines an.</translation>
    </message>
    <message>
        <location filename="../../ui/partners/offers.py" line="162" />
        <source>Hinzufügen…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../ui/partners/offers.py" line="163" />
        <source>Bearbeiten…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../ui/partners/offers.py" line="164" />
        <source>Löschen</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../ui/partners/offers.py" line="207" />
        <source>Das Leistungsangebot „{name}“ löschen?</source>
        <translation>Das Leistungsangebot „{name}“ löschen?</translation>
    </message>
    <message>
        <location filename="../../ui/partners/offers.py" line="208" />
        <location filename="../../ui/partners/offers.py" line="213" />
        <source>Leistungsangebot löschen</source>
        <translation>Leistungsangebot löschen</translation>
    </message>
</context>
<context>
    <name>OpenDatabaseDialog</name>
    <message>
        <location filename="../../ui/open_database_dialog.py" line="90" />
        <location filename="../../ui/open_database_dialog.py" line="149" />
        <source>Datenbank öffnen</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/open_database_dialog.py" line="98" />
        <source>Datenbankdatei:</source>
        <translation>Datenbankdatei:</translation>
    </message>
    <message>
        <location filename="../../ui/open_database_dialog.py" line="101" />
        <source>zum Beispiel C:\Verbund\aktif.db</source>
        <translation>zum Beispiel C:\Verbund\aktif.db</translation>
    </message>
    <message>
        <location filename="../../ui/open_database_dialog.py" line="102" />
        <source>Durchsuchen…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../../ui/open_database_dialog.py" line="109" />
        <source>Eine Datenbankdatei auf diesem Rechner oder einem Netzlaufwerk. Für die gemeinsame Datenbank des Verbunds auf einem PostgreSQL-Server wählen Sie „Server“.</source>
        <translation>Eine Datenbankdatei auf diesem Rechner oder einem Netzlaufwerk. Für die gemeinsame Datenbank des Verbunds auf einem PostgreSQL-Server wählen Sie „Server“.</translation>
    </message>
    <message>
        <location filename="../../ui/open_database_dialog.py" line="118" />
        <source>Datei</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../ui/open_database_dialog.py" line="122" />
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../ui/open_database_dialog.py" line="132" />
        <source>Öffnen</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/open_database_dialog.py" line="160" />
        <source>Bitte wählen Sie eine Datenbankdatei.</source>
        <translation>Bitte wählen Sie eine Datenbankdatei.</translation>
    </message>
</context>
<context>
    <name>OrganisationForm</name>
    <message>
        <location filename="../../ui/partners/form.py" line="42" />
        <source>aktiv im Verbund</source>
        <translation>aktiv im Verbund</translation>
    </message>
    <message>
        <location filename="../../ui/partners/form.py" line="47" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/partners/form.py" line="48" />
        <source>Art</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../ui/partners/form.py" line="49" />
        <source>Rolle im Verbund</source>
        <translation>Rolle im Verbund</translation>
    </message>
    <message>
        <location filename="../../ui/partners/form.py" line="50" />
        <source>Straße</source>
        <translation>Straße</translation>
    </message>
    <message>
        <location filename="../../ui/partners/form.py" line="51" />
        <source>PLZ</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <location filename="../../ui/partners/form.py" line="52" />
        <source>Ort</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../ui/partners/form.py" line="53" />
        <source>Telefon</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/partners/form.py" line="54" />
        <source>E-Mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/partners/form.py" line="55" />
        <source>Internet</source>
        <translation>Internet</translation>
    </message>
    <message>
        <location filename="../../ui/partners/form.py" line="56" />
        <source>Rechtskreise</source>
        <translation>Rechtskreise</translation>
    </message>
    <message>
        <location filename="../../ui/partners/form.py" line="57" />
        <source>Notizen</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../ui/partners/form.py" line="58" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ParticipantModel</name>
    <message>
        <location filename="../../ui/events/participant_model.py" line="32" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/events/participant_model.py" line="38" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/events/participant_model.py" line="42" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/events/participant_model.py" line="44" />
        <source>Stand</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location filename="../../ui/events/participant_model.py" line="49" />
        <source>Bescheinigung</source>
        <translation>Bescheinigung</translation>
    </message>
    <message>
        <location filename="../../ui/events/participant_model.py" line="55" />
        <source>Warteliste (Platz {n})</source>
        <translation>Warteliste (Platz {n})</translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <location filename="../../ui/events/participants.py" line="83" />
        <source>als „{s}“</source>
        <translation>als „{s}“</translation>
    </message>
    <message>
        <location filename="../../ui/events/participants.py" line="84" />
        <source>Hinzufügen</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/events/participants.py" line="91" />
        <source>Alle einer Organisation hinzufügen</source>
        <translation>Alle einer Organisation hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/events/participants.py" line="133" />
        <source>Die ausgewählten Personen auf „{s}“ setzen</source>
        <translation>Die ausgewählten Personen auf „{s}“ setzen</translation>
    </message>
    <message>
        <location filename="../../ui/events/participants.py" line="138" />
        <source>Entfernen</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/events/participants.py" line="141" />
        <source>Anwesenheit erfassen …</source>
        <translation>Anwesenheit erfassen …</translation>
    </message>
    <message>
        <location filename="../../ui/events/participants.py" line="143" />
        <source>Anwesenheit nach der Veranstaltung mit der Tastatur von der Papierliste</source>
        <translation>Anwesenheit nach der Veranstaltung mit der Tastatur von der Papierliste</translation>
    </message>
    <message>
        <location filename="../../ui/events/participants.py" line="207" />
        <source>Bitte wählen Sie links eine gespeicherte Veranstaltung.</source>
        <translation>Bitte wählen Sie links eine gespeicherte Veranstaltung.</translation>
    </message>
    <message>
        <location filename="../../ui/events/participants.py" line="211" />
        <source>Bei Veranstaltungen anderer Träger werden keine Teilnehmenden erfasst; wer vom Verbund dabei war, steht unter „Details“ bei „Teilgenommen haben“.</source>
        <translation>Bei Veranstaltungen anderer Träger werden keine Teilnehmenden erfasst; wer vom Verbund dabei war, steht unter „Details“ bei „Teilgenommen haben“.</translation>
    </message>
    <message>
        <location filename="../../ui/events/participants.py" line="218" />
        <source>Noch niemand auf der Liste. Suchen Sie oben eine Ansprechperson oder fügen Sie alle einer Organisation hinzu.</source>
        <translation>Noch niemand auf der Liste. Suchen Sie oben eine Ansprechperson oder fügen Sie alle einer Organisation hinzu.</translation>
    </message>
    <message>
        <location filename="../../ui/events/participants.py" line="240" />
        <source>Plätze: {taken} von {capacity} belegt, {free} frei</source>
        <translation>Plätze: {taken} von {capacity} belegt, {free} frei</translation>
    </message>
    <message>
        <location filename="../../ui/events/participants.py" line="244" />
        <source>Plätze: {taken} belegt, ohne Begrenzung</source>
        <translation>Plätze: {taken} belegt, ohne Begrenzung</translation>
    </message>
    <message>
        <location filename="../../ui/events/participants.py" line="271" />
        <source>Die Ansprechpersonen werden noch geladen. Bitte einen Moment Geduld.</source>
        <translation>Die Ansprechpersonen werden noch geladen. Bitte einen Moment Geduld.</translation>
    </message>
    <message>
        <location filename="../../ui/events/participants.py" line="278" />
        <source>Bitte wählen Sie eine Person aus der Vorschlagsliste (Name oder Organisation eintippen, dann mit den Pfeiltasten auswählen).</source>
        <translation>Bitte wählen Sie eine Person aus der Vorschlagsliste (Name oder Organisation eintippen, dann mit den Pfeiltasten auswählen).</translation>
    </message>
    <message>
        <location filename="../../ui/events/participants.py" line="297" />
        <source>{name} steht auf der Warteliste: alle Plätze sind belegt.</source>
        <translation>{name} steht auf der Warteliste: alle Plätze sind belegt.</translation>
    </message>
    <message>
        <location filename="../../ui/events/participants.py" line="300" />
        <source>{name} wurde als „{status}“ hinzugefügt.</source>
        <translation>{name} wurde als „{status}“ hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../../ui/events/participants.py" line="316" />
        <source>Alle aktiven Ansprechpersonen von {org} stehen bereits auf der Liste.</source>
        <translation>Alle aktiven Ansprechpersonen von {org} stehen bereits auf der Liste.</translation>
    </message>
    <message>
        <location filename="../../ui/events/participants.py" line="320" />
        <source>{n} von {org} hinzugefügt.</source>
        <translation>{n} von {org} hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../../ui/events/participants.py" line="322" />
        <source>Davon stehen {n} auf der Warteliste.</source>
        <translation>Davon stehen {n} auf der Warteliste.</translation>
    </message>
    <message>
        <location filename="../../ui/events/participants.py" line="331" />
        <source>Bitte wählen Sie zuerst eine oder mehrere Personen in der Liste aus.</source>
        <translation>Bitte wählen Sie zuerst eine oder mehrere Personen in der Liste aus.</translation>
    </message>
    <message>
        <location filename="../../ui/events/participants.py" line="361" />
        <source>Alle Plätze sind belegt: {names} steht auf der Warteliste.</source>
        <translation>Alle Plätze sind belegt: {names} steht auf der Warteliste.</translation>
    </message>
    <message>
        <location filename="../../ui/events/participants.py" line="368" />
        <source>{n} auf „{status}“ gesetzt.</source>
        <translation>{n} auf „{status}“ gesetzt.</translation>
    </message>
    <message>
        <location filename="../../ui/events/participants.py" line="376" />
        <source>1 Person</source>
        <translation>1 Person</translation>
    </message>
    <message>
        <location filename="../../ui/events/participants.py" line="376" />
        <source>{n} Personen</source>
        <translation>{n} Personen</translation>
    </message>
    <message>
        <location filename="../../ui/events/participants.py" line="381" />
        <source>{name} ist von der Warteliste nachgerückt.</source>
        <translation>{name} ist von der Warteliste nachgerückt.</translation>
    </message>
    <message>
        <location filename="../../ui/events/participants.py" line="382" />
        <source>{names} sind von der Warteliste nachgerückt.</source>
        <translation>{names} sind von der Warteliste nachgerückt.</translation>
    </message>
    <message>
        <location filename="../../ui/events/participants.py" line="390" />
        <source>Bitte wählen Sie zuerst die Personen aus, die Sie entfernen möchten.</source>
        <translation>Bitte wählen Sie zuerst die Personen aus, die Sie entfernen möchten.</translation>
    </message>
    <message>
        <location filename="../../ui/events/participants.py" line="394" />
        <source>{n} von der Liste dieser Veranstaltung entfernen?</source>
        <translation>{n} von der Liste dieser Veranstaltung entfernen?</translation>
    </message>
    <message>
        <location filename="../../ui/events/participants.py" line="397" />
        <source>Teilnahme entfernen</source>
        <translation>Teilnahme entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/events/participants.py" line="410" />
        <source>{n} entfernt.</source>
        <translation>{n} entfernt.</translation>
    </message>
    <message>
        <location filename="../../ui/events/participants.py" line="440" />
        <source>Auf „{s}“ setzen</source>
        <translation>Auf „{s}“ setzen</translation>
    </message>
    <message>
        <location filename="../../ui/events/participants.py" line="443" />
        <source>Von der Liste entfernen</source>
        <translation>Von der Liste entfernen</translation>
    </message>
</context>
<context>
    <name>PartnerFilters</name>
    <message>
        <location filename="../../ui/partners/filters.py" line="29" />
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../ui/partners/filters.py" line="33" />
        <source>Suchen: Name, Ort, Art, Rechtskreis …</source>
        <translation>Suchen: Name, Ort, Art, Rechtskreis …</translation>
    </message>
    <message>
        <location filename="../../ui/partners/filters.py" line="39" />
        <source>Alle Arten</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <location filename="../../ui/partners/filters.py" line="40" />
        <source>Alle Rechtskreise</source>
        <translation>Alle Rechtskreise</translation>
    </message>
    <message>
        <location filename="../../ui/partners/filters.py" line="41" />
        <source>Alle Rollen</source>
        <translation>Alle Rollen</translation>
    </message>
    <message>
        <location filename="../../ui/partners/filters.py" line="43" />
        <source>Aktive und inaktive</source>
        <translation>Aktive und inaktive</translation>
    </message>
    <message>
        <location filename="../../ui/partners/filters.py" line="44" />
        <source>nur aktive</source>
        <translation>nur aktive</translation>
    </message>
    <message>
        <location filename="../../ui/partners/filters.py" line="44" />
        <source>nur inaktive</source>
        <translation>nur inaktive</translation>
    </message>
    <message>
        <location filename="../../ui/partners/filters.py" line="46" />
        <source>Filter:</source>
        <translation>Filter:</translation>
    </message>
</context>
<context>
    <name>PartnerPicker</name>
    <message>
        <location filename="../../ui/cases/partner_picker.py" line="33" />
        <source>Partner: Namen eingeben …</source>
        <translation>Partner: Namen eingeben …</translation>
    </message>
</context>
<context>
    <name>PartnersPage</name>
    <message>
        <location filename="../../ui/partners/page.py" line="74" />
        <location filename="../../ui/partners/page.py" line="136" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/partners/page.py" line="75" />
        <source>Art</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../ui/partners/page.py" line="76" />
        <source>Ort</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../ui/partners/page.py" line="77" />
        <source>Rechtskreise</source>
        <translation>Rechtskreise</translation>
    </message>
    <message>
        <location filename="../../ui/partners/page.py" line="78" />
        <source>Rolle</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../ui/partners/page.py" line="80" />
        <source>Personen</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../ui/partners/page.py" line="86" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/partners/page.py" line="86" />
        <source>aktiv</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location filename="../../ui/partners/page.py" line="86" />
        <source>inaktiv</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <location filename="../../ui/partners/page.py" line="326" />
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../ui/partners/page.py" line="100" />
        <location filename="../../ui/partners/page.py" line="265" />
        <source>Neuer Partner</source>
        <translation>Neuer Partner</translation>
    </message>
    <message>
        <location filename="../../ui/partners/page.py" line="115" />
        <source>Wählen Sie links einen Partner aus, um ihn anzusehen und zu bearbeiten, oder legen Sie mit „Neuer Partner“ (Strg+N) einen an.</source>
        <translation>Wählen Sie links einen Partner aus, um ihn anzusehen und zu bearbeiten, oder legen Sie mit „Neuer Partner“ (Strg+N) einen an.</translation>
    </message>
    <message>
        <location filename="../../ui/partners/page.py" line="131" />
        <source>Stammdaten</source>
        <translation>Stammdaten</translation>
    </message>
    <message>
        <location filename="../../ui/partners/page.py" line="133" />
        <source>Leistungsangebote</source>
        <translation>Leistungsangebote</translation>
    </message>
    <message>
        <location filename="../../ui/partners/page.py" line="137" />
        <source>Funktion</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../ui/partners/page.py" line="138" />
        <source>Telefon (direkt)</source>
        <translation>Telefon (direkt)</translation>
    </message>
    <message>
        <location filename="../../ui/partners/page.py" line="139" />
        <source>E-Mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/partners/page.py" line="148" />
        <source>Neue Ansprechperson hier…</source>
        <translation>Neue Ansprechperson hier…</translation>
    </message>
    <message>
        <location filename="../../ui/partners/page.py" line="149" />
        <source>Legt auf der Seite „Ansprechpersonen“ eine Person an.</source>
        <translation>Legt auf der Seite „Ansprechpersonen“ eine Person an.</translation>
    </message>
    <message>
        <location filename="../../ui/partners/page.py" line="152" />
        <source>Ansprechpersonen</source>
        <translation>Ansprechpersonen</translation>
    </message>
    <message>
        <location filename="../../ui/partners/page.py" line="155" />
        <source>Speichern</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../ui/partners/page.py" line="156" />
        <source>Verwerfen</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location filename="../../ui/partners/page.py" line="157" />
        <location filename="../../ui/partners/page.py" line="267" />
        <source>Deaktivieren</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <location filename="../../ui/partners/page.py" line="158" />
        <source>Löschen</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../ui/partners/page.py" line="164" />
        <source>Änderungen speichern (Strg+S)</source>
        <translation>Änderungen speichern (Strg+S)</translation>
    </message>
    <message>
        <location filename="../../ui/partners/page.py" line="189" />
        <source>Die Änderungen an diesem Partner sind noch nicht gespeichert. Speichern?</source>
        <translation>Die Änderungen an diesem Partner sind noch nicht gespeichert. Speichern?</translation>
    </message>
    <message>
        <location filename="../../ui/partners/page.py" line="212" />
        <source>Noch keine Partner erfasst. „Neuer Partner“ legt den ersten an.</source>
        <translation>Noch keine Partner erfasst. „Neuer Partner“ legt den ersten an.</translation>
    </message>
    <message>
        <location filename="../../ui/partners/page.py" line="215" />
        <source>Kein Partner passt zu Suche und Filtern. Ändern Sie den Suchbegriff oder setzen Sie die Filter auf „Alle“.</source>
        <translation>Kein Partner passt zu Suche und Filtern. Ändern Sie den Suchbegriff oder setzen Sie die Filter auf „Alle“.</translation>
    </message>
    <message>
        <location filename="../../ui/partners/page.py" line="219" />
        <source>{shown} von {total} Partnern</source>
        <translation>{shown} von {total} Partnern</translation>
    </message>
    <message>
        <location filename="../../ui/partners/page.py" line="254" />
        <source>Ansprechpersonen ({count})</source>
        <translation>Ansprechpersonen ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/partners/page.py" line="257" />
        <source>Leistungsangebote ({count})</source>
        <translation>Leistungsangebote ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/partners/page.py" line="267" />
        <source>Aktivieren</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <location filename="../../ui/partners/page.py" line="311" />
        <source>Partner „{name}“ gespeichert.</source>
        <translation>Partner „{name}“ gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/partners/page.py" line="337" />
        <source>Den Partner „{name}“ endgültig löschen?</source>
        <translation>Den Partner „{name}“ endgültig löschen?</translation>
    </message>
    <message>
        <location filename="../../ui/partners/page.py" line="338" />
        <location filename="../../ui/partners/page.py" line="343" />
        <source>Partner löschen</source>
        <translation>Partner löschen</translation>
    </message>
    <message>
        <location filename="../../ui/partners/page.py" line="347" />
        <source>Partner „{name}“ gelöscht.</source>
        <translation>Partner „{name}“ gelöscht.</translation>
    </message>
</context>
<context>
    <name>PeriodChooser</name>
    <message>
        <location filename="../../ui/reports/period.py" line="42" />
        <source>Jahr</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location filename="../../ui/reports/period.py" line="43" />
        <source>Halbjahr</source>
        <translation>Halbjahr</translation>
    </message>
    <message>
        <location filename="../../ui/reports/period.py" line="44" />
        <source>Quartal</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <location filename="../../ui/reports/period.py" line="45" />
        <source>frei</source>
        <translation>frei</translation>
    </message>
    <message>
        <location filename="../../ui/reports/period.py" line="58" />
        <source>Zeitraum:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/period.py" line="72" />
        <source>1. Halbjahr</source>
        <translation>1. Halbjahr</translation>
    </message>
    <message>
        <location filename="../../ui/reports/period.py" line="72" />
        <source>2. Halbjahr</source>
        <translation>2. Halbjahr</translation>
    </message>
    <message>
        <location filename="../../ui/reports/period.py" line="74" />
        <source>%1. Quartal</source>
        <translation>%1. Quartal</translation>
    </message>
</context>
<context>
    <name>PersonChoiceDialog</name>
    <message>
        <location filename="../../ui/privacy_actions.py" line="57" />
        <source>Auskunft über eine Person</source>
        <translation>Auskunft über eine Person</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_actions.py" line="66" />
        <source>Die Auskunft enthält alles, was über die Person gespeichert ist (Art. 15 und 20 DSGVO), und keine Daten anderer Personen. Sie wird im Protokoll als Weitergabe vermerkt.</source>
        <translation>Die Auskunft enthält alles, was über die Person gespeichert ist (Art. 15 und 20 DSGVO), und keine Daten anderer Personen. Sie wird im Protokoll als Weitergabe vermerkt.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../ui/import_preview.py" line="222" />
        <location filename="../../ui/import_preview.py" line="283" />
        <source>Vorschau</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="223" />
        <source>Noch wurde nichts gespeichert.</source>
        <translation>Noch wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="232" />
        <source>Zeile korrigieren …</source>
        <translation>Zeile korrigieren …</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="234" />
        <source>Zeile überspringen / wieder aufnehmen</source>
        <translation>Zeile überspringen / wieder aufnehmen</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="236" />
        <source>Dublette entscheiden …</source>
        <translation>Dublette entscheiden …</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="238" />
        <source>Übrige Dubletten überspringen</source>
        <translation>Übrige Dubletten überspringen</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="240" />
        <source>Fehlerbericht speichern …</source>
        <translation>Fehlerbericht speichern …</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="242" />
        <source>Fehlerhafte Zeilen überspringen</source>
        <translation>Fehlerhafte Zeilen überspringen</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="244" />
        <source>Nur Fehler und Dubletten zeigen</source>
        <translation>Nur Fehler und Dubletten zeigen</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="246" />
        <source>Unveränderte ausblenden</source>
        <translation>Unveränderte ausblenden</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="274" />
        <source>Die Vorschau wird berechnet …</source>
        <translation>Die Vorschau wird berechnet …</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="300" />
        <source>Bitte entscheiden Sie bei jeder möglichen Dublette (Doppelklick), ob es dieselbe Person ist; erst dann kann importiert werden.</source>
        <translation>Bitte entscheiden Sie bei jeder möglichen Dublette (Doppelklick), ob es dieselbe Person ist; erst dann kann importiert werden.</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="372" />
        <source>Fehlerbericht speichern</source>
        <translation>Fehlerbericht speichern</translation>
    </message>
</context>
<context>
    <name>ReferralForm</name>
    <message>
        <location filename="../../ui/cases/referral_form.py" line="66" />
        <source>Verweis bearbeiten</source>
        <translation>Verweis bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/cases/referral_form.py" line="66" />
        <source>Neuer Verweis</source>
        <translation>Neuer Verweis</translation>
    </message>
    <message>
        <location filename="../../ui/cases/referral_form.py" line="76" />
        <source>warme Übergabe (persönlich begleitet)</source>
        <translation>warme Übergabe (persönlich begleitet)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/referral_form.py" line="78" />
        <source>keine</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../../ui/cases/referral_form.py" line="80" />
        <source>in 1 Woche</source>
        <translation>in 1 Woche</translation>
    </message>
    <message>
        <location filename="../../ui/cases/referral_form.py" line="80" />
        <source>in {n} Wochen</source>
        <translation>in {n} Wochen</translation>
    </message>
    <message>
        <location filename="../../ui/cases/referral_form.py" line="82" />
        <source>am Datum …</source>
        <translation>am Datum …</translation>
    </message>
    <message>
        <location filename="../../ui/cases/referral_form.py" line="96" />
        <source>Datum</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/cases/referral_form.py" line="97" />
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../ui/cases/referral_form.py" line="98" />
        <source>Anliegen</source>
        <translation>Anliegen</translation>
    </message>
    <message>
        <location filename="../../ui/cases/referral_form.py" line="100" />
        <source>Wiedervorlage</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <location filename="../../ui/cases/referral_form.py" line="101" />
        <source>Wiedervorlage am</source>
        <translation>Wiedervorlage am</translation>
    </message>
    <message>
        <location filename="../../ui/cases/referral_form.py" line="102" />
        <source>Notiz</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../ui/cases/referral_form.py" line="107" />
        <source>Speichern</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../ui/cases/referral_form.py" line="108" />
        <source>Speichern (Eingabe)</source>
        <translation>Speichern (Eingabe)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/referral_form.py" line="110" />
        <source>Abbrechen</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/cases/referral_form.py" line="115" />
        <source>Passende Angebote der Partner</source>
        <translation>Passende Angebote der Partner</translation>
    </message>
    <message>
        <location filename="../../ui/cases/referral_form.py" line="193" />
        <source>Mehrere Partner passen zu diesem Text: bitte weitertippen oder einen aus der Liste wählen.</source>
        <translation>Mehrere Partner passen zu diesem Text: bitte weitertippen oder einen aus der Liste wählen.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/referral_form.py" line="197" />
        <source>Bitte einen Partner wählen: einige Buchstaben des Namens tippen.</source>
        <translation>Bitte einen Partner wählen: einige Buchstaben des Namens tippen.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ui/reports/page.py" line="126" />
        <source>Bericht erstellen</source>
        <translation>Bericht erstellen</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="127" />
        <source>Soll und Texte speichern</source>
        <translation>Soll und Texte speichern</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="128" />
        <source>Als Excel speichern</source>
        <translation>Als Excel speichern</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="129" />
        <source>Als PDF speichern</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="135" />
        <source>Wählen Sie einen Zeitraum und klicken Sie auf „Bericht erstellen“.</source>
        <translation>Wählen Sie einen Zeitraum und klicken Sie auf „Bericht erstellen“.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="167" />
        <source>Das Enddatum liegt vor dem Anfangsdatum. Bitte wählen Sie ein späteres Enddatum.</source>
        <translation>Das Enddatum liegt vor dem Anfangsdatum. Bitte wählen Sie ein späteres Enddatum.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="175" />
        <source>Die Berichtsfunktion ist in dieser Installation noch nicht enthalten. Bitte aktualisieren Sie Aktif Desktop.</source>
        <translation>Die Berichtsfunktion ist in dieser Installation noch nicht enthalten. Bitte aktualisieren Sie Aktif Desktop.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="180" />
        <source>Der Bericht wird erstellt …</source>
        <translation>Der Bericht wird erstellt …</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="198" />
        <source>Bericht für %1. Soll-Werte können Sie in der Spalte „Soll“ eintragen.</source>
        <translation>Bericht für %1. Soll-Werte können Sie in der Spalte „Soll“ eintragen.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="223" />
        <source>Für diesen Bereich liegen keine Zahlen vor.</source>
        <translation>Für diesen Bereich liegen keine Zahlen vor.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="269" />
        <source>Sachbericht</source>
        <translation>Sachbericht</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="302" />
        <source>Soll-Werte und Texte können in dieser Installation noch nicht gespeichert werden; sie stehen aber in den Dateien, die Sie jetzt speichern.</source>
        <translation>Soll-Werte und Texte können in dieser Installation noch nicht gespeichert werden; sie stehen aber in den Dateien, die Sie jetzt speichern.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="317" />
        <source>Speichern nicht möglich.</source>
        <translation>Speichern nicht möglich.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="321" />
        <source>Soll-Werte und Texte sind gespeichert.</source>
        <translation>Soll-Werte und Texte sind gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="332" />
        <source>Excel-Arbeitsmappe (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="334" />
        <source>PDF-Dokument (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="337" />
        <source>Bericht speichern</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="366" />
        <source>Die Datei wird geschrieben …</source>
        <translation>Die Datei wird geschrieben …</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="372" />
        <source>Gespeichert: %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../../ui/cases/request_dialog.py" line="29" />
        <source>z. B. Kontoauszüge der letzten drei Monate</source>
        <translation>z. B. Kontoauszüge der letzten drei Monate</translation>
    </message>
    <message>
        <location filename="../../ui/cases/request_dialog.py" line="31" />
        <source>Was wird gefragt?</source>
        <translation>Was wird gefragt?</translation>
    </message>
    <message>
        <location filename="../../ui/cases/request_dialog.py" line="32" />
        <source>Frist</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../ui/cases/request_dialog.py" line="36" />
        <source>Übernehmen</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <location filename="../../ui/cases/request_dialog.py" line="37" />
        <source>Abbrechen</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/cases/request_dialog.py" line="46" />
        <source>Bitte eintragen, was gefragt wird.</source>
        <translation>Bitte eintragen, was gefragt wird.</translation>
    </message>
</context>
<context>
    <name>ResultDialog</name>
    <message>
        <location filename="../../ui/cases/result_dialog.py" line="19" />
        <source>Verweis abschließen</source>
        <translation>Verweis abschließen</translation>
    </message>
    <message>
        <location filename="../../ui/cases/result_dialog.py" line="22" />
        <source>Was ist aus dem Verweis „{what}“ geworden?</source>
        <translation>Was ist aus dem Verweis „{what}“ geworden?</translation>
    </message>
    <message>
        <location filename="../../ui/cases/result_dialog.py" line="27" />
        <source>(noch) nicht bekannt</source>
        <translation>(noch) nicht bekannt</translation>
    </message>
    <message>
        <location filename="../../ui/cases/result_dialog.py" line="33" />
        <source>Abschließen</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <location filename="../../ui/cases/result_dialog.py" line="34" />
        <source>Abbrechen</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <location filename="../../ui/retention_dialog.py" line="64" />
        <source>Löschfristen</source>
        <translation>Löschfristen</translation>
    </message>
    <message>
        <location filename="../../ui/retention_dialog.py" line="71" />
        <location filename="../../ui/retention_dialog.py" line="77" />
        <source> Monate</source>
        <translation> Monate</translation>
    </message>
    <message>
        <location filename="../../ui/retention_dialog.py" line="81" />
        <source>Als Standard speichern</source>
        <translation>Als Standard speichern</translation>
    </message>
    <message>
        <location filename="../../ui/retention_dialog.py" line="103" />
        <source>Anonymisieren (empfohlen): Teilnahmen bleiben ohne Namen für die Statistik erhalten</source>
        <translation>Anonymisieren (empfohlen): Teilnahmen bleiben ohne Namen für die Statistik erhalten</translation>
    </message>
    <message>
        <location filename="../../ui/retention_dialog.py" line="110" />
        <source>Löschen: Teilnahmen werden gelöscht (mit Bescheinigung nur anonymisiert, damit das Nummernregister vollständig bleibt)</source>
        <translation>Löschen: Teilnahmen werden gelöscht (mit Bescheinigung nur anonymisiert, damit das Nummernregister vollständig bleibt)</translation>
    </message>
    <message>
        <location filename="../../ui/retention_dialog.py" line="119" />
        <source>Jetzt löschen …</source>
        <translation>Jetzt löschen …</translation>
    </message>
    <message>
        <location filename="../../ui/retention_dialog.py" line="126" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/retention_dialog.py" line="128" />
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../ui/retention_dialog.py" line="133" />
        <source>Letzte Aktivität</source>
        <translation>Letzte Aktivität</translation>
    </message>
    <message>
        <location filename="../../ui/retention_dialog.py" line="138" />
        <source>Teilnahmen</source>
        <translation>Teilnahmen</translation>
    </message>
    <message>
        <location filename="../../ui/retention_dialog.py" line="148" />
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/retention_dialog.py" line="151" />
        <source>Veranstaltung</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../ui/retention_dialog.py" line="156" />
        <source>Datum</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/retention_dialog.py" line="158" />
        <source>Bescheinigung</source>
        <translation>Bescheinigung</translation>
    </message>
    <message>
        <location filename="../../ui/retention_dialog.py" line="166" />
        <source>Familie</source>
        <translation>Familie</translation>
    </message>
    <message>
        <location filename="../../ui/retention_dialog.py" line="167" />
        <source>Verweise</source>
        <translation>Verweise</translation>
    </message>
    <message>
        <location filename="../../ui/retention_dialog.py" line="169" />
        <source>Letzter Abschluss</source>
        <translation>Letzter Abschluss</translation>
    </message>
    <message>
        <location filename="../../ui/retention_dialog.py" line="173" />
        <source>Anträge</source>
        <translation>Anträge</translation>
    </message>
    <message>
        <location filename="../../ui/retention_dialog.py" line="174" />
        <source>Wiedervorlagen</source>
        <translation>Wiedervorlagen</translation>
    </message>
    <message>
        <location filename="../../ui/retention_dialog.py" line="180" />
        <source>Personenbezogene Daten werden nur so lange gespeichert, wie sie gebraucht werden. Hier sehen Sie Ansprechpersonen und Teilnahmen ohne Aktivität seit der Löschfrist. Beim Löschen werden die Ansprechpersonen entfernt; Sicherungen, die älter als die Frist sind, werden ebenfalls gelöscht. Protokolliert werden nur die Anzahlen.</source>
        <translation>Personenbezogene Daten werden nur so lange gespeichert, wie sie gebraucht werden. Hier sehen Sie Ansprechpersonen und Teilnahmen ohne Aktivität seit der Löschfrist. Beim Löschen werden die Ansprechpersonen entfernt; Sicherungen, die älter als die Frist sind, werden ebenfalls gelöscht. Protokolliert werden nur die Anzahlen.</translation>
    </message>
    <message>
        <location filename="../../ui/retention_dialog.py" line="190" />
        <source>Löschfrist:</source>
        <translation>Löschfrist:</translation>
    </message>
    <message>
        <location filename="../../ui/retention_dialog.py" line="192" />
        <source>Familien:</source>
        <translation>Familien:</translation>
    </message>
    <message>
        <location filename="../../ui/retention_dialog.py" line="215" />
        <source>Familien (%1)</source>
        <translation>Familien (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/retention_dialog.py" line="219" />
        <source>Ansprechpersonen (%1)</source>
        <translation>Ansprechpersonen (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/retention_dialog.py" line="222" />
        <source>Teilnahmen (%1)</source>
        <translation>Teilnahmen (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/retention_dialog.py" line="232" />
        <source>Löschfrist</source>
        <translation>Löschfrist</translation>
    </message>
    <message>
        <location filename="../../ui/retention_dialog.py" line="235" />
        <source>Die Löschfrist von %1 Monaten ist gespeichert.</source>
        <translation>Die Löschfrist von %1 Monaten ist gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/retention_dialog.py" line="247" />
        <source>gelöscht</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <location filename="../../ui/retention_dialog.py" line="247" />
        <source>anonymisiert</source>
        <translation>anonymisiert</translation>
    </message>
    <message>
        <location filename="../../ui/retention_dialog.py" line="253" />
        <source>Die Ansprechpersonen werden gelöscht, die Teilnahmen %1, die Familien mit allen Verweisen, Anträgen und Wiedervorlagen gelöscht. Das kann nicht rückgängig gemacht werden. Fortfahren?</source>
        <translation>Die Ansprechpersonen werden gelöscht, die Teilnahmen %1, die Familien mit allen Verweisen, Anträgen und Wiedervorlagen gelöscht. Das kann nicht rückgängig gemacht werden. Fortfahren?</translation>
    </message>
    <message>
        <location filename="../../ui/retention_dialog.py" line="274" />
        <source>Löschen bestätigen</source>
        <translation>Löschen bestätigen</translation>
    </message>
    <message>
        <location filename="../../ui/retention_dialog.py" line="310" />
        <source>Löschlauf abgeschlossen</source>
        <translation>Löschlauf abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../ui/retention_dialog.py" line="316" />
        <source>Löschlauf nicht möglich</source>
        <translation>Löschlauf nicht möglich</translation>
    </message>
</context>
<context>
    <name>RetentionSettingsBox</name>
    <message>
        <location filename="../../ui/retention_settings.py" line="22" />
        <source>Aufbewahrung und Sicherungen</source>
        <translation>Aufbewahrung und Sicherungen</translation>
    </message>
    <message>
        <location filename="../../ui/retention_settings.py" line="24" />
        <location filename="../../ui/retention_settings.py" line="25" />
        <source> Monate</source>
        <translation> Monate</translation>
    </message>
    <message>
        <location filename="../../ui/retention_settings.py" line="29" />
        <source>Löschfrist ohne Aktivität</source>
        <translation>Löschfrist ohne Aktivität</translation>
    </message>
    <message>
        <location filename="../../ui/retention_settings.py" line="30" />
        <source>Löschfrist Familien nach Abschluss</source>
        <translation>Löschfrist Familien nach Abschluss</translation>
    </message>
    <message>
        <location filename="../../ui/retention_settings.py" line="31" />
        <source>Tägliche Sicherungen behalten</source>
        <translation>Tägliche Sicherungen behalten</translation>
    </message>
    <message>
        <location filename="../../ui/retention_settings.py" line="32" />
        <source>Wöchentliche Sicherungen behalten</source>
        <translation>Wöchentliche Sicherungen behalten</translation>
    </message>
    <message>
        <location filename="../../ui/retention_settings.py" line="33" />
        <source>Monatliche Sicherungen behalten</source>
        <translation>Monatliche Sicherungen behalten</translation>
    </message>
    <message>
        <location filename="../../ui/retention_settings.py" line="36" />
        <source>Ansprechpersonen und Teilnahmen ohne Aktivität in dieser Zeit schlägt „Datenschutz → Löschfristen prüfen“ zum Anonymisieren oder Löschen vor; Familien werden so lange nach ihrem letzten abgeschlossenen Verweis oder Antrag mit allem gelöscht, was zu ihnen gehört. Gelöscht wird nur nach Ihrer Bestätigung.</source>
        <translation>Ansprechpersonen und Teilnahmen ohne Aktivität in dieser Zeit schlägt „Datenschutz → Löschfristen prüfen“ zum Anonymisieren oder Löschen vor; Familien werden so lange nach ihrem letzten abgeschlossenen Verweis oder Antrag mit allem gelöscht, was zu ihnen gehört. Gelöscht wird nur nach Ihrer Bestätigung.</translation>
    </message>
</context>
<context>
    <name>ServerForm</name>
    <message>
        <location filename="../../ui/server_form.py" line="41" />
        <source>Ohne Verschlüsselung (disable)</source>
        <translation>Ohne Verschlüsselung (disable)</translation>
    </message>
    <message>
        <location filename="../../ui/server_form.py" line="43" />
        <source>Verschlüsselt nur, wenn der Server es will (allow)</source>
        <translation>Verschlüsselt nur, wenn der Server es will (allow)</translation>
    </message>
    <message>
        <location filename="../../ui/server_form.py" line="45" />
        <source>Verschlüsselt, wenn möglich (prefer)</source>
        <translation>Verschlüsselt, wenn möglich (prefer)</translation>
    </message>
    <message>
        <location filename="../../ui/server_form.py" line="46" />
        <source>Immer verschlüsselt (require)</source>
        <translation>Immer verschlüsselt (require)</translation>
    </message>
    <message>
        <location filename="../../ui/server_form.py" line="48" />
        <source>Verschlüsselt, Zertifikat geprüft (verify-ca)</source>
        <translation>Verschlüsselt, Zertifikat geprüft (verify-ca)</translation>
    </message>
    <message>
        <location filename="../../ui/server_form.py" line="51" />
        <source>Verschlüsselt, Zertifikat und Rechnername geprüft (verify-full)</source>
        <translation>Verschlüsselt, Zertifikat und Rechnername geprüft (verify-full)</translation>
    </message>
    <message>
        <location filename="../../ui/server_form.py" line="69" />
        <source>zum Beispiel server.verbund.local</source>
        <translation>zum Beispiel server.verbund.local</translation>
    </message>
    <message>
        <location filename="../../ui/server_form.py" line="74" />
        <source>zum Beispiel aktif</source>
        <translation>zum Beispiel aktif</translation>
    </message>
    <message>
        <location filename="../../ui/server_form.py" line="76" />
        <source>Ihr Benutzername auf dem Datenbankserver</source>
        <translation>Ihr Benutzername auf dem Datenbankserver</translation>
    </message>
    <message>
        <location filename="../../ui/server_form.py" line="83" />
        <source>leer lassen: gespeichertes Passwort oder Frage</source>
        <translation>leer lassen: gespeichertes Passwort oder Frage</translation>
    </message>
    <message>
        <location filename="../../ui/server_form.py" line="85" />
        <source>Passwort in der Passwortablage von Windows speichern</source>
        <translation>Passwort in der Passwortablage von Windows speichern</translation>
    </message>
    <message>
        <location filename="../../ui/server_form.py" line="92" />
        <source>Auf diesem Rechner gibt es keine Passwortablage, die Aktif Desktop nutzen kann. Das Passwort gilt dann nur bis zum Beenden des Programms.</source>
        <translation>Auf diesem Rechner gibt es keine Passwortablage, die Aktif Desktop nutzen kann. Das Passwort gilt dann nur bis zum Beenden des Programms.</translation>
    </message>
    <message>
        <location filename="../../ui/server_form.py" line="96" />
        <source>Rechner:</source>
        <translation>Rechner:</translation>
    </message>
    <message>
        <location filename="../../ui/server_form.py" line="97" />
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location filename="../../ui/server_form.py" line="98" />
        <source>Datenbank:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <location filename="../../ui/server_form.py" line="99" />
        <source>Benutzer:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <location filename="../../ui/server_form.py" line="100" />
        <source>TLS-Modus:</source>
        <translation>TLS-Modus:</translation>
    </message>
    <message>
        <location filename="../../ui/server_form.py" line="101" />
        <source>Passwort:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <location filename="../../ui/server_form.py" line="105" />
        <source>Das Passwort wird nie als Text gespeichert: nur in der Passwortablage, wenn Sie das ankreuzen, sonst gilt es bis zum Beenden des Programms.</source>
        <translation>Das Passwort wird nie als Text gespeichert: nur in der Passwortablage, wenn Sie das ankreuzen, sonst gilt es bis zum Beenden des Programms.</translation>
    </message>
    <message>
        <location filename="../../ui/server_form.py" line="120" />
        <source>Bitte geben Sie den Rechner des Datenbankservers an.</source>
        <translation>Bitte geben Sie den Rechner des Datenbankservers an.</translation>
    </message>
    <message>
        <location filename="../../ui/server_form.py" line="122" />
        <source>Bitte geben Sie den Namen der Datenbank an.</source>
        <translation>Bitte geben Sie den Namen der Datenbank an.</translation>
    </message>
</context>
<context>
    <name>ServerTargetDialog</name>
    <message>
        <location filename="../../ui/transfer_actions.py" line="50" />
        <source>Auf den Server übertragen</source>
        <translation>Auf den Server übertragen</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_actions.py" line="54" />
        <source>Die geöffnete Datei „%1“ wird vollständig in eine leere Datenbank auf dem Server kopiert (alle Einträge, der Verlauf und die Einstellungen). Die Datei selbst bleibt unverändert.</source>
        <translation>Die geöffnete Datei „%1“ wird vollständig in eine leere Datenbank auf dem Server kopiert (alle Einträge, der Verlauf und die Einstellungen). Die Datei selbst bleibt unverändert.</translation>
    </message>
    <message>
        <location filename="../../ui/transfer_actions.py" line="73" />
        <source>Übertragen</source>
        <translation>Übertragen</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <location filename="../../ui/partners/offers.py" line="80" />
        <source>Leistungsangebot bearbeiten</source>
        <translation>Leistungsangebot bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/partners/offers.py" line="80" />
        <source>Neues Leistungsangebot</source>
        <translation>Neues Leistungsangebot</translation>
    </message>
    <message>
        <location filename="../../ui/partners/offers.py" line="88" />
        <source>– keine –</source>
        <translation>– keine –</translation>
    </message>
    <message>
        <location filename="../../ui/partners/offers.py" line="96" />
        <source>Bezeichnung</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location filename="../../ui/partners/offers.py" line="97" />
        <source>Zielgruppe</source>
        <translation>Zielgruppe</translation>
    </message>
    <message>
        <location filename="../../ui/partners/offers.py" line="98" />
        <source>Ansprechperson</source>
        <translation>Ansprechperson</translation>
    </message>
    <message>
        <location filename="../../ui/partners/offers.py" line="99" />
        <source>Anliegen</source>
        <translation>Anliegen</translation>
    </message>
    <message>
        <location filename="../../ui/partners/offers.py" line="100" />
        <source>Rechtskreise</source>
        <translation>Rechtskreise</translation>
    </message>
    <message>
        <location filename="../../ui/partners/offers.py" line="101" />
        <source>Beschreibung</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/settings_page.py" line="47" />
        <source>Einstellungen</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="52" />
        <source>Verbund und Bescheinigungen</source>
        <translation>Verbund und Bescheinigungen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="57" />
        <source>Logo wählen…</source>
        <translation>Logo wählen…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="59" />
        <source>Entfernen</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="61" />
        <location filename="../../ui/settings_page.py" line="241" />
        <source>kein Logo</source>
        <translation>kein Logo</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="82" />
        <source>Name des Verbundes</source>
        <translation>Name des Verbundes</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="83" />
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="85" />
        <source>Unterzeichnende Person</source>
        <translation>Unterzeichnende Person</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="87" />
        <source>Funktion</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="88" />
        <source>Ausstellungsort</source>
        <translation>Ausstellungsort</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="90" />
        <source>Bescheinigungstext</source>
        <translation>Bescheinigungstext</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="92" />
        <source>Förderhinweis</source>
        <translation>Förderhinweis</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="101" />
        <source>Einstellungen speichern</source>
        <translation>Einstellungen speichern</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="127" />
        <source>Datenbank</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="135" />
        <source>Alle Daten liegen in dieser einen Datei. Eine andere Datei öffnen Sie z. B. für einen zweiten Verbund; eine neue Datei beginnt leer.</source>
        <translation>Alle Daten liegen in dieser einen Datei. Eine andere Datei öffnen Sie z. B. für einen zweiten Verbund; eine neue Datei beginnt leer.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="143" />
        <source>Andere Datenbank öffnen…</source>
        <translation>Andere Datenbank öffnen…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="144" />
        <source>Neue Datenbank anlegen…</source>
        <translation>Neue Datenbank anlegen…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="155" />
        <source>Ungespeicherte Änderungen</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="175" />
        <source>Datenbankdatei: {path}</source>
        <translation>Datenbankdatei: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="175" />
        <source>keine</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="186" />
        <source>Die Einstellungen sind noch nicht gespeichert. Speichern?</source>
        <translation>Die Einstellungen sind noch nicht gespeichert. Speichern?</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="218" />
        <source>Gespeichert.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="225" />
        <source>Logo wählen</source>
        <translation>Logo wählen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="227" />
        <source>Bilder (*.png *.jpg *.jpeg *.svg);;Alle Dateien (*)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.svg);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="239" />
        <source>Datei nicht lesbar: {path}</source>
        <translation>Datei nicht lesbar: {path}</translation>
    </message>
</context>
<context>
    <name>SheetPicker</name>
    <message>
        <location filename="../../ui/stamp_labels_dialog.py" line="72" />
        <source>Startposition auf dem Etikettenbogen</source>
        <translation>Startposition auf dem Etikettenbogen</translation>
    </message>
    <message>
        <location filename="../../ui/stamp_labels_dialog.py" line="75" />
        <source>Klicken Sie auf das erste freie Etikett des Bogens (oder wählen Sie es mit den Pfeiltasten). Graue Etiketten sind schon verbraucht.</source>
        <translation>Klicken Sie auf das erste freie Etikett des Bogens (oder wählen Sie es mit den Pfeiltasten). Graue Etiketten sind schon verbraucht.</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <location filename="../../ui/single_instance.py" line="141" />
        <source>Aktif Desktop läuft bereits</source>
        <translation>Aktif Desktop läuft bereits</translation>
    </message>
    <message>
        <location filename="../../ui/single_instance.py" line="142" />
        <source>Aktif Desktop ist mit dieser Datenbank bereits geöffnet, reagiert aber nicht. Bitte schließen Sie das andere Fenster oder beenden Sie Aktif Desktop im Task-Manager und starten Sie es dann neu.</source>
        <translation>Aktif Desktop ist mit dieser Datenbank bereits geöffnet, reagiert aber nicht. Bitte schließen Sie das andere Fenster oder beenden Sie Aktif Desktop im Task-Manager und starten Sie es dann neu.</translation>
    </message>
</context>
<context>
    <name>StaleDialog</name>
    <message>
        <location filename="../../ui/widgets/stale_dialog.py" line="71" />
        <source>Inzwischen geändert</source>
        <translation>Inzwischen geändert</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stale_dialog.py" line="81" />
        <source>Feld</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stale_dialog.py" line="81" />
        <source>Gespeichert</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stale_dialog.py" line="81" />
        <source>Ihr Wert</source>
        <translation>Ihr Wert</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stale_dialog.py" line="81" />
        <source>Übernehmen</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stale_dialog.py" line="91" />
        <source>gespeicherten Wert</source>
        <translation>gespeicherten Wert</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stale_dialog.py" line="92" />
        <source>meinen Wert</source>
        <translation>meinen Wert</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stale_dialog.py" line="100" />
        <source>Ihre Werte stimmen mit dem gespeicherten Stand überein.</source>
        <translation>Ihre Werte stimmen mit dem gespeicherten Stand überein.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stale_dialog.py" line="105" />
        <source>Auswahl speichern</source>
        <translation>Auswahl speichern</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stale_dialog.py" line="108" />
        <source>Gespeicherten Stand laden</source>
        <translation>Gespeicherten Stand laden</translation>
    </message>
</context>
<context>
    <name>StampLabelsDialog</name>
    <message>
        <location filename="../../ui/stamp_labels_dialog.py" line="177" />
        <source>Stempeletiketten drucken</source>
        <translation>Stempeletiketten drucken</translation>
    </message>
    <message>
        <location filename="../../ui/stamp_labels_dialog.py" line="182" />
        <source>Erstes freies Etikett:</source>
        <translation>Erstes freies Etikett:</translation>
    </message>
    <message>
        <location filename="../../ui/stamp_labels_dialog.py" line="189" />
        <source>z. B. F-2026-0042 (freilassen: ohne Fallcode)</source>
        <translation>z. B. F-2026-0042 (freilassen: ohne Fallcode)</translation>
    </message>
    <message>
        <location filename="../../ui/stamp_labels_dialog.py" line="191" />
        <source>Fallcode:</source>
        <translation>Fallcode:</translation>
    </message>
    <message>
        <location filename="../../ui/stamp_labels_dialog.py" line="195" />
        <source>Anzahl der Etiketten</source>
        <translation>Anzahl der Etiketten</translation>
    </message>
    <message>
        <location filename="../../ui/stamp_labels_dialog.py" line="196" />
        <source>Anzahl:</source>
        <translation>Anzahl:</translation>
    </message>
    <message>
        <location filename="../../ui/stamp_labels_dialog.py" line="201" />
        <source>Rahmen drucken (zum Ausrichten auf Normalpapier)</source>
        <translation>Rahmen drucken (zum Ausrichten auf Normalpapier)</translation>
    </message>
    <message>
        <location filename="../../ui/stamp_labels_dialog.py" line="207" />
        <source>Auf jedem Etikett:</source>
        <translation>Auf jedem Etikett:</translation>
    </message>
    <message>
        <location filename="../../ui/stamp_labels_dialog.py" line="216" />
        <source>Weiter …</source>
        <translation>Weiter …</translation>
    </message>
    <message>
        <location filename="../../ui/stamp_labels_dialog.py" line="217" />
        <source>Abbrechen</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/stamp_labels_dialog.py" line="253" />
        <source>1 Etikett</source>
        <translation>1 Etikett</translation>
    </message>
    <message>
        <location filename="../../ui/stamp_labels_dialog.py" line="253" />
        <source>%1 Etiketten</source>
        <translation>%1 Etiketten</translation>
    </message>
    <message>
        <location filename="../../ui/stamp_labels_dialog.py" line="254" />
        <source>1 Bogen</source>
        <translation>1 Bogen</translation>
    </message>
    <message>
        <location filename="../../ui/stamp_labels_dialog.py" line="254" />
        <source>%1 Bögen</source>
        <translation>%1 Bögen</translation>
    </message>
    <message>
        <location filename="../../ui/stamp_labels_dialog.py" line="256" />
        <source>auf dem ersten Bogen Position %1.</source>
        <translation>auf dem ersten Bogen Position %1.</translation>
    </message>
    <message>
        <location filename="../../ui/stamp_labels_dialog.py" line="258" />
        <source>auf dem ersten Bogen Position %1 bis %2.</source>
        <translation>auf dem ersten Bogen Position %1 bis %2.</translation>
    </message>
    <message>
        <location filename="../../ui/stamp_labels_dialog.py" line="262" />
        <source>auf</source>
        <translation>auf</translation>
    </message>
</context>
<context>
    <name>StampSettingsBox</name>
    <message>
        <location filename="../../ui/stamp_settings.py" line="27" />
        <source>Projektstempel</source>
        <translation>Projektstempel</translation>
    </message>
    <message>
        <location filename="../../ui/stamp_settings.py" line="36" />
        <source>z. B. Familienzentrum, Lindenstraße 12</source>
        <translation>z. B. Familienzentrum, Lindenstraße 12</translation>
    </message>
    <message>
        <location filename="../../ui/stamp_settings.py" line="37" />
        <source>z. B. 01067 Dresden</source>
        <translation>z. B. 01067 Dresden</translation>
    </message>
    <message>
        <location filename="../../ui/stamp_settings.py" line="39" />
        <source>Projektname</source>
        <translation>Projektname</translation>
    </message>
    <message>
        <location filename="../../ui/stamp_settings.py" line="40" />
        <source>Anschrift (Zeile 1)</source>
        <translation>Anschrift (Zeile 1)</translation>
    </message>
    <message>
        <location filename="../../ui/stamp_settings.py" line="41" />
        <source>Anschrift (Zeile 2)</source>
        <translation>Anschrift (Zeile 2)</translation>
    </message>
    <message>
        <location filename="../../ui/stamp_settings.py" line="42" />
        <source>Telefon</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/stamp_settings.py" line="43" />
        <source>E-Mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/stamp_settings.py" line="44" />
        <source>Ansprechperson</source>
        <translation>Ansprechperson</translation>
    </message>
    <message>
        <location filename="../../ui/stamp_settings.py" line="46" />
        <source>Projektstempel: {label}</source>
        <translation>Projektstempel: {label}</translation>
    </message>
    <message>
        <location filename="../../ui/stamp_settings.py" line="51" />
        <source>Steht auf den Stempeletiketten und auf dem Begleitblatt zu einem Antrag, damit die Behörde weiß, wen sie bei Rückfragen anruft. Vorschau:</source>
        <translation>Steht auf den Stempeletiketten und auf dem Begleitblatt zu einem Antrag, damit die Behörde weiß, wen sie bei Rückfragen anruft. Vorschau:</translation>
    </message>
    <message>
        <location filename="../../ui/stamp_settings.py" line="64" />
        <source>Vorschau des Projektstempels</source>
        <translation>Vorschau des Projektstempels</translation>
    </message>
    <message>
        <location filename="../../ui/stamp_settings.py" line="86" />
        <source>(noch kein Projektstempel eingetragen)</source>
        <translation>(noch kein Projektstempel eingetragen)</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../ui/import_preview.py" line="389" />
        <source>Import abgeschlossen</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="394" />
        <source>Importbericht speichern …</source>
        <translation>Importbericht speichern …</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="404" />
        <source>Gespeichert: </source>
        <translation>Gespeichert: </translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="404" />
        <source>Nichts gespeichert: </source>
        <translation>Nichts gespeichert: </translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="411" />
        <source>Importbericht speichern</source>
        <translation>Importbericht speichern</translation>
    </message>
</context>
<context>
    <name>SupplyGapSection</name>
    <message>
        <location filename="../../ui/events/conference_sections.py" line="272" />
        <location filename="../../ui/events/conference_sections.py" line="286" />
        <source>Titel</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/events/conference_sections.py" line="273" />
        <location filename="../../ui/events/conference_sections.py" line="288" />
        <source>Rechtskreise</source>
        <translation>Rechtskreise</translation>
    </message>
    <message>
        <location filename="../../ui/events/conference_sections.py" line="274" />
        <location filename="../../ui/events/conference_sections.py" line="289" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/events/conference_sections.py" line="279" />
        <source>Was fehlt im Netzwerk?</source>
        <translation>Was fehlt im Netzwerk?</translation>
    </message>
    <message>
        <location filename="../../ui/events/conference_sections.py" line="281" />
        <source>Beschreibung (optional)</source>
        <translation>Beschreibung (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/events/conference_sections.py" line="287" />
        <source>Beschreibung</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../ui/events/conference_sections.py" line="295" />
        <source>Noch keine Versorgungslücken erfasst.</source>
        <translation>Noch keine Versorgungslücken erfasst.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../ui/cases/timeline.py" line="115" />
        <source>Noch keine Verweise oder Anträge.</source>
        <translation>Noch keine Verweise oder Anträge.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/timeline.py" line="124" />
        <source>Bearbeiten …</source>
        <translation>Bearbeiten …</translation>
    </message>
    <message>
        <location filename="../../ui/cases/timeline.py" line="126" />
        <location filename="../../ui/cases/timeline.py" line="274" />
        <source>Eintrag löschen</source>
        <translation>Eintrag löschen</translation>
    </message>
    <message>
        <location filename="../../ui/cases/timeline.py" line="152" />
        <source>Verweis</source>
        <translation>Verweis</translation>
    </message>
    <message>
        <location filename="../../ui/cases/timeline.py" line="152" />
        <source>Antrag</source>
        <translation>Antrag</translation>
    </message>
    <message>
        <location filename="../../ui/cases/timeline.py" line="158" />
        <source>Datum</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/cases/timeline.py" line="159" />
        <source>Art</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../ui/cases/timeline.py" line="160" />
        <source>Partner / Behörde</source>
        <translation>Partner / Behörde</translation>
    </message>
    <message>
        <location filename="../../ui/cases/timeline.py" line="162" />
        <source>Anliegen / Leistung</source>
        <translation>Anliegen / Leistung</translation>
    </message>
    <message>
        <location filename="../../ui/cases/timeline.py" line="167" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/cases/timeline.py" line="211" />
        <source>Nächster Schritt für „{what}“:</source>
        <translation>Nächster Schritt für „{what}“:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/timeline.py" line="213" />
        <source>„{what}“ ist abgeschlossen.</source>
        <translation>„{what}“ ist abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/timeline.py" line="219" />
        <source>Status auf „{s}“ setzen</source>
        <translation>Status auf „{s}“ setzen</translation>
    </message>
    <message>
        <location filename="../../ui/cases/timeline.py" line="258" />
        <source>„{what}“ steht jetzt auf „{s}“.</source>
        <translation>„{what}“ steht jetzt auf „{s}“.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/timeline.py" line="270" />
        <source>den Verweis</source>
        <translation>den Verweis</translation>
    </message>
    <message>
        <location filename="../../ui/cases/timeline.py" line="270" />
        <source>den Antrag</source>
        <translation>den Antrag</translation>
    </message>
    <message>
        <location filename="../../ui/cases/timeline.py" line="272" />
        <source>Soll {what} „{subject}“ ({partner}) mit seinen Wiedervorlagen gelöscht werden?</source>
        <translation>Soll {what} „{subject}“ ({partner}) mit seinen Wiedervorlagen gelöscht werden?</translation>
    </message>
    <message>
        <location filename="../../ui/cases/timeline.py" line="284" />
        <source>Der Eintrag wurde gelöscht.</source>
        <translation>Der Eintrag wurde gelöscht.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../ui/welcome_page.py" line="50" />
        <source>Willkommen bei Aktif Desktop</source>
        <translation>Willkommen bei Aktif Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_page.py" line="55" />
        <source>Hier verwalten Sie die Partner, Ansprechpersonen und Veranstaltungen Ihres Verbundes – ohne Internetverbindung. Wie heißt Ihr Verbund?</source>
        <translation>Hier verwalten Sie die Partner, Ansprechpersonen und Veranstaltungen Ihres Verbundes – ohne Internetverbindung. Wie heißt Ihr Verbund?</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_page.py" line="63" />
        <source>z. B. Familienverbund Lindenau</source>
        <translation>z. B. Familienverbund Lindenau</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_page.py" line="64" />
        <source>Name des Verbundes</source>
        <translation>Name des Verbundes</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_page.py" line="70" />
        <source>Leer beginnen</source>
        <translation>Leer beginnen</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_page.py" line="71" />
        <source>Demodaten laden</source>
        <translation>Demodaten laden</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_page.py" line="81" />
        <source>Die Demodaten zeigen einen erfundenen Verbund mit Partnern, Ansprechpersonen und einem Jahresplan. Zum Ausprobieren – für die echte Arbeit legen Sie später eine neue Datenbank an.</source>
        <translation>Die Demodaten zeigen einen erfundenen Verbund mit Partnern, Ansprechpersonen und einem Jahresplan. Zum Ausprobieren – für die echte Arbeit legen Sie später eine neue Datenbank an.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_page.py" line="94" />
        <source>Demodaten werden geladen …</source>
        <translation>Demodaten werden geladen …</translation>
    </message>
</context>
<context>
    <name>YearOverview</name>
    <message>
        <location filename="../../ui/events/calendar_view.py" line="229" />
        <source>Vorheriges Jahr</source>
        <translation>Vorheriges Jahr</translation>
    </message>
    <message>
        <location filename="../../ui/events/calendar_view.py" line="231" />
        <source>Nächstes Jahr</source>
        <translation>Nächstes Jahr</translation>
    </message>
    <message>
        <location filename="../../ui/events/calendar_view.py" line="267" />
        <source>&lt;b&gt;Jahresplan {year}&lt;/b&gt; – {n} Veranstaltungen</source>
        <translation>&lt;b&gt;Jahresplan {year}&lt;/b&gt; – {n} Veranstaltungen</translation>
    </message>
</context>
<context>
    <name>_Section</name>
    <message>
        <location filename="../../ui/events/conference_sections.py" line="85" />
        <source>Neu</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../../ui/events/conference_sections.py" line="87" />
        <source>Speichern</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../ui/events/conference_sections.py" line="89" />
        <location filename="../../ui/events/conference_sections.py" line="180" />
        <source>Löschen</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../ui/events/conference_sections.py" line="172" />
        <source>{what} gespeichert.</source>
        <translation>{what} gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/events/conference_sections.py" line="179" />
        <source>{what} löschen?</source>
        <translation>{what} löschen?</translation>
    </message>
    <message>
        <location filename="../../ui/events/conference_sections.py" line="187" />
        <source>{what} gelöscht.</source>
        <translation>{what} gelöscht.</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../ui/widgets/dialogs.py" line="60" />
        <source>Ungespeicherte Änderungen</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview.py" line="424" />
        <source>Bericht nicht gespeichert</source>
        <translation>Bericht nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>self.self</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="353" />
        <source>Der Import wird ganz oder gar nicht gespeichert: tritt ein Fehler auf, bleibt die Datenbank unverändert.</source>
        <translation>Der Import wird ganz oder gar nicht gespeichert: tritt ein Fehler auf, bleibt die Datenbank unverändert.</translation>
    </message>
</context>
</TS>