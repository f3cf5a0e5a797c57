; Inno Setup 6.3+ script of the 152 hotline desk for Windows (64-bit).
; Build on Windows, after PyInstaller has made dist\hotline152 (see installer\README.md):
;   iscc /DAppVersion=0.1.0 installer\windows\hotline152.iss
; It cannot be built on the project's Linux machines: neither PyInstaller (which makes
; programs for the system it runs on) nor Inno Setup cross-builds.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z hotline152.iss
#endif
#ifndef BundleDir
  #define BundleDir "..\..\dist\hotline152"
#endif

[Setup]
; The AppId is fixed for ever: upgrades find and replace the installed version by it.
AppId={{6F1C2E5A-152D-4C7B-9A3E-7D15A2B0C152}
AppName=152 Hotline desk
AppVersion={#AppVersion}
AppPublisher=152 hotline
AppVerName=152 Hotline desk {#AppVersion}
; Per machine: Program Files, administrator rights, every user of the PC gets the entry.
PrivilegesRequired=admin
DefaultDirName={autopf}\Hotline152
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=hotline152-{#AppVersion}-setup
SetupIconFile=hotline152.ico
UninstallDisplayIcon={app}\hotline152.exe
UninstallDisplayName=152 Hotline desk
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; The desk must be closed while its files are replaced.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"
; Inno Setup ships no Azerbaijani catalogue; Azerbaijani users see the English set-up.

[CustomMessages]
en.DataKept=The program was removed. The desks' data were kept: each user's desk is in %LOCALAPPDATA%\hotline152 (or in the folder chosen with --data-dir). They are encrypted; keep them and their backups, or delete them yourself.
ru.DataKept=Программа удалена. Данные пультов сохранены: пульт каждого пользователя находится в %LOCALAPPDATA%\hotline152 (или в папке, указанной через --data-dir). Они зашифрованы; сохраните их и их резервные копии или удалите сами.
en.DesktopIcon=Put an icon on the desktop
ru.DesktopIcon=Поместить значок на рабочий стол

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; Flags: unchecked

[Files]
; The whole PyInstaller folder: hotline152.exe (the window), hotline.exe (the command
; line) and _internal\ with Python, Qt, SQLCipher and the data files.
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\152 Hotline desk"; Filename: "{app}\hotline152.exe"
Name: "{autodesktop}\152 Hotline desk"; Filename: "{app}\hotline152.exe"; Tasks: desktopicon

[Run]
; As the user who started the set-up, not as the administrator it elevated to: the desk
; is created in that user's own %LOCALAPPDATA%.
Filename: "{app}\hotline152.exe"; Description: "{cm:LaunchProgram,152 Hotline desk}"; Flags: nowait postinstall skipifsilent runasoriginaluser

; No [UninstallDelete]: the uninstaller removes only what [Files] installed. The desks
; live in each user's %LOCALAPPDATA%\hotline152 and are never touched.

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent then
    MsgBox(CustomMessage('DataKept'), mbInformation, MB_OK);
end;
