; Inno Setup script of the German per-user installer of Aktif Desktop (Inno Setup 6.3 or later).
;
; Built by packaging\build.ps1, which passes the version read from aktif_desktop.__version__:
;   ISCC.exe /DAppVersion=0.1.0 /DAppNumericVersion=0.1.0.0 packaging\aktif_desktop.iss
; It packs the PyInstaller one-folder build dist\AktifDesktop (override with /DBuildDir=...).
;
; Per user, no admin rights: installs to %LOCALAPPDATA%\Programs\Aktif Desktop.
; The user's data (%LOCALAPPDATA%\Aktif\AktifDesktop: database, backups, log) is never
; installed, changed or removed by this script; the uninstaller says so.

#ifndef AppVersion
  #error "AppVersion fehlt: bitte packaging\build.ps1 verwenden (oder /DAppVersion=… angeben)."
#endif
#ifndef AppNumericVersion
  #error "AppNumericVersion fehlt: bitte packaging\build.ps1 verwenden."
#endif
#ifndef BuildDir
  #define BuildDir "..\dist\AktifDesktop"
#endif
#define AppName "Aktif Desktop"
#define AppExe "AktifDesktop.exe"
; Where aktif_desktop.paths.data_dir() keeps the database (platformdirs, author\app).
#define DataFolder "{localappdata}\Aktif\AktifDesktop"

[Setup]
; Never change AppId: Windows recognises updates and the uninstaller by it.
AppId={{C3B4EFF4-C419-47E6-8659-0C4026B156A8}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Aktif Desktop
AppComments=Netzwerkarbeit für Akti(F) Plus-Verbünde
VersionInfoVersion={#AppNumericVersion}
VersionInfoProductVersion={#AppNumericVersion}
VersionInfoProductTextVersion={#AppVersion}
VersionInfoDescription={#AppName} – Installationsprogramm
; Per-user installation without administrator rights.
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\{#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist
OutputBaseFilename=AktifDesktop-Setup-{#AppVersion}
SetupIconFile=aktif.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2
SolidCompression=yes
; Ask a running Aktif Desktop to close before its files are replaced.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "german"; MessagesFile: "compiler:Languages\German.isl"

[Messages]
german.ConfirmUninstall=Möchten Sie %1 von diesem Computer entfernen?%n%nIhre Daten (Datenbank, Sicherungen und Protokoll) bleiben dabei erhalten und werden nicht gelöscht.
german.FinishedLabel=[name] ist jetzt installiert und kann über das Startmenü gestartet werden.%n%nIhre Daten speichert Aktif Desktop in Ihrem Benutzerordner; eine spätere Deinstallation lässt sie unverändert.

[CustomMessages]
german.DataKept=Ihre Datenbank, die Sicherungen und das Protokoll liegen weiterhin im Ordner%n%n%1%n%nSie wurden bei der Deinstallation nicht gelöscht; nach einer erneuten Installation sind sie sofort wieder da. Wenn Sie sie nicht mehr brauchen, können Sie den Ordner selbst löschen – sichern Sie vorher, was Sie behalten möchten.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An update replaces the whole program folder, so no module of an older version stays behind.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BuildDir}\*"; DestDir: "{app}"; Excludes: "selftest.log"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Netzwerkarbeit für Akti(F) Plus-Verbünde"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the program may have written into its own folder; never the data folder.
Type: files; Name: "{app}\selftest.log"

[Code]
{ After uninstalling, say where the data stayed (only if there is any and someone is watching). }
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Folder: String;
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent() then
  begin
    Folder := ExpandConstant('{#DataFolder}');
    if DirExists(Folder) then
      MsgBox(FmtMessage(CustomMessage('DataKept'), [Folder]), mbInformation, MB_OK);
  end;
end;
