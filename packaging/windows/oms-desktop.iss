; Inno Setup 6 script: the Windows installer of OMS Desktop, from the folder that
; packaging/build.py wrote (dist\oms-desktop). From the repository's root (packaging/README.md):
;
;   iscc /DAppVersion=0.1.0 packaging\windows\oms-desktop.iss
;   iscc /DAppVersion=0.1.0 /DSign "/Ssigntool=signtool sign /fd sha256 /tr <timestamp URL> /td sha256 /a $f" packaging\windows\oms-desktop.iss
;
; Per-user install by default (no administrator needed), per machine when asked for. The
; database and logs live in the user's data folder and are never removed by the uninstaller.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z packaging\windows\oms-desktop.iss
#endif

#define AppName "OMS Desktop"
#define AppExe "oms-desktop.exe"

[Setup]
; Keep this AppId for every version: it is how Windows knows an upgrade from a new app.
AppId={{67AC74AA-89F1-4682-88F8-E1E3F5FDD635}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=OMS Desktop
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
SourceDir=..\..
OutputDir=dist
OutputBaseFilename=oms-desktop-{#AppVersion}-windows-x86_64-setup
SetupIconFile=resources\icons\app.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
#ifdef Sign
SignTool=signtool
SignedUninstaller=yes
#endif

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "dist\oms-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the program's files: none of an older version is left beside them.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
