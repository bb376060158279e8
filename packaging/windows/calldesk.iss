; Inno Setup script of the CallDesk installer for Windows (Inno Setup 6).
; Input: the PyInstaller one-folder bundle dist\calldesk\ built on Windows with
; packaging\calldesk.spec. The version comes from the package; pass it on the command line:
;   iscc /DAppVersion=0.1.0 packaging\windows\calldesk.iss
; Output: dist\CallDesk-<version>-setup.exe
; Not buildable on the Linux CI: it needs Windows, the Windows bundle and Inno Setup.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z packaging\windows\calldesk.iss
#endif
#define AppName "CallDesk"
#define AppExe "calldesk.exe"
#define Root "..\.."

[Setup]
; Never change the AppId: upgrades find the installed copy by it.
AppId={{6C2E1B64-3E0A-4C1B-9B5E-0C4D7A1F2D31}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=CallDesk
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-machine by default; an operator without admin rights may install for himself.
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#Root}\dist
OutputBaseFilename=CallDesk-{#AppVersion}-setup
SetupIconFile={#Root}\build\calldesk.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"
Name: "uk"; MessagesFile: "compiler:Languages\Ukrainian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
; The whole bundle: calldesk.exe and _internal\ (Python, Qt, libVLC with its plugins,
; pjsua2, translations, the user guide).
Source: "{#Root}\dist\calldesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; Files of an older version that the new one no longer has.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
