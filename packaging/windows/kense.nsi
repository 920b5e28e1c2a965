; Kense installer (NSIS 3, Unicode). Built by build.sh with makensis running natively on Debian:
;   makensis -DVERSION=0.1.0 -DVIVERSION=0.1.0.0 -DBUNDLE=<PyInstaller folder> -DOUTFILE=<setup.exe> kense.nsi
; Per machine into Program Files (admin). The school's data is never here: Kense keeps it in each
; user's %LOCALAPPDATA%\Kense (platformdirs), so an upgrade replaces program files only and an
; uninstall keeps the data unless the user asks (interactive question, or /DELETEDATA when silent).
Target amd64-unicode  ; a 64-bit installer for a 64-bit program (also runs under 64-bit-only Wine)
ManifestDPIAware true
SetCompressor /SOLID lzma
RequestExecutionLevel admin

!include "MUI2.nsh"
!include "FileFunc.nsh"
!include "x64.nsh"

!ifndef VERSION
  !error "pass -DVERSION (from pyproject.toml)"
!endif

!define APP "Kense"
!define APP_KY "Кеңсе"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Kense"
!define SETTINGS_KEY "Software\Kense"

Name "${APP_KY} (${APP}) ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\${APP}"
InstallDirRegKey HKLM "${SETTINGS_KEY}" "InstallDir"
BrandingText "${APP} ${VERSION}"

VIProductVersion "${VIVERSION}"
VIFileVersion "${VIVERSION}"
VIAddVersionKey /LANG=1033 "ProductName" "Kense"
VIAddVersionKey /LANG=1033 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "FileDescription" "Kense ${VERSION} setup"
VIAddVersionKey /LANG=1033 "CompanyName" "Kense"
VIAddVersionKey /LANG=1033 "LegalCopyright" "GPL-3.0-or-later"
VIAddVersionKey /LANG=1033 "Comments" "${DESCRIPTION}"

!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\kense.exe"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
; NSIS has no Kyrgyz messages: the wizard speaks Russian (or English); shortcuts are Kyrgyz and Russian.
!insertmacro MUI_LANGUAGE "Russian"
!insertmacro MUI_LANGUAGE "English"

LangString NeedsX64 ${LANG_RUSSIAN} "Кеңсе работает только на 64-разрядной Windows 10 или 11."
LangString NeedsX64 ${LANG_ENGLISH} "Kense runs on 64-bit Windows 10 or 11 only."
LangString AskDeleteData ${LANG_RUSSIAN} "Удалить также данные школы этого пользователя ($LOCALAPPDATA\Kense)?$\r$\nБез резервной копии их нельзя будет восстановить."
LangString AskDeleteData ${LANG_ENGLISH} "Also delete this user's school data ($LOCALAPPDATA\Kense)?$\r$\nWithout a backup it cannot be recovered."

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP "$(NeedsX64)"
    Abort
  ${EndIf}
  SetRegView 64
FunctionEnd

Section "Kense" SecMain
  SectionIn RO
  SetShellVarContext all
  ; Upgrade in place: the old program's libraries go first, so no stale module of an older version
  ; survives next to the new ones. Only the files this installer owns are removed.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\kense.exe"
  Delete "$INSTDIR\kense-cli.exe"
  SetOutPath "$INSTDIR"
  File /r "${BUNDLE}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateDirectory "$SMPROGRAMS\${APP_KY}"
  CreateShortcut "$SMPROGRAMS\${APP_KY}\Кеңсе.lnk" "$INSTDIR\kense.exe" "--lang ky" "$INSTDIR\kense.exe" 0
  CreateShortcut "$SMPROGRAMS\${APP_KY}\Кенсе (на русском).lnk" "$INSTDIR\kense.exe" "--lang ru" "$INSTDIR\kense.exe" 0

  WriteRegStr HKLM "${SETTINGS_KEY}" "InstallDir" "$INSTDIR"
  WriteRegStr HKLM "${SETTINGS_KEY}" "Version" "${VERSION}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "${APP_KY} (${APP})"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "Publisher" "Kense"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\kense.exe"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKLM "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "EstimatedSize" $0
SectionEnd

Function un.onInit
  SetRegView 64
FunctionEnd

Section "Uninstall"
  SetShellVarContext all
  Delete "$SMPROGRAMS\${APP_KY}\Кеңсе.lnk"
  Delete "$SMPROGRAMS\${APP_KY}\Кенсе (на русском).lnk"
  RMDir "$SMPROGRAMS\${APP_KY}"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\kense.exe"
  Delete "$INSTDIR\kense-cli.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"  ; only if empty: files someone put there stay
  DeleteRegKey HKLM "${UNINSTALL_KEY}"
  DeleteRegKey HKLM "${SETTINGS_KEY}"

  ; The data (database, key envelope, backups, logs) is kept unless asked for: a silent uninstall
  ; deletes it only with /DELETEDATA, an interactive one asks, "No" being the default.
  SetShellVarContext current
  ${GetParameters} $0
  ClearErrors
  ${GetOptions} $0 "/DELETEDATA" $1
  ${IfNot} ${Errors}
    RMDir /r "$LOCALAPPDATA\Kense"
  ${ElseIfNot} ${Silent}
    MessageBox MB_YESNO|MB_ICONQUESTION|MB_DEFBUTTON2 "$(AskDeleteData)" IDNO keep
    RMDir /r "$LOCALAPPDATA\Kense"
    keep:
  ${EndIf}
SectionEnd
