; Inno Setup script: packs the PyInstaller folder build\dist\kense into a per-machine installer.
; Build on Windows: iscc packaging\kense.iss (after the PyInstaller step).
; The database lives in each user's %LOCALAPPDATA%\Kense (platformdirs), never in Program Files,
; so uninstalling never deletes school data.
#define AppVersion "0.1.0"

[Setup]
AppId={{6C3E1B0A-7A4D-4F0B-9C55-4B6E1D2A9E11}
AppName=Kense
AppVersion={#AppVersion}
AppPublisher=Kense
DefaultDirName={autopf}\Kense
DefaultGroupName=Kense
OutputBaseFilename=kense-setup-{#AppVersion}
Compression=lzma2
SolidCompression=yes
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequired=admin
WizardStyle=modern

[Languages]
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\build\dist\kense\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\Kense"; Filename: "{app}\kense.exe"
Name: "{commondesktop}\Kense"; Filename: "{app}\kense.exe"

[Run]
Filename: "{app}\kense.exe"; Description: "Kense"; Flags: nowait postinstall skipifsilent
