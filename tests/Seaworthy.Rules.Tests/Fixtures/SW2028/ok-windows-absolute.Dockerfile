FROM mcr.microsoft.com/windows/servercore:ltsc2022
COPY bla.ps1 c:\system32\blubb.ps1
COPY bla.ps1 "d:\mypath\blubb.ps1"
COPY bla.ps1 c:/system32/blubb.ps1
